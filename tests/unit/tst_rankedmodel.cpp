// SPDX-License-Identifier: GPL-3.0-or-later
// RankedTableModel, the base of every ranked view's model, with a made-up kind (shelves, not
// processes) so that nothing here leans on what processes happen to have: the model contract
// (QAbstractItemModelTester attached before any data), refreshes as differences (counted),
// pages at other offsets filling placeholders, a shrinking total, a new ranking as the only
// reset, and the entity under KeyRole; a page put in order of the values it shows, and an entity
// found gone shown with its last values (rank/rankedrows.h) under GoneRole.
#include "rankedtablemodel.h"
#include "rank/rankedrows.h"
#include "modeltestutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace beamtop;

// Named, not anonymous: moc's code for ShelfModel must find ShelfPage from outside.
namespace shelves {

struct Shelf
{
    int id = 0;
    QString label;
    qint64 items = 0;
    qint64 bytes = 0;
    // What rank/rankedrows.h asks of a row.
    bool gone = false;
    QDateTime seenAt;
    void takeValuesOf(const Shelf &shown)
    {
        items = shown.items;
        bytes = shown.bytes;
    }
};

using ShelfPage = RankedPage<RankedQuery, Shelf>;

// The smallest kind: a label and two metrics, ranked by bytes only.
class ShelfModel : public RankedTableModel<ShelfPage>
{
    Q_OBJECT
public:
    enum Column { Label, Items, Bytes, ColumnCount };

    ShelfModel() : RankedTableModel(ColumnCount, nullptr, shelfRanking({})) {}

    static RankedQuery shelfRanking(const QString &sort)
    {
        RankedQuery q;
        q.kind = QStringLiteral("shelf");
        q.sort = sort;
        return q;
    }

    bool ranksBy(int column) const override { return column == Bytes; }
    bool rankBy(const QString &sort) { return resetRanking(shelfRanking(sort)); }

protected:
    QString headerText(int column) const override
    {
        static const char *const names[] = {"Label", "Items", "Bytes"};
        return QString::fromLatin1(names[column]);
    }
    bool isMetricColumn(int column) const override { return column != Label; }
    QString keyOf(const Shelf &row) const override { return QStringLiteral("#%1").arg(row.id); }
    QVariant entityOf(const Shelf &row) const override { return row.id; }
    bool isGone(const Shelf &row) const override { return row.gone; }
    QVector<Cell> present(const Shelf &row) const override
    {
        return {{row.label, row.label, row.label},
                {QString::number(row.items), {}, row.items},
                {QStringLiteral("%1 B").arg(row.bytes), QStringLiteral("%1 bytes").arg(row.bytes), row.bytes}};
    }
};

} // namespace shelves

using namespace shelves;

namespace {

// A page of a ranking of `total` shelves: position i holds shelf i + 1.
ShelfPage page(int total, int offset, int count, const QString &sort = {})
{
    ShelfPage p;
    p.query = ShelfModel::shelfRanking(sort);
    p.query.offset = offset;
    p.query.limit = count;
    p.total = total;
    for (int i = offset; i < qMin(total, offset + count); ++i)
        p.rows.append({i + 1, QStringLiteral("shelf %1").arg(i + 1), i % 7, qint64(1000000 - i), false, {}});
    return p;
}

QString keyOf(const Shelf &s)
{
    return QStringLiteral("#%1").arg(s.id);
}

using Spies = beamtop::test::ModelSpies;

int firstRow(const QList<QVariant> &dataChanged) { return dataChanged.at(0).value<QModelIndex>().row(); }
int lastRow(const QList<QVariant> &dataChanged) { return dataChanged.at(1).value<QModelIndex>().row(); }

} // namespace

