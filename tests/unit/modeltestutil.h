// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the model tests: the signals a model emits, counted, so a test can say that a
// refresh changed rows in place rather than resetting the model; the pages every ranked table
// model must take.

#include <QAbstractItemModel>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QString>

namespace beamtop::test {

struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset),
          changed(m, &QAbstractItemModel::dataChanged),
          inserted(m, &QAbstractItemModel::rowsInserted),
          removed(m, &QAbstractItemModel::rowsRemoved),
          layout(m, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        reset.clear();
        changed.clear();
        inserted.clear();
        removed.clear();
        layout.clear();
    }
    QSignalSpy reset, changed, inserted, removed, layout;
};

// A complete page of a ranking of `total` entities holding positions [offset, offset + count)
// (those within the total); row(i) makes the entity at position i.
template <typename Page, typename RowAt>
Page rankedPage(int total, int offset, int count, RowAt row)
{
    Page p;
    p.query.offset = offset;
    p.query.limit = count;
    p.total = total;
    p.count = total;
    p.rankingComplete = true;
    p.rankedAgoMs = 10;
    for (int i = offset; i < qMin(total, offset + count); ++i)
        p.rows.append(row(i));
    return p;
}

// Applies the pages a ranked table goes through (RankedTableModel::applyPage): the first,
// a grown ranking, a scrolled window, a ranking shrunk below the held rows' end, then below
// their start. page(total, offset, count) makes one of the model's pages. Empty when the
// model took every page, else the first it refused. Run it under a QAbstractItemModelTester.
template <typename Model, typename PageOf>
QString applyRankedLifecycle(Model &m, PageOf page)
{
    struct Step
    {
        int total, offset, count;
        const char *what;
    };
    const Step steps[] = {{300, 0, 50, "first"},
                          {305, 0, 50, "grows"},
                          {305, 120, 80, "scrolled"},
                          {150, 120, 80, "shrinks below the held rows' end"},
                          {100, 120, 80, "shrinks below the held rows' start"}};
    for (const Step &s : steps)
        if (!m.applyPage(page(s.total, s.offset, s.count)))
            return QString::fromLatin1(s.what);
    return {};
}

// A refresh of a ranked table is a difference, never a reset, and a persistent index on a row
// stays with it: the same page again changes nothing; a page whose row 7 changed (change(page)
// alters it) and whose ranking grew by two emits one insert and one dataChanged over row 7's
// columns [firstColumn, lastColumn]; a ranking ten shorter removes rows at the end. page(total,
// offset, count) as for applyRankedLifecycle. Empty when the model did all that, else what it
// did not.
template <typename Model, typename PageOf, typename Change>
QString checkRefreshIsADifference(Model &m, PageOf page, Change change, int firstColumn, int lastColumn)
{
    if (!m.applyPage(page(200, 0, 50)))
        return QStringLiteral("first page refused");
    const QPersistentModelIndex kept(m.index(7, 0));
    const QVariant key = kept.data(Model::KeyTextRole);
    ModelSpies s(&m);
    m.applyPage(page(200, 0, 50));
    if (s.changed.count() != 0)
        return QStringLiteral("the same page changed rows");
    auto next = page(202, 0, 50);
    change(next.rows[7]);
    m.applyPage(next);
    if (s.reset.count() || s.layout.count() || s.removed.count() || s.inserted.count() != 1 || s.changed.count() != 1)
        return QStringLiteral("a changed row and two new ones: %1 resets, %2 layouts, %3 removes, %4 inserts, %5 changes")
            .arg(s.reset.count()).arg(s.layout.count()).arg(s.removed.count()).arg(s.inserted.count()).arg(s.changed.count());
    const QModelIndex tl = s.changed.first().at(0).value<QModelIndex>();
    const QModelIndex br = s.changed.first().at(1).value<QModelIndex>();
    if (tl.row() != 7 || br.row() != 7 || tl.column() != firstColumn || br.column() != lastColumn)
        return QStringLiteral("changed (%1, %2) to (%3, %4)").arg(tl.row()).arg(tl.column()).arg(br.row()).arg(br.column());
    if (!kept.isValid() || kept.row() != 7 || kept.data(Model::KeyTextRole) != key)
        return QStringLiteral("the persistent index moved after a change");
    s.clear();
    m.applyPage(page(190, 0, 50));
    if (s.reset.count() || s.removed.count() != 1 || !kept.isValid() || kept.row() != 7)
        return QStringLiteral("a shorter ranking: %1 resets, %2 removes, the index at %3").arg(s.reset.count()).arg(s.removed.count()).arg(kept.row());
    return {};
}

} // namespace beamtop::test
