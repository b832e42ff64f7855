// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemlimitsmodel.h"

#include "collect/systemsample.h"
#include "format.h"

namespace beamtop {

SystemLimitsModel::SystemLimitsModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString SystemLimitsModel::headerText(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Resource");
    case Count: return tr("In use");
    case Limit: return tr("Limit");
    case Usage: return tr("Usage");
    case ColumnCount: break;
    }
    return {};
}

QString SystemLimitsModel::headerToolTip(int column) const
{
    if (column == Usage)
        return tr("Share of the limit in use. The node fails when a limit is reached (atoms: it crashes).");
    return {};
}

void SystemLimitsModel::setSample(const SystemSample &s)
{
    QVector<Row> rows;
    auto add = [&](const QString &key, const QString &name, qint64 count, qint64 limit) {
        Row r;
        r.key = key;
        const double fraction = limit > 0 ? double(count) / double(limit) : 0.0;
        r.cells = {Cell{name, name, {}},
                   Cell{Format::count(count), count, {}},
                   Cell{Format::count(limit), limit, {}},
                   Cell{Format::percent(fraction), fraction,
                        tr("%1 of %2 (%3)").arg(Format::count(count), Format::count(limit),
                                                Format::percent(fraction, 3)),
                        qBound(0.0, fraction, 1.0)}};
        r.level = levelFor(fraction);
        rows.append(r);
    };
    add(QStringLiteral("processes"), tr("Processes"), s.processCount, s.processLimit);
    add(QStringLiteral("ports"), tr("Ports"), s.portCount, s.portLimit);
    add(QStringLiteral("atoms"), tr("Atoms"), s.atomCount, s.atomLimit);
    add(QStringLiteral("ets"), tr("ETS tables"), s.etsCount, s.etsLimit);
    applyRows(std::move(rows));
}

} // namespace beamtop
