// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treemodel.h"

#include "collect/allocsample.h"

#include <QStringList>

namespace beamtop {

// The node's memory allocators as a tree: one row per allocator type (binary_alloc,
// eheap_alloc, ...) summed over its instances, and under it one row per instance (0 is the
// global instance, the others one per scheduler) when the sample carries them — the page asks
// the collector for the instances of the types the user expanded. A type row says it has
// children (hasChildren, canFetchMore) before they come, so it can be expanded at all.
//
// Keys: the type name at the top, the instance number below. Refreshes are differences
// (TreeRowModel::applyTree): expansion, selection and scroll survive them.
class AllocTreeModel : public TreeRowModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Instances,
        CarriersSize,
        BlocksSize,
        Usage,
        Unused,
        MbcsCarriers,
        SbcsCarriers,
        AvgMbcsBlock,
        AvgSbcsBlock,
        SbcsToMbcs,
        PoolSize,
        CarriersSizeMax,
        BlocksSizeMax,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        TypeNameRole = TotalChildrenRole + 1, // "binary_alloc" on a type row and on its instances
        InstanceRole,                         // the instance number; invalid on a type row
    };
    Q_ENUM(Role)

    explicit AllocTreeModel(QObject *parent = nullptr);

    void setSample(const AllocSample &sample);
    void clear();
    const AllocSample &sample() const { return m_sample; }

    // The row of a type (top level), or invalid.
    QModelIndex typeIndex(const QString &typeName) const;
    // A stable snake_case key per column, for exports ("carriers_size", ...).
    static QString columnKey(int column);
    // "global" for instance 0, "scheduler N" for the others.
    static QString instanceLabel(int instance);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    // A type whose instances were not asked for yet: a proxy says it has children only when
    // more can be fetched, and a view calls fetchMore when it is expanded (the page asks the
    // collector then; nothing is fetched here).
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    QString displayText(int column, const QVariant &raw) const override;

private:
    QString toolTip(const QModelIndex &index) const;
    const AllocInstance *instanceAt(const QModelIndex &index) const;

    AllocSample m_sample; // what the rows were made from: the tooltips' details
};

} // namespace beamtop
