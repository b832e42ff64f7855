// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnspec.h"

#include "rowtablemodel.h"

#include <QAbstractItemModel>
#include <QVector>

#include <memory>
#include <vector>

namespace beamtop {

// Base of the tree views (applications, supervision trees): the tree counterpart of
// RowTableModel. Every refresh hands over the whole tree as values; applyTree() compares it
// with the current one level by level, by key, and emits only row removes, moves, inserts
// and dataChanged — so expanded rows, selection and scroll survive refreshes. A node that
// moves to another parent is a remove and an insert: keys are unique among siblings only.
class TreeRowModel : public QAbstractItemModel, protected ColumnSpec
{
    Q_OBJECT
public:
    // The raw value and key roles are RowTableModel's (RawValueRole, KeyRole), so delegates and
    // proxies read tables and trees the same way; this one role is what only trees have.
    enum Role {
        // The child count the node reported (a supervisor with 100,000 children of which one
        // page is loaded); invalid when unknown.
        // The number after RowTableModel's last role; a role added there must skip it.
        TotalChildrenRole = RowTableModel::ChartPartRole + 1,
    };
    Q_ENUM(Role)

    struct Node
    {
        QString key;              // unique among its siblings: "kernel_sup", "<0.42.0>", ...
        QVector<QVariant> values; // raw values, one per column
        QVector<Node> children;
        int totalChildren = -1; // as reported by the node; -1: unknown
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Makes the model show root's children (root's own key and values are not shown). The
    // first fill after construction or clear() is a reset; later ones are differences.
    void applyTree(const Node &root);
    void clear();

    // The node at this key path from the top ({"kernel_sup", "code_server"}), or invalid.
    QModelIndex indexForPath(const QStringList &keys) const;
    // The reported child count of parent (of the top level for an invalid parent); -1: unknown.
    int totalChildren(const QModelIndex &parent = {}) const;

protected:
    explicit TreeRowModel(int columns, QObject *parent = nullptr);

    // Columns: ColumnSpec (header text, tooltip, metric columns, alignment).
    // Text for people from a raw value; the default is QVariant::toString().
    virtual QString displayText(int column, const QVariant &raw) const;

private:
    struct Item
    {
        QString key;
        QVector<QVariant> values;
        int totalChildren = -1;
        Item *parent = nullptr;
        int row = 0; // kept current so parent() needs no search among 100,000 siblings
        std::vector<std::unique_ptr<Item>> children;
    };

    Item *itemFor(const QModelIndex &index) const;
    QModelIndex indexFor(Item *item) const;
    std::unique_ptr<Item> makeItem(const Node &node, Item *parent, int row) const;
    void applyChildren(Item *parent, const Node &node);
    static void renumber(Item *parent, int from);
    void assertModelThread() const;

    int m_columns;
    std::unique_ptr<Item> m_root; // never shown; its children are the top level
};

} // namespace beamtop
