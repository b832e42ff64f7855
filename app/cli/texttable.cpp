// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

namespace beamtop {

void writeTextTable(QTextStream &out, const QVector<QStringList> &rows, int leftColumns)
{
    QVector<int> widths;
    for (const QStringList &r : rows) {
        if (widths.size() < r.size())
            widths.resize(r.size());
        for (int i = 0; i < r.size(); ++i)
            widths[i] = qMax(widths[i], int(r.at(i).size()));
    }
    for (const QStringList &r : rows) {
        QStringList cells;
        for (int i = 0; i < r.size(); ++i) {
            const bool last = i == r.size() - 1;
            cells << (i < leftColumns ? (last ? r.at(i) : r.at(i).leftJustified(widths[i])) : r.at(i).rightJustified(widths[i]));
        }
        out << cells.join(QStringLiteral("  ")) << '\n';
    }
}

} // namespace beamtop