class TestRankedModel : public QObject
{
    Q_OBJECT
private slots:
    void contractThroughAFullLifecycle()
    {
        ShelfModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto pageOf = [](int total, int offset, int count) { return page(total, offset, count); };
        QCOMPARE(beamtop::test::applyRankedLifecycle(m, pageOf), QString());
        QVERIFY(m.rankBy(QStringLiteral("items")));
        QVERIFY(m.applyPage(page(40, 0, 40, QStringLiteral("items"))));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void aRefreshOfTheSameRowsIsDataChangedOnly()
    {
        ShelfModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.applyPage(page(200, 0, 50)));
        Spies s(&m);
        QSignalSpy applied(&m, &ShelfModel::pageApplied);

        // The same rows again: nothing at all, but the view still hears a page came.
        QVERIFY(m.applyPage(page(200, 0, 50)));
        QCOMPARE(s.changed.count(), 0);
        QCOMPARE(applied.count(), 1);

        // One cell moves: one dataChanged over that cell.
        ShelfPage next = page(200, 0, 50);
        next.rows[7].bytes += 4096;
        QVERIFY(m.applyPage(next));
        QCOMPARE(s.changed.count(), 1);
        const QModelIndex tl = s.changed.first().at(0).value<QModelIndex>();
        const QModelIndex br = s.changed.first().at(1).value<QModelIndex>();
        QCOMPARE(tl, m.index(7, ShelfModel::Bytes));
        QCOMPARE(br, m.index(7, ShelfModel::Bytes));
        QCOMPARE(m.index(7, ShelfModel::Bytes).data(RankedTableModelBase::RawValueRole).toLongLong(), next.rows[7].bytes);

        // Two shelves trade places: one run over both rows, every column (another entity).
        s.clear();
        std::swap(next.rows[3], next.rows[4]);
        QVERIFY(m.applyPage(next));
        QCOMPARE(s.changed.count(), 1);
        QCOMPARE(s.changed.first().at(0).value<QModelIndex>(), m.index(3, 0));
        QCOMPARE(s.changed.first().at(1).value<QModelIndex>(), m.index(4, ShelfModel::ColumnCount - 1));

        QCOMPARE(s.reset.count(), 0);
        QCOMPARE(s.layout.count(), 0);
        QCOMPARE(s.inserted.count(), 0);
        QCOMPARE(s.removed.count(), 0);
    }

    void aPageAtAnotherOffsetFillsPlaceholdersWithoutInserts()
    {
        ShelfModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.applyPage(page(1000, 0, 50)));
        QCOMPARE(m.rowCount(), 1000);
        QCOMPARE(m.index(600, 0).data().toString(), QStringLiteral("…"));
        QVERIFY(!m.index(600, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(m.index(600, ShelfModel::Bytes).data().toString(), QString());
        QCOMPARE(m.index(600, 0).data(RankedTableModelBase::LoadedRole).toBool(), false);
        QVERIFY(!m.index(600, ShelfModel::Bytes).data(RankedTableModelBase::RawValueRole).isValid());
        Spies s(&m);

        QVERIFY(m.applyPage(page(1000, 600, 50)));
        QCOMPARE(m.rowCount(), 1000);
        QCOMPARE(s.inserted.count(), 0);
        QCOMPARE(s.removed.count(), 0);
        QCOMPARE(s.reset.count(), 0);
        QCOMPARE(m.firstLoaded(), 600);
        QCOMPARE(m.loadedCount(), 50);
        QVERIFY(m.isLoaded(600));
        QVERIFY(!m.isLoaded(10));
        QCOMPARE(m.index(600, 0).data().toString(), QStringLiteral("shelf 601"));
        QCOMPARE(m.index(10, 0).data().toString(), QStringLiteral("…")); // let go
        // Two runs: the rows let go, then the rows filled.
        QCOMPARE(s.changed.count(), 2);
        QCOMPARE(firstRow(s.changed.at(0)), 0);
        QCOMPARE(lastRow(s.changed.at(0)), 49);
        QCOMPARE(firstRow(s.changed.at(1)), 600);
        QCOMPARE(lastRow(s.changed.at(1)), 649);
    }

    void aShrinkingTotalRemovesRowsAtTheEnd()
    {
        ShelfModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.applyPage(page(100, 60, 40)));
        Spies s(&m);

        QVERIFY(m.applyPage(page(80, 60, 40)));
        QCOMPARE(m.rowCount(), 80);
        QCOMPARE(s.removed.count(), 1);
        QCOMPARE(s.removed.first().at(1).toInt(), 80);
        QCOMPARE(s.removed.first().at(2).toInt(), 99);
        QCOMPARE(m.loadedCount(), 20);
        QCOMPARE(s.changed.count(), 0); // the rows that stayed did not change
        QCOMPARE(s.inserted.count(), 0);
        QCOMPARE(s.reset.count(), 0);

        // Below the first row held: nothing is held any more, still no reset.
        s.clear();
        QVERIFY(m.applyPage(page(50, 60, 40)));
        QCOMPARE(m.rowCount(), 50);
        QCOMPARE(s.removed.count(), 1);
        QCOMPARE(s.removed.first().at(1).toInt(), 50);
        QCOMPARE(s.removed.first().at(2).toInt(), 79);
        QCOMPARE(m.loadedCount(), 0);
        QCOMPARE(s.reset.count(), 0);
    }

    void aNewRankingClears()
    {
        ShelfModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ShelfPage p = page(100, 0, 20);
        p.pinned = {{5000, QStringLiteral("pinned"), 1, 2, false, {}}};
        QVERIFY(m.applyPage(p));
        Spies s(&m);

        QVERIFY(!m.rankBy(QString())); // the same ranking
        QCOMPARE(s.reset.count(), 0);
        QVERIFY(m.rankBy(QStringLiteral("items")));
        QCOMPARE(s.reset.count(), 1);
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.loadedCount(), 0);
        QCOMPARE(m.lastPage().total, qint64(0));
        QCOMPARE(m.ranking().sort, QStringLiteral("items"));
        QVERIFY(!m.applyPage(page(100, 0, 20))); // a late page of the old ranking
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(m.rowForKey(QStringLiteral("#5000"))); // the user's pins outlive a ranking

