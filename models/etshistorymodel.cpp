// SPDX-License-Identifier: GPL-3.0-or-later
#include "etshistorymodel.h"

#include "format.h"

#include <QLocale>

#include <cmath>

namespace beamtop {

EtsHistoryModel::EtsHistoryModel(QObject *parent) : SeriesHistoryModel({tr("Rows"), tr("Memory")}, parent) {}

void EtsHistoryModel::addSample(qint64 timeMs, qint64 size, qint64 memory)
{
    const double unknown = std::nan("");
    addPoint(timeMs, {size < 0 ? unknown : double(size), memory < 0 ? unknown : double(memory)});
}

QString EtsHistoryModel::valueText(int column, double v, double, int, int role) const
{
    const qint64 n = qint64(v);
    switch (column) {
    case Size: return role == Qt::ToolTipRole ? tr("%1 rows").arg(QLocale().toString(n)) : Format::count(n);
    case Memory: return role == Qt::ToolTipRole ? Format::exactBytes(n) : Format::bytes(n);
    }
    return {};
}

} // namespace beamtop
