// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts on a real node, through the NodeSession the desktop and beamtop-cli use: a mailbox that
// grows past 1,000 fires a rule naming that process, stays firing while it drains to between the
// clear value and the threshold, and resolves below the clear value; a rule on the largest ETS
// table and one on the largest process name the entity that holds the memory, and nothing else;
// the default rules fire nothing on an idle node, although every metric they watch is read
// there; the log file on disk gets the events.
#include "alerts/alertengine.h"
#include "alerts/alertlog.h"
#include "alerts/alertmetrics.h"
#include "alerts/alertmonitor.h"
#include "node/nodeclient.h"
#include "session/nodesession.h"
#include "testnode.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

// Loaded on the node under test (no comments inside: TestNode sends it as one line).
//   mailbox()    bt_mbox, a process that reads nothing but {drain, N, From}; returns its pid
//   fill(N)      N messages into bt_mbox's queue
//   drain(N)     bt_mbox takes N of them out (fewer if it has fewer); ok when done
//   big_table(R) bt_table_owner owns the named table bt_big, R rows of ~150 bytes; its pid
//   fat(N)       bt_fat holds a list of N integers on its heap (16 bytes each); its pid
//   stop(Name)   stops one of them and waits until it is gone
const char HelperSource[] = R"erl(
-module(bt_alerts_helper).
-export([mailbox/0, fill/1, drain/1, big_table/1, fat/1, stop/1]).

start(Name, Init, Loop) ->
    Self = self(),
    spawn(fun() -> register(Name, self()), State = Init(), Self ! {ready, Name}, Loop(State) end),
    receive {ready, Name} -> whereis(Name) after 30000 -> timeout end.

mailbox() -> start(bt_mbox, fun() -> ok end, fun(_) -> mbox_loop() end).

mbox_loop() ->
    receive
        {drain, N, From} -> take(N), From ! drained, mbox_loop();
        stop -> ok
    end.

take(0) -> ok;
take(N) -> receive {junk, _} -> take(N - 1) after 0 -> ok end.

fill(N) -> [bt_mbox ! {junk, I} || I <- lists:seq(1, N)], ok.

drain(N) ->
    bt_mbox ! {drain, N, self()},
    receive drained -> ok after 10000 -> timeout end.

big_table(Rows) ->
    start(bt_table_owner,
          fun() -> T = ets:new(bt_big, [named_table, public]), ets:insert(T, [{K, <<K:64>>, [K, K, K, K]} || K <- lists:seq(1, Rows)]), T end,
          fun(_) -> receive stop -> ok end end).

fat(N) -> start(bt_fat, fun() -> lists:seq(1, N) end, fun(L) -> receive stop -> length(L) end end).

stop(Name) ->
    case whereis(Name) of
        undefined -> ok;
        Pid -> Ref = monitor(process, Pid), Pid ! stop, receive {'DOWN', Ref, _, _, _} -> ok after 10000 -> timeout end
    end.
)erl";

AlertRule rule(const QString &id, const QString &metric, double threshold, double clear = std::nan(""))
{
    AlertRule r;
    r.id = id;
    r.metric = metric;
    r.threshold = threshold;
    r.clear = clear;
    r.severity = AlertSeverity::Warning;
    return r;
}