        QVERIFY(m.applyPage(page(10, 0, 10, QStringLiteral("items"))));
        QSignalSpy applied(&m, &ShelfModel::pageApplied);
        m.clear();
        QCOMPARE(s.reset.count(), 2);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(!m.rowForKey(QStringLiteral("#5000")));
        m.clear(); // already empty: nothing
        QCOMPARE(s.reset.count(), 2);
    }

    void theKeyRoleIsTheEntity()
    {
        // One role set for every table: the ranked key is RowTableModel's.
        QCOMPARE(int(RankedTableModelBase::KeyRole), int(RowTableModel::KeyRole));
        QCOMPARE(int(RankedTableModelBase::RawValueRole), int(RowTableModel::RawValueRole));
        QVERIFY(int(RankedTableModelBase::LoadedRole) > int(RowTableModel::ChartPartRole));

        ShelfModel m;
        ShelfPage p = page(1000, 500, 20);
        std::swap(p.rows[0], p.rows[1]);
        p.pinned = {{7, QStringLiteral("pinned"), 1, 2, false, {}}};
        QVERIFY(m.applyPage(p));
        QCOMPARE(m.index(500, 0).data(RowTableModel::KeyRole).toInt(), 502); // the entity, not the position
        QCOMPARE(m.index(501, ShelfModel::Bytes).data(RowTableModel::KeyRole).toInt(), 501);
        QCOMPARE(m.index(501, 0).data(RankedTableModelBase::RankRole).toInt(), 501);
        QVERIFY(!m.index(10, 0).data(RowTableModel::KeyRole).isValid()); // no entity for a placeholder
        QCOMPARE(m.index(10, 0).data(RankedTableModelBase::RankRole).toInt(), 10);

        QCOMPARE(m.rowOfKey(QStringLiteral("#502")), 500);
        QCOMPARE(m.rowOfKey(QStringLiteral("#7")), -1); // pinned, not on the page
        QCOMPARE(m.rowAt(500)->id, 502);
        QVERIFY(!m.rowAt(10));
        QCOMPARE(m.rowForKey(QStringLiteral("#502"))->id, 502);
        QCOMPARE(m.rowForKey(QStringLiteral("#7"))->label, QStringLiteral("pinned"));
        QVERIFY(!m.rowForKey(QStringLiteral("#8")));

        const QHash<int, QByteArray> names = m.roleNames();
        QCOMPARE(names.value(RowTableModel::KeyRole), QByteArray("key"));
        QCOMPARE(names.value(RankedTableModelBase::LoadedRole), QByteArray("loaded"));
    }

    // The node placed shelves by the bytes they had when it ranked them; the page comes with
    // fresher bytes. Put in order of what they show, the page reads sorted in the model at its
    // offset, ties in the node's order.
    void aPageInOrderOfItsShownValuesReadsSortedAtItsOffset()
    {
        ShelfModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.applyPage(page(1000, 0, 50)));
        ShelfPage p = page(1000, 600, 50);
        p.rows[30].bytes = 2000000; // grew past everything above it since the sweep
        p.rows[5].bytes = 1;        // shrank below everything under it
        p.rows[10].bytes = p.rows[9].bytes; // a tie
        const int tiedFirst = p.rows[9].id, tiedSecond = p.rows[10].id;
        const int grown = p.rows[30].id, shrunk = p.rows[5].id;
        orderByShown(p.rows, [](const Shelf &s) { return s.bytes; });
        QVERIFY(m.applyPage(p));
        QCOMPARE(m.firstLoaded(), 600);
        for (int row = 601; row < 650; ++row)
            QVERIFY2(m.index(row - 1, ShelfModel::Bytes).data(RankedTableModelBase::RawValueRole).toLongLong()
                         >= m.index(row, ShelfModel::Bytes).data(RankedTableModelBase::RawValueRole).toLongLong(),
                     qPrintable(QStringLiteral("row %1 out of order").arg(row)));
        QCOMPARE(m.index(600, 0).data(RankedTableModelBase::KeyRole).toInt(), grown);
        QCOMPARE(m.index(649, 0).data(RankedTableModelBase::KeyRole).toInt(), shrunk);
        QCOMPARE(m.rowOfKey(QStringLiteral("#%1").arg(tiedSecond)), m.rowOfKey(QStringLiteral("#%1").arg(tiedFirst)) + 1);

        // A page already in order stays as it is.
        ShelfPage sorted = page(10, 0, 10);
        const ShelfPage before = sorted;
        orderByShown(sorted.rows, [](const Shelf &s) { return s.bytes; });
        for (int i = 0; i < 10; ++i)
            QCOMPARE(sorted.rows[i].id, before.rows[i].id);
    }

    // A shelf found gone (its row read as nothing: zeros) shows the values last shown for it,
    // with when they were read, under GoneRole; one never shown keeps none. Remembered is only
    // what is on screen.
    void aGoneEntityShowsItsLastShownValues()
    {
        ShelfModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LastShown<Shelf> shown;
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        ShelfPage p = page(20, 0, 10);
        shown.fill(p.rows, first, keyOf);
        for (const Shelf &s : std::as_const(p.rows))
            QCOMPARE(s.seenAt, first);
        shown.remember(p.rows, p.pinned, keyOf);
        QVERIFY(m.applyPage(p));
        QCOMPARE(m.index(3, 0).data(RankedTableModelBase::GoneRole).toBool(), false);
        QCOMPARE(m.index(15, 0).data(RankedTableModelBase::GoneRole).toBool(), false); // a placeholder
        Spies s(&m);

        ShelfPage next = page(20, 0, 10);
        next.rows[3] = {4, QStringLiteral("shelf 4"), 0, 0, true, {}}; // gone: read as nothing
        next.pinned = {{77, QStringLiteral("never shown"), 0, 0, true, {}}};
        shown.fill(next.rows, first.addSecs(1), keyOf);
        shown.fill(next.pinned, first.addSecs(1), keyOf);
        QVERIFY(next.rows[3].gone);
        QCOMPARE(next.rows[3].bytes, p.rows[3].bytes); // not zero: what was shown
        QCOMPARE(next.rows[3].items, p.rows[3].items);
        QCOMPARE(next.rows[3].seenAt, first);          // when it was read, not now
        QCOMPARE(next.rows[4].seenAt, first.addSecs(1));
        QVERIFY(!next.pinned[0].seenAt.isValid());     // nothing known
        QVERIFY(m.applyPage(next));
        QCOMPARE(m.index(3, 0).data(RankedTableModelBase::GoneRole).toBool(), true);
        QCOMPARE(m.index(3, ShelfModel::Bytes).data(RankedTableModelBase::RawValueRole).toLongLong(), p.rows[3].bytes);
        QCOMPARE(m.index(4, 0).data(RankedTableModelBase::GoneRole).toBool(), false);
        // Only that row changed, all of it (the same cells, but gone).
        QCOMPARE(s.changed.count(), 1);
        QCOMPARE(s.changed.first().at(0).value<QModelIndex>(), m.index(3, 0));
        QCOMPARE(s.changed.first().at(1).value<QModelIndex>(), m.index(3, ShelfModel::ColumnCount - 1));
        QCOMPARE(m.roleNames().value(RankedTableModelBase::GoneRole), QByteArray("gone"));

        // Still on screen (the selection, say): still its last values.
        shown.remember(next.rows, next.pinned, keyOf);
        ShelfPage later = page(20, 10, 10);
        later.pinned = {{4, QStringLiteral("shelf 4"), 0, 0, true, {}}};
        shown.fill(later.pinned, first.addSecs(2), keyOf);
        QCOMPARE(later.pinned[0].bytes, p.rows[3].bytes);
        QCOMPARE(later.pinned[0].seenAt, first);
        // Scrolled away and forgotten: nothing known any more.
        shown.remember(later.rows, {}, keyOf);
        QVector<Shelf> again{{4, QStringLiteral("shelf 4"), 0, 0, true, {}}};
        shown.fill(again, first.addSecs(3), keyOf);
        QVERIFY(!again[0].seenAt.isValid());
        QCOMPARE(again[0].bytes, 0);
    }

    void metricColumnsSortDescendingFirst()
    {
        ShelfModel m;
        for (int c = 0; c < ShelfModel::ColumnCount; ++c) {
            const bool metric = c != ShelfModel::Label;
            QCOMPARE(m.headerData(c, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                     int(metric ? Qt::DescendingOrder : Qt::AscendingOrder));
            QCOMPARE(m.headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight,
                     metric ? Qt::AlignRight : Qt::Alignment());
        }
        QVERIFY(!m.headerData(ShelfModel::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(m.ranksBy(ShelfModel::Bytes));
        QVERIFY(!m.ranksBy(ShelfModel::Items));
        QVERIFY(m.applyPage(page(1, 0, 1)));
        QVERIFY(!m.index(0, ShelfModel::Items).data(Qt::ToolTipRole).isValid()); // an empty tip is none
        QCOMPARE(m.index(0, ShelfModel::Bytes).data(Qt::ToolTipRole).toString(), QStringLiteral("1000000 bytes"));
    }
};

QTEST_GUILESS_MAIN(TestRankedModel)
#include "tst_rankedmodel.moc"
