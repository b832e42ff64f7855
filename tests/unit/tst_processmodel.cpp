// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessTableModel (and the details window's ProcessHistoryModel): the model contract (QAbstractItemModelTester attached before any data),
// a refresh applied as differences (counted), placeholders for rows not fetched, raw values,
// pids as the entity, and a new ranking as the only reset.
#include "format.h"
#include "processhistorymodel.h"
#include "processtablemodel.h"
#include "rank/rankedrows.h"
#include "modeltestutil.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace beamtop;

namespace {

ProcessRow row(int id, qint64 memory, const char *name = nullptr)
{
    ProcessRow r;
    r.pid.node = "app@host";
    r.pid.id = quint64(id);
    r.pid.serial = 0;
    r.pid.creation = 1;
    r.pidText = QStringLiteral("<0.%1.0>").arg(id);
    r.name = name ? Term::atom(name) : Term::atom("undefined");
    r.initialCall = Term::tuple({Term::atom("Elixir.MyApp.Worker"), Term::atom("init"), Term::integer(1)});
    r.currentFunction = Term::tuple({Term::atom("gen_server"), Term::atom("loop"), Term::integer(7)});
    r.memory = memory;
    r.reductions = 1000 + id;
    r.messageQueueLen = id % 3;
    r.binaryMemory = 0;
    r.totalHeapSize = 233;
    r.status = QStringLiteral("waiting");
    r.application = QStringLiteral("kernel");
    r.rankValue = memory;
    return r;
}

// A page of the memory ranking of `total` processes: position i holds process <0.(i+1).0>.
ProcessRanking page(int total, int offset, int count)
{
    ProcessRanking p;
    p.query.offset = offset;
    p.query.limit = count;
    p.total = total;
    p.count = total;
    p.rankedAgoMs = 10;
    for (int i = offset; i < qMin(total, offset + count); ++i)
        p.rows.append(row(i + 1, qint64(1000000 - i) * 1024));
    return p;
}

using Spies = beamtop::test::ModelSpies;

} // namespace

class TestProcessModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void contractThroughAFullLifecycle()
    {
        ProcessTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(beamtop::test::applyRankedLifecycle(m, page), QString());
        m.setRanking(ProcessQuery::Sort::Reductions, ProcessQuery::Mode::Absolute, {});
        ProcessRanking p = page(40, 0, 40);
        p.query.sort = ProcessQuery::Sort::Reductions;
        QVERIFY(m.applyPage(p));
        TermFormatter::Options o;
        o.syntax = TermSyntax::Elixir;
        m.setFormatter(TermFormatter(o));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void rowCountIsTheRankingsTotalWithPlaceholders()
    {
        ProcessTableModel m;
        QVERIFY(m.applyPage(page(1000000, 500000, 100)));
        QCOMPARE(m.rowCount(), 1000000);
        QCOMPARE(m.loadedCount(), 100);
        QCOMPARE(m.firstLoaded(), 500000);
        const QModelIndex far = m.index(10, ProcessTableModel::Pid);
        QCOMPARE(far.data().toString(), QStringLiteral("…"));
        QCOMPARE(far.data(ProcessTableModel::LoadedRole).toBool(), false);
        QVERIFY(!far.data(ProcessTableModel::PidRole).isValid()); // no entity for a placeholder
        const QModelIndex held = m.index(500010, ProcessTableModel::Pid);
        QCOMPARE(held.data(ProcessTableModel::LoadedRole).toBool(), true);
        QCOMPARE(held.data().toString(), QStringLiteral("<0.500011.0>"));
        QCOMPARE(held.data(ProcessTableModel::RankRole).toInt(), 500010);
    }

    void refreshEmitsChangesNotAReset()
    {
        ProcessTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.applyPage(page(200, 0, 50)));
        Spies s(&m);

        // The same data again: nothing at all.
        QVERIFY(m.applyPage(page(200, 0, 50)));
        QCOMPARE(s.changed.count(), 0);

        // One process's memory moves and two processes appear.
        ProcessRanking next = page(202, 0, 50);
        next.rows[7].memory += 4096;
        QVERIFY(m.applyPage(next));
        QCOMPARE(s.reset.count(), 0);
        QCOMPARE(s.layout.count(), 0);
        QCOMPARE(s.removed.count(), 0);
        QCOMPARE(s.inserted.count(), 1);
        QCOMPARE(s.inserted.first().at(1).toInt(), 200);
        QCOMPARE(s.inserted.first().at(2).toInt(), 201);
        QCOMPARE(s.changed.count(), 1);
        const QModelIndex tl = s.changed.first().at(0).value<QModelIndex>();
        const QModelIndex br = s.changed.first().at(1).value<QModelIndex>();
        QCOMPARE(tl.row(), 7);
        QCOMPARE(br.row(), 7);
        QCOMPARE(tl.column(), int(ProcessTableModel::Memory));
        QCOMPARE(br.column(), int(ProcessTableModel::Memory));

        // Processes die: rows go at the end, no reset.
        s.clear();
        QVERIFY(m.applyPage(page(190, 0, 50)));
        QCOMPARE(s.reset.count(), 0);
        QCOMPARE(s.removed.count(), 1);
        QCOMPARE(s.removed.first().at(1).toInt(), 190);
        QCOMPARE(s.removed.first().at(2).toInt(), 201);
    }

    void aReorderChangesTheRowsThatMovedOnly()
    {
        ProcessTableModel m;
        QVERIFY(m.applyPage(page(100, 0, 20)));
        Spies s(&m);
        ProcessRanking swapped = page(100, 0, 20);
        std::swap(swapped.rows[3], swapped.rows[4]);
        QVERIFY(m.applyPage(swapped));
        QCOMPARE(s.reset.count(), 0);
        QCOMPARE(s.changed.count(), 1); // one run: rows 3 and 4, every column (another pid)
        QCOMPARE(s.changed.first().at(0).value<QModelIndex>().row(), 3);
        QCOMPARE(s.changed.first().at(1).value<QModelIndex>().row(), 4);
        QCOMPARE(m.rowOfPid(QStringLiteral("<0.4.0>")), 4);
        QCOMPARE(m.index(4, 0).data(ProcessTableModel::PidRole).value<Term>(), Term::pid(swapped.rows[4].pid));
    }

    void scrollingMovesTheHeldRows()
    {
        ProcessTableModel m;
        QVERIFY(m.applyPage(page(1000, 0, 50)));
        Spies s(&m);
        QVERIFY(m.applyPage(page(1000, 30, 50)));
        QCOMPARE(s.reset.count(), 0);
        QCOMPARE(m.firstLoaded(), 30);
        QCOMPARE(m.index(10, 0).data(ProcessTableModel::LoadedRole).toBool(), false); // let go
        QCOMPARE(m.index(79, 0).data(ProcessTableModel::LoadedRole).toBool(), true);
        // Rows 0..29 became placeholders, 30..49 kept their process, 50..79 arrived.
        int first = 1000, last = -1;
        for (const QList<QVariant> &args : qAsConst(s.changed)) {
            first = qMin(first, args.at(0).value<QModelIndex>().row());
            last = qMax(last, args.at(1).value<QModelIndex>().row());
        }
        QCOMPARE(first, 0);
        QCOMPARE(last, 79);
        QVERIFY(m.loadedCount() <= 500);
    }

    void aNewRankingIsTheOnlyReset()
    {
        ProcessTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.applyPage(page(100, 0, 20)));
        Spies s(&m);
        m.setRanking(ProcessQuery::Sort::Memory, ProcessQuery::Mode::Absolute, {}); // the same
        QCOMPARE(s.reset.count(), 0);
        m.setRanking(ProcessQuery::Sort::MessageQueueLen, ProcessQuery::Mode::Absolute, {});
        QCOMPARE(s.reset.count(), 1);
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(!m.applyPage(page(100, 0, 20))); // a late page of the memory ranking
        QCOMPARE(m.rowCount(), 0);
        m.setRanking(ProcessQuery::Sort::MessageQueueLen, ProcessQuery::Mode::Absolute, QStringLiteral("bt_"));
        QCOMPARE(s.reset.count(), 2);
    }

    void rawValuesFormattedTextAndExactTooltips()
    {
        ProcessTableModel m;
        ProcessRanking p = page(1, 0, 1);
        p.rows[0].memory = 12 * 1024 * 1024 + 5;
        p.rows[0].reductionsPerS = 1234.5;
        p.rows[0].totalHeapSize = 1000;
        QVERIFY(m.applyPage(p));
        const QModelIndex mem = m.index(0, ProcessTableModel::Memory);
        QCOMPARE(mem.data(ProcessTableModel::RawValueRole).toLongLong(), 12 * 1024 * 1024 + 5);
        QCOMPARE(mem.data().toString(), QStringLiteral("12.0 MiB"));
        QCOMPARE(mem.data(Qt::ToolTipRole).toString(), QStringLiteral("12,582,917 bytes"));
        const QModelIndex heap = m.index(0, ProcessTableModel::TotalHeapSize);
        QCOMPARE(heap.data(ProcessTableModel::RawValueRole).toLongLong(), 1000); // words, as the node says
        QCOMPARE(heap.data().toString(), QStringLiteral("7.8 KiB"));
        QVERIFY(heap.data(Qt::ToolTipRole).toString().contains(QLatin1String("1,000 words")));
        QCOMPARE(m.index(0, ProcessTableModel::ReductionsPerS).data(ProcessTableModel::RawValueRole).toDouble(), 1234.5);
        QCOMPARE(m.index(0, ProcessTableModel::ReductionsPerS).data().toString(), QStringLiteral("1,235/s"));
        QCOMPARE(m.index(0, ProcessTableModel::CurrentFunction).data().toString(), QStringLiteral("gen_server:loop/7"));
        QCOMPARE(m.index(0, ProcessTableModel::CurrentFunction).data(Qt::ToolTipRole).toString(), QStringLiteral("{gen_server,loop,7}"));
        QCOMPARE(m.index(0, ProcessTableModel::Memory).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
        QCOMPARE(m.index(0, ProcessTableModel::WindowChange).data().toString(), QString()); // absolute mode
    }

    void nameIsRegisteredNameElseInitialCall()
    {
        ProcessTableModel m;
        ProcessRanking p = page(2, 0, 2);
        p.rows[0].name = Term::atom("bt_queue");
        p.rows[1].name = Term::tuple({Term::atom("label"), Term::binary("worker 7")});
        QVERIFY(m.applyPage(p));
        QCOMPARE(m.index(0, ProcessTableModel::Name).data().toString(), QStringLiteral("bt_queue"));
        QCOMPARE(m.index(1, ProcessTableModel::Name).data().toString(), QStringLiteral("worker 7"));
        QCOMPARE(m.describe(*m.rowAt(0)), QStringLiteral("bt_queue <0.1.0>"));
        p.rows[0].name = Term::atom("undefined");
        QVERIFY(m.applyPage(p));
        QCOMPARE(m.index(0, ProcessTableModel::Name).data().toString(), QStringLiteral("'Elixir.MyApp.Worker':init/1"));
    }

    void syntaxSwitchReformatsWithoutAReset()
    {
        ProcessTableModel m;
        QVERIFY(m.applyPage(page(10, 0, 10)));
        Spies s(&m);
        TermFormatter::Options o;
        o.syntax = TermSyntax::Elixir;
        m.setFormatter(TermFormatter(o));
        QCOMPARE(s.reset.count(), 0);
        QCOMPARE(s.changed.count(), 1);
        QCOMPARE(m.index(0, ProcessTableModel::InitialCall).data().toString(), QStringLiteral("MyApp.Worker.init/1"));
        QCOMPARE(m.index(0, ProcessTableModel::CurrentFunction).data().toString(), QStringLiteral(":gen_server.loop/7"));
        m.setFormatter(TermFormatter(o)); // the same again: nothing
        QCOMPARE(s.changed.count(), 1);
    }

    void windowModeShowsTheRankedChange()
    {
        ProcessTableModel m;
        m.setRanking(ProcessQuery::Sort::MessageQueueLen, ProcessQuery::Mode::Window, {});
        QCOMPARE(m.headerData(ProcessTableModel::WindowChange, Qt::Horizontal).toString(), QStringLiteral("Queue growth/s"));
        ProcessRanking p = page(3, 0, 3);
        p.query.sort = ProcessQuery::Sort::MessageQueueLen;
        p.query.mode = ProcessQuery::Mode::Window;
        p.windowValid = true;
        p.rows[0].rankValue = 5000;
        QVERIFY(m.applyPage(p));
        QCOMPARE(m.index(0, ProcessTableModel::WindowChange).data(ProcessTableModel::RawValueRole).toLongLong(), 5000);
        QCOMPARE(m.index(0, ProcessTableModel::WindowChange).data().toString(), QStringLiteral("5,000/s"));
    }

    void pinnedRowsAnswerForPidsOffScreen()
    {
        ProcessTableModel m;
        ProcessRanking p = page(1000, 0, 20);
        ProcessRow pinned = row(5000, 64);
        pinned.status = QStringLiteral("exited");
        p.pinned = {pinned};
        QVERIFY(m.applyPage(p));
        QCOMPARE(m.rowOfPid(pinned.pidText), -1);
        const ProcessRow *r = m.rowForPid(pinned.pidText);
        QVERIFY(r);
        QVERIFY(r->exited());
        QVERIFY(!m.rowForPid(QStringLiteral("<0.4999.0>")));
    }

    // A process that exited after it was ranked: greyed (ExitedRole), its figures the last
    // ones read and "exited, last seen …" — never zeros; one never read alive shows "—".
    void anExitedProcessShowsItsLastFiguresNotZeros()
    {
        ProcessTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProcessRanking p = page(100, 0, 5);
        ProcessRow &seen = p.rows[1];
        seen.gone = true;
        seen.status = QStringLiteral("exited");
        seen.seenAt = QDateTime::currentDateTimeUtc();
        ProcessRow &never = p.rows[2];
        never = row(3, 0);
        never.name = Term::atom("undefined");
        never.initialCall = Term::atom("undefined");
        never.currentFunction = Term::atom("undefined");
        never.reductions = never.messageQueueLen = never.totalHeapSize = 0;
        never.status = QStringLiteral("exited");
        never.gone = true;
        QVERIFY(m.applyPage(p));

        QCOMPARE(m.index(0, 0).data(ProcessTableModel::ExitedRole).toBool(), false);
        QCOMPARE(m.index(50, 0).data(ProcessTableModel::ExitedRole).toBool(), false); // a placeholder
        QCOMPARE(m.index(1, 0).data(ProcessTableModel::ExitedRole).toBool(), true);
        QCOMPARE(m.index(1, 0).data(RankedTableModelBase::GoneRole).toBool(), true);
        const QString status = m.index(1, ProcessTableModel::Status).data().toString();
        QVERIFY2(status.startsWith(QLatin1String("exited, last seen ")), qPrintable(status));
        QCOMPARE(m.index(1, ProcessTableModel::Status).data(ProcessTableModel::RawValueRole).toString(), QStringLiteral("exited"));
        QCOMPARE(m.index(1, ProcessTableModel::Memory).data(ProcessTableModel::RawValueRole).toLongLong(), seen.memory);
        QCOMPARE(m.index(1, ProcessTableModel::Memory).data().toString(), Format::bytes(seen.memory));
        QVERIFY(m.index(1, ProcessTableModel::Memory).data(Qt::ToolTipRole).toString().contains(QLatin1String("last seen")));
        QVERIFY(m.index(1, ProcessTableModel::Name).data(Qt::ToolTipRole).toString().contains(QLatin1String("exited")));

        QCOMPARE(m.index(2, 0).data(ProcessTableModel::ExitedRole).toBool(), true);
        QCOMPARE(m.index(2, ProcessTableModel::Status).data().toString(), QStringLiteral("exited"));
        for (int c : {ProcessTableModel::Memory, ProcessTableModel::Reductions, ProcessTableModel::MessageQueueLen,
                      ProcessTableModel::BinaryMemory, ProcessTableModel::TotalHeapSize, ProcessTableModel::CurrentFunction}) {
            QCOMPARE(m.index(2, c).data().toString(), QStringLiteral("—"));
            QVERIFY(!m.index(2, c).data(ProcessTableModel::RawValueRole).isValid());
        }
        QCOMPARE(m.index(2, ProcessTableModel::Pid).data().toString(), never.pidText);
    }

    // What every v2 agent sends for a process that died (status exited, zero figures) is read as
    // gone: shown with the figures last shown, and written as nulls where there are none.
    void theAgentsExitedRowIsGone()
    {
        const Term tuple = Term::tuple({Term::pid(row(9, 0).pid), Term::binary("<0.9.0>"), Term::atom("undefined"),
                                        Term::atom("undefined"), Term::atom("undefined"), Term::integer(0), Term::integer(0),
                                        Term::integer(0), Term::integer(0), Term::integer(0), Term::atom("exited"),
                                        Term::atom("undefined"), Term::integer(123456), Term::integer(3)});
        ProcessRow r;
        QVERIFY(ProcessRow::fromTerm(tuple, &r));
        QVERIFY(r.gone);
        QVERIFY(r.exited());
        QVERIFY(!r.hasValues()); // not read before: unknown figures, not zeros
        const QJsonObject never = r.toJson(TermFormatter());
        QCOMPARE(never.value(QStringLiteral("status")).toString(), QStringLiteral("exited"));
        QVERIFY(never.value(QStringLiteral("memory")).isNull());
        QVERIFY(never.value(QStringLiteral("reductions")).isNull());
        QVERIFY(never.contains(QStringLiteral("last_seen")) && never.value(QStringLiteral("last_seen")).isNull());

        LastShown<ProcessRow> shown;
        ProcessRow alive = row(9, 777777, "bt_was");
        alive.pidText = r.pidText;
        alive.reductionsPerS = 12.5;
        QVector<ProcessRow> before{alive};
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        shown.fill(before, at, [](const ProcessRow &x) { return x.pidText; });
        shown.remember(before, {}, [](const ProcessRow &x) { return x.pidText; });
        QVector<ProcessRow> now{r};
        shown.fill(now, at.addSecs(2), [](const ProcessRow &x) { return x.pidText; });
        QVERIFY(now[0].exited());
        QVERIFY(now[0].hasValues());
        QCOMPARE(now[0].memory, qint64(777777));
        QCOMPARE(now[0].reductionsPerS, 12.5);
        QCOMPARE(now[0].name.atomName(), QStringLiteral("bt_was"));
        QCOMPARE(now[0].rankValue, qint64(123456)); // the ranking's, not the old row's
        QCOMPARE(now[0].status, QStringLiteral("exited"));
        const QJsonObject last = now[0].toJson(TermFormatter());
        QCOMPARE(last.value(QStringLiteral("memory")).toDouble(), 777777.0);
        QCOMPARE(last.value(QStringLiteral("last_seen")).toString(), QStringLiteral("2023-11-14T22:13:20.000Z"));

        // Ordered by what it shows (its last figures); one with none by what it was ranked by.
        ProcessRanking p;
        QCOMPARE(p.shownValue(now[0]), 777777.0);
        QCOMPARE(p.shownValue(r), 123456.0);
    }

    // What a page is ordered by is what its sorted column shows: the fresh figure in absolute
    // mode; in window mode reductions/s as shown (measured between refreshes), else the node's
    // change per second.
    void aPageIsOrderedByWhatItsSortedColumnShows()
    {
        ProcessRanking p;
        ProcessRow r = row(1, 5000);
        r.rankValue = 100;
        r.reductions = 70;
        r.reductionsPerS = 42.5;
        r.messageQueueLen = 3;
        QCOMPARE(p.shownValue(r), 5000.0);
        p.query.sort = ProcessQuery::Sort::Reductions;
        QCOMPARE(p.shownValue(r), 70.0);
        p.query.mode = ProcessQuery::Mode::Window;
        QCOMPARE(p.shownValue(r), 42.5);
        p.query.sort = ProcessQuery::Sort::MessageQueueLen;
        QCOMPARE(p.shownValue(r), 100.0);

        QVector<ProcessRow> rows{row(1, 10), row(2, 30), row(3, 20)};
        p.query.sort = ProcessQuery::Sort::Memory;
        p.query.mode = ProcessQuery::Mode::Absolute;
        orderByShown(rows, [&](const ProcessRow &x) { return p.shownValue(x); });
        QCOMPARE(rows[0].pid.id, quint64(2));
        QCOMPARE(rows[1].pid.id, quint64(3));
        QCOMPARE(rows[2].pid.id, quint64(1));
    }

    void headersSayWhatSortsOnTheNode()
    {
        ProcessTableModel m;
        for (int c = 0; c < ProcessTableModel::ColumnCount; ++c) {
            const bool metric = c >= ProcessTableModel::Memory && c <= ProcessTableModel::WindowChange;
            QCOMPARE(m.headerData(c, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                     int(metric ? Qt::DescendingOrder : Qt::AscendingOrder));
            QVERIFY(!m.headerData(c, Qt::Horizontal).toString().isEmpty());
            const QString tip = m.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
            if (ProcessTableModel::rankable(c))
                QVERIFY2(tip.contains(QLatin1String("rank every process")), qPrintable(tip));
            else if (c != ProcessTableModel::WindowChange)
                QVERIFY2(tip.contains(QLatin1String("does not sort")), qPrintable(tip));
        }
        ProcessQuery::Sort s = ProcessQuery::Sort::Memory;
        ProcessQuery::Mode mode = ProcessQuery::Mode::Absolute;
        QVERIFY(ProcessTableModel::rankable(ProcessTableModel::ReductionsPerS, &s, &mode));
        QCOMPARE(s, ProcessQuery::Sort::Reductions);
        QCOMPARE(mode, ProcessQuery::Mode::Window);
        QCOMPARE(ProcessTableModel::columnFor(ProcessQuery::Sort::Reductions, ProcessQuery::Mode::Window),
                 int(ProcessTableModel::ReductionsPerS));
        // In window mode the rows are in order of the change per second, not of the metric.
        QCOMPARE(ProcessTableModel::columnFor(ProcessQuery::Sort::Memory, ProcessQuery::Mode::Window),
                 int(ProcessTableModel::WindowChange));
        QCOMPARE(ProcessTableModel::columnFor(ProcessQuery::Sort::Memory, ProcessQuery::Mode::Absolute),
                 int(ProcessTableModel::Memory));
        QVERIFY(!ProcessTableModel::rankable(ProcessTableModel::Status));
    }

    void historyIsBoundedAndKeepsPeaks()
    {
        ProcessHistoryModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setMaxPoints(8);
        Spies s(&m);
        for (int i = 0; i < 40; ++i)
            m.addSample(1'700'000'000'000 + i * 1000, i == 13 ? 1 << 30 : 1000 + i, i == 0 ? -1 : 50.0, i);
        QCOMPARE(s.reset.count(), 0);
        QVERIFY(m.rowCount() <= 8);
        QVERIFY(m.rowCount() >= 4);
        int samples = 0;
        double peak = 0, least = 1e18;
        for (int r = 0; r < m.rowCount(); ++r) {
            samples += m.index(r, 0).data(ProcessHistoryModel::SamplesRole).toInt();
            peak = qMax(peak, m.index(r, ProcessHistoryModel::Memory).data(ProcessHistoryModel::RawValueRole).toDouble());
            least = qMin(least, m.index(r, ProcessHistoryModel::Memory).data(ProcessHistoryModel::MinRole).toDouble());
            QCOMPARE(m.index(r, ProcessHistoryModel::MessageQueueLen).data(ProcessHistoryModel::TimeRole).toLongLong(),
                     m.index(r, ProcessHistoryModel::Time).data(ProcessHistoryModel::RawValueRole).toLongLong());
        }
        QCOMPARE(samples, 40);                  // every sample is in some point
        QCOMPARE(peak, double(1 << 30));        // the spike survived the merging
        QCOMPARE(least, 1000.0);
        QCOMPARE(m.index(m.rowCount() - 1, ProcessHistoryModel::Time).data(ProcessHistoryModel::RawValueRole).toLongLong(),
                 qint64(1'700'000'000'000 + 39 * 1000)); // the newest point is the newest sample
        QCOMPARE(m.index(0, ProcessHistoryModel::ReductionsPerS).data(ProcessHistoryModel::RawValueRole).toDouble(), 50.0);

        // A first sample's unknown rate is no value, not a zero.
        ProcessHistoryModel fresh;
        fresh.addSample(1'700'000'000'000, 10, -1, 0);
        QVERIFY(!fresh.index(0, ProcessHistoryModel::ReductionsPerS).data(ProcessHistoryModel::RawValueRole).isValid());
        QCOMPARE(fresh.index(0, ProcessHistoryModel::ReductionsPerS).data().toString(), QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(TestProcessModel)
#include "tst_processmodel.moc"
