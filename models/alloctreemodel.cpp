// SPDX-License-Identifier: GPL-3.0-or-later
#include "alloctreemodel.h"

#include "collect/allocfindings.h"
#include "format.h"
#include "rowtablemodel.h"

#include <QLocale>

#include <cmath>

namespace beamtop {

namespace {

// The raw values of one row, whether it sums a type or is one instance: both have mbcs, sbcs
// and pool carriers.
QVector<QVariant> rowValues(const AllocCarrierSet &x, const QVariant &name, const QVariant &instances)
{
    QVector<QVariant> v(AllocTreeModel::ColumnCount);
    v[AllocTreeModel::Name] = name;
    v[AllocTreeModel::Instances] = instances;
    v[AllocTreeModel::CarriersSize] = x.carriersSize();
    v[AllocTreeModel::BlocksSize] = x.blocksSize();
    v[AllocTreeModel::Usage] = x.usage();
    v[AllocTreeModel::Unused] = x.unused();
    v[AllocTreeModel::MbcsCarriers] = x.mbcs.carriers;
    v[AllocTreeModel::SbcsCarriers] = x.sbcs.carriers;
    v[AllocTreeModel::AvgMbcsBlock] = x.mbcs.averageBlockSize();
    v[AllocTreeModel::AvgSbcsBlock] = x.sbcs.averageBlockSize();
    v[AllocTreeModel::SbcsToMbcs] = x.sbcsToMbcs();
    v[AllocTreeModel::PoolSize] = x.pool.carriersSize;
    v[AllocTreeModel::CarriersSizeMax] = x.mbcs.carriersSizeMax + x.sbcs.carriersSizeMax;
    v[AllocTreeModel::BlocksSizeMax] = x.mbcs.blocksSizeMax + x.sbcs.blocksSizeMax;
    return v;
}

QString carriersText(const AllocCarriers &c)
{
    return AllocTreeModel::tr("%1 carriers holding %2 in %3 blocks (%4 used)")
        .arg(Format::count(c.carriers), Format::exactBytes(c.carriersSize), Format::count(c.blocks),
             Format::exactBytes(c.blocksSize));
}

bool isBytesColumn(int column)
{
    switch (column) {
    case AllocTreeModel::CarriersSize:
    case AllocTreeModel::BlocksSize:
    case AllocTreeModel::Unused:
    case AllocTreeModel::AvgMbcsBlock:
    case AllocTreeModel::AvgSbcsBlock:
    case AllocTreeModel::PoolSize:
    case AllocTreeModel::CarriersSizeMax:
    case AllocTreeModel::BlocksSizeMax:
        return true;
    default:
        return false;
    }
}

} // namespace

AllocTreeModel::AllocTreeModel(QObject *parent) : TreeRowModel(ColumnCount, parent) {}

QString AllocTreeModel::instanceLabel(int instance)
{
    return instance == 0 ? tr("global") : tr("scheduler %1").arg(instance);
}

QString AllocTreeModel::columnKey(int column)
{
    static const char *const keys[ColumnCount] = {
        "allocator",      "instances",         "carriers_size",      "blocks_size",
        "usage",          "unused",            "mbcs_carriers",      "sbcs_carriers",
        "mbcs_average_block_size", "sbcs_average_block_size", "sbcs_to_mbcs", "pool_carriers_size",
        "carriers_size_max", "blocks_size_max",
    };
    return column >= 0 && column < ColumnCount ? QLatin1String(keys[column]) : QString();
}

QString AllocTreeModel::headerText(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Allocator");
    case Instances: return tr("Instances");
    case CarriersSize: return tr("Carriers");
    case BlocksSize: return tr("Blocks");
    case Usage: return tr("Usage");
    case Unused: return tr("Unused");
    case MbcsCarriers: return tr("Mbcs carriers");
    case SbcsCarriers: return tr("Sbcs carriers");
    case AvgMbcsBlock: return tr("Avg mbcs block");
    case AvgSbcsBlock: return tr("Avg sbcs block");
    case SbcsToMbcs: return tr("Sbcs:Mbcs");
    case PoolSize: return tr("Pool");
    case CarriersSizeMax: return tr("Carriers max Σ");
    case BlocksSizeMax: return tr("Blocks max Σ");
    case ColumnCount: break;
    }
    return {};
}

