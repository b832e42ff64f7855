// SPDX-License-Identifier: GPL-3.0-or-later
// The process ranking on a real node with known outliers: each ranks first on its own column,
// in absolute and in window mode, through the collector and through beamtop-cli.
#include "agent/agentclient.h"
#include "collect/processcollector.h"
#include "collect/processsampler.h"
#include "collect/processinspector.h"
#include "export/processcolumns.h"
#include "node/nodeclient.h"
#include "processtablemodel.h"
#include "testnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <tuple>

using namespace beamtop;
using beamtop::test::TestNode;

class TestProcesses : public QObject
{
    Q_OBJECT
private:
    // Asks until the ranking is complete (and, in window mode, measured over a window).
    ProcessRanking rankedPage(ProcessCollector &c, ProcessQuery q)
    {
        QSignalSpy pages(&c, &ProcessCollector::pageReady);
        for (int attempt = 0; attempt < 200; ++attempt) {
            c.fetch(q);
            if (!pages.wait(10000))
                return {};
            const ProcessRanking p = pages.takeLast().first().value<ProcessRanking>();
            if (p.rankingComplete && (q.mode == ProcessQuery::Mode::Absolute || p.windowValid))
                return p;
            QTest::qWait(100); // the node ranks in the background; ask again shortly
        }
        return {};
    }

    // The next page of q from c, whatever its state.
    ProcessRanking nextPage(ProcessCollector &c, const ProcessQuery &q)
    {
        QSignalSpy pages(&c, &ProcessCollector::pageReady);
        c.fetch(q);
        if (!pages.wait(10000))
            return {};
        return pages.takeLast().first().value<ProcessRanking>();
    }

    // The memory column of the model's rows [first, first + count), as shown (raw values).
    static QVector<qint64> memoryColumn(const ProcessTableModel &m, int first, int count)
    {
        QVector<qint64> v;
        for (int row = first; row < first + count; ++row)
            v.append(m.index(row, ProcessTableModel::Memory).data(ProcessTableModel::RawValueRole).toLongLong());
        return v;
    }

    static bool nonIncreasing(const QVector<qint64> &v)
    {
        return std::is_sorted(v.begin(), v.end(), std::greater<qint64>());
    }

    QString pidOf(const char *registeredName)
    {
        return m_node.eval(QStringLiteral("list_to_atom(pid_to_list(whereis(%1)))").arg(QLatin1String(registeredName)))
            .remove(QLatin1Char('\''));
    }

