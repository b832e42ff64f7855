// SPDX-License-Identifier: GPL-3.0-or-later
// The link to the node fails, on real nodes, with NodeSession driven the way the desktop app
// drives it (auto-reconnect on, the product's own reconnect path): the node SIGKILLed in the
// middle of calls 20 times in a row; the node SIGSTOPped (hung) until its link is declared dead,
// then SIGCONTed, or closed while hung; and Beamtop itself (beamtop-cli top --watch) SIGSTOPped
// while attached. Each case checks what Beamtop says, that it recovers where it can, and that
// nothing of it is left on the node.
#include "agent/agentclient.h"
#include "collect/systemcollector.h"
#include "node/nodeclient.h"
#include "session/nodesession.h"
#include "testnode.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

constexpr int KillRounds = 20;

struct Call
{
    bool done = false;
    CallResult result;
};

// A plain call through the session's client, as any view's request would go.
std::shared_ptr<Call> call(NodeClient *c, const QString &m, const QString &f, const QVector<Term> &args, int timeoutMs)
{
    auto out = std::make_shared<Call>();
    c->call(m, f, args, timeoutMs, nullptr, [out](const CallResult &r) {
        out->done = true;
        out->result = r;
    });
    return out;
}

// As the connect dialog and profiles connect (MainWindow::startSession): auto-reconnect on.
std::unique_ptr<NodeSession> openSession(const TestNode &node)
{
    ConnectOptions o = node.connectOptions();
    o.autoReconnect = true;
    auto *client = new NodeClient;
    client->connectToNode(o);
    return std::make_unique<NodeSession>(client, AgentClient::Options{});
}

// Live on the agent, with a sample that came over the current link (after a drop the session
// is stale until one does).
bool waitLive(NodeSession *s, int timeoutMs)
{
    return QTest::qWaitFor([s] { return s->isLive() && !s->isStale() && s->lastSample().has_value()
                                        && s->agent()->mode() == AgentClient::Mode::Full; },
                           timeoutMs);
}

// The node-wide settings Beamtop could change, besides its code and processes: the flags the
// agent turns on (scheduler_wall_time), and others a tool like it might (microstate
// accounting, system monitor and profile, tracing, multi-scheduling).
QString nodeFlags(TestNode &node)
{
    return node.eval(QStringLiteral(
        "{erlang:statistics(scheduler_wall_time) =/= undefined, erlang:statistics(microstate_accounting) =/= undefined, "
        " erlang:system_monitor(), erlang:system_profile(), erlang:system_info(multi_scheduling), "
        " erlang:trace_info(new, flags), erlang:trace_info(new_ports, flags)}"));
}

// Everything of Beamtop that could stay on the node: its module (current or old code), processes
// running it, its registered names and ETS tables. "clean" or what is left.
QString leftovers(TestNode &node)
{
    const QString trace = node.traceLeft();
    if (trace != QLatin1String("clean"))
        return trace;
    const QString rest = node.eval(QStringLiteral(
        "IsOurs = fun(A) -> is_atom(A) andalso lists:prefix(\"beamtop\", atom_to_list(A)) end, "
        "Left = {code:is_loaded(beamtop_agent_v2), erlang:check_old_code(beamtop_agent_v2), "
        "  [N || N <- registered(), IsOurs(N)], [T || T <- ets:all(), IsOurs(ets:info(T, name))], "
        "  [P || P <- processes(), erlang:check_process_code(P, beamtop_agent_v2)]}, "
        "case Left of {false, false, [], [], []} -> clean; _ -> Left end"));
    return rest;
}

// How many Beamtops (C-node pids) the agent's server follows, or -1 when it does not run.
int agentSessions(TestNode &node)
{
    return int(node.evalInt(QStringLiteral(
        "case whereis(beamtop_agent_v2) of undefined -> -1; S -> "
        "  {monitors, Ms} = process_info(S, monitors), length([P || {process, P} <- Ms, node(P) =/= node()]) end")));
}

