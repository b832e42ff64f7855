// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowtablemodel.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

namespace beamtop {

RowTableModel::RowTableModel(int columns, QObject *parent) : QAbstractTableModel(parent), m_columns(columns) {}

RowTableModel::Level RowTableModel::levelFor(double fraction)
{
    if (fraction >= CriticalFraction)
        return Level::Critical;
    if (fraction >= WarningFraction)
        return Level::Warning;
    return Level::Normal;
}

void RowTableModel::assertGuiThread() const
{
    Q_ASSERT_X(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread(),
               "RowTableModel", "models change only in the GUI thread");
}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant RowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Cell &cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.exact.isEmpty() ? cell.text : cell.exact;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(columnAlignment(index.column()) | Qt::AlignVCenter);
    case RawValueRole:
        return cell.raw;
    case KeyRole:
        return row.key;
    case UsageRole:
        return cell.usage >= 0 ? QVariant(cell.usage) : QVariant();
    case LevelRole:
        return int(row.level);
    case ChartPartRole:
        return row.chartPart;
    default:
        return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader(section, m_columns, orientation, role);
}

QHash<int, QByteArray> RowTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(KeyRole, "key");
    names.insert(UsageRole, "usage");
    names.insert(LevelRole, "level");
    names.insert(ChartPartRole, "chartPart");
    return names;
}




int RowTableModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

void RowTableModel::clear()
{
    applyRows({});
}

void RowTableModel::applyRows(QVector<Row> rows)
{
    assertGuiThread();
    for (Row &r : rows)
        r.cells.resize(m_columns);

    QSet<QString> newKeys;
    for (const Row &r : qAsConst(rows))
        newKeys.insert(r.key);

    // 1. Rows whose key is gone, removed in contiguous blocks from the bottom up.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (newKeys.contains(m_rows.at(i).key)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !newKeys.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }

    // 2. The survivors must keep their relative order; otherwise the shape really changed.
    QSet<QString> oldKeys;
    for (const Row &r : qAsConst(m_rows))
        oldKeys.insert(r.key);
    QStringList survivorsInNewOrder;
    for (const Row &r : qAsConst(rows)) {
        if (oldKeys.contains(r.key))
            survivorsInNewOrder.append(r.key);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key != survivorsInNewOrder.at(i)) {
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
            return;
        }
    }

    // 3. New keys inserted where they belong, in contiguous blocks.
    for (int i = 0; i < rows.size();) {
        if (i < m_rows.size() && m_rows.at(i).key == rows.at(i).key) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < rows.size() && !oldKeys.contains(rows.at(last + 1).key))
            ++last;
        beginInsertRows({}, i, last);
        for (int j = i; j <= last; ++j)
            m_rows.insert(j, rows.at(j));
        endInsertRows();
        i = last + 1;
    }
    Q_ASSERT(m_rows.size() == rows.size());

    // 4. Changed cells: one dataChanged per run of changed rows, over the changed columns.
    int runStart = -1, runFirstCol = m_columns, runLastCol = -1;
    auto flush = [&](int endRow) {
        if (runStart < 0)
            return;
        emit dataChanged(index(runStart, runFirstCol), index(endRow, runLastCol));
        runStart = -1;
        runFirstCol = m_columns;
        runLastCol = -1;
    };
    for (int i = 0; i < rows.size(); ++i) {
        Row &cur = m_rows[i];
        Row &next = rows[i];
        int firstCol = m_columns, lastCol = -1;
        const bool rowWide = cur.level != next.level || cur.chartPart != next.chartPart;
        for (int c = 0; c < m_columns; ++c) {
            if (rowWide || cur.cells.at(c) != next.cells.at(c)) {
                firstCol = qMin(firstCol, c);
                lastCol = qMax(lastCol, c);
            }
        }
        if (lastCol < 0) {
            flush(i - 1);
            continue;
        }
        cur = std::move(next);
        if (runStart < 0)
            runStart = i;
        runFirstCol = qMin(runFirstCol, firstCol);
        runLastCol = qMax(runLastCol, lastCol);
    }
    flush(int(rows.size()) - 1);
}

} // namespace beamtop