QString describe(const QVector<AlertEvent> &events)
{
    QStringList lines;
    for (const AlertEvent &e : events)
        lines << e.text();
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT
private:
    // Every event the session's monitor gave, and every metric it could not read.
    QVector<AlertEvent> m_events;
    QStringList m_failures;

    const AlertEvent *find(AlertEvent::Type type, const QString &ruleId) const
    {
        for (const AlertEvent &e : m_events)
            if (e.type == type && e.ruleId == ruleId)
                return &e;
        return nullptr;
    }

    void setRules(const QVector<AlertRule> &rules)
    {
        RuleSet set;
        set.rules = rules;
        m_session->alerts()->setRules(set);
    }

    // n more rows of history recorded: the node metrics were read and judged n times.
    bool waitRows(int n)
    {
        QSignalSpy rows(m_session.get(), &NodeSession::historyAppended);
        return QTest::qWaitFor([&] { return rows.size() >= n; }, 30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_node.start());
        QVERIFY(m_node.loadModule(QString::fromLatin1(HelperSource)));
    }

    void init()
    {
        m_events.clear();
        m_failures.clear();
        auto *client = new NodeClient;
        client->connectToNode(m_node.connectOptions());
        m_session = std::make_unique<NodeSession>(client, AgentClient::Options{});
        // Ticks often, so the test need not wait on the default interval.
        m_session->setRefreshIntervalMs(300);
        AlertMonitor *alerts = m_session->alerts();
        connect(alerts, &AlertMonitor::fired, this, [this](const AlertEvent &e) { m_events << e; });
        connect(alerts, &AlertMonitor::resolved, this, [this](const AlertEvent &e) { m_events << e; });
        connect(alerts, &AlertMonitor::metricFailed, this,
                [this](const QString &metric, const QString &error) { m_failures << metric + QStringLiteral(": ") + error; });
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), NodeSession::State::Live, 30000);
        QCOMPARE(m_session->agent()->mode(), AgentClient::Mode::Full);
        m_session->agent()->setBudget(0.5); // a test need not wait on the 2 % default
    }

    void cleanup()
    {
        for (const char *name : {"bt_mbox", "bt_table_owner", "bt_fat"})
            QCOMPARE(m_node.eval(QStringLiteral("bt_alerts_helper:stop(%1)").arg(QLatin1String(name))), QStringLiteral("ok"));
        if (m_session) {
            QSignalSpy closed(m_session.get(), &NodeSession::closed);
            m_session->close();
            QVERIFY(closed.wait(15000));
            m_session.reset();
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 15000);
    }

    void cleanupTestCase() { m_node.stop(); }

    // The mailbox rule fires naming the process, holds while the queue is between the clear
    // value and the threshold (hysteresis), and resolves below the clear value; the log file
    // has both events.
    void mailboxFiresNamingThePidAndResolvesWhenDrained()
    {
        const QString logFile = m_dir.filePath(QStringLiteral("alerts/mailbox.jsonl"));
        m_session->alerts()->setLogFile(logFile);
        setRules({rule(QStringLiteral("mailbox"), QStringLiteral("process_message_queue_max"), 1000, 100)});
        const QString pid = m_node.eval(QStringLiteral("bt_alerts_helper:mailbox()"));
        QVERIFY2(pid.startsWith(QLatin1String("<0.")), qPrintable(pid));

        // Below the threshold: judged a few times, nothing fires.
        QCOMPARE(m_node.eval(QStringLiteral("bt_alerts_helper:fill(900)")), QStringLiteral("ok"));
        QVERIFY(waitRows(3));
        QVERIFY2(m_events.isEmpty(), qPrintable(describe(m_events)));
        QCOMPARE(m_session->alerts()->activeCount(), 0);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));

        QCOMPARE(m_node.eval(QStringLiteral("bt_alerts_helper:fill(1100)")), QStringLiteral("ok"));
        QTRY_VERIFY2_WITH_TIMEOUT(find(AlertEvent::Type::Firing, QStringLiteral("mailbox")), qPrintable(describe(m_events)), 30000);
        const AlertEvent fired = *find(AlertEvent::Type::Firing, QStringLiteral("mailbox"));
        QCOMPARE(fired.entity.kind, QStringLiteral("process"));
        QCOMPARE(fired.entity.id, pid);
        QVERIFY2(fired.entity.name.contains(QLatin1String("bt_mbox")), qPrintable(fired.entity.name));
        QVERIFY(fired.entity.term.isPid());
        QVERIFY2(fired.value > 1000 && fired.value <= 2000, qPrintable(QString::number(fired.value)));
        QCOMPARE(fired.threshold, 1000.0);
        QCOMPARE(fired.metric, QStringLiteral("process_message_queue_max"));
        QCOMPARE(fired.severity, AlertSeverity::Warning);
        // Only that process: every other queue on an idle node is short.
        for (const AlertEvent &e : std::as_const(m_events))
            QCOMPARE(e.entity.id, pid);
        QCOMPARE(m_session->alerts()->activeCount(), 1);
        const ActiveAlert active = m_session->alerts()->active().first();
        QCOMPARE(active.entity.id, pid);
        QCOMPARE(active.ruleId, QStringLiteral("mailbox"));

        // Drained to 500: under the threshold, above the clear value: still firing, with the
        // value read there.
        QCOMPARE(m_node.eval(QStringLiteral("bt_alerts_helper:drain(1500)")), QStringLiteral("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->alerts()->active().isEmpty()
                                     && m_session->alerts()->active().first().value == 500,
                                 30000);
        QVERIFY(waitRows(2));
        QVERIFY2(!find(AlertEvent::Type::Resolved, QStringLiteral("mailbox")), qPrintable(describe(m_events)));
        QCOMPARE(m_session->alerts()->activeCount(), 1);

        // Below the clear value: resolved, naming the same process.
        QCOMPARE(m_node.eval(QStringLiteral("bt_alerts_helper:drain(480)")), QStringLiteral("ok"));
        QTRY_VERIFY2_WITH_TIMEOUT(find(AlertEvent::Type::Resolved, QStringLiteral("mailbox")), qPrintable(describe(m_events)), 30000);
        const AlertEvent resolved = *find(AlertEvent::Type::Resolved, QStringLiteral("mailbox"));
        QCOMPARE(resolved.entity.id, pid);
        QVERIFY2(resolved.value < 100, qPrintable(QString::number(resolved.value)));
        QVERIFY(resolved.atMs >= fired.atMs);
        QCOMPARE(m_session->alerts()->activeCount(), 0);
        QCOMPARE(m_events.size(), 2); // fired once, resolved once

        // The log in memory and on disk: the two events, in order.
        const QVector<AlertEvent> &log = m_session->alerts()->log();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).type, AlertEvent::Type::Firing);
        QCOMPARE(log.at(1).type, AlertEvent::Type::Resolved);
        QVERIFY2(m_session->alerts()->logError().isEmpty(), qPrintable(m_session->alerts()->logError()));
        const QVector<AlertEvent> onDisk = AlertLog(logFile).readRecent();
        QCOMPARE(onDisk.size(), 2);
        QCOMPARE(onDisk.at(0).type, AlertEvent::Type::Firing);
        QCOMPARE(onDisk.at(0).ruleId, QStringLiteral("mailbox"));
        QCOMPARE(onDisk.at(0).entity.id, pid);
        QCOMPARE(onDisk.at(1).type, AlertEvent::Type::Resolved);
        QCOMPARE(onDisk.at(1).entity.id, pid);
        // One JSON object per line, with the fields `watch` prints.
        QFile f(logFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QStringLiteral("event")).toString(), QStringLiteral("firing"));
        QCOMPARE(first.value(QStringLiteral("entity")).toObject().value(QStringLiteral("id")).toString(), pid);

        // A session opened later (the desktop app after a restart) reads the log back.
        AlertMonitor reopened(m_session->agent());
        reopened.setLogFile(logFile);
        QCOMPARE(reopened.log().size(), 2);
    }

    // The largest ETS table: the rule names the table that holds the memory, and no other.
    void etsMemoryRuleNamesTheTable()
    {
        const QString owner = m_node.eval(QStringLiteral("bt_alerts_helper:big_table(50000)"));
        QVERIFY2(owner.startsWith(QLatin1String("<0.")), qPrintable(owner));
        const qint64 bytes = m_node.evalInt(QStringLiteral("ets:info(bt_big, memory) * erlang:system_info(wordsize)"));
        // Well above any table an idle node has, so the threshold can sit between.
        QVERIFY2(bytes > 4 * 1024 * 1024, qPrintable(QString::number(bytes)));
        setRules({rule(QStringLiteral("big_ets"), QStringLiteral("ets_memory_max"), bytes / 2.0)});
        QTRY_VERIFY2_WITH_TIMEOUT(find(AlertEvent::Type::Firing, QStringLiteral("big_ets")), qPrintable(describe(m_events)),
                                  30000);
        const AlertEvent fired = *find(AlertEvent::Type::Firing, QStringLiteral("big_ets"));
        QCOMPARE(fired.entity.kind, QStringLiteral("ets"));
        QCOMPARE(fired.entity.id, QStringLiteral("bt_big"));
        QCOMPARE(fired.entity.name, QStringLiteral("bt_big"));
        QVERIFY(fired.entity.term.isAtom());
        QVERIFY2(std::abs(fired.value - double(bytes)) < bytes * 0.05, qPrintable(QStringLiteral("%1 vs %2").arg(fired.value).arg(bytes)));
        QVERIFY(waitRows(2));
        for (const AlertEvent &e : std::as_const(m_events))
            QCOMPARE(e.entity.id, QStringLiteral("bt_big"));
        QCOMPARE(m_session->alerts()->activeCount(), 1);

        // The table goes: the alert resolves (the table left the ranking).
        QCOMPARE(m_node.eval(QStringLiteral("bt_alerts_helper:stop(bt_table_owner)")), QStringLiteral("ok"));
        QTRY_VERIFY2_WITH_TIMEOUT(find(AlertEvent::Type::Resolved, QStringLiteral("big_ets")), qPrintable(describe(m_events)),
                                  30000);
        QCOMPARE(find(AlertEvent::Type::Resolved, QStringLiteral("big_ets"))->entity.id, QStringLiteral("bt_big"));
        QCOMPARE(m_session->alerts()->activeCount(), 0);
    }

    // The largest process: the rule names the process holding a big heap, and no other.
    void processMemoryRuleNamesTheProcess()
    {
        const QString pid = m_node.eval(QStringLiteral("bt_alerts_helper:fat(2000000)"));
        QVERIFY2(pid.startsWith(QLatin1String("<0.")), qPrintable(pid));
        const qint64 bytes = m_node.evalInt(QStringLiteral("element(2, process_info(whereis(bt_fat), memory))"));
        QVERIFY2(bytes > 16 * 1024 * 1024, qPrintable(QString::number(bytes)));
        setRules({rule(QStringLiteral("fat"), QStringLiteral("process_memory_max"), bytes / 2.0)});
        QTRY_VERIFY2_WITH_TIMEOUT(find(AlertEvent::Type::Firing, QStringLiteral("fat")), qPrintable(describe(m_events)), 30000);
        const AlertEvent fired = *find(AlertEvent::Type::Firing, QStringLiteral("fat"));
        QCOMPARE(fired.entity.kind, QStringLiteral("process"));
        QCOMPARE(fired.entity.id, pid);
        QVERIFY2(fired.entity.name.contains(QLatin1String("bt_fat")), qPrintable(fired.entity.name));
        QVERIFY2(fired.value >= bytes / 2.0, qPrintable(QString::number(fired.value)));
        QVERIFY(waitRows(2));
        for (const AlertEvent &e : std::as_const(m_events))
            QCOMPARE(e.entity.id, pid);
        // Its text, as the log and `watch` show it, names it.
        QVERIFY2(fired.text().contains(pid) && fired.text().contains(QLatin1String("fat")), qPrintable(fired.text()));
    }

    // The default rules on an idle node: nothing fires, nothing fails to be read. And not
    // because their metrics are never read: the same metrics with thresholds every value
    // passes all fire, with values of the right kind.
    void defaultRulesFireNothingOnAnIdleNode()
    {
        const RuleSet defaults = RuleSet::defaults();
        QVERIFY(defaults.rules.size() >= 8);
        m_session->alerts()->setRules(defaults);
        // Long enough that every default rule without a duration was judged several times.
        QVERIFY(waitRows(6));
        QVERIFY2(m_events.isEmpty(), qPrintable(describe(m_events)));
        QCOMPARE(m_session->alerts()->activeCount(), 0);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));

        RuleSet everything;
        for (AlertRule r : defaults.rules) {
            r.threshold = r.comparison == AlertComparison::Above ? -1 : 1e18;
            r.clear = std::nan("");
            r.forMs = 0;
            r.enabled = true;
            everything.rules << r;
        }
        m_session->alerts()->setRules(everything);
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                for (const AlertRule &r : std::as_const(everything.rules))
                    if (!find(AlertEvent::Type::Firing, r.id))
                        return false;
                return true;
            }(),
            qPrintable(describe(m_events)), 30000);
        for (const AlertEvent &e : std::as_const(m_events)) {
            // Among processes whose queues are all empty, the ten read may change: those that
            // leave resolve. The fired ones say what was read.
            if (e.type != AlertEvent::Type::Firing)
                continue;
            QVERIFY2(std::isfinite(e.value), qPrintable(e.text()));
            // Ratios are fractions of their limits, and an idle node is far from them.
            if (e.metric.endsWith(QLatin1String("_ratio")))
                QVERIFY2(e.value >= 0 && e.value < 0.85, qPrintable(e.text()));
            QCOMPARE(e.entity.isNull(), !AlertMetrics::isEntityKey(e.metric));
        }
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir m_dir;
    TestNode m_node;
    std::unique_ptr<NodeSession> m_session;
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