QString AllocTreeModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Name: return tr("The allocator type; expand it for its instances: the global one, and one per scheduler.");
    case Instances: return tr("How many instances of this allocator the node runs.");
    case CarriersSize: return tr("Memory the allocator holds from the operating system: the size of all its carriers.");
    case BlocksSize: return tr("Memory in use: the size of all the blocks in its carriers.");
    case Usage: return tr("Blocks per carrier bytes. Low usage means carriers sit mostly empty (fragmentation).");
    case Unused: return tr("Carrier bytes no block uses: what fragmentation costs.");
    case MbcsCarriers: return tr("Multiblock carriers: carriers shared by many small blocks.");
    case SbcsCarriers: return tr("Single-block carriers: one carrier per block at or above the sbct threshold.");
    case AvgMbcsBlock: return tr("The average size of a block in the multiblock carriers.");
    case AvgSbcsBlock: return tr("The average size of a block in the single-block carriers.");
    case SbcsToMbcs: return tr("Blocks in single-block carriers per block in multiblock carriers.");
    case PoolSize: return tr("Abandoned multiblock carriers in the pool, which any instance of the type may take.");
    case CarriersSizeMax:
        return tr("Sum of per-instance peaks (not simultaneous): on a type, each instance's own peak carrier size "
                  "since the node started, added up. The peaks did not happen at the same time, so the node may never "
                  "have held this much at once. On an instance: its peak.");
    case BlocksSizeMax:
        return tr("Sum of per-instance peaks (not simultaneous): on a type, each instance's own peak block size "
                  "since the node started, added up. The peaks did not happen at the same time, so the node may never "
                  "have used this much at once. On an instance: its peak.");
    case ColumnCount: break;
    }
    return {};
}

QString AllocTreeModel::displayText(int column, const QVariant &raw) const
{
    if (!raw.isValid())
        return {};
    if (isBytesColumn(column))
        return Format::bytes(std::llround(raw.toDouble()));
    switch (Column(column)) {
    case Usage:
        return Format::percent(raw.toDouble());
    case SbcsToMbcs: {
        const double r = raw.toDouble();
        return std::isinf(r) ? QStringLiteral("∞") : QLocale().toString(r, 'f', r < 10 ? 2 : 1);
    }
    case Instances:
    case MbcsCarriers:
    case SbcsCarriers:
        return Format::count(raw.toLongLong());
    default:
        return raw.toString();
    }
}

void AllocTreeModel::setSample(const AllocSample &sample)
{
    m_sample = sample;
    Node root;
    root.children.reserve(sample.types.size());
    for (const AllocType &t : sample.types) {
        Node n;
        n.key = t.name;
        n.values = rowValues(t, t.name, t.instances);
        n.totalChildren = t.instances;
        for (const AllocInstance &i : t.instanceRows) {
            Node c;
            c.key = QString::number(i.instance);
            // Instances sort by number, not by "scheduler 10" < "scheduler 2".
            c.values = rowValues(i, i.instance, QVariant());
            n.children.append(c);
        }
        root.children.append(n);
    }
    applyTree(root);
}

void AllocTreeModel::clear()
{
    m_sample = AllocSample();
    TreeRowModel::clear();
}

QModelIndex AllocTreeModel::typeIndex(const QString &typeName) const
{
    return indexForPath({typeName});
}

bool AllocTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return rowCount() > 0;
    if (parent.column() > 0 || parent.parent().isValid())
        return false;
    // Instances are fetched when the row is expanded: say there are some before they come.
    return rowCount(parent) > 0 || totalChildren(parent) > 0;
}

bool AllocTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() == 0 && !parent.parent().isValid() && rowCount(parent) == 0
        && totalChildren(parent) > 0;
}

void AllocTreeModel::fetchMore(const QModelIndex &)
{
    // The instances come with a later sample, once the page has told the collector.
}

const AllocInstance *AllocTreeModel::instanceAt(const QModelIndex &index) const
{
    const AllocType *t = m_sample.type(index.parent().data(RowTableModel::KeyRole).toString());
    if (!t)
        return nullptr;
    const int n = TreeRowModel::data(index.siblingAtColumn(Name), RowTableModel::RawValueRole).toInt();
    for (const AllocInstance &i : t->instanceRows) {
        if (i.instance == n)
            return &i;
    }
    return nullptr;
}

