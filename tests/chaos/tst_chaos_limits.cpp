// SPDX-License-Identifier: GPL-3.0-or-later
// Nodes at their limits: the process table full (the agent cannot start, plain calls barely
// fit), the atom table a few atoms from full (Beamtop must make no atom from what people type:
// a full table stops the node), and a mailbox of a million messages (the preview copies nothing
// it does not send). Each case: a clear sentence, data where it can still come, nothing left on
// the node, no crash, no hang.
#include "agent/agentclient.h"
#include "collect/alloccollector.h"
#include "collect/appscollector.h"
#include "collect/etscollector.h"
#include "collect/portcollector.h"
#include "collect/processcollector.h"
#include "collect/processinspector.h"
#include "collect/schedulercollector.h"
#include "collect/systemcollector.h"
#include "collect/tablecontents.h"
#include "node/nodeclient.h"
#include "session/nodesession.h"
#include "testnode.h"

#include <QSignalSpy>
#include <QTest>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

// On the node, beside the test: a keeper that fills the process table and gives slots back, an
// atom filler, a mailbox flood, and the allocators' peak since a mark (each
// erlang:system_info({allocator, A}) starts a new "last max" period for A).
const char ChaosHelper[] = R"erl(
-module(bt_chaos).
-export([free_slots/0, fill/1, release/0, keeper/1, filler/0, atoms_left/0, fill_atoms/1,
         flood/1, sink/0, peak_reset/0, peak/0]).
filler() -> receive stop -> ok end.
free_slots() -> erlang:system_info(process_limit) - erlang:system_info(process_count).
fill(Keep) ->
    case whereis(bt_keeper) of
        undefined ->
            Self = self(),
            spawn(fun() -> register(bt_keeper, self()), Self ! bt_keeper_ready, keeper([]) end),
            receive bt_keeper_ready -> ok end;
        _ -> ok
    end,
    call({fill, Keep}).
release() -> call(release).
call(Msg) ->
    Ref = make_ref(),
    bt_keeper ! {Msg, self(), Ref},
    receive {Ref, R} -> R after 20000 -> timeout end.
keeper(Ps) ->
    receive
        {{fill, Keep}, From, Ref} ->
            All = spawn_all(Ps),
            {Stop, Rest} = lists:split(min(Keep, length(All)), All),
            stop_all(Stop),
            From ! {Ref, free_slots()},
            keeper(Rest);
        {release, From, Ref} ->
            stop_all(Ps),
            From ! {Ref, ok}
    end.
spawn_all(Acc) ->
    try spawn(fun filler/0) of
        P -> spawn_all([P | Acc])
    catch
        error:system_limit -> Acc
    end.
stop_all(Ps) ->
    Refs = [erlang:monitor(process, P) || P <- Ps],
    [exit(P, kill) || P <- Ps],
    [receive {'DOWN', R, process, _, _} -> ok end || R <- Refs],
    ok.
atoms_left() -> erlang:system_info(atom_limit) - erlang:system_info(atom_count).
fill_atoms(Left) -> fill_atoms(Left, 0).
fill_atoms(Left, I) ->
    case atoms_left() > Left of
        true ->
            _ = list_to_atom("bt_chaos_fill_" ++ integer_to_list(I)),
            fill_atoms(Left, I + 1);
        false -> atoms_left()
    end.
sink() -> timer:sleep(infinity).
flood(N) ->
    P = spawn(fun sink/0),
    send_n(P, N),
    P.
send_n(_, 0) -> ok;
send_n(P, N) -> P ! {bt_msg, N}, send_n(P, N - 1).
carriers(Pos) ->
    lists:sum([element(Pos, C) || A <- erlang:system_info(alloc_util_allocators),
                                  {instance, _, I} <- instances(erlang:system_info({allocator, A})),
                                  K <- [mbcs, sbcs],
                                  C <- [lists:keyfind(carriers_size, 1, proplists:get_value(K, I, []))],
                                  is_tuple(C), tuple_size(C) =:= 4]).
