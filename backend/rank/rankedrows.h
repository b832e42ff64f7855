// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include <algorithm>
#include <utility>

namespace beamtop {

// Two things every ranked kind does to a page before showing it, whatever its row type.
//
// The node places rows by the value they had when it ranked them and reads them fresh for the
// page, so a page can come with its sorted column out of order (a process that grew since the
// sweep, say). orderByShown puts the page's rows back in order of the value shown in that
// column; rows with equal values keep the node's order.
//
// An entity that died since it was ranked comes as a row that says so (and, from the agent,
// nothing else: a read of nothing). LastShown keeps what was last shown of each entity on
// screen so that such a row shows those values, marked gone and when they were read, rather
// than zeros; the agent leaves it out of the ranking from the next page on.
//
// Row must have `bool gone`, `QDateTime seenAt` (when its values were read; invalid for a gone
// row whose values were never read) and `void takeValuesOf(const Row &shown)`, which copies
// the shown row's values but keeps its own identity, gone mark and rank value.

// Sorts rows by valueOf(row), biggest first, stably.
template <typename Row, typename ValueOf>
void orderByShown(QVector<Row> &rows, ValueOf valueOf)
{
    if (rows.size() < 2)
        return;
    QVector<std::pair<double, int>> keys;
    keys.reserve(rows.size());
    bool ordered = true;
    for (int i = 0; i < rows.size(); ++i) {
        keys.append({double(valueOf(rows.at(i))), i});
        ordered = ordered && (i == 0 || !(keys.at(i - 1).first < keys.at(i).first));
    }
    if (ordered)
        return;
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QVector<Row> sorted;
    sorted.reserve(rows.size());
    for (const auto &k : std::as_const(keys))
        sorted.append(std::move(rows[k.second]));
    rows = std::move(sorted);
}

template <typename Row>
class LastShown
{
public:
    // Live rows were read at readAt; gone rows take the values last shown for their entity
    // (keeping the time those were read), or keep none (seenAt invalid).
    template <typename KeyOf>
    void fill(QVector<Row> &rows, const QDateTime &readAt, KeyOf keyOf) const
    {
        for (Row &row : rows) {
            if (!row.gone) {
                row.seenAt = readAt;
                continue;
            }
            const auto it = m_shown.constFind(keyOf(row));
            if (it != m_shown.constEnd() && it->seenAt.isValid()) {
                row.takeValuesOf(*it);
                row.seenAt = it->seenAt;
            } else {
                row.seenAt = QDateTime();
            }
        }
    }

    // What is on screen now: the only entities remembered (so memory is bounded by the rows
    // shown, and an entity scrolled away and found gone later shows no values rather than
    // old ones).
    template <typename KeyOf>
    void remember(const QVector<Row> &rows, const QVector<Row> &more, KeyOf keyOf)
    {
        m_shown.clear();
        for (const Row &r : rows)
            m_shown.insert(keyOf(r), r);
        for (const Row &r : more)
            m_shown.insert(keyOf(r), r);
    }

    void clear() { m_shown.clear(); }

private:
    QHash<QString, Row> m_shown;
};

} // namespace beamtop
