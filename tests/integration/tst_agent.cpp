// SPDX-License-Identifier: GPL-3.0-or-later
// The agent on real nodes: loaded, replaced, compiled on the node, shared between sessions,
// reduced mode, and no trace left after a clean disconnect or a SIGKILL.
#include "agent/agentclient.h"
#include "node/nodeclient.h"
#include "testnode.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

struct Session
{
    NodeClient node;
    AgentClient agent;
    explicit Session(AgentClient::Options o = {}) : agent(&node, o) {}
    bool open(const ConnectOptions &opts)
    {
        QSignalSpy ready(&agent, &AgentClient::ready);
        node.connectToNode(opts);
        return ready.wait(15000) || ready.count() > 0;
    }
    bool close()
    {
        QSignalSpy detached(&agent, &AgentClient::detached);
        agent.detachAndDisconnect();
        return detached.wait(10000) || detached.count() > 0;
    }
};

} // namespace

class TestAgent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(!AgentClient::bundledBeam().isEmpty());
        QVERIFY(!AgentClient::bundledSource().isEmpty());
        QCOMPARE(AgentClient::bundledMd5().size(), 16);
    }

    void loadsAndLeavesNoTraceAfterCleanDisconnect()
    {
        TestNode node;
        QVERIFY(node.start());
        QCOMPARE(node.traceLeft(), QStringLiteral("clean"));
        Session s;
        QVERIFY(s.open(node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Full);
        QCOMPARE(s.agent.loadPath(), QStringLiteral("loaded"));
        QVERIFY(node.eval(QStringLiteral("is_pid(whereis(beamtop_agent_v2))")) == QLatin1String("true"));
        QVERIFY(s.close());
        // Unloading finishes on the node right after detach returns.
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void noTraceAfterBeamtopIsKilled()
    {
        TestNode::Options to;
        to.tickTime = 4;
        TestNode node(to);
        QVERIFY(node.start());
        QTemporaryDir dir;
        const QString cookieFile = node.writeCookieFile(dir.path());
        // A whole Beamtop process with the agent loaded, killed without a chance to clean up.
        QProcess cli;
        cli.start(QStringLiteral(BEAMTOP_CLI_PATH),
                  {QStringLiteral("--node"), node.nodeName(), QStringLiteral("--cookie-file"), cookieFile,
                   QStringLiteral("snapshot"), QStringLiteral("--repeat"), QStringLiteral("100000"),
                   QStringLiteral("--interval"), QStringLiteral("50")});
        QVERIFY(cli.waitForStarted());
        QVERIFY(cli.waitForReadyRead(15000));
        QVERIFY(node.eval(QStringLiteral("is_pid(whereis(beamtop_agent_v2))")) == QLatin1String("true"));
        cli.kill(); // SIGKILL
        QVERIFY(cli.waitForFinished());
        // Within the node's tick time (4 s here) everything is gone.
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 6000);
    }

    void sharedBetweenSessionsUnloadsAfterTheLast()
    {
        TestNode node;
        QVERIFY(node.start());
        Session a, b;
        QVERIFY(a.open(node.connectOptions()));
        QVERIFY(b.open(node.connectOptions()));
        QCOMPARE(b.agent.loadPath(), QStringLiteral("already running"));
        QVERIFY(a.close());
        // b still uses it: nothing may be unloaded under it.
        QCOMPARE(node.eval(QStringLiteral("is_pid(whereis(beamtop_agent_v2))")), QStringLiteral("true"));
        QCOMPARE(node.eval(QStringLiteral("beamtop_agent_v2:request(ping, #{})")), QStringLiteral("{ok,pong}"));
        QVERIFY(b.close());
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void differentVersionIsReplaced()
    {
        TestNode node;
        QVERIFY(node.start());
        // An older agent of the same name, as another Beamtop build would leave it.
        QVERIFY(node.loadModule(QStringLiteral("-module(beamtop_agent_v2). -export([ping/0]). ping() -> old.")));
        QCOMPARE(node.eval(QStringLiteral("beamtop_agent_v2:ping()")), QStringLiteral("old"));
        Session s;
        QVERIFY(s.open(node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Full);
        QCOMPARE(s.agent.loadPath(), QStringLiteral("loaded"));
        QCOMPARE(node.eval(QStringLiteral("beamtop_agent_v2:request(ping, #{})")), QStringLiteral("{ok,pong}"));
        QVERIFY(s.close());
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void refusedBinaryIsCompiledOnTheNode()
    {
        TestNode node;
        QVERIFY(node.start());
        AgentClient::Options o;
        o.corruptBinaryForTest = true;
        Session s(o);
        QVERIFY(s.open(node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Full);
        QCOMPARE(s.agent.loadPath(), QStringLiteral("compiled on the node"));
        QCOMPARE(node.eval(QStringLiteral("beamtop_agent_v2:request(ping, #{})")), QStringLiteral("{ok,pong}"));
        QVERIFY(s.close());
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void reducedModeWhenNoCodeCanBeLoaded()
    {
        TestNode node;
        QVERIFY(node.start());
        // A node without a compiler (as in a minimal release): the refused beam cannot be
        // compiled from source either.
        QCOMPARE(node.eval(QStringLiteral(
                     "code:del_path(compiler), code:purge(compile), code:delete(compile), code:purge(compile), "
                     "code:ensure_loaded(compile)")),
                 QStringLiteral("{error,nofile}"));
        AgentClient::Options o;
        o.corruptBinaryForTest = true;
        Session s(o);
        QVERIFY(s.open(node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Reduced);
        QVERIFY(!s.agent.reducedReason().isEmpty());
        QVERIFY(s.close());
        QCOMPARE(node.traceLeft(), QStringLiteral("clean"));
    }

    void agentCanBeTurnedOff()
    {
        TestNode node;
        QVERIFY(node.start());
        AgentClient::Options o;
        o.useAgent = false;
        Session s(o);
        QVERIFY(s.open(node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Reduced);
        QCOMPARE(node.traceLeft(), QStringLiteral("clean"));
        QVERIFY(s.close());
    }

    // Another Beamtop build (another md5, same protocol) serving the node first: this one joins
    // its agent instead of replacing the module under it, and both keep full mode.
    void anotherBuildsAgentIsJoinedNotReplaced()
    {
        TestNode node;
        QVERIFY(node.start());
        // The bundled source with one more function: what another build would have loaded.
        QString source = QString::fromUtf8(AgentClient::bundledSource());
        source += QStringLiteral("\nother_build() -> true.\n");
        source.replace(QStringLiteral("-export([server_start/2])."), QStringLiteral("-export([server_start/2, other_build/0])."));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("beamtop_agent_v2.erl")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(source.toUtf8()) > 0);
        file.close();
        QCOMPARE(node.eval(QStringLiteral("{ok, M, B} = compile:file(\"%1\", [binary]), element(1, code:load_binary(M, \"other.erl\", B))")
                               .arg(file.fileName())),
                 QStringLiteral("module"));
        const QString fake = QStringLiteral("spawn(fun() -> receive stop -> ok end end)");
        QCOMPARE(node.eval(QStringLiteral("register(bt_other_beamtop, %1), element(1, beamtop_agent_v2:request(attach, #{pid => whereis(bt_other_beamtop)}))").arg(fake)),
                 QStringLiteral("ok"));
        Session s;
        QVERIFY(s.open(node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Full);
        QCOMPARE(s.agent.loadPath(), QStringLiteral("already running"));
        QVERIFY(s.agent.can("system"));
        QVERIFY(s.agent.canRank("process"));
        QCOMPARE(s.agent.agentVersion(), AgentClient::ProtocolVersion);
        // The other build's module is still the one loaded, and its server still serves it.
        QCOMPARE(node.eval(QStringLiteral("beamtop_agent_v2:other_build()")), QStringLiteral("true"));
        QVERIFY(s.close());
        QCOMPARE(node.eval(QStringLiteral("is_pid(whereis(beamtop_agent_v2))")), QStringLiteral("true"));
        QCOMPARE(node.eval(QStringLiteral("beamtop_agent_v2:request(detach, #{pid => whereis(bt_other_beamtop)})")),
                 QStringLiteral("{ok,detached}"));
        QTRY_VERIFY_WITH_TIMEOUT(node.eval(QStringLiteral("whereis(beamtop_agent_v2)")) == QLatin1String("undefined"), 5000);
    }

    // One request path: every reply is {ok, V} or {error, Reason}, and an unknown request or
    // bad arguments are refused with a sentence, not a crash.
    void requestsAnswerInOneEnvelope()
    {
        TestNode node;
        QVERIFY(node.start());
        Session s;
        QVERIFY(s.open(node.connectOptions()));
        auto ask = [&](const char *type, const Term &args) {
            AgentReply out;
            bool done = false;
            s.agent.request(type, args, 5000, nullptr, [&](const AgentReply &r) {
                out = r;
                done = true;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 6000); }();
            return out;
        };
        const AgentReply ping = ask("ping", Term::map({}));
        QVERIFY(ping.ok());
        QVERIFY(ping.value.isAtom("pong"));
        const AgentReply unknown = ask("no_such_request", Term::map({}));
        QCOMPARE(unknown.status, AgentReply::Status::Refused);
        QVERIFY(unknown.reason.isTaggedTuple("unknown_request", 2));
        QVERIFY(!unknown.message.isEmpty());
        const AgentReply bad = ask("proc_action", Term::map({{Term::atom("pid"), Term::atom("not_a_pid")}}));
        QCOMPARE(bad.status, AgentReply::Status::Refused);
        QVERIFY(bad.reason.isTaggedTuple("bad_arguments", 2));
        // A row list over its byte cap comes back cut, with the count of rows left out.
        const Term rank = Term::map({{Term::atom("kind"), Term::atom("process")},
                                     {Term::atom("sort"), Term::atom("memory")},
                                     {Term::atom("limit"), Term::integer(200)},
                                     {Term::atom("max_bytes"), Term::integer(4000)}});
        const AgentReply cut = ask("rank", rank);
        QVERIFY2(cut.ok(), qPrintable(cut.message));
        const qint64 kept = cut.value.value("rows").elements().size();
        QVERIFY(kept > 0);
        QVERIFY(cut.value.value("rows_cut").toInt() > 0);
        QCOMPARE(kept + cut.value.value("rows_cut").toInt(), qMin<qint64>(200, cut.value.value("total").toInt()));
        QVERIFY(cut.replyBytes <= 4000 + 64);
        // A kind the agent cannot rank is refused as such.
        const AgentReply unknownKind = ask("rank", Term::map({{Term::atom("kind"), Term::atom("no_such_kind")}}));
        QCOMPARE(unknownKind.status, AgentReply::Status::Refused);
        QVERIFY(unknownKind.reason.isTaggedTuple("unknown_kind", 2));
        QVERIFY(s.close());
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    // The ranking engine drops an entity a page found gone from the next page and the total,
    // even before its first sweep has ranked every entity (a low budget keeps it sweeping), and
    // lists it under gone, for the page's rows and for pinned ids alike.
    void aGoneEntityLeavesTheRankingAtTheNextPage()
    {
        TestNode node;
        QVERIFY(node.start());
        // The three to rank early in the sweep, then enough idle processes to keep it going.
        QCOMPARE(node.eval(QStringLiteral(
                     "[register(list_to_atom(\"bt_part_\" ++ integer_to_list(I)), spawn(fun() -> receive stop -> ok end end)) "
                     "  || I <- lists:seq(1, 3)], "
                     "[spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 10000)], ok")),
                 QStringLiteral("ok"));
        Session s;
        QVERIFY(s.open(node.connectOptions()));
        s.agent.setBudget(0.001);
        auto rank = [&](const QVector<Term> &ids) {
            AgentReply out;
            bool done = false;
            s.agent.request("rank",
                            Term::map({{Term::atom("kind"), Term::atom("process")}, {Term::atom("sort"), Term::atom("memory")},
                                       {Term::atom("filter"), Term::binary("bt_part_")}, {Term::atom("limit"), Term::integer(10)},
                                       {Term::atom("ids"), Term::list(ids)}}),
                            5000, nullptr, [&](const AgentReply &r) {
                                out = r;
                                done = true;
                            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 6000); }();
            return out.value;
        };
        auto pids = [](const Term &rows) {
            QStringList out;
            for (const Term &r : rows.elements())
                out.append(r.at(1).toText());
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rank({}).value("total").toInt() == 3, 30000);
        const Term before = rank({});
        QVERIFY2(before.value("sweep").isMap(), "the first sweep is over already: the test needs it in progress");
        const QString victim = node.eval(QStringLiteral("list_to_atom(pid_to_list(whereis(bt_part_2)))")).remove(QLatin1Char('\''));
        QVERIFY(pids(before.value("rows")).contains(victim));
        QVERIFY(before.value("gone").elements().isEmpty());
        Term victimPid;
        for (const Term &r : before.value("rows").elements())
            if (r.at(1).toText() == victim)
                victimPid = r.at(0);
        node.eval(QStringLiteral("exit(whereis(bt_part_2), kill), ok"));
        QTRY_COMPARE(node.eval(QStringLiteral("whereis(bt_part_2)")), QStringLiteral("undefined"));

        const Term marked = rank({victimPid});
        QCOMPARE(marked.value("total").toInt(), 3);
        QCOMPARE(pids(marked.value("rows")).size(), 3);
        QCOMPARE(marked.value("gone").elements().size(), 1);
        QVERIFY(marked.value("gone").elements().first().isPid());
        QCOMPARE(marked.value("gone").elements().first().nodeId().id, victimPid.nodeId().id);
        QCOMPARE(marked.value("extra").elements().first().at(10).atomName(), QStringLiteral("exited")); // as v2 always said

        const Term after = rank({victimPid});
        QVERIFY(after.value("sweep").isMap()); // still the first sweep: the agent dropped it, not a new ranking
        QCOMPARE(after.value("total").toInt(), 2);
        QCOMPARE(pids(after.value("rows")).size(), 2);
        QVERIFY(!pids(after.value("rows")).contains(victim));
        QCOMPARE(after.value("gone").elements().size(), 1); // the pinned id is still read, and still gone
        QVERIFY(s.close());
    }

    // Everything the agent changes on the node is undone when the last Beamtop goes: a
    // suspended process runs again, scheduler_wall_time is off again.
    void detachUndoesEveryChange()
    {
        TestNode node;
        QVERIFY(node.start());
        QCOMPARE(node.eval(QStringLiteral("register(bt_victim, spawn(fun() -> receive stop -> ok end end)), ok")),
                 QStringLiteral("ok"));
        Session s;
        QVERIFY(s.open(node.connectOptions()));
        Term pid;
        s.agent.request("whereis", Term::map({{Term::atom("name"), Term::atom("bt_victim")}}), 5000, nullptr,
                        [&](const AgentReply &r) { pid = r.value; });
        QTRY_VERIFY_WITH_TIMEOUT(pid.isPid(), 6000);
        bool suspended = false, sampled = false;
        s.agent.request("proc_action", Term::map({{Term::atom("pid"), pid}, {Term::atom("action"), Term::atom("suspend")}}),
                        5000, nullptr, [&](const AgentReply &r) { suspended = r.ok(); });
        s.agent.request("schedulers", Term::map({}), 5000, nullptr, [&](const AgentReply &r) { sampled = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(suspended && sampled, 6000);
        QCOMPARE(node.eval(QStringLiteral("element(2, process_info(whereis(bt_victim), status))")), QStringLiteral("suspended"));
        QCOMPARE(node.eval(QStringLiteral("erlang:statistics(scheduler_wall_time) =/= undefined")), QStringLiteral("true"));
        QVERIFY(s.close());
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 5000);
        QCOMPARE(node.eval(QStringLiteral("element(2, process_info(whereis(bt_victim), status))")), QStringLiteral("waiting"));
        QCOMPARE(node.eval(QStringLiteral("erlang:statistics(scheduler_wall_time)")), QStringLiteral("undefined"));
    }

    // Attached but asked nothing, the agent's server wakes about once a second, not 20 times
    // (each wake-up wakes a scheduler; on 64 schedulers that was 0.3-0.8 % of a core). A ranking
    // asked for puts it to work at once, and it wakes as often as the ranking falls due (here
    // every 200 ms); between sweeps of a ranking due less often it sleeps.
    void idleServerWakesRarelyAndRankingWakesIt()
    {
        TestNode node;
        QVERIFY(node.start());
        Session s;
        QVERIFY(s.open(node.connectOptions()));
        // Counts the server's background work messages over a window, traced on the node.
        const QString count = QStringLiteral(
            "begin S = whereis(beamtop_agent_v2), erlang:trace(S, true, ['receive']), timer:sleep(%1), "
            "erlang:trace(S, false, ['receive']), "
            "C = fun C(N) -> receive {trace, S, 'receive', work} -> C(N + 1); {trace, _, _, _} -> C(N) "
            "after 0 -> N end end, C(0) end");
        const qint64 idle = node.evalInt(count.arg(2000));
        QVERIFY2(idle >= 1 && idle <= 5, qPrintable(QString::number(idle)));

        bool done = false;
        s.agent.request("rank",
                        Term::map({{Term::atom("kind"), Term::atom("process")}, {Term::atom("sort"), Term::atom("memory")},
                                   {Term::atom("limit"), Term::integer(5)}, {Term::atom("interval_ms"), Term::integer(200)}}),
                        5000, this, [&](const AgentReply &r) {
                            QVERIFY(r.ok());
                            done = true;
                        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 6000);
        const qint64 working = node.evalInt(count.arg(1000));
        QVERIFY2(working >= 4, qPrintable(QString::number(working)));
        // A ranking due every 10 s, on a node where no other was asked for: swept once, then
        // the server sleeps (at most a second at a time) until it is due again.
        TestNode quiet;
        QVERIFY(quiet.start());
        Session q;
        QVERIFY(q.open(quiet.connectOptions()));
        done = false;
        q.agent.request("rank",
                        Term::map({{Term::atom("kind"), Term::atom("process")}, {Term::atom("sort"), Term::atom("memory")},
                                   {Term::atom("limit"), Term::integer(5)}, {Term::atom("interval_ms"), Term::integer(10000)}}),
                        5000, this, [&](const AgentReply &r) {
                            QVERIFY(r.ok());
                            done = true;
                        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 6000);
        const qint64 slow = quiet.evalInt(count.arg(2000));
        QVERIFY2(slow >= 1 && slow <= 6, qPrintable(QString::number(slow)));
        QVERIFY(q.close());
        QVERIFY(s.close());
    }

    void reportsItsOwnCost()
    {
        TestNode node;
        QVERIFY(node.start());
        Session s;
        QVERIFY(s.open(node.connectOptions()));
        QSignalSpy cost(&s.agent, &AgentClient::costUpdated);
        // The first reading of a server that just started is a baseline: a share comes once
        // half a second has passed since it. Ask until one comes.
        s.agent.requestCost();
        QTRY_VERIFY_WITH_TIMEOUT((s.agent.requestCost(), cost.count() >= 1), 10000);
        const double fraction = cost.first().at(0).toDouble();
        QVERIFY(fraction >= 0.0 && fraction < 1.0);
        // Over that span the agent did nothing but answer these readings: nowhere near a
        // scheduler (what the status bar showed right after connecting, before).
        QVERIFY2(fraction < 0.5, qPrintable(QString::number(fraction)));
        QVERIFY(cost.first().at(2).toLongLong() >= 500 * 1000);
        QVERIFY(s.close());
    }
};

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