instances(L) when is_list(L) -> L;
instances(_) -> [].
peak_reset() -> carriers(2).
peak() -> carriers(3).
)erl";

// What is left of Beamtop on the node: {IsLoaded, HasOldCode, Registered}.
const char AgentLeft[] =
    "{code:is_loaded(beamtop_agent_v2), erlang:check_old_code(beamtop_agent_v2), whereis(beamtop_agent_v2)}";
const char NothingLeft[] = "{false,false,undefined}";

// A session over a client that is already connected (the link's own process on the node must
// exist before the table is filled).
struct Link
{
    NodeClient *client = new NodeClient;
    bool connect(const TestNode &node)
    {
        QSignalSpy connected(client, &NodeClient::connected);
        client->connectToNode(node.connectOptions());
        return connected.wait(15000) || connected.count() > 0;
    }
};

bool waitLive(NodeSession &s)
{
    return QTest::qWaitFor([&] { return s.isLive(); }, 30000);
}

// Leaves exactly keep free slots on the node while the session waits: the processes of calls in
// flight end first (else their slots free up after the count), and the count of a process that
// just ended may lag its 'DOWN', so the keeper fills again until the node says keep.
bool leaveFreeSlots(TestNode &node, NodeSession &session, int keep)
{
    session.setPaused(true);
    const bool settled = QTest::qWaitFor(
        [&] {
            return !session.system()->isBusy() && !session.schedulers()->isBusy() && !session.allocators()->isBusy();
        },
        30000);
    const QString fill = QStringLiteral("bt_chaos:fill(%1)").arg(keep);
    const bool filled = settled && QTest::qWaitFor([&] { return node.evalInt(fill) == keep; }, 10000);
    session.setPaused(false);
    return filled;
}

bool closeSession(NodeSession &s)
{
    QSignalSpy closed(&s, &NodeSession::closed);
    s.close();
    return closed.wait(15000) || closed.count() > 0;
}

} // namespace