QString AllocTreeModel::toolTip(const QModelIndex &index) const
{
    const bool isInstance = index.parent().isValid();
    const QVariant raw = TreeRowModel::data(index, RowTableModel::RawValueRole);
    const AllocType *type = m_sample.type(data(index, TypeNameRole).toString());
    const AllocInstance *inst = isInstance ? instanceAt(index) : nullptr;
    if (!type || (isInstance && !inst))
        return {};
    const AllocCarriers &mbcs = inst ? inst->mbcs : type->mbcs;
    const AllocCarriers &sbcs = inst ? inst->sbcs : type->sbcs;
    const AllocCarriers &pool = inst ? inst->pool : type->pool;
    const QString who = inst ? tr("%1, %2").arg(type->name, instanceLabel(inst->instance)) : type->name;
    switch (Column(index.column())) {
    case Name: {
        QStringList lines{who};
        if (!isInstance && !type->settings.isEmpty()) {
            QStringList settings;
            for (const auto &[key, value] : type->settings)
                settings << key + QLatin1Char('=') + value;
            lines << tr("Settings: %1").arg(settings.join(QLatin1String(", ")));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Usage: {
        const qint64 carriers = inst ? inst->carriersSize() : type->carriersSize();
        const qint64 blocks = inst ? inst->blocksSize() : type->blocksSize();
        return tr("%1: %2 of %3 in use (%4)")
            .arg(who, Format::exactBytes(blocks), Format::exactBytes(carriers), Format::percent(raw.toDouble(), 3));
    }
    case MbcsCarriers:
        return tr("Multiblock: %1").arg(carriersText(mbcs));
    case SbcsCarriers:
        return tr("Single-block: %1").arg(carriersText(sbcs));
    case PoolSize:
        return tr("Pool: %1").arg(carriersText(pool));
    case CarriersSizeMax:
    case BlocksSizeMax: {
        const QString exact = Format::exactBytes(raw.toLongLong());
        return isInstance ? tr("%1: this instance's peak since the node started").arg(exact)
                          : tr("%1: the sum of %2 instances' peaks, which did not happen at the same time")
                                .arg(exact, Format::count(type->instances));
    }
    case SbcsToMbcs:
        return tr("%1 blocks in single-block carriers, %2 in multiblock carriers")
            .arg(Format::count(sbcs.blocks), Format::count(mbcs.blocks));
    case AvgMbcsBlock:
    case AvgSbcsBlock:
        return Format::exactBytes(std::llround(raw.toDouble()));
    default:
        if (isBytesColumn(index.column()))
            return Format::exactBytes(raw.toLongLong());
        return displayText(index.column(), raw);
    }
}

QVariant AllocTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isInstance = index.parent().isValid();
    switch (role) {
    case Qt::DisplayRole:
        if (isInstance && index.column() == Name)
            return instanceLabel(TreeRowModel::data(index, RowTableModel::RawValueRole).toInt());
        break;
    case Qt::ToolTipRole:
        return toolTip(index);
    case RowTableModel::UsageRole:
        if (index.column() == Usage)
            return TreeRowModel::data(index, RowTableModel::RawValueRole);
        return {};
    case RowTableModel::LevelRole: {
        // Carriers mostly empty and big enough to matter: the fragmentation finding's edges.
        const QModelIndex row = index.siblingAtColumn(Usage);
        const double usage = TreeRowModel::data(row, RowTableModel::RawValueRole).toDouble();
        const qint64 size = TreeRowModel::data(index.siblingAtColumn(CarriersSize), RowTableModel::RawValueRole).toLongLong();
        const bool poor = usage < AllocFindings::FragmentationMaxUsage && size >= AllocFindings::FragmentationMinCarriers;
        return int(poor ? RowTableModel::Level::Warning : RowTableModel::Level::Normal);
    }
    case TypeNameRole:
        return isInstance ? index.parent().data(RowTableModel::KeyRole) : TreeRowModel::data(index, RowTableModel::KeyRole);
    case InstanceRole:
        return isInstance ? TreeRowModel::data(index.siblingAtColumn(Name), RowTableModel::RawValueRole) : QVariant();
    default:
        break;
    }
    return TreeRowModel::data(index, role);
}

QHash<int, QByteArray> AllocTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = TreeRowModel::roleNames();
    names.insert(RowTableModel::UsageRole, "usage");
    names.insert(RowTableModel::LevelRole, "level");
    names.insert(TypeNameRole, "typeName");
    names.insert(InstanceRole, "instance");
    return names;
}

} // namespace beamtop