// What the link says when the node's process is gone: its socket closed under a read, or under
// a send (a tick's fetch going out just then).
bool isDeadNodeText(const QString &text)
{
    return text == QLatin1String("The node closed the connection.")
        || text == QLatin1String("Sending to the node failed; the connection is gone.");
}

void sendSignal(qint64 pid, int sig)
{
    if (pid > 0)
        ::kill(pid_t(pid), sig);
}

} // namespace

class TestChaosLink : public QObject
{
    Q_OBJECT
private slots:
    // The node dies (SIGKILL) with calls in flight, 20 times in a row: half the time while live
    // with a long call and the tick's fetches pending, half the time while the agent is being
    // loaded. Every call in flight fails at once with a sentence, the session says the link is
    // lost and reconnects by itself when the node is back, the agent is loaded again and data
    // flows. Never "Connected" while there is no link.
    void killedMidCallTwentyTimes()
    {
        TestNode node;
        QVERIFY(node.start());
        const QString flagsBefore = nodeFlags(node);
        QVERIFY(flagsBefore.startsWith(QLatin1String("{false,")));
        auto session = openSession(node);
        session->setRefreshIntervalMs(100);
        QVERIFY(waitLive(session.get(), 30000));

        QVector<NodeSession::State> states;
        connect(session.get(), &NodeSession::stateChanged, this, [&](NodeSession::State s) { states << s; });
        QSignalSpy lost(session.get(), &NodeSession::linkLost);
        bool killWhileLoading = false;
        int pendingAtKill = -1;
        connect(session.get(), &NodeSession::stateChanged, this, [&](NodeSession::State s) {
            if (!killWhileLoading || s != NodeSession::State::LoadingAgent)
                return;
            killWhileLoading = false;
            // After the agent's first call has gone out (it is made right after this signal).
            QTimer::singleShot(0, this, [&] {
                pendingAtKill = session->client()->pendingCalls();
                node.kill();
            });
        });

        int generation = session->client()->info().generation;
        for (int round = 0; round < KillRounds; ++round) {
            const QString where = QStringLiteral("round %1").arg(round);
            states.clear();
            lost.clear();
            std::shared_ptr<Call> pending;
            if (round % 2 == 0) {
                pending = call(session->client(), QStringLiteral("timer"), QStringLiteral("sleep"), {Term::integer(60000)}, 60000);
                QTRY_VERIFY2_WITH_TIMEOUT(session->client()->pendingCalls() > 1, qPrintable(where), 5000);
                node.kill();
                QTRY_VERIFY2_WITH_TIMEOUT(pending->done, qPrintable(where), 5000);
                QCOMPARE(pending->result.status, CallResult::Status::Disconnected);
                QVERIFY2(isDeadNodeText(pending->result.message), qPrintable(pending->result.message));
            } else {
                QTRY_VERIFY2_WITH_TIMEOUT(!node.isRunning(), qPrintable(where), 15000);
                QVERIFY2(pendingAtKill > 0, qPrintable(where));
            }
            QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
            const QString reason = lost.first().at(0).toString();
            QVERIFY2(isDeadNodeText(reason), qPrintable(reason));
            if (pending)
                QCOMPARE(pending->result.message, reason); // the calls in flight say why, the same way
            QCOMPARE(lost.first().at(1).toBool(), true); // it tries again
            QTRY_VERIFY2_WITH_TIMEOUT(session->state() == NodeSession::State::Reconnecting,
                                      qPrintable(where + QStringLiteral(": ") + NodeSession::stateText(session->state())), 5000);
            QVERIFY(session->isStale());
            QVERIFY2(session->lastSample().has_value(), qPrintable(where)); // what was shown stays
            QVERIFY2(!states.contains(NodeSession::State::Live), qPrintable(where));
            QCOMPARE(session->lastError(), reason);

            // The node comes back under the same name: the session reconnects by itself. Every
            // other time it is killed again while the agent loads.
            killWhileLoading = round % 2 == 0;
            pendingAtKill = -1;
            QVERIFY(node.start());
            if (killWhileLoading)
                continue;
            QVERIFY2(waitLive(session.get(), 30000), qPrintable(where));
            QVERIFY(session->client()->info().generation > generation);
            generation = session->client()->info().generation;
            QVERIFY(session->fetchError().isEmpty());
        }
        QCOMPARE(agentSessions(node), 1);
        QSignalSpy closed(session.get(), &NodeSession::closed);
        session->close();
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session->client()->pendingCalls(), 0, 5000); // the calls in flight end with the link
        QTRY_COMPARE_WITH_TIMEOUT(leftovers(node), QStringLiteral("clean"), 5000);
        QCOMPARE(nodeFlags(node), flagsBefore);
    }

    // The node hangs (SIGSTOP): the link stays open but nothing comes. Calls time out and say
    // so, the session keeps its data and tells, and the event loop keeps running (a timer here
    // keeps firing) while the link is declared dead after the node's tick time and while the
    // reconnect's handshake waits on the hung node. After SIGCONT the session is back by itself;
    // the node forgets the old link, and a clean close leaves nothing.
    void hungNodeIsDeclaredDeadAndReconnects()
    {
        TestNode::Options to;
        to.tickTime = 6;
        TestNode node(to);
        QVERIFY(node.start());
        const QString flagsBefore = nodeFlags(node);
        auto session = openSession(node);
        session->setRefreshIntervalMs(250);
        session->system()->setTimeoutMs(1000); // as --timeout does: a fetch gives up well before the tick time
        QVERIFY(waitLive(session.get(), 30000));
        QCOMPARE(session->client()->info().tickTimeSeconds, 6);
        QTRY_VERIFY_WITH_TIMEOUT(nodeFlags(node) != flagsBefore, 10000); // the agent turned scheduler_wall_time on

        int beats = 0;
        QTimer beat;
        beat.setInterval(50);
        connect(&beat, &QTimer::timeout, this, [&] { ++beats; });
        beat.start();
        QSignalSpy lost(session.get(), &NodeSession::linkLost);
        QSignalSpy retries(session.get(), &NodeSession::reconnectScheduled);

        node.suspend();
        auto pending = call(session->client(), QStringLiteral("erlang"), QStringLiteral("node"), {}, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(pending->done, 10000);
        QCOMPARE(pending->result.status, CallResult::Status::Timeout);
        QCOMPARE(pending->result.message, QStringLiteral("The node did not answer in time."));
        QTRY_VERIFY_WITH_TIMEOUT(!session->fetchError().isEmpty(), 10000);
        QCOMPARE(session->fetchError(), QStringLiteral("The node did not answer in time."));
        QCOMPARE(lost.count(), 0); // the link is not dead yet: it is within the tick time
        QVERIFY(session->isLive());
        QVERIFY(session->lastSample().has_value());

        int beatsBefore = beats;
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 20000);
        QVERIFY2(beats - beatsBefore >= 20, qPrintable(QString::number(beats - beatsBefore)));
        QCOMPARE(lost.first().at(0).toString(),
                 QStringLiteral("No traffic from the node for more than its tick time (6 s): the link is dead."));
        QCOMPARE(lost.first().at(1).toBool(), true);
        QCOMPARE(session->state(), NodeSession::State::Reconnecting);
        QVERIFY(session->isStale());

        // The first reconnect reaches the hung node's port, but its handshake gets no answer:
        // the connection thread waits out the connect timeout, the event loop does not.
        beatsBefore = beats;
        QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 2, 30000);
        QVERIFY2(beats - beatsBefore >= 20, qPrintable(QString::number(beats - beatsBefore)));
        QCOMPARE(session->state(), NodeSession::State::Reconnecting);

        node.resume();
        QVERIFY(waitLive(session.get(), 40000));
        QVERIFY(session->fetchError().isEmpty());
        // The node notices the old link is gone and the agent forgets it: one Beamtop attached.
        QTRY_COMPARE_WITH_TIMEOUT(agentSessions(node), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(node.evalInt(QStringLiteral("length(nodes(hidden))")), qint64(1), 15000);

        QSignalSpy closed(session.get(), &NodeSession::closed);
        session->close();
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(leftovers(node), QStringLiteral("clean"), 5000);
        QCOMPARE(nodeFlags(node), flagsBefore);
    }

    // Beamtop closes while the node hangs: the detach gets no answer, and the close ends anyway
    // within its bound while the event loop runs on. When the node runs again it finds the link
    // closed, and the agent puts everything back and unloads as if Beamtop had detached.
    void closingWhileTheNodeHangsLeavesNothing()
    {
        TestNode::Options to;
        to.tickTime = 4;
        TestNode node(to);
        QVERIFY(node.start());
        const QString flagsBefore = nodeFlags(node);
        auto session = openSession(node);
        session->setRefreshIntervalMs(250);
        QVERIFY(waitLive(session.get(), 30000));
        QTRY_VERIFY_WITH_TIMEOUT(nodeFlags(node) != flagsBefore, 10000);

        int beats = 0;
        QTimer beat;
        beat.setInterval(50);
        connect(&beat, &QTimer::timeout, this, [&] { ++beats; });
        beat.start();
        node.suspend();
        QSignalSpy closed(session.get(), &NodeSession::closed);
        session->close();
        QCOMPARE(session->state(), NodeSession::State::Closing);
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 15000);
        QVERIFY2(beats >= 20, qPrintable(QString::number(beats))); // the detach waited, the event loop did not
        QCOMPARE(session->state(), NodeSession::State::Disconnected);
        QTRY_COMPARE_WITH_TIMEOUT(session->client()->pendingCalls(), 0, 5000); // the calls in flight end with the link

        node.resume();
        QTRY_COMPARE_WITH_TIMEOUT(node.evalInt(QStringLiteral("length(nodes(hidden))")), qint64(0), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(leftovers(node), QStringLiteral("clean"), 10000);
        QCOMPARE(nodeFlags(node), flagsBefore);
    }

    // Beamtop hangs (SIGSTOP) while attached: after its tick time the node drops the link, and
    // the agent puts everything back and unloads, as if Beamtop had detached, whether it was
    // alone (nothing at all left) or another Beamtop still uses the agent (it keeps serving
    // that one, which later leaves nothing either). Resumed, the hung Beamtop says it lost the
    // connection and ends.
    // The node's code server is held (a purge on a large node, a stuck on_load) while Beamtop
    // loads its agent: the load call times out but stays queued on the node. Beamtop attaches
    // as soon as the load has happened, so the agent comes up in full and the node is clean
    // after a close; giving up at the timeout used to leave the module loaded with no server.
    void codeServerHeldWhileLoading()
    {
        TestNode node;
        QVERIFY(node.start());
        {
            // The node's first connection and the modules a session's first tick loads.
            auto warm = openSession(node);
            QVERIFY(waitLive(warm.get(), 30000));
            QSignalSpy closed(warm.get(), &NodeSession::closed);
            warm->close();
            QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(leftovers(node), QStringLiteral("clean"), 5000);
        // Another build's module of the same name, so Beamtop must load its own.
        QVERIFY(node.loadModule(QStringLiteral("-module(beamtop_agent_v2). -export([ping/0]). ping() -> old.")));
        QCOMPARE(node.eval(QStringLiteral("sys:suspend(code_server)")), QStringLiteral("ok"));
        auto session = openSession(node);
        // The load call's own timeout passes with the code server still held.
        QTRY_VERIFY_WITH_TIMEOUT(session->agent()->loadPath() == AgentClient::tr("loaded (the code server was slow)"),
                                 20000);
        QVERIFY(session->agent()->mode() != AgentClient::Mode::Full);
        QVERIFY(!session->isLive());
        QCOMPARE(node.eval(QStringLiteral("sys:resume(code_server)")), QStringLiteral("ok"));
        QVERIFY2(waitLive(session.get(), 30000), qPrintable(session->agent()->reducedReason()));
        QCOMPARE(agentSessions(node), 1);
        QSignalSpy closed(session.get(), &NodeSession::closed);
        session->close();
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(leftovers(node), QStringLiteral("clean"), 10000);
    }

    void hungBeamtopIsDroppedAndTheAgentCleansUp_data()
    {
        QTest::addColumn<bool>("another");
        QTest::newRow("alone") << false;
        QTest::newRow("another Beamtop attached") << true;
    }

    void hungBeamtopIsDroppedAndTheAgentCleansUp()
    {
        QFETCH(bool, another);
        TestNode::Options to;
        to.tickTime = 4;
        TestNode node(to);
        QVERIFY(node.start());
        QTemporaryDir dir;
        const QString cookieFile = node.writeCookieFile(dir.path());
        const QString flagsBefore = nodeFlags(node);
        QCOMPARE(leftovers(node), QStringLiteral("clean"));

        std::unique_ptr<NodeSession> other;
        if (another) {
            other = openSession(node);
            other->setRefreshIntervalMs(250);
            QVERIFY(waitLive(other.get(), 30000));
        }

        QProcess cli;
        cli.start(QStringLiteral(BEAMTOP_CLI_PATH),
                  {QStringLiteral("--node"), node.nodeName(), QStringLiteral("--cookie-file"), cookieFile, QStringLiteral("top"),
                   QStringLiteral("--watch"), QStringLiteral("--interval"), QStringLiteral("250"), QStringLiteral("--format"),
                   QStringLiteral("json")});
        QVERIFY(cli.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return cli.canReadLine(); }, 30000));
        QCOMPARE(agentSessions(node), another ? 2 : 1);
        QCOMPARE(node.evalInt(QStringLiteral("length(nodes(hidden))")), qint64(another ? 2 : 1));
        QTRY_VERIFY_WITH_TIMEOUT(nodeFlags(node) != flagsBefore, 10000); // scheduler_wall_time is on while Beamtop reads schedulers

        sendSignal(cli.processId(), SIGSTOP);
        // Within the node's tick time (4 s, up to 25 % more) the node drops the silent link.
        QTRY_COMPARE_WITH_TIMEOUT(node.evalInt(QStringLiteral("length(nodes(hidden))")), qint64(another ? 1 : 0), 20000);
        if (another) {
            QTRY_COMPARE_WITH_TIMEOUT(agentSessions(node), 1, 5000);
            QVERIFY(other->isLive());
            QSignalSpy fresh(other.get(), &NodeSession::sampleReady);
            QVERIFY(fresh.wait(10000)); // the agent still serves the other Beamtop
            QVERIFY(other->fetchError().isEmpty());
            QVERIFY(nodeFlags(node) != flagsBefore);
            QSignalSpy closed(other.get(), &NodeSession::closed);
            other->close();
            QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(leftovers(node), QStringLiteral("clean"), 10000);
        QCOMPARE(nodeFlags(node), flagsBefore);

        sendSignal(cli.processId(), SIGCONT);
        QVERIFY(cli.waitForFinished(20000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 4, qPrintable(err)); // RemoteError
        QVERIFY2(err.contains(QStringLiteral("Lost the connection to %1: ").arg(node.nodeName())), qPrintable(err));
        QCOMPARE(leftovers(node), QStringLiteral("clean"));
    }
};

QTEST_GUILESS_MAIN(TestChaosLink)
#include "tst_chaos_link.moc"