    QJsonArray cliTop(const QStringList &extra)
    {
        QProcess p;
        p.start(QStringLiteral(BEAMTOP_CLI_PATH),
                QStringList{QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), m_cookieFile,
                            QStringLiteral("top"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--budget"), QStringLiteral("0.5")}
                    + extra);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("processes")).toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_node.start());
        m_cookieFile = m_node.writeCookieFile(m_dir.path());
        // The outliers, each registered so the test can find its pid.
        QCOMPARE(m_node.eval(QStringLiteral(
                     "register(bt_heap, spawn(fun() -> L = lists:seq(1, 3000000), receive stop -> length(L) end end)), "
                     "register(bt_queue, spawn(fun() -> receive stop -> ok end end)), "
                     "[bt_queue ! {msg, I} || I <- lists:seq(1, 50000)], "
                     "register(bt_bins, spawn(fun() -> B = [binary:copy(<<I>>, 4000000) || I <- lists:seq(1, 4)], receive stop -> B end end)), "
                     "register(bt_busy, spawn(fun Spin() -> _ = lists:reverse(lists:seq(1, 100)), Spin() end)), "
                     "register(bt_growing, spawn(fun() -> receive stop -> ok end end)), "
                     "spawn(fun Feed() -> [bt_growing ! tick || _ <- lists:seq(1, 50)], timer:sleep(10), Feed() end), "
                     "ok")),
                 QStringLiteral("ok"));
        m_session = std::make_unique<Session>();
        QSignalSpy ready(&m_session->agent, &AgentClient::ready);
        m_session->node.connectToNode(m_node.connectOptions());
        QVERIFY(ready.wait(15000));
        QCOMPARE(m_session->agent.mode(), AgentClient::Mode::Full);
        m_session->agent.setBudget(0.5); // a test need not wait on the 2 % default
    }

    void cleanupTestCase() { m_session.reset(); }

    // Watching a process must not make it look busy: reading another process's info is a signal
    // the target handles and pays for, so each refresh of a row is one process_info call.
    // First in the class: the rankings later tests ask for keep sweeping every process (and
    // charging each a reduction per sweep) for 30 s after their last use.
    void watchingAnIdleProcessBarelyChargesIt()
    {
        m_node.eval(QStringLiteral("register(bt_idle, spawn(fun() -> receive stop -> ok end end)), ok"));
        ProcessQuery q;
        q.filter = QStringLiteral("bt_idle");
        const ProcessRanking found = rankedPage(m_session->procs, q);
        QCOMPARE(found.rows.size(), 1);
        q.filter.clear();
        q.limit = 0;
        q.pinned = {found.rows.first().pid};
        QSignalSpy pages(&m_session->procs, &ProcessCollector::pageReady);
        constexpr int refreshes = 20;
        qint64 first = -1, last = -1;
        int zeroRates = 0;
        for (int i = 0; i < refreshes; ++i) {
            m_session->procs.fetch(q);
            QVERIFY(pages.wait(10000));
            const ProcessRanking p = pages.takeLast().first().value<ProcessRanking>();
            QCOMPARE(p.pinned.size(), 1);
            QCOMPARE(p.pinned.first().name.atomName(), QStringLiteral("bt_idle"));
            QVERIFY(p.hasNodeTime); // rates come from the node's clock
            if (first < 0)
                first = p.pinned.first().reductions;
            last = p.pinned.first().reductions;
            // Beamtop's own read of the row is not the process's work. (A background ranking
            // sweep reading it too can still add one now and then.)
            if (i > 0 && p.pinned.first().reductionsPerS >= 0)
                zeroRates += p.pinned.first().reductionsPerS == 0.0;
            QTest::qWait(20); // refreshes are apart in time (a rate needs the node's clock to move)
        }
        // One call costs the target one reduction; the five calls a row used to take cost three.
        QVERIFY2(last - first <= 2 * refreshes, qPrintable(QStringLiteral("%1 reductions over %2 refreshes").arg(last - first).arg(refreshes)));
        qInfo("idle process charged %lld reductions over %d refreshes; %d of them showed 0/s", last - first, refreshes, zeroRates);
        QVERIFY2(zeroRates >= refreshes / 2, qPrintable(QStringLiteral("only %1 refreshes showed 0/s").arg(zeroRates)));
    }

    // Whichever views read a process — the table's rows, a sliding-window ranking sweeping
    // every process in the background, a details window's sampler — an idle process shows 0/s:
    // the agent counts all of its reads of the processes on screen and they are left out. (The
    // GUI used to show 1.00/s or 2.00/s here while beamtop-cli showed 0.)
    void idleProcessShowsNoActivityWhateverReadsIt()
    {
        m_node.eval(QStringLiteral("register(bt_idle2, spawn(fun() -> receive stop -> ok end end)), ok"));
        ProcessQuery find;
        find.filter = QStringLiteral("bt_idle2");
        const ProcessRanking found = rankedPage(m_session->procs, find);
        QCOMPARE(found.rows.size(), 1);
        const NodeId pid = found.rows.first().pid;
        ProcessCollector sweeper(&m_session->agent); // another view: a window ranking, swept every 250 ms
        ProcessQuery window;
        window.sort = ProcessQuery::Sort::Memory; // reading memory costs the process a reduction
        window.mode = ProcessQuery::Mode::Window;
        window.intervalMs = 250;
        window.limit = 5;
        ProcessSampler sampler(&m_session->agent, Term::pid(pid)); // a details window
        QSignalSpy samples(&sampler, &ProcessSampler::sampled);
        ProcessQuery q;
        q.limit = 0;
        q.pinned = {pid};
        q.intervalMs = 250;
        QSignalSpy pages(&m_session->procs, &ProcessCollector::pageReady);
        constexpr int refreshes = 15;
        int rates = 0, sampledRates = 0;
        qint64 firstReads = -1, lastReads = -1, firstReductions = -1, lastReductions = -1;
        for (int i = 0; i < refreshes; ++i) {
            sweeper.fetch(window);
            sampler.fetch();
            m_session->procs.fetch(q);
            QVERIFY(pages.wait(10000));
            QTRY_COMPARE_WITH_TIMEOUT(samples.count(), i + 1, 10000);
            const ProcessRanking p = pages.takeLast().first().value<ProcessRanking>();
            QCOMPARE(p.pinned.size(), 1);
            const ProcessRow &row = p.pinned.first();
            if (firstReads < 0) {
                firstReads = row.agentReads;
                firstReductions = row.reductions;
            }
            lastReads = row.agentReads;
            lastReductions = row.reductions;
            if (i > 0 && row.reductionsPerS >= 0) {
                ++rates;
                QCOMPARE(row.reductionsPerS, 0.0);
            }
            const ProcessSample s = samples.last().first().value<ProcessSample>();
            if (i > 0 && s.reductionsPerS >= 0) {
                ++sampledRates;
                QCOMPARE(s.reductionsPerS, 0.0);
            }
            QTest::qWait(300); // time passes between refreshes, so the window ranking sweeps in between
        }
        QVERIFY(rates >= refreshes - 2);
        QVERIFY(sampledRates >= refreshes - 2);
        // The test means something only if the process was read more often than by this page:
        // by the sampler and by the sweeps. The count covers every reduction Beamtop cost it
        // (reads that arrive together can be handled, and charged, as one: never more).
        QVERIFY2(lastReads - firstReads > 2 * (refreshes - 1),
                 qPrintable(QStringLiteral("%1 reads over %2 refreshes").arg(lastReads - firstReads).arg(refreshes)));
        QVERIFY(lastReductions - firstReductions > 0);
        QVERIFY(lastReductions - firstReductions <= lastReads - firstReads);
        qInfo("idle process read %lld times by the agent over %d refreshes (%lld reductions); every rate 0/s",
              lastReads - firstReads, refreshes, lastReductions - firstReductions);
    }

    void eachOutlierRanksFirst_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("window");
        QTest::addColumn<QString>("expected");
        using S = ProcessQuery::Sort;
        QTest::newRow("memory") << int(S::Memory) << false << "bt_heap";
        QTest::newRow("total_heap_size") << int(S::TotalHeapSize) << false << "bt_heap";
        QTest::newRow("message_queue_len") << int(S::MessageQueueLen) << false << "bt_queue";
        QTest::newRow("binary_memory") << int(S::BinaryMemory) << false << "bt_bins";
        QTest::newRow("reductions") << int(S::Reductions) << false << "bt_busy";
        QTest::newRow("reductions/s (window)") << int(S::Reductions) << true << "bt_busy";
        QTest::newRow("queue growth (window)") << int(S::MessageQueueLen) << true << "bt_growing";
    }
    void eachOutlierRanksFirst()
    {
        QFETCH(int, sort);
        QFETCH(bool, window);
        QFETCH(QString, expected);
        ProcessQuery q;
        q.sort = ProcessQuery::Sort(sort);
        q.mode = window ? ProcessQuery::Mode::Window : ProcessQuery::Mode::Absolute;
        q.intervalMs = 500;
        q.limit = 5;
        const ProcessRanking page = rankedPage(m_session->procs, q);
        QVERIFY(!page.rows.isEmpty());
        QCOMPARE(page.rows.first().pidText, pidOf(expected.toLatin1().constData()));
        QCOMPARE(page.rows.first().name.atomName(), expected);
        QVERIFY(page.total >= page.count - 20 && page.total <= page.count + 20);

        // The same from the command line.
        QStringList args{QStringLiteral("--sort"), ProcessQuery::sortName(q.sort), QStringLiteral("--count"), QStringLiteral("3")};
        if (window)
            args << QStringLiteral("--window") << QStringLiteral("500");
        const QJsonArray rows = cliTop(args);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().toObject().value(QStringLiteral("name")).toString(), expected);
    }

    void pagesAtAnOffsetAndFilter()
    {
        ProcessQuery q;
        q.limit = 10;
        // A long interval: no new sweep reorders the ranking between the two pages.
        q.intervalMs = 60000;
        const ProcessRanking first = rankedPage(m_session->procs, q);
        QVERIFY(first.total > 30);
        q.offset = 10;
        const ProcessRanking second = rankedPage(m_session->procs, q);
        QCOMPARE(second.rows.size(), 10);
        for (const ProcessRow &r : second.rows)
            QVERIFY(std::none_of(first.rows.begin(), first.rows.end(), [&](const ProcessRow &o) { return o.pidText == r.pidText; }));
        q.offset = 0;
        q.filter = QStringLiteral("BT_QUE"); // case-insensitive, matched on the node
        const ProcessRanking filtered = rankedPage(m_session->procs, q);
        QCOMPARE(filtered.total, 1);
        QCOMPARE(filtered.rows.first().name.atomName(), QStringLiteral("bt_queue"));
    }

    void pinnedRowsComeBesideThePage()
    {
        ProcessQuery q;
        q.limit = 1;
        const ProcessRanking p0 = rankedPage(m_session->procs, q);
        QVERIFY(!p0.rows.isEmpty());
        // Pin a process far down the ranking: its row is refreshed anyway.
        q.filter = QStringLiteral("bt_growing");
        const ProcessRanking g = rankedPage(m_session->procs, q);
        QCOMPARE(g.rows.size(), 1);
        q.filter.clear();
        q.pinned = {g.rows.first().pid};
        const ProcessRanking p = rankedPage(m_session->procs, q);
        QCOMPARE(p.pinned.size(), 1);
        QCOMPARE(p.pinned.first().pidText, g.rows.first().pidText);
    }

    void deadProcessShowsAsExited()
    {
        const QString pid = m_node.eval(QStringLiteral("P = spawn(fun() -> receive _ -> ok end end), list_to_atom(pid_to_list(P))")).remove(QLatin1Char('\''));
        ProcessQuery q;
        q.filter = pid;
        const ProcessRanking p = rankedPage(m_session->procs, q);
        QCOMPARE(p.rows.size(), 1);
        QVERIFY(!p.rows.first().exited());
        m_node.eval(QStringLiteral("list_to_pid(\"%1\") ! go").arg(pid));
        q.filter.clear();
        q.pinned = {p.rows.first().pid};
        const ProcessRanking after = rankedPage(m_session->procs, q);
        QCOMPARE(after.pinned.size(), 1);
        QVERIFY(after.pinned.first().exited());
    }

    // The node places rows by what they had when it ranked them and reads them fresh: a
    // process that grew since shows its new figure. The page is put in order of what it shows,
    // in ProcessRanking and in the model, at offset 0 and further down.
    void aPageIsInOrderOfTheFiguresItShows()
    {
        // Five processes holding lists of growing size, built before the ranking starts; each
        // grows on {grow, N}.
        QCOMPARE(m_node.eval(QStringLiteral(
                     "Self = self(), "
                     "[register(list_to_atom(\"bt_ord_\" ++ integer_to_list(I)), "
                     "  spawn(fun() -> L0 = lists:seq(1, I * 30000), Self ! built, "
                     "                 Loop = fun Loop(L) -> receive {grow, N} -> Loop(lists:seq(1, N)); stop -> length(L) end end, "
                     "                 Loop(L0) end)) || I <- lists:seq(1, 5)], "
                     "[receive built -> ok end || _ <- lists:seq(1, 5)], ok")),
                 QStringLiteral("ok"));
        auto stop = qScopeGuard([&] { m_node.eval(QStringLiteral("[list_to_atom(\"bt_ord_\" ++ integer_to_list(I)) ! stop || I <- lists:seq(1, 5)], ok")); });
        ProcessCollector c(&m_session->agent);
        ProcessQuery q;
        q.filter = QStringLiteral("bt_ord_");
        q.intervalMs = 60000; // no new sweep between the refreshes: the ranking stays as it was
        q.limit = 10;
        const ProcessRanking ranked = rankedPage(c, q);
        QCOMPARE(ranked.total, 5);
        QCOMPARE(ranked.rows.last().name.atomName(), QStringLiteral("bt_ord_1"));
        QVERIFY(ranked.rows.last().rankValue < ranked.rows.at(3).rankValue); // ranked last, not tied

        // The smallest grows past all the others between two refreshes.
        const QString grown = pidOf("bt_ord_1");
        m_node.eval(QStringLiteral("bt_ord_1 ! {grow, 400000}, ok"));
        QTRY_VERIFY(m_node.evalInt(QStringLiteral("element(2, process_info(whereis(bt_ord_1), memory))"))
                    > 2 * m_node.evalInt(QStringLiteral("element(2, process_info(whereis(bt_ord_5), memory))")));

        ProcessTableModel model;
        model.setRanking(q.sort, q.mode, q.filter);
        for (int offset : {0, 1}) {
            q.offset = offset;
            const ProcessRanking page = nextPage(c, q);
            QCOMPARE(page.rows.size(), 5 - offset);
            QCOMPARE(page.total, 5);
            QVector<qint64> shown, ranks;
            for (const ProcessRow &r : page.rows) {
                shown.append(r.memory);
                ranks.append(r.rankValue);
            }
            QVERIFY2(nonIncreasing(shown), qPrintable(QStringLiteral("offset %1: memory out of order").arg(offset)));
            // The node's order was the old one: the page would have read out of order.
            QVERIFY(!nonIncreasing(ranks));
            QCOMPARE(page.rows.first().pidText, grown);
            QVERIFY(page.rows.first().memory > page.rows.first().rankValue);

            QVERIFY(model.applyPage(page));
            QCOMPARE(model.firstLoaded(), offset);
            QVERIFY2(nonIncreasing(memoryColumn(model, offset, 5 - offset)),
                     qPrintable(QStringLiteral("model at offset %1: memory out of order").arg(offset)));
            QCOMPARE(model.index(offset, ProcessTableModel::Pid).data().toString(), grown);
        }
    }

    // A process killed after it was ranked: the next page shows it exited, greyed, with the
    // figures last read for it (not zeros); the one after has left it out (no new sweep in
    // between: the agent dropped it), and the total says so.
    void aKilledProcessShowsExitedThenLeaves()
    {
        QCOMPARE(m_node.eval(QStringLiteral(
                     "[register(list_to_atom(\"bt_gone_\" ++ integer_to_list(I)), "
                     "  spawn(fun() -> L = lists:seq(1, I * 40000), receive stop -> length(L) end end)) || I <- lists:seq(1, 3)], ok")),
                 QStringLiteral("ok"));
        auto stop = qScopeGuard([&] { m_node.eval(QStringLiteral("[catch list_to_atom(\"bt_gone_\" ++ integer_to_list(I)) ! stop || I <- lists:seq(1, 3)], ok")); });
        ProcessCollector c(&m_session->agent);
        ProcessQuery q;
        q.filter = QStringLiteral("bt_gone_");
        q.intervalMs = 60000; // no new sweep: only the agent learning it is gone takes it out
        q.limit = 10;
        const ProcessRanking ranked = rankedPage(c, q);
        QCOMPARE(ranked.total, 3);
        QCOMPARE(ranked.rows.size(), 3);
        const ProcessRow before = ranked.rows.at(1); // the middle one
        const QString name = before.name.atomName();
        QVERIFY(name.startsWith(QLatin1String("bt_gone_")));
        QVERIFY(before.memory > 0);
        QVERIFY(!before.exited());

        m_node.eval(QStringLiteral("exit(whereis(%1), kill), ok").arg(name));
        QTRY_COMPARE(m_node.eval(QStringLiteral("whereis(%1)").arg(name)), QStringLiteral("undefined"));

        ProcessTableModel model;
        model.setRanking(q.sort, q.mode, q.filter);
        QVERIFY(model.applyPage(ranked));
        const ProcessRanking marked = nextPage(c, q);
        QCOMPARE(marked.rows.size(), 3);
        const auto it = std::find_if(marked.rows.begin(), marked.rows.end(),
                                     [&](const ProcessRow &r) { return r.pidText == before.pidText; });
        QVERIFY(it != marked.rows.end());
        QVERIFY(it->exited());
        QVERIFY(it->gone);
        QVERIFY(it->hasValues());
        QCOMPARE(it->memory, before.memory); // what was shown, not zero
        QCOMPARE(it->name.atomName(), name);
        QVERIFY(it->seenAt.isValid());
        QVERIFY(model.applyPage(marked));
        const int row = model.rowOfPid(before.pidText);
        QVERIFY(row >= 0);
        QVERIFY(model.index(row, 0).data(ProcessTableModel::ExitedRole).toBool());
        QVERIFY(model.index(row, ProcessTableModel::Status).data().toString().startsWith(QLatin1String("exited, last seen")));
        QCOMPARE(model.index(row, ProcessTableModel::Memory).data(ProcessTableModel::RawValueRole).toLongLong(), before.memory);
        for (int other = 0; other < 3; ++other)
            QCOMPARE(model.index(other, 0).data(ProcessTableModel::ExitedRole).toBool(), other == row);

        const ProcessRanking after = nextPage(c, q);
        QCOMPARE(after.total, 2);
        QCOMPARE(after.rows.size(), 2);
        QVERIFY(after.rankingComplete);
        for (const ProcessRow &r : after.rows) {
            QVERIFY(r.pidText != before.pidText);
            QVERIFY(!r.exited());
        }
        QVERIFY(model.applyPage(after));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfPid(before.pidText), -1);
    }

    // A details window's sampler says a process that is gone has exited; it sends no sample
    // of zeros.
    void aSamplerOfAnExitedProcessSaysSo()
    {
        const QString pid = m_node.eval(QStringLiteral("P = spawn(fun() -> receive _ -> ok end end), list_to_atom(pid_to_list(P))")).remove(QLatin1Char('\''));
        ProcessInspector inspector(&m_session->agent);
        Term term;
        inspector.resolvePid(pid, [&](const Term &p) { term = p; });
        QTRY_VERIFY(term.isPid());
        ProcessSampler sampler(&m_session->agent, term);
        QSignalSpy samples(&sampler, &ProcessSampler::sampled);
        QSignalSpy exited(&sampler, &ProcessSampler::exited);
        sampler.fetch();
        QTRY_COMPARE(samples.count(), 1);
        QVERIFY(samples.first().first().value<ProcessSample>().memory > 0);
        m_node.eval(QStringLiteral("list_to_pid(\"%1\") ! go, ok").arg(pid));
        QTRY_COMPARE(m_node.eval(QStringLiteral("is_process_alive(list_to_pid(\"%1\"))").arg(pid)), QStringLiteral("false"));
        sampler.fetch();
        QVERIFY(exited.wait(10000));
        QCOMPARE(samples.count(), 1);
    }

    void rowsCarryWhatTheNodeReports()
    {
        ProcessQuery q;
        q.filter = QStringLiteral("bt_queue");
        const ProcessRanking p = rankedPage(m_session->procs, q);
        QCOMPARE(p.rows.size(), 1);
        const ProcessRow &r = p.rows.first();
        QCOMPARE(r.messageQueueLen, qint64(50000));
        QCOMPARE(r.status, QStringLiteral("waiting"));
        QVERIFY(r.memory >= m_node.evalInt(QStringLiteral("element(2, process_info(whereis(bt_queue), memory))")) / 2);
        QVERIFY(r.currentFunction.isTuple(3));
        QVERIFY(r.initialCall.isTuple(3));
    }

    void detailsOfANamedProcess()
    {
        ProcessInspector inspector(&m_session->agent);
        QSignalSpy details(&inspector, &ProcessInspector::detailsReady);
        Term pid;
        inspector.resolvePid(pidOf("bt_heap"), [&](const Term &p) { pid = p; });
        QTRY_VERIFY(pid.isPid());
        inspector.fetchDetails(pid);
        QVERIFY(details.wait(10000));
        const Term d = details.first().at(1).value<Term>();
        QVERIFY(d.value("alive").toBool());
        QCOMPARE(d.value("name").atomName(), QStringLiteral("bt_heap"));
        QVERIFY(d.value("total_heap_size").toInt() > 3000000);
        QVERIFY(d.value("stacktrace").isList());
        QVERIFY(d.value("state").isTaggedTuple("not_available", 2)); // not an OTP process
        QCOMPARE(d.value("pid_text").toText(), pidOf("bt_heap"));
    }

    void otpStateIsFetchedWithATimeout()
    {
        ProcessInspector inspector(&m_session->agent);
        QSignalSpy details(&inspector, &ProcessInspector::detailsReady);
        Term pid;
        inspector.resolvePid(pidOf("rex"), [&](const Term &p) { pid = p; });
        QTRY_VERIFY(pid.isPid());
        inspector.fetchDetails(pid);
        QVERIFY(details.wait(10000));
        const Term d = details.first().at(1).value<Term>();
        QVERIFY(d.value("state").isTaggedTuple("ok", 2));
        QCOMPARE(d.value("application").atomName(), QStringLiteral("kernel"));
    }

    void longQueuePreviewNeedsConfirmationAndIsBounded()
    {
        ProcessInspector inspector(&m_session->agent);
        QSignalSpy msgs(&inspector, &ProcessInspector::messagesReady);
        Term pid;
        inspector.resolvePid(pidOf("bt_queue"), [&](const Term &p) { pid = p; });
        QTRY_VERIFY(pid.isPid());
        inspector.fetchMessages(pid, 100, false);
        QVERIFY(msgs.wait(10000));
        Term m = msgs.takeFirst().at(1).value<Term>();
        QVERIFY(m.value("refused").toBool());
        QCOMPARE(m.value("length").toInt(), qint64(50000));
        QVERIFY(m.value("messages").isError()); // nothing was copied or sent
        inspector.fetchMessages(pid, 100, true);
        QVERIFY(msgs.wait(10000));
        m = msgs.takeFirst().at(1).value<Term>();
        QVERIFY(!m.value("refused").toBool());
        QCOMPARE(m.value("messages").size(), 100);
        QVERIFY(m.value("messages").at(0).isTaggedTuple("msg", 2));
        QCOMPARE(m.value("messages").at(0).at(1).toInt(), qint64(1));
    }

    // The preview's caps at their boundaries: a queue of 10,000 messages is copied without
    // asking, one of 10,001 is not; never more than 100 messages come back, whatever was asked:
    // through the inspector, straight to the agent (its own cap), and from beamtop-cli.
    void messageCapsAtTheirBoundaries()
    {
        QCOMPARE(m_node.eval(QStringLiteral("register(bt_q10k, spawn(fun() -> receive stop -> ok end end)), "
                                            "[bt_q10k ! {msg, I} || I <- lists:seq(1, 10000)], ok")),
                 QStringLiteral("ok"));
        auto stop = qScopeGuard([this] { m_node.eval(QStringLiteral("exit(whereis(bt_q10k), kill)")); });
        ProcessInspector inspector(&m_session->agent);
        QSignalSpy msgs(&inspector, &ProcessInspector::messagesReady);
        Term pid;
        inspector.resolvePid(pidOf("bt_q10k"), [&](const Term &p) { pid = p; });
        QTRY_VERIFY(pid.isPid());
        auto preview = [&](int count, bool force) {
            msgs.clear();
            inspector.fetchMessages(pid, count, force);
            return msgs.wait(10000) ? msgs.takeFirst().at(1).value<Term>() : Term::error(QStringLiteral("no answer"));
        };
        auto agentPreview = [&](int count) {
            auto out = std::make_shared<std::optional<Term>>(); // outlives a reply that comes too late
            m_session->agent.request("proc_messages", Term::map({{Term::atom("pid"), pid}, {Term::atom("count"), Term::integer(count)}}),
                                     10000, this, [out](const AgentReply &r) { *out = r.ok() ? r.value : Term::error(r.message); });
            return QTest::qWaitFor([&] { return out->has_value(); }, 15000) ? **out : Term::error(QStringLiteral("no answer"));
        };
        auto cli = [&](const QStringList &extra, QByteArray *err) {
            QProcess p;
            p.start(QStringLiteral(BEAMTOP_CLI_PATH),
                    QStringList{QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), m_cookieFile,
                                QStringLiteral("process"), QStringLiteral("bt_q10k")}
                        + extra);
            if (!p.waitForFinished(30000))
                return std::pair{-1, QJsonObject()};
            *err = p.readAllStandardError();
            return std::pair{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object()};
        };
        auto cliMessages = [](const QJsonObject &doc) {
            return doc.value(QStringLiteral("messages")).toObject().value(QStringLiteral("messages")).toArray();
        };

        // 10,000: at the limit, copied without force; 100 of them.
        Term m = preview(100, false);
        QVERIFY2(!m.isError(), qPrintable(m.errorString()));
        QCOMPARE(m.value("refused").toBool(true), false);
        QCOMPARE(m.value("length").toInt(), qint64(10000));
        QCOMPARE(m.value("messages").size(), 100);
        QCOMPARE(m.value("messages").at(99).at(1).toInt(), qint64(100));
        // Asked for 101: 100, from the inspector and from the agent asked directly.
        QCOMPARE(preview(101, false).value("messages").size(), 100);
        m = agentPreview(101);
        QVERIFY2(!m.isError(), qPrintable(m.errorString()));
        QCOMPARE(m.value("messages").size(), 100);
        QCOMPARE(agentPreview(7).value("messages").size(), 7);
        QByteArray err;
        auto [code, doc] = cli({QStringLiteral("--messages"), QStringLiteral("101")}, &err);
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(cliMessages(doc).size(), 100);
        QCOMPARE(cliMessages(doc).last().toString(), QStringLiteral("{msg,100}"));
        QVERIFY2(err.contains("100"), err.constData()); // it says that 100 is the most
        QCOMPARE(cli({QStringLiteral("--messages"), QStringLiteral("-1")}, &err).first, 2);

        // 10,001: over the limit, refused without force and nothing copied; with force, 100.
        QCOMPARE(m_node.eval(QStringLiteral("bt_q10k ! {msg, 10001}, ok")), QStringLiteral("ok"));
        m = preview(100, false);
        QCOMPARE(m.value("refused").toBool(false), true);
        QCOMPARE(m.value("length").toInt(), qint64(10001));
        QVERIFY(m.value("messages").isError());
        QCOMPARE(agentPreview(101).value("refused").toBool(false), true);
        m = preview(101, true);
        QCOMPARE(m.value("refused").toBool(true), false);
        QCOMPARE(m.value("length").toInt(), qint64(10001));
        QCOMPARE(m.value("messages").size(), 100);
        std::tie(code, doc) = cli({QStringLiteral("--messages"), QStringLiteral("101")}, &err);
        QCOMPARE(code, 4);
        QVERIFY2(err.contains("--force"), err.constData());
        std::tie(code, doc) = cli({QStringLiteral("--messages"), QStringLiteral("101"), QStringLiteral("--force")}, &err);
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(cliMessages(doc).size(), 100);
    }

    void actionsAreRefusedWhileReadOnly()
    {
        ProcessInspector inspector(&m_session->agent);
        QVERIFY(inspector.readOnly()); // the default for every connection
        QSignalSpy done(&inspector, &ProcessInspector::actionDone);
        const QString victim = m_node.eval(QStringLiteral("P = spawn(fun() -> receive _ -> ok end end), register(bt_victim, P), ok"));
        QCOMPARE(victim, QStringLiteral("ok"));
        Term pid;
        inspector.resolvePid(pidOf("bt_victim"), [&](const Term &p) { pid = p; });
        QTRY_VERIFY(pid.isPid());
        inspector.act(pid, ProcessInspector::Action::Kill);
        QVERIFY(done.count() == 1 || done.wait(5000));
        QCOMPARE(done.takeFirst().at(2).toBool(), false);
        inspector.act(pid, ProcessInspector::Action::GarbageCollect);
        QVERIFY(done.count() == 1 || done.wait(5000));
        QCOMPARE(done.takeFirst().at(2).toBool(), false);
        QCOMPARE(m_node.eval(QStringLiteral("is_process_alive(whereis(bt_victim))")), QStringLiteral("true"));

        inspector.setReadOnly(false);
        inspector.act(pid, ProcessInspector::Action::Suspend);
        QVERIFY(done.wait(5000));
        QCOMPARE(m_node.eval(QStringLiteral("element(2, process_info(whereis(bt_victim), status))")), QStringLiteral("suspended"));
        inspector.act(pid, ProcessInspector::Action::Resume);
        QVERIFY(done.wait(5000));
        QCOMPARE(m_node.eval(QStringLiteral("element(2, process_info(whereis(bt_victim), status))")), QStringLiteral("waiting"));
        inspector.act(pid, ProcessInspector::Action::Kill);
        QVERIFY(done.wait(5000));
        QVERIFY(done.takeLast().at(2).toBool());
        QTRY_COMPARE(m_node.eval(QStringLiteral("whereis(bt_victim)")), QStringLiteral("undefined"));
    }

    void deadProcessDetails()
    {
        ProcessInspector inspector(&m_session->agent);
        QSignalSpy details(&inspector, &ProcessInspector::detailsReady);
        Term pid;
        inspector.resolvePid(m_node.eval(QStringLiteral("P = spawn(fun() -> ok end), list_to_atom(pid_to_list(P))")).remove(QLatin1Char('\'')),
                             [&](const Term &p) { pid = p; });
        QTRY_VERIFY(pid.isPid());
        inspector.fetchDetails(pid);
        QVERIFY(details.wait(10000));
        QCOMPARE(details.first().at(1).value<Term>().value("alive").toBool(true), false);
    }

    void cliProcessCommand()
    {
        QProcess p;
        p.start(QStringLiteral(BEAMTOP_CLI_PATH),
                {QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), m_cookieFile,
                 QStringLiteral("process"), pidOf("bt_queue"), QStringLiteral("--messages"), QStringLiteral("3"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 4); // refused without --force, and it says so
        QVERIFY(p.readAllStandardError().contains("--force"));
        p.start(QStringLiteral(BEAMTOP_CLI_PATH),
                {QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), m_cookieFile,
                 QStringLiteral("process"), pidOf("bt_queue"), QStringLiteral("--messages"), QStringLiteral("3"),
                 QStringLiteral("--force")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("details")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("bt_queue"));
        QCOMPARE(o.value(QStringLiteral("messages")).toObject().value(QStringLiteral("messages")).toArray().size(), 3);
    }

    // A registered name instead of a pid, and text for people instead of JSON.
    void cliProcessByNameAsText()
    {
        auto run = [&](const QStringList &args, QByteArray *err = nullptr) {
            QProcess p;
            p.start(QStringLiteral(BEAMTOP_CLI_PATH),
                    QStringList{QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), m_cookieFile} + args);
            if (!p.waitForFinished(30000))
                return std::pair{-1, QByteArray()};
            if (err)
                *err = p.readAllStandardError();
            return std::pair{p.exitCode(), p.readAllStandardOutput()};
        };
        // By name, JSON: the same process as by its pid, its functions written as m:f/a.
        const auto [code, json] = run({QStringLiteral("process"), QStringLiteral("code_server")});
        QCOMPARE(code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json).object();
        QCOMPARE(doc.value(QStringLiteral("pid")).toString(), pidOf("code_server"));
        const QJsonObject details = doc.value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("name")).toString(), QStringLiteral("code_server"));
        QCOMPARE(details.value(QStringLiteral("current_function")).toString().section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("code_server"));
        QVERIFY(!details.value(QStringLiteral("current_function")).toString().contains(QLatin1Char('{')));

        // --format text: lines for people, not JSON.
        QByteArray err;
        const auto [textCode, text] = run({QStringLiteral("process"), QStringLiteral("bt_queue"), QStringLiteral("--messages"),
                                           QStringLiteral("2"), QStringLiteral("--force"), QStringLiteral("--format"),
                                           QStringLiteral("text")},
                                          &err);
        QVERIFY2(textCode == 0, err.constData());
        QJsonParseError pe;
        QJsonDocument::fromJson(text, &pe);
        QVERIFY(pe.error != QJsonParseError::NoError);
        const QString out = QString::fromUtf8(text);
        QVERIFY2(out.startsWith(QStringLiteral("Process %1 on %2").arg(pidOf("bt_queue"), m_node.nodeName())), qPrintable(out));
        for (const QString &line : {QStringLiteral("Registered name +bt_queue$"), QStringLiteral("Message queue +50\\D?000$"),
                                    QStringLiteral("^Messages \\(2 of 50\\D?000\\)$"), QStringLiteral("^  \\{msg,1\\}$")})
            QVERIFY2(QRegularExpression(line, QRegularExpression::MultilineOption).match(out).hasMatch(), qPrintable(line + out));

        // A name nobody holds, and one that is no name at all.
        const auto [gone, goneOut] = run({QStringLiteral("process"), QStringLiteral("bt_nobody")}, &err);
        QCOMPARE(gone, 4);
        QVERIFY2(err.contains("bt_nobody"), err.constData());
        QVERIFY(goneOut.isEmpty());
        QCOMPARE(run({QStringLiteral("process"), QStringLiteral("<0.x.0>")}).first, 2);
    }

    // top's CSV has the columns of the desktop's export: one key list for both.
    void cliTopCsvHasTheExportKeys()
    {
        QProcess p;
        p.start(QStringLiteral(BEAMTOP_CLI_PATH),
                {QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), m_cookieFile, QStringLiteral("top"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--count"), QStringLiteral("3"),
                 QStringLiteral("--filter"), QStringLiteral("bt_queue")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QString::fromUtf8(lines.first().trimmed()), ProcessColumns::keys().join(QLatin1Char(',')));
        const QList<QByteArray> first = lines.at(1).trimmed().split(',');
        QCOMPARE(first.value(int(ProcessColumns::keys().indexOf(QStringLiteral("name")))), QByteArray("bt_queue"));
        QCOMPARE(first.value(int(ProcessColumns::keys().indexOf(QStringLiteral("message_queue_len")))), QByteArray("50000"));
    }

private:
    struct Session
    {
        NodeClient node;
        AgentClient agent{&node};
        ProcessCollector procs{&agent};
    };
    QTemporaryDir m_dir;
    QString m_cookieFile;
    TestNode m_node;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestProcesses)
#include "tst_processes.moc"
