// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankedtablemodel.h"

#include <QCoreApplication>
#include <QThread>

#include <utility>

namespace beamtop {

RankedTableModelBase::RankedTableModelBase(int columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{
}

void RankedTableModelBase::assertGuiThread() const
{
    Q_ASSERT_X(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread(),
               "RankedTableModel", "models change only in the GUI thread");
}

int RankedTableModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int RankedTableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}



QVariant RankedTableModelBase::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int c = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columnAlignment(c) | Qt::AlignVCenter);
    if (role == RankRole)
        return index.row();
    const int i = index.row() - m_offset;
    if (i < 0 || i >= m_held.size()) {
        // One mark in the first column is enough to tell an unfetched row from an empty one.
        switch (role) {
        case Qt::DisplayRole: return c == 0 ? QVariant(QStringLiteral("…")) : QVariant(QString());
        case Qt::ToolTipRole: return c == 0 ? QVariant(tr("Not fetched yet: it comes when the row is on screen")) : QVariant();
        case LoadedRole: return false;
        case GoneRole: return false;
        default: return {};
        }
    }
    const Held &h = m_held.at(i);
    const Cell &cell = h.cells.at(c);
    switch (role) {
    case Qt::DisplayRole: return cell.text;
    case Qt::ToolTipRole: return cell.tip.isEmpty() ? QVariant() : QVariant(cell.tip);
    case RawValueRole: return cell.raw;
    case KeyRole: return h.entity;
    case LoadedRole: return true;
    case GoneRole: return h.gone;
    case KeyTextRole: return h.key;
    default: return {};
    }
}

QVariant RankedTableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader(section, m_columns, orientation, role);
}

QHash<int, QByteArray> RankedTableModelBase::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(KeyRole, "key");
    names.insert(LoadedRole, "loaded");
    names.insert(RankRole, "rank");
    names.insert(GoneRole, "gone");
    names.insert(KeyTextRole, "keyText");
    return names;
}

void RankedTableModelBase::noteOnEveryCell(QVector<Cell> &cells, const QString &note)
{
    for (Cell &cell : cells)
        cell.tip = cell.tip.isEmpty() ? note : cell.tip + QLatin1Char('\n') + note;
}

int RankedTableModelBase::heldIndex(const QString &key) const
{
    const auto it = m_indexOfKey.constFind(key);
    return it == m_indexOfKey.constEnd() ? -1 : *it;
}

int RankedTableModelBase::rowOfKey(const QString &key) const
{
    const int i = heldIndex(key);
    return i < 0 ? -1 : m_offset + i;
}

void RankedTableModelBase::forgetHeld()
{
    m_total = 0;
    m_offset = 0;
    m_held.clear();
    m_indexOfKey.clear();
}

void RankedTableModelBase::replaceHeld(QVector<Held> held)
{
    Q_ASSERT(held.size() == m_held.size());
    m_held = std::move(held);
    if (!m_held.isEmpty())
        emit dataChanged(index(m_offset, 0), index(m_offset + int(m_held.size()) - 1, m_columns - 1));
}

void RankedTableModelBase::applyHeld(int total, int offset, QVector<Held> fresh, const std::function<void()> &commit)
{
    Q_ASSERT(offset >= 0 && offset <= total && offset + fresh.size() <= total);

    // 1. The total: rows come and go at the end; the positions in between change contents.
    if (total > m_total) {
        beginInsertRows({}, m_total, total - 1);
        m_total = total;
        endInsertRows();
    } else if (total < m_total) {
        // Rows held beyond the new end go with them.
        beginRemoveRows({}, total, m_total - 1);
        m_total = total;
        if (m_offset >= total) {
            m_offset = 0;
            m_held.clear();
        } else if (m_offset + m_held.size() > total) {
            m_held.resize(total - m_offset);
        }
        endRemoveRows();
    }

    // 2. Changed cells over the old and the new range, batched in runs of rows. Positions
    //    that were held and are not any more lose their contents (placeholders again).
    const int curEnd = m_offset + int(m_held.size());
    const int newEnd = offset + int(fresh.size());
    QVector<std::pair<int, std::pair<int, int>>> changes; // row -> [firstCol, lastCol]
    auto visit = [&](int row) {
        const bool wasHeld = row >= m_offset && row < curEnd;
        const bool isHeld = row >= offset && row < newEnd;
        if (wasHeld != isHeld) {
            changes.append({row, {0, m_columns - 1}});
            return;
        }
        const Held &a = m_held.at(row - m_offset);
        const Held &b = fresh.at(row - offset);
        // Another entity at this position (or the same one, gone): the whole row is another
        // row, even where the cells happen to read the same.
        if (a.key != b.key || a.gone != b.gone) {
            changes.append({row, {0, m_columns - 1}});
            return;
        }
        int fc = m_columns, lc = -1;
        for (int c = 0; c < m_columns; ++c) {
            if (a.cells.at(c) != b.cells.at(c)) {
                fc = qMin(fc, c);
                lc = qMax(lc, c);
            }
        }
        if (lc >= 0)
            changes.append({row, {fc, lc}});
    };
    // In row order: the old range's rows before the new range, the new range, then the rest.
    for (int row = m_offset; row < qMin(curEnd, offset); ++row)
        visit(row);
    for (int row = offset; row < newEnd; ++row)
        visit(row);
    for (int row = qMax(m_offset, newEnd); row < curEnd; ++row)
        visit(row);

    m_offset = offset;
    m_held = std::move(fresh);
    m_indexOfKey.clear();
    for (int i = 0; i < m_held.size(); ++i)
        m_indexOfKey.insert(m_held.at(i).key, i);
    if (commit)
        commit();

    for (int i = 0; i < changes.size();) {
        int j = i;
        int fc = changes.at(i).second.first, lc = changes.at(i).second.second;
        while (j + 1 < changes.size() && changes.at(j + 1).first == changes.at(j).first + 1) {
            ++j;
            fc = qMin(fc, changes.at(j).second.first);
            lc = qMax(lc, changes.at(j).second.second);
        }
        emit dataChanged(index(changes.at(i).first, fc), index(changes.at(j).first, lc));
        i = j + 1;
    }
}

} // namespace beamtop
