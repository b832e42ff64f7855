// SPDX-License-Identifier: GPL-3.0-or-later
// The ETS page's models on hand-built values, each under QAbstractItemModelTester from before
// its first fill: the table ranking (columns formatted for people with exact values on hover,
// the trend's arrow and change per second of the ranked figure, refreshes as differences that
// keep persistent indexes, a deleted table greyed with its last figures or "—" when never read,
// headers saying what ranks) and the details window's rows/memory history.
#include "etshistorymodel.h"
#include "etstablemodel.h"
#include "format.h"

#include "collect/etsranking.h"
#include "modeltestutil.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace beamtop;

namespace {

Term pid(int n)
{
    NodeId id;
    id.node = "app@host";
    id.id = quint64(n);
    id.creation = 1;
    return Term::pid(id);
}

// Table n: named bt_tab_<n>, a public set owned by <0.(100+n).0>, rows and memory falling with n.
EtsRow table(int n, qint64 size)
{
    EtsRow r;
    r.idText = QStringLiteral("bt_tab_%1").arg(n);
    r.id = Term::atom(r.idText);
    r.name = r.idText;
    r.named = true;
    r.type = QStringLiteral("set");
    r.protection = QStringLiteral("public");
    r.size = size;
    r.memory = size * 100 + 1000;
    r.owner = pid(100 + n);
    r.ownerName = Term::atom("undefined");
    r.heir = Term::atom("none");
    r.keypos = 1;
    r.writeConcurrency = QStringLiteral("false");
    r.rankValue = r.memory;
    return r;
}

// A page of the memory ranking of `total` tables: position i holds bt_tab_(i+1), biggest first.
EtsRanking page(int total, int offset, int count)
{
    return beamtop::test::rankedPage<EtsRanking>(total, offset, count, [](int i) { return table(i + 1, qint64(1000000 - i)); });
}


} // namespace

class TestEtsModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void contractThroughAFullLifecycle()
    {
        EtsTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(beamtop::test::applyRankedLifecycle(m, page), QString());
        EtsQuery growth;
        growth.sort = EtsQuery::Sort::Size;
        growth.mode = EtsQuery::Mode::Window;
        growth.type = QStringLiteral("bag");
        growth.protection = QStringLiteral("private");
        growth.filter = QStringLiteral("cache");
        m.setRanking(growth);
        EtsRanking other = page(40, 0, 40);
        QVERIFY(!m.applyPage(other)); // a page of the previous ranking is ignored
        other.query = growth;
        QVERIFY(m.applyPage(other));
        QCOMPARE(m.rowCount(), 40);
        QCOMPARE(m.protection(), QStringLiteral("private"));
        TermFormatter::Options o;
        o.syntax = TermSyntax::Elixir;
        m.setFormatter(TermFormatter(o));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void columnsAreFormattedWithExactValuesOnHover()
    {
        EtsTableModel m;
        EtsRanking p = page(3, 0, 3);
        EtsRow &r = p.rows[0];
        r.size = 1234567;
        r.memory = 5 * 1024 * 1024;
        r.protection = QStringLiteral("private");
        r.type = QStringLiteral("ordered_set");
        r.readConcurrency = true;
        r.writeConcurrency = QStringLiteral("auto");
        r.compressed = true;
        r.keypos = 2;
        r.heir = pid(7);
        r.ownerName = Term::atom("bt_owner");
        QVERIFY(m.applyPage(p));
        auto cell = [&](int c, int role = Qt::DisplayRole) { return m.index(0, c).data(role); };
        QCOMPARE(cell(EtsTableModel::Table).toString(), QStringLiteral("bt_tab_1"));
        QCOMPARE(cell(EtsTableModel::Table, EtsTableModel::IdTextRole).toString(), QStringLiteral("bt_tab_1"));
        QCOMPARE(cell(EtsTableModel::Table, EtsTableModel::IdRole).value<Term>(), Term::atom("bt_tab_1"));
        QCOMPARE(cell(EtsTableModel::Type).toString(), QStringLiteral("ordered_set"));
        QCOMPARE(cell(EtsTableModel::Protection).toString(), QStringLiteral("private"));
        QVERIFY(cell(EtsTableModel::Protection, Qt::ToolTipRole).toString().contains(QLatin1String("owner")));
        QCOMPARE(cell(EtsTableModel::Size).toString(), Format::count(1234567));
        QCOMPARE(cell(EtsTableModel::Size, Qt::ToolTipRole).toString(), QStringLiteral("1,234,567 rows"));
        QCOMPARE(cell(EtsTableModel::Size, EtsTableModel::RawValueRole).toLongLong(), 1234567);
        QCOMPARE(cell(EtsTableModel::Memory).toString(), QStringLiteral("5.0 MiB"));
        QCOMPARE(cell(EtsTableModel::Memory, Qt::ToolTipRole).toString(), Format::exactBytes(5 * 1024 * 1024));
        QCOMPARE(cell(EtsTableModel::Owner).toString(), QStringLiteral("bt_owner"));
        QCOMPARE(cell(EtsTableModel::Owner, Qt::ToolTipRole).toString(), QStringLiteral("bt_owner <0.101.0>"));
        QCOMPARE(cell(EtsTableModel::Owner, EtsTableModel::OwnerRole).value<Term>(), pid(101));
        QCOMPARE(cell(EtsTableModel::Heir).toString(), QStringLiteral("<0.7.0>"));
        QCOMPARE(m.index(1, EtsTableModel::Heir).data().toString(), QStringLiteral("none"));
        QCOMPARE(cell(EtsTableModel::Keypos).toString(), QStringLiteral("2"));
        QCOMPARE(cell(EtsTableModel::ReadConcurrency).toString(), QStringLiteral("yes"));
        QCOMPARE(cell(EtsTableModel::WriteConcurrency).toString(), QStringLiteral("auto"));
        QCOMPARE(m.index(1, EtsTableModel::WriteConcurrency).data().toString(), QStringLiteral("no"));
        QCOMPARE(cell(EtsTableModel::DecentralizedCounters).toString(), QStringLiteral("no"));
        QCOMPARE(cell(EtsTableModel::Compressed).toString(), QStringLiteral("yes"));
        QCOMPARE(cell(EtsTableModel::Fixed).toString(), QStringLiteral("no"));
        QCOMPARE(cell(EtsTableModel::Named).toString(), QStringLiteral("yes"));
        // Rates are unknown until the second refresh: empty, and the tooltip says when.
        QCOMPARE(cell(EtsTableModel::SizePerS).toString(), QString());
        QVERIFY(cell(EtsTableModel::SizePerS, Qt::ToolTipRole).toString().contains(QLatin1String("second refresh")));
        QCOMPARE(cell(EtsTableModel::Trend).toString(), QString());
        // Metric columns sort biggest first on the first click, and are right-aligned.
        QCOMPARE(m.headerData(EtsTableModel::Size, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(), int(Qt::DescendingOrder));
        QVERIFY(cell(EtsTableModel::Memory, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    }

    void unnamedTableShowsItsNameAndItsIdOnHover()
    {
        EtsTableModel m;
        EtsRanking p = page(1, 0, 1);
        p.rows[0].named = false;
        p.rows[0].name = QStringLiteral("ac_tab");
        p.rows[0].idText = QStringLiteral("#Ref<0.1.2.3>");
        QVERIFY(m.applyPage(p));
        QCOMPARE(m.index(0, EtsTableModel::Table).data().toString(), QStringLiteral("ac_tab"));
        QVERIFY(m.index(0, EtsTableModel::Table).data(Qt::ToolTipRole).toString().contains(QLatin1String("#Ref<0.1.2.3>")));
        QCOMPARE(m.index(0, EtsTableModel::Named).data().toString(), QStringLiteral("no"));
        QCOMPARE(m.rowOfId(QStringLiteral("#Ref<0.1.2.3>")), 0);
        QCOMPARE(EtsTableModel::describe(p.rows[0]), QStringLiteral("#Ref<0.1.2.3> (ac_tab, set, public)"));
    }

    void trendShowsTheDirectionAndRateOfTheRankedFigure_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<double>("sizePerS");
        QTest::addColumn<double>("memoryPerS");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("trend");
        QTest::newRow("rows growing") << int(EtsQuery::Sort::Size) << 1204.0 << -5.0 << QStringLiteral("↑ +1,204 rows/s") << 1;
        QTest::newRow("rows shrinking") << int(EtsQuery::Sort::Size) << -2.5 << 100.0 << QStringLiteral("↓ \u22122.50 rows/s") << -1;
        QTest::newRow("rows steady") << int(EtsQuery::Sort::Size) << 0.0 << 100.0 << QStringLiteral("→") << 0;
        QTest::newRow("memory growing") << int(EtsQuery::Sort::Memory) << -1.0 << 12288.0 << QStringLiteral("↑ +12.0 KiB/s") << 1;
        QTest::newRow("memory shrinking") << int(EtsQuery::Sort::Memory) << 1.0 << -2048.0 << QStringLiteral("↓ \u22122.0 KiB/s") << -1;
    }

    void trendShowsTheDirectionAndRateOfTheRankedFigure()
    {
        QFETCH(int, sort);
        QFETCH(double, sizePerS);
        QFETCH(double, memoryPerS);
        QFETCH(QString, text);
        QFETCH(int, trend);
        EtsTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto s = EtsQuery::Sort(sort);
        EtsRanking p = page(2, 0, 2);
        p.query.sort = s;
        m.setRanking(p.query);
        p.rows[0].sizePerS = sizePerS;
        p.rows[0].memoryPerS = memoryPerS;
        QVERIFY(m.applyPage(p));
        const QModelIndex t = m.index(0, EtsTableModel::Trend);
        QCOMPARE(t.data().toString(), text);
        QCOMPARE(t.data(EtsTableModel::TrendRole).toInt(), trend);
        QCOMPARE(t.data(EtsTableModel::RawValueRole).toDouble(), s == EtsQuery::Sort::Size ? sizePerS : memoryPerS);
        QVERIFY(!t.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(m.index(1, EtsTableModel::Trend).data(EtsTableModel::TrendRole).toInt(), 0); // not measured yet
        // The per-second columns show both rates whatever is ranked.
        QCOMPARE(m.index(0, EtsTableModel::SizePerS).data(EtsTableModel::RawValueRole).toDouble(), sizePerS);
        QCOMPARE(m.index(0, EtsTableModel::MemoryPerS).data(EtsTableModel::RawValueRole).toDouble(), memoryPerS);
    }

    void refreshIsADifferenceAndPersistentIndexesSurvive()
    {
        EtsTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A table gains rows: its Rows cell changes, nothing else.
        QCOMPARE(beamtop::test::checkRefreshIsADifference(m, page, [](EtsRow &r) { r.size += 10; }, EtsTableModel::Size,
                                                          EtsTableModel::Size),
                 QString());
    }

    void deletedTableIsGreyedWithItsLastFigures()
    {
        EtsTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.applyPage(page(3, 0, 3)));
        QVERIFY(!m.index(1, 0).data(EtsTableModel::DeletedRole).toBool());

        // As the collector delivers it: gone, with the figures last shown and when they were read.
        EtsRanking p = page(3, 0, 3);
        const QDateTime seen = QDateTime::currentDateTime().addSecs(-5);
        p.rows[1].gone = true;
        p.rows[1].seenAt = seen;
        const QPersistentModelIndex kept(m.index(1, EtsTableModel::Table));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QVERIFY(m.applyPage(p));
        QCOMPARE(reset.count(), 0);
        QVERIFY(kept.isValid());
        QVERIFY(m.index(1, 0).data(EtsTableModel::DeletedRole).toBool());
        QVERIFY(m.index(1, EtsTableModel::Memory).data(EtsTableModel::DeletedRole).toBool());
        const QString when = QLocale().toString(seen.time(), QStringLiteral("HH:mm:ss"));
        QCOMPARE(m.index(1, EtsTableModel::Table).data().toString(), QStringLiteral("bt_tab_2 (deleted, last seen %1)").arg(when));
        QCOMPARE(m.index(1, EtsTableModel::Size).data(EtsTableModel::RawValueRole).toLongLong(), p.rows[1].size);
        QVERIFY(m.index(1, EtsTableModel::Size).data(Qt::ToolTipRole).toString().contains(QLatin1String("deleted")));
        QVERIFY(!m.index(0, 0).data(EtsTableModel::DeletedRole).toBool());

        // Deleted before it was ever read: unknown figures, not zeros.
        EtsRanking q = page(3, 0, 3);
        q.rows[2].gone = true;
        q.rows[2].size = 0;
        q.rows[2].name.clear();
        q.rows[2].type.clear();
        q.rows[2].seenAt = QDateTime();
        QVERIFY(m.applyPage(q));
        QVERIFY(m.index(2, 0).data(EtsTableModel::DeletedRole).toBool());
        QCOMPARE(m.index(2, EtsTableModel::Size).data().toString(), QStringLiteral("—"));
        QCOMPARE(m.index(2, EtsTableModel::Table).data().toString(), QStringLiteral("bt_tab_3 (deleted)"));
    }

    void headersSayWhatRanks()
    {
        EtsQuery::Sort sort = EtsQuery::Sort::Memory;
        EtsQuery::Mode mode = EtsQuery::Mode::Absolute;
        QVERIFY(EtsTableModel::rankable(EtsTableModel::SizePerS, &sort, &mode));
        QCOMPARE(sort, EtsQuery::Sort::Size);
        QCOMPARE(mode, EtsQuery::Mode::Window);
        QVERIFY(EtsTableModel::rankable(EtsTableModel::Memory, &sort, &mode));
        QCOMPARE(sort, EtsQuery::Sort::Memory);
        QCOMPARE(mode, EtsQuery::Mode::Absolute);
        sort = EtsQuery::Sort::Size;
        QVERIFY(EtsTableModel::rankable(EtsTableModel::Trend, &sort, &mode));
        QCOMPARE(sort, EtsQuery::Sort::Size); // the growth of what is ranked now
        QCOMPARE(mode, EtsQuery::Mode::Window);
        QVERIFY(!EtsTableModel::rankable(EtsTableModel::Owner));
        QVERIFY(!EtsTableModel::rankable(EtsTableModel::Type));
        QCOMPARE(EtsTableModel::columnFor(EtsQuery::Sort::Size, EtsQuery::Mode::Absolute), int(EtsTableModel::Size));
        QCOMPARE(EtsTableModel::columnFor(EtsQuery::Sort::Memory, EtsQuery::Mode::Window), int(EtsTableModel::MemoryPerS));
        EtsTableModel m;
        QCOMPARE(m.headerData(EtsTableModel::Size, Qt::Horizontal).toString(), QStringLiteral("Rows"));
        QVERIFY(m.headerData(EtsTableModel::Memory, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("Click")));
        QVERIFY(!m.headerData(EtsTableModel::Owner, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("Click")));
    }

    void historyKeepsRowsAndMemory()
    {
        EtsHistoryModel h;
        QAbstractItemModelTester tester(&h, QAbstractItemModelTester::FailureReportingMode::QtTest);
        h.addSample(1000, 10, 4096);
        h.addSample(2000, 1500, -1);
        QCOMPARE(h.rowCount(), 2);
        QCOMPARE(h.columnCount(), int(EtsHistoryModel::ColumnCount));
        QCOMPARE(h.index(1, EtsHistoryModel::Size).data(EtsHistoryModel::RawValueRole).toDouble(), 1500.0);
        QCOMPARE(h.index(1, EtsHistoryModel::Size).data().toString(), Format::count(1500));
        QCOMPARE(h.index(0, EtsHistoryModel::Memory).data().toString(), QStringLiteral("4.0 KiB"));
        QCOMPARE(h.index(0, EtsHistoryModel::Memory).data(Qt::ToolTipRole).toString(), Format::exactBytes(4096));
        QVERIFY(!h.index(1, EtsHistoryModel::Memory).data(EtsHistoryModel::RawValueRole).isValid()); // unknown: a gap
    }
};

QTEST_MAIN(TestEtsModels)
#include "tst_etsmodels.moc"
