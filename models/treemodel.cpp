// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemodel.h"

#include <QSet>
#include <QThread>

#include <algorithm>
#include <iterator>

namespace beamtop {

TreeRowModel::TreeRowModel(int columns, QObject *parent)
    : QAbstractItemModel(parent), m_columns(columns), m_root(std::make_unique<Item>())
{
}

void TreeRowModel::assertModelThread() const
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "TreeRowModel",
               "a model changes only in the thread its views live in");
}

TreeRowModel::Item *TreeRowModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex TreeRowModel::indexFor(Item *item) const
{
    return item == m_root.get() ? QModelIndex() : createIndex(item->row, 0, item);
}

int TreeRowModel::rowCount(const QModelIndex &parent) const
{
    // Only the first column has children, as in every Qt tree view.
    return parent.column() > 0 ? 0 : int(itemFor(parent)->children.size());
}

int TreeRowModel::columnCount(const QModelIndex &) const
{
    return m_columns;
}

QModelIndex TreeRowModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, itemFor(parent)->children[size_t(row)].get());
}

QModelIndex TreeRowModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexFor(itemFor(child)->parent) : QModelIndex();
}

QVariant TreeRowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item *item = itemFor(index);
    const QVariant &raw = item->values.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.column(), raw);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(columnAlignment(index.column()) | Qt::AlignVCenter);
    case RowTableModel::RawValueRole:
        return raw;
    case RowTableModel::KeyRole:
        return item->key;
    case TotalChildrenRole:
        return item->totalChildren >= 0 ? QVariant(item->totalChildren) : QVariant();
    default:
        return {};
    }
}

QVariant TreeRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader(section, m_columns, orientation, role);
}

QHash<int, QByteArray> TreeRowModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RowTableModel::RawValueRole, "rawValue");
    names.insert(RowTableModel::KeyRole, "key");
    names.insert(TotalChildrenRole, "totalChildren");
    return names;
}


QString TreeRowModel::displayText(int, const QVariant &raw) const
{
    return raw.toString();
}



QModelIndex TreeRowModel::indexForPath(const QStringList &keys) const
{
    QModelIndex at;
    for (const QString &key : keys) {
        const auto &children = itemFor(at)->children;
        const auto it = std::find_if(children.begin(), children.end(),
                                     [&](const auto &child) { return child->key == key; });
        if (it == children.end())
            return {};
        at = createIndex(int(it - children.begin()), 0, it->get());
    }
    return at;
}

int TreeRowModel::totalChildren(const QModelIndex &parent) const
{
    return itemFor(parent)->totalChildren;
}

void TreeRowModel::clear()
{
    assertModelThread();
    beginResetModel();
    m_root = std::make_unique<Item>();
    endResetModel();
}

void TreeRowModel::applyTree(const Node &root)
{
    assertModelThread();
    if (m_root->children.empty() && !root.children.isEmpty()) {
        // Nothing on screen to keep: one reset is far cheaper than inserts for a big tree.
        beginResetModel();
        m_root = makeItem(root, nullptr, 0);
        endResetModel();
        return;
    }
    m_root->totalChildren = root.totalChildren;
    applyChildren(m_root.get(), root);
}

std::unique_ptr<TreeRowModel::Item> TreeRowModel::makeItem(const Node &node, Item *parent,
                                                           int row) const
{
    auto item = std::make_unique<Item>();
    item->key = node.key;
    item->values = node.values;
    item->values.resize(m_columns);
    item->totalChildren = node.totalChildren;
    item->parent = parent;
    item->row = row;
    item->children.reserve(size_t(node.children.size()));
    for (int i = 0; i < node.children.size(); ++i)
        item->children.push_back(makeItem(node.children.at(i), item.get(), i));
    return item;
}

