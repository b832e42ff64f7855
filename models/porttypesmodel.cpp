// SPDX-License-Identifier: GPL-3.0-or-later
#include "porttypesmodel.h"

#include "collect/portranking.h"
#include "format.h"
#include "porttablemodel.h"

#include <QLocale>

namespace beamtop {

PortTypesModel::PortTypesModel(QObject *parent) : RowTableModel(ColumnCount, parent)
{
    build(nullptr);
}

QStringList PortTypesModel::types()
{
    return QStringList{QString()} + PortQuery::typeNames();
}

QString PortTypesModel::headerText(int column) const
{
    switch (Column(column)) {
    case Type: return tr("Type");
    case Count: return tr("Count");
    case Share: return tr("Share");
    case ColumnCount: break;
    }
    return {};
}

QString PortTypesModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Count: return tr("Ports and sockets of this type on the node now");
    case Share: return tr("Share of all ports and sockets");
    default: return {};
    }
}

void PortTypesModel::setCounts(const PortTypeCounts &counts)
{
    m_known = true;
    build(&counts);
}

void PortTypesModel::forget()
{
    m_known = false;
    build(nullptr);
}

qint64 PortTypesModel::count(const QString &type) const
{
    const int row = rowOf(type);
    if (row < 0)
        return -1;
    const QVariant raw = index(row, Count).data(RawValueRole);
    return raw.isValid() ? raw.toLongLong() : -1;
}

QString PortTypesModel::label(const QString &type) const
{
    const QString name = type.isEmpty() ? tr("All types") : PortTableModel::typeText(type);
    const qint64 n = count(type);
    return n < 0 ? name : tr("%1 (%2)").arg(name, Format::count(n));
}

void PortTypesModel::build(const PortTypeCounts *counts)
{
    QVector<Row> rows;
    const QStringList all = types();
    rows.reserve(all.size());
    const qint64 total = counts ? counts->total() : 0;
    for (const QString &type : all) {
        Row r;
        r.key = type;
        const QString name = type.isEmpty() ? tr("All types") : PortTableModel::typeText(type);
        Cell nameCell{name, type, {}};
        if (type.isEmpty() && counts)
            nameCell.exact = counts->portLimit > 0
                                 ? tr("%L1 ports (the node allows %L3) and %L2 sockets").arg(counts->ports).arg(counts->sockets).arg(counts->portLimit)
                                 : tr("%L1 ports and %L2 sockets").arg(counts->ports).arg(counts->sockets);
        if (!counts) {
            r.cells = {nameCell, Cell{QStringLiteral("—"), QVariant(), tr("Not read yet")}, Cell{QString(), QVariant(), {}}};
        } else {
            const qint64 n = type.isEmpty() ? total : counts->count(type);
            const double share = total > 0 ? double(n) / double(total) : 0.0;
            r.cells = {nameCell, Cell{Format::count(n), n, QLocale().toString(n)},
                       Cell{Format::percent(share), share, Format::percent(share, 3), qBound(0.0, share, 1.0)}};
        }
        rows.append(r);
    }
    applyRows(std::move(rows));
}

} // namespace beamtop
