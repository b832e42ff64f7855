// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocfragmentmodel.h"

#include "alloctreemodel.h"
#include "collect/allocsample.h"
#include "format.h"

#include <QHash>

#include <algorithm>

namespace beamtop {

AllocFragmentModel::AllocFragmentModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString AllocFragmentModel::keyFor(const QString &type, int instance)
{
    return type + QLatin1Char('/') + QString::number(instance);
}

QString AllocFragmentModel::columnKey(int column)
{
    static const char *const keys[ColumnCount] = {"allocator", "instance", "unused", "carriers_size",
                                                  "blocks_size", "usage", "sbcs_carriers_size"};
    return column >= 0 && column < ColumnCount ? QLatin1String(keys[column]) : QString();
}

QString AllocFragmentModel::headerText(int column) const
{
    switch (Column(column)) {
    case Allocator: return tr("Allocator");
    case Instance: return tr("Instance");
    case Unused: return tr("Unused");
    case CarriersSize: return tr("Carriers");
    case BlocksSize: return tr("Blocks");
    case Usage: return tr("Usage");
    case SbcsCarriersSize: return tr("In sbcs");
    case ColumnCount: break;
    }
    return {};
}

QString AllocFragmentModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Unused: return tr("The weight: (1 − usage) × carrier size, the carrier bytes no block uses. Worst first.");
    case CarriersSize: return tr("Multiblock carriers (with the pool's) and single-block carriers of this instance.");
    case BlocksSize: return tr("The blocks in them.");
    case Usage: return tr("Blocks per carrier bytes.");
    case SbcsCarriersSize: return tr("Of the carriers, the single-block ones.");
    default: return {};
    }
}

bool AllocFragmentModel::isMetricColumn(int column) const
{
    return column >= Unused;
}

void AllocFragmentModel::setSample(const AllocSample &sample)
{
    // Survivors keep their place, newcomers go to the end: a view sorted on Unused shows them
    // worst first, and a change of rank is a dataChanged, never a reset.
    QHash<QString, int> place;
    for (int r = 0; r < rowCount(); ++r)
        place.insert(index(r, 0).data(KeyRole).toString(), r);
    QVector<Row> rows;
    for (const AllocFragment &f : sample.fragments) {
        Row row;
        row.key = keyFor(f.type, f.instance);
        const double usage = f.usage();
        row.level = usage < 0.5 && f.weight() > 0 ? Level::Warning : Level::Normal;
        const QString who = AllocTreeModel::instanceLabel(f.instance);
        row.cells = {
            Cell{f.type, f.type, {}},
            Cell{who, f.instance, tr("Instance %1 (%2)").arg(f.instance).arg(who)},
            Cell{Format::bytes(f.weight()), f.weight(), Format::exactBytes(f.weight())},
            Cell{Format::bytes(f.carriersSize()), f.carriersSize(),
                 tr("%1 (multiblock and pool %2, single-block %3)")
                     .arg(Format::exactBytes(f.carriersSize()), Format::exactBytes(f.mbcsCarriersSize),
                          Format::exactBytes(f.sbcsCarriersSize))},
            Cell{Format::bytes(f.blocksSize()), f.blocksSize(),
                 tr("%1 (multiblock %2, single-block %3)")
                     .arg(Format::exactBytes(f.blocksSize()), Format::exactBytes(f.mbcsBlocksSize),
                          Format::exactBytes(f.sbcsBlocksSize))},
            Cell{Format::percent(usage), usage, Format::percent(usage, 3), qBound(0.0, usage, 1.0)},
            Cell{Format::bytes(f.sbcsCarriersSize), f.sbcsCarriersSize, Format::exactBytes(f.sbcsCarriersSize)},
        };
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        return place.value(a.key, INT_MAX) < place.value(b.key, INT_MAX);
    });
    applyRows(std::move(rows));
}

QStringList AllocFragmentModel::sortedWorstFirst() const
{
    QVector<std::pair<qint64, QString>> all;
    for (int r = 0; r < rowCount(); ++r)
        all.append({index(r, Unused).data(RawValueRole).toLongLong(), index(r, 0).data(KeyRole).toString()});
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList keys;
    for (const auto &p : all)
        keys << p.second;
    return keys;
}

} // namespace beamtop