void TreeRowModel::renumber(Item *parent, int from)
{
    for (size_t i = size_t(from); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

void TreeRowModel::applyChildren(Item *parent, const Node &node)
{
    const QModelIndex parentIndex = indexFor(parent);
    auto &kids = parent->children;
    const QVector<Node> &wanted = node.children;

    QSet<QString> wantedKeys;
    for (const Node &n : wanted)
        wantedKeys.insert(n.key);
    Q_ASSERT_X(wantedKeys.size() == wanted.size(), "TreeRowModel::applyTree",
               "keys must be unique among siblings");

    // 1. Vanished children, in contiguous blocks from the bottom up so that the rows of the
    // blocks still to come do not shift.
    for (int i = int(kids.size()) - 1; i >= 0;) {
        if (wantedKeys.contains(kids[size_t(i)]->key)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !wantedKeys.contains(kids[size_t(first - 1)]->key))
            --first;
        beginRemoveRows(parentIndex, first, i);
        kids.erase(kids.begin() + first, kids.begin() + i + 1);
        renumber(parent, first);
        endRemoveRows();
        i = first - 1;
    }

    // 2. Survivors into the new order by moves: a reset would collapse the whole tree.
    QSet<QString> oldKeys;
    for (const auto &kid : kids)
        oldKeys.insert(kid->key);
    QVector<const Node *> survivors; // the new node of kids[i], once they are in order
    for (const Node &n : wanted) {
        if (oldKeys.contains(n.key))
            survivors.append(&n);
    }
    for (int i = 0; i < survivors.size(); ++i) {
        if (kids[size_t(i)]->key == survivors.at(i)->key)
            continue;
        const auto from = std::find_if(kids.begin() + i + 1, kids.end(), [&](const auto &kid) {
            return kid->key == survivors.at(i)->key;
        });
        const int j = int(from - kids.begin());
        beginMoveRows(parentIndex, j, j, parentIndex, i);
        std::rotate(kids.begin() + i, kids.begin() + j, kids.begin() + j + 1);
        renumber(parent, i);
        endMoveRows();
    }

    // 3. Changed survivors: one dataChanged per run of changed rows, over the changed
    // columns; then the same for their children.
    int runStart = -1, runFirstCol = m_columns, runLastCol = -1;
    auto flush = [&](int endRow) {
        if (runStart < 0)
            return;
        emit dataChanged(index(runStart, runFirstCol, parentIndex),
                         index(endRow, runLastCol, parentIndex));
        runStart = -1;
        runFirstCol = m_columns;
        runLastCol = -1;
    };
    for (int i = 0; i < survivors.size(); ++i) {
        Item *item = kids[size_t(i)].get();
        const Node &next = *survivors.at(i);
        QVector<QVariant> values = next.values;
        values.resize(m_columns);
        // The reported child count belongs to the row, not to one cell.
        const bool rowWide = item->totalChildren != next.totalChildren;
        int firstCol = m_columns, lastCol = -1;
        for (int c = 0; c < m_columns; ++c) {
            if (rowWide || item->values.at(c) != values.at(c)) {
                firstCol = qMin(firstCol, c);
                lastCol = qMax(lastCol, c);
            }
        }
        if (lastCol < 0) {
            flush(i - 1);
        } else {
            item->values = std::move(values);
            item->totalChildren = next.totalChildren;
            if (runStart < 0)
                runStart = i;
            runFirstCol = qMin(runFirstCol, firstCol);
            runLastCol = qMax(runLastCol, lastCol);
        }
        applyChildren(item, next);
    }
    flush(int(survivors.size()) - 1);

    // 4. New children where they belong, in contiguous blocks, each with its whole subtree.
    for (int i = 0; i < wanted.size();) {
        if (i < int(kids.size()) && kids[size_t(i)]->key == wanted.at(i).key) {
            ++i;
            continue;
        }
        Q_ASSERT(!oldKeys.contains(wanted.at(i).key));
        int last = i;
        while (last + 1 < wanted.size() && !oldKeys.contains(wanted.at(last + 1).key))
            ++last;
        std::vector<std::unique_ptr<Item>> fresh;
        for (int j = i; j <= last; ++j)
            fresh.push_back(makeItem(wanted.at(j), parent, j));
        beginInsertRows(parentIndex, i, last);
        kids.insert(kids.begin() + i, std::make_move_iterator(fresh.begin()),
                    std::make_move_iterator(fresh.end()));
        renumber(parent, last + 1);
        endInsertRows();
        i = last + 1;
    }
    Q_ASSERT(int(kids.size()) == wanted.size());
}

} // namespace beamtop