class TestChaosLimits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<SystemSample>();
        qRegisterMetaType<ProcessRanking>();
        qRegisterMetaType<EtsRanking>();
        qRegisterMetaType<PortRanking>();
        qRegisterMetaType<AppTree>();
        qRegisterMetaType<TablePage>();
    }

    // One free slot when Beamtop attaches: each plain call's rex process fits, the agent's
    // server does not. Beamtop says the node is at its process limit, removes the module it
    // loaded, and reads the node in reduced mode one call at a time. With no slot at all every
    // call fails with that sentence; with slots again the data comes back.
    void processLimitBeforeAttach()
    {
        TestNode::Options o;
        o.extraArgs << QStringLiteral("+P") << QStringLiteral("1024");
        TestNode node(o);
        QVERIFY(node.start());
        QVERIFY(node.loadModule(QString::fromLatin1(ChaosHelper)));
        QCOMPARE(node.evalInt(QStringLiteral("erlang:system_info(process_limit)")), 1024);
        Link link;
        QVERIFY(link.connect(node));
        QVERIFY(node.evalInt(QStringLiteral("bt_chaos:fill(1)")) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(node.evalInt(QStringLiteral("bt_chaos:free_slots()")), qint64(1), 10000);

        NodeSession session(link.client, {});
        QSignalSpy samples(&session, &NodeSession::sampleReady);
        QSignalSpy failures(&session, &NodeSession::fetchFailed);
        QVERIFY(waitLive(session));
        QCOMPARE(session.agent()->mode(), AgentClient::Mode::Reduced);
        const QString reason = session.agent()->reducedReason();
        qInfo("reduced: %s", qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("process limit")), qPrintable(reason));
        QCOMPARE(node.eval(QString::fromLatin1(AgentLeft)), QString::fromLatin1(NothingLeft));

        // Reduced mode still reads the node, through the one free slot.
        QVERIFY(samples.count() > 0 || samples.wait(20000));
        const SystemSample full = samples.last().at(0).value<SystemSample>();
        QCOMPARE(full.processLimit, qint64(1024));
        QVERIFY2(full.processCount >= 1020, qPrintable(QString::number(full.processCount)));

        // No slot at all: each call fails, and the sentence says why.
        QVERIFY(leaveFreeSlots(node, session, 0));
        failures.clear(); // the ticks from now on
        QVERIFY(failures.wait(20000));
        const QString error = failures.last().at(0).toString();
        qInfo("no slot: %s", qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("process limit")), qPrintable(error));
        QCOMPARE(session.state(), NodeSession::State::Live);

        // Slots again: samples again.
        QVERIFY(node.evalInt(QStringLiteral("bt_chaos:fill(50)")) >= 0);
        samples.clear();
        QVERIFY(samples.wait(20000));
        QVERIFY(session.fetchError().isEmpty());

        QVERIFY(closeSession(session));
        QCOMPARE(node.eval(QStringLiteral("bt_chaos:release()")), QStringLiteral("ok"));
        QCOMPARE(node.traceLeft(), QStringLiteral("clean"));
    }

    // The agent attached while the node had room, then the node fills up: the agent's worker
    // cannot start (one free slot, taken by rex's process) and then not even the call (none).
    // Both fail with the same sentence; the data comes back when slots free up, and detaching
    // still unloads everything.
    void processLimitWithAgentRunning()
    {
        TestNode::Options o;
        o.extraArgs << QStringLiteral("+P") << QStringLiteral("1024");
        TestNode node(o);
        QVERIFY(node.start());
        QVERIFY(node.loadModule(QString::fromLatin1(ChaosHelper)));
        Link link;
        QVERIFY(link.connect(node));
        NodeSession session(link.client, {});
        QSignalSpy samples(&session, &NodeSession::sampleReady);
        QSignalSpy failures(&session, &NodeSession::fetchFailed);
        QVERIFY(waitLive(session));
        QCOMPARE(session.agent()->mode(), AgentClient::Mode::Full);
        QVERIFY(samples.count() > 0 || samples.wait(20000));

        for (const int keep : {1, 0}) {
            QVERIFY(leaveFreeSlots(node, session, keep));
            failures.clear(); // the ticks from now on
            QVERIFY(failures.wait(20000));
            const QString error = failures.last().at(0).toString();
            QVERIFY2(error.contains(QLatin1String("process limit")), qPrintable(error));
        }
        QCOMPARE(session.agent()->mode(), AgentClient::Mode::Full);

        QVERIFY(node.evalInt(QStringLiteral("bt_chaos:fill(50)")) >= 0);
        samples.clear();
        QVERIFY(samples.wait(20000));
        QVERIFY(closeSession(session));
        QCOMPARE(node.eval(QStringLiteral("bt_chaos:release()")), QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 10000);
    }

    // The agent attached, then the atom table filled to a few atoms under its limit. Every input
    // a person types goes to the node as text and is matched against existing atoms only: the
    // count does not move, and the node (and Beamtop) carry on.
    void atomTableNearlyFullWithAgent()
    {
        TestNode::Options o;
        o.extraArgs << QStringLiteral("+t") << QStringLiteral("32768");
        TestNode node(o);
        QVERIFY(node.start());
        QVERIFY(node.loadModule(QString::fromLatin1(ChaosHelper)));
        // The expressions the test itself sends later, once now: their words are atoms too.
        QCOMPARE(node.traceLeft(), QStringLiteral("clean"));
        QVERIFY(node.evalInt(QStringLiteral("bt_chaos:atoms_left()")) > 0);
        QVERIFY(node.evalInt(QStringLiteral("erlang:system_info(atom_count)")) > 0);

        Link link;
        QVERIFY(link.connect(node));
        NodeSession session(link.client, {});
        QSignalSpy samples(&session, &NodeSession::sampleReady);
        QVERIFY(waitLive(session));
        QCOMPARE(session.agent()->mode(), AgentClient::Mode::Full);
        QVERIFY(samples.count() > 0 || samples.wait(20000));

        const QString token = TestNode::randomToken(8);
        int answers = 0;
        QStringList said;
        auto count = [&answers](const QString &) { ++answers; };
        QObject ctx;
        connect(session.processes(), &ProcessCollector::pageReady, &ctx, [&] { ++answers; });
        connect(session.processes(), &Collector::failed, &ctx, count);
        connect(session.ets(), &EtsCollector::pageReady, &ctx, [&] { ++answers; });
        connect(session.ets(), &Collector::failed, &ctx, count);
        connect(session.ports(), &PortCollector::pageReady, &ctx, [&] { ++answers; });
        connect(session.ports(), &Collector::failed, &ctx, count);
        connect(session.appTree(), &AppTreeCollector::treeReady, &ctx, [&] { ++answers; });
        connect(session.appTree(), &Collector::failed, &ctx, [&](const QString &e) { ++answers; said << e; });
        connect(session.inspector(), &ProcessInspector::nameResolved, &ctx, [&](const Term &, const Term &pid) {
            ++answers;
            said << TermFormatter().format(pid);
        });
        connect(session.inspector(), &ProcessInspector::failed, &ctx, [&](const Term &, const QString &e) {
            ++answers;
            said << e;
        });
        TableBrowser etsByName(&session, TableBrowser::Source::Ets, Term::binary(QByteArray("zq_tab_") + token.toLatin1()));
        TableBrowser mnesiaByName(&session, TableBrowser::Source::Mnesia, Term::binary(QByteArray("zq_mtab_") + token.toLatin1()));
        TableBrowser acTab(&session, TableBrowser::Source::Ets, Term::binary("ac_tab"));
        for (TableBrowser *b : {&etsByName, &mnesiaByName, &acTab}) {
            connect(b, &TableBrowser::pageReady, &ctx, [&](const TablePage &p) {
                ++answers;
                if (!p.noAtom.isEmpty())
                    said << QStringLiteral("no atom ") + p.noAtom;
            });
            connect(b, &Collector::failed, &ctx, [&](const QString &e) { ++answers; said << e; });
        }

        // Each kind of input once with words the node knows (the keys Beamtop sends become
        // atoms on the first use, if they are not already), then with new words.
        auto round = [&](const QString &w) {
            const int before = answers;
            int expected = 0;
            ProcessQuery pq;
            pq.filter = w + QStringLiteral(" app:") + w;
            session.processes()->fetch(pq);
            ++expected;
            EtsQuery eq;
            eq.type = w;
            eq.protection = w;
            eq.filter = w;
            session.ets()->fetch(eq);
            ++expected;
            PortQuery portq;
            portq.type = w;
            portq.filter = w;
            session.ports()->fetch(portq);
            ++expected;
            AppTreeQuery tq;
            tq.app = w;
            session.appTree()->setQuery(tq); // walks at once
            ++expected;
            session.inspector()->lookupName(Term::atom(w));
            ++expected;
            etsByName.first();
            mnesiaByName.first();
            expected += 2;
            acTab.searchKey(w);
            ++expected;
            if (!QTest::qWaitFor([&] { return answers - before >= expected; }, 30000))
                return false;
            acTab.searchPattern(QStringLiteral("{%1, '_'}").arg(w));
            ++expected;
            if (!QTest::qWaitFor([&] { return answers - before >= expected; }, 30000))
                return false;
            // A variable: the scanner would make its name an atom.
            acTab.searchPattern(QStringLiteral("{V%1, '_'}").arg(w));
            ++expected;
            if (!QTest::qWaitFor([&] { return answers - before >= expected; }, 30000))
                return false;
            AgentReply refused;
            session.agent()->request(QStringLiteral("zq_req_%1").arg(w).toLatin1().constData(), Term::map({}), 5000,
                                     &ctx, [&refused](const AgentReply &r) { refused = r; });
            return QTest::qWaitFor([&] { return refused.status != AgentReply::Status::NoAgent; }, 10000)
                && refused.status == AgentReply::Status::Refused;
        };
        QVERIFY(round(QStringLiteral("kernel")));
        const qint64 afterWarmUp = node.evalInt(QStringLiteral("erlang:system_info(atom_count)"));

        const qint64 left = node.evalInt(QStringLiteral("bt_chaos:fill_atoms(40)"));
        QVERIFY2(left <= 40 && left > 0, qPrintable(QString::number(left)));
        const qint64 before = node.evalInt(QStringLiteral("erlang:system_info(atom_count)"));
        said.clear();
        QVERIFY(round(QStringLiteral("zq") + token));
        const qint64 after = node.evalInt(QStringLiteral("erlang:system_info(atom_count)"));
        qInfo("atoms: %lld after the warm-up round, %lld before and %lld after the round of new words (%lld left)",
              afterWarmUp, before, after, left);
        qInfo("answers: %s", qPrintable(said.join(QLatin1String(" | "))));
        QCOMPARE(after, before);
        QVERIFY(said.contains(QStringLiteral("undefined"))); // the name is not registered
        QVERIFY(said.contains(QStringLiteral("no atom zq") + token)); // the key search matched nothing

        // Still working: a system sample after the round, and the node answers.
        samples.clear();
        QVERIFY(samples.wait(20000));
        QCOMPARE(samples.last().at(0).value<SystemSample>().atomCount, after);
        QCOMPARE(session.agent()->mode(), AgentClient::Mode::Full);
        QVERIFY(closeSession(session));
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 10000);
        QCOMPARE(node.evalInt(QStringLiteral("erlang:system_info(atom_count)")), after);
    }

    // The table a few atoms from full before Beamtop connects. Loading the agent would add
    // hundreds of atoms and stop the node, so Beamtop does not load it: it says why and reads
    // the node with plain calls, which name only atoms every node has. The atoms it makes: the
    // name of its own connection (the handshake) and the agent's module name (looked up once).
    void atomTableNearlyFullBeforeConnect()
    {
        TestNode::Options o;
        o.extraArgs << QStringLiteral("+t") << QStringLiteral("32768");
        TestNode node(o);
        QVERIFY(node.start());
        QVERIFY(node.loadModule(QString::fromLatin1(ChaosHelper)));
        const qint64 fresh = node.evalInt(QStringLiteral("erlang:system_info(atom_count)"));
        QCOMPARE(node.evalInt(QStringLiteral("1 + 1")), qint64(2));
        {
            // The node's first incoming connection loads its distribution code (hundreds of
            // atoms, whoever connects): not Beamtop's to count.
            NodeClient first;
            QSignalSpy connected(&first, &NodeClient::connected);
            first.connectToNode(node.connectOptions());
            QVERIFY(connected.wait(15000) || connected.count() > 0);
            first.disconnectFromNode();
        }
        const qint64 linked = node.evalInt(QStringLiteral("erlang:system_info(atom_count)"));
        qInfo("atoms: %lld on a fresh node, %lld after its first incoming connection", fresh, linked);
        const qint64 left = node.evalInt(QStringLiteral("bt_chaos:fill_atoms(200)"));
        QVERIFY2(left <= 200 && left > 0, qPrintable(QString::number(left)));
        const qint64 before = node.evalInt(QStringLiteral("erlang:system_info(atom_count)"));

        Link link;
        QVERIFY(link.connect(node));
        NodeSession session(link.client, {});
        QSignalSpy samples(&session, &NodeSession::sampleReady);
        QVERIFY(waitLive(session));
        QCOMPARE(session.agent()->mode(), AgentClient::Mode::Reduced);
        const QString reason = session.agent()->reducedReason();
        qInfo("reduced: %s", qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("atom table")), qPrintable(reason));

        // Reduced mode reads the node: the process list, and a few system samples. (ETS and
        // ports say they need the agent.)
        QObject ctx;
        int pages = 0;
        QStringList errors;
        connect(session.processes(), &ProcessCollector::pageReady, &ctx, [&] { ++pages; });
        for (Collector *c : std::initializer_list<Collector *>{session.processes(), session.ets(), session.ports()})
            connect(c, &Collector::failed, &ctx, [&](const QString &e) { errors << e; });
        session.processes()->fetch(ProcessQuery{});
        session.ets()->fetch(EtsQuery{});
        session.ports()->fetch(PortQuery{});
        QVERIFY2(QTest::qWaitFor([&] { return pages >= 1 && errors.size() >= 2; }, 30000),
                 qPrintable(errors.join(QLatin1String(" | "))));
        QCOMPARE(pages, 1);
        for (const QString &e : std::as_const(errors))
            QVERIFY2(e.contains(QLatin1String("needs the agent")), qPrintable(e));
        QVERIFY(QTest::qWaitFor([&] { return samples.count() >= 3; }, 30000));
        const qint64 after = node.evalInt(QStringLiteral("erlang:system_info(atom_count)"));
        // Once per node and Beamtop build: the name of this connection, the agent's module
        // name (looked up), and the words of the reduced system sample that the node did not
        // have yet (the system_info items it names, and the allocator names the node lists):
        // 16 on OTP 25. Nothing of this grows with time or with what is typed.
        qInfo("atoms: %lld before connecting (%lld left), %lld after three reduced-mode ticks", before, left, after);
        QVERIFY2(after - before <= 16, qPrintable(QStringLiteral("%1 atoms made").arg(after - before)));
        const int seen = int(samples.count());
        QVERIFY(QTest::qWaitFor([&] { return samples.count() >= seen + 3; }, 30000));
        const SystemSample s = samples.last().at(0).value<SystemSample>();
        QCOMPARE(s.atomLimit, qint64(32768));
        QCOMPARE(s.atomCount, after);
        QCOMPARE(node.evalInt(QStringLiteral("erlang:system_info(atom_count)")), after);
        // Memory figures stay out: the emulator's first erlang:memory() would add about 300.
        QCOMPARE(s.memory.total, qint64(0));
        QVERIFY(closeSession(session));

        // Another Beamtop later: only its connection's name is new.
        Link again;
        QVERIFY(again.connect(node));
        NodeSession second(again.client, {});
        QSignalSpy secondSamples(&second, &NodeSession::sampleReady);
        QVERIFY(waitLive(second));
        QCOMPARE(second.agent()->mode(), AgentClient::Mode::Reduced);
        QVERIFY(QTest::qWaitFor([&] { return secondSamples.count() >= 2; }, 30000));
        QCOMPARE(node.evalInt(QStringLiteral("erlang:system_info(atom_count)")), after + 1);
        QVERIFY(closeSession(second));
        QCOMPARE(node.eval(QString::fromLatin1(AgentLeft)), QString::fromLatin1(NothingLeft));
        QCOMPARE(node.evalInt(QStringLiteral("1 + 1")), qint64(2)); // the node lives
    }

    // A mailbox of a million messages. The preview does not copy a queue that long unless asked
    // to; asked to (force), it sends the first 100 and the copy is gone once it answered.
    void millionMessageMailbox()
    {
        TestNode node;
        QVERIFY(node.start());
        QVERIFY(node.loadModule(QString::fromLatin1(ChaosHelper)));
        const qint64 empty = node.evalInt(QStringLiteral("erlang:memory(total)"));
        const QString pidText = node.eval(QStringLiteral("bt_chaos:flood(1000000)"), 60000);
        QVERIFY2(pidText.startsWith(QLatin1Char('<')), qPrintable(pidText));
        QCOMPARE(node.evalInt(QStringLiteral("element(2, erlang:process_info(list_to_pid(\"%1\"), message_queue_len))").arg(pidText)),
                 qint64(1000000));
        const qint64 queueBytes = node.evalInt(QStringLiteral("erlang:memory(total)")) - empty;
        QVERIFY2(queueBytes > 16 * 1000 * 1000, qPrintable(QString::number(queueBytes)));

        Link link;
        QVERIFY(link.connect(node));
        NodeSession session(link.client, {});
        QSignalSpy samples(&session, &NodeSession::sampleReady);
        QVERIFY(waitLive(session));
        QCOMPARE(session.agent()->mode(), AgentClient::Mode::Full);
        QVERIFY(samples.count() > 0 || samples.wait(20000));
        // Nothing else reads the allocators (which would end their peak period) meanwhile.
        session.setPaused(true);

        Term pid;
        session.inspector()->resolvePid(pidText, [&pid](const Term &p) { pid = p; });
        QTRY_VERIFY_WITH_TIMEOUT(pid.isPid(), 10000);
        QSignalSpy messages(session.inspector(), &ProcessInspector::messagesReady);
        QSignalSpy failed(session.inspector(), &ProcessInspector::failed);

        struct Measured
        {
            Term reply;
            qint64 peakGrowth = 0, lastingGrowth = 0;
        };
        auto measure = [&](bool force, Measured *m) {
            const qint64 total = node.evalInt(QStringLiteral("erlang:memory(total)"));
            const qint64 carriers = node.evalInt(QStringLiteral("bt_chaos:peak_reset()"));
            messages.clear();
            session.inspector()->fetchMessages(pid, 100, force);
            if (!messages.wait(30000))
                return false;
            m->reply = messages.last().at(1).value<Term>();
            m->peakGrowth = node.evalInt(QStringLiteral("bt_chaos:peak()")) - carriers;
            m->lastingGrowth = node.evalInt(QStringLiteral("erlang:memory(total)")) - total;
            return true;
        };

        Measured preview;
        QVERIFY2(measure(false, &preview), failed.isEmpty() ? "no answer" : qPrintable(failed.last().at(1).toString()));
        QVERIFY(preview.reply.value("refused").toBool());
        QCOMPARE(preview.reply.value("length").toInt(), qint64(1000000));
        QVERIFY(preview.reply.value("messages").size() <= 100);

        Measured forced;
        QVERIFY2(measure(true, &forced), failed.isEmpty() ? "no answer" : qPrintable(failed.last().at(1).toString()));
        QCOMPARE(forced.reply.value("length").toInt(), qint64(1000000));
        QCOMPARE(forced.reply.value("messages").size(), 100);
        QCOMPARE(forced.reply.value("messages").at(0).at(1).toInt(), qint64(1000000)); // the oldest first
        qInfo("queue: %lld bytes; preview: peak %+lld, after %+lld bytes; forced: peak %+lld, after %+lld bytes",
              queueBytes, preview.peakGrowth, preview.lastingGrowth, forced.peakGrowth, forced.lastingGrowth);
        // The plain preview copies nothing; the forced one copies the queue only while it reads
        // (the node has no call that copies part of a queue), and keeps none of it.
        QVERIFY2(preview.peakGrowth < queueBytes / 10, qPrintable(QString::number(preview.peakGrowth)));
        QVERIFY2(preview.lastingGrowth < queueBytes / 10, qPrintable(QString::number(preview.lastingGrowth)));
        QVERIFY2(forced.lastingGrowth < queueBytes / 10, qPrintable(QString::number(forced.lastingGrowth)));
        QCOMPARE(node.evalInt(QStringLiteral("element(2, erlang:process_info(list_to_pid(\"%1\"), message_queue_len))").arg(pidText)),
                 qint64(1000000));

        QVERIFY(closeSession(session));
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 10000);
    }
};

QTEST_GUILESS_MAIN(TestChaosLimits)
#include "tst_chaos_limits.moc"
