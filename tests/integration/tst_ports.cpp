// SPDX-License-Identifier: GPL-3.0-or-later
// The port ranking and the distribution reading on real nodes, through the real collectors:
// among 2,000 TCP connections the one carrying ~10 MB/s ranks first by I/O rate; sockets of
// the `socket` module are listed with their counters; ports closed during a listing come once
// as closed with their last figures and then leave, without an error; a sender whose peer does
// not read shows its queue; a second node shows in the distribution with its traffic.
#include "agent/agentclient.h"
#include "collect/distcollector.h"
#include "collect/portcollector.h"
#include "node/nodeclient.h"
#include "porttablemodel.h"
#include "testnode.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

// Loaded on the node under test (no comments inside: TestNode sends it as one line). Every
// connection is on loopback, both ends in this node (the far end of the 2,000 is one more port
// each: 4,000 descriptors of the 20,000 a process may have here). Ids come back as one atom of
// port texts separated by spaces.
//   pairs(Name, N)   a process registered as Name holding N idle connections (both ends);
//                    returns the ports held; Name ! {close, From} closes them all
//   heavy()          one connection carrying ~10 MB/s (100 KB every 10 ms, read as it comes):
//                    sender bt_heavy (stopped by bt_heavy ! stop), reader bt_heavy_sink
//   socket_pair()    a listening, a connecting and an accepted socket of the socket module,
//                    owned by bt_sock_owner; socket_send(N) sends N bytes across
//   closers(N)       pairs(bt_closer, N); close_all() closes them and waits
//   blocked()        a sender (bt_blocked) whose peer (bt_unread) never reads: small buffers
//                    fill, then the port's queue grows until the sender waits in send
//   dist_sink()      bt_dist_sink, dropping whatever another node sends
const char HelperSource[] = R"erl(
-module(bt_ports_helper).
-export([pairs/2, heavy/0, socket_pair/0, socket_send/1, closers/1, close_all/0, blocked/0,
         dist_sink/0, holder/1]).

listen(Opts) ->
    {ok, L} = gen_tcp:listen(0, [binary, {ip, {127, 0, 0, 1}}, {active, false}, {backlog, 1024} | Opts]),
    {ok, P} = inet:port(L),
    {L, P}.

connect(L, P, Opts) ->
    {ok, C} = gen_tcp:connect({127, 0, 0, 1}, P, [binary, {active, false} | Opts]),
    {ok, S} = gen_tcp:accept(L, 5000),
    {C, S}.

pairs(Name, N) ->
    Self = self(),
    spawn(fun() ->
                  {L, P} = listen([]),
                  Socks = lists:append([tuple_to_list(connect(L, P, [])) || _ <- lists:seq(1, N)]),
                  gen_tcp:close(L),
                  register(Name, self()),
                  Self ! {held, length(Socks)},
                  holder(Socks)
          end),
    receive {held, K} -> K after 60000 -> timeout end.

holder(Socks) ->
    receive
        {close, From} -> [gen_tcp:close(S) || S <- Socks], From ! closed;
        _ -> holder(Socks)
    end.

heavy() ->
    {L, P} = listen([]),
    {C, S} = connect(L, P, []),
    gen_tcp:close(L),
    Blob = binary:copy(<<"h">>, 102400),
    Sender = spawn(fun() -> register(bt_heavy, self()), send_loop(C, Blob) end),
    Sink = spawn(fun() -> register(bt_heavy_sink, self()), receive go -> recv_loop(S) end end),
    ok = gen_tcp:controlling_process(C, Sender),
    ok = gen_tcp:controlling_process(S, Sink),
    Sink ! go,
    texts([C, S]).

send_loop(C, Blob) ->
    receive stop -> gen_tcp:close(C) after 10 -> ok end,
    case gen_tcp:send(C, Blob) of
        ok -> send_loop(C, Blob);
        _ -> ok
    end.

recv_loop(S) ->
    case gen_tcp:recv(S, 0) of
        {ok, _} -> recv_loop(S);
        _ -> ok
    end.

socket_pair() ->
    Self = self(),
    spawn(fun() ->
                  {ok, L} = socket:open(inet, stream, tcp),
                  ok = socket:bind(L, #{family => inet, addr => loopback, port => 0}),
                  ok = socket:listen(L),
                  {ok, Addr} = socket:sockname(L),
                  {ok, C} = socket:open(inet, stream, tcp),
                  ok = socket:connect(C, Addr),
                  {ok, S} = socket:accept(L, 5000),
                  register(bt_sock_owner, self()),
                  Self ! ready,
                  socket_loop(C, S)
          end),
    receive ready -> ok after 10000 -> timeout end.

socket_loop(C, S) ->
    receive
        {send, N, From} ->
            ok = socket:send(C, binary:copy(<<"s">>, N)),
            {ok, _} = socket:recv(S, N, 5000),
            From ! sent,
            socket_loop(C, S)
    end.

socket_send(N) ->
    bt_sock_owner ! {send, N, self()},
    receive sent -> ok after 10000 -> timeout end.

closers(N) -> pairs(bt_closer, N).

close_all() ->
    bt_closer ! {close, self()},
    receive closed -> ok after 10000 -> timeout end.

blocked() ->
    Buf = [{sndbuf, 4096}, {recbuf, 4096}],
    {L, P} = listen(Buf),
    {C, S} = connect(L, P, Buf),
    gen_tcp:close(L),
    Unread = spawn(fun() -> register(bt_unread, self()), receive stop -> ok end end),
    ok = gen_tcp:controlling_process(S, Unread),
    Blob = binary:copy(<<"q">>, 65536),
    Sender = spawn(fun() -> register(bt_blocked, self()), receive go -> ok end, block_loop(C, Blob) end),
    ok = gen_tcp:controlling_process(C, Sender),
    Sender ! go,
    texts([C]).

block_loop(C, Blob) ->
    case gen_tcp:send(C, Blob) of
        ok -> block_loop(C, Blob);
        _ -> ok
    end.

dist_sink() ->
    register(bt_dist_sink, spawn(fun Loop() -> receive _ -> Loop() end end)),
    ok.

texts(Ports) ->
    list_to_atom(lists:flatten(lists:join(" ", [erlang:port_to_list(P) || P <- Ports]))).
)erl";

QStringList portTexts(const QString &printedAtom)
{
    QString s = printedAtom;
    s.remove(QLatin1Char('\''));
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestPorts : public QObject
{
    Q_OBJECT
private:
    struct Session
    {
        NodeClient node;
        AgentClient agent{&node};
        PortCollector ports{&agent};
        DistCollector dist{&agent};
    };

    // The next page of q, whatever its state; an empty page (and a failed check) when none comes.
    PortRanking nextPage(const PortQuery &q)
    {
        QSignalSpy pages(&m_session->ports, &PortCollector::pageReady);
        m_session->ports.fetch(q);
        if (!pages.wait(10000))
            return {};
        return pages.takeLast().first().value<PortRanking>();
    }

    // Asks until the answer is final for its query (complete and, in window mode, measured
    // over a window); the node ranks in the background meanwhile.
    bool finalPage(const PortQuery &q, PortRanking *out, int timeoutMs = 60000)
    {
        return QTest::qWaitFor(
            [&] {
                *out = nextPage(q);
                return out->isFinal();
            },
            timeoutMs);
    }

    static QString describe(const PortRanking &p)
    {
        QStringList rows;
        for (const PortRow &r : p.rows)
            rows << QStringLiteral("%1 %2 %3 rank %4 recv %5 send %6 queue %7%8")
                        .arg(r.idText, r.type, r.state)
                        .arg(r.rankValue)
                        .arg(r.recvOct)
                        .arg(r.sendOct)
                        .arg(r.queueSize)
                        .arg(r.gone ? QStringLiteral(" gone") : QString());
        return QStringLiteral("total %1, final %2: %3").arg(p.total).arg(p.isFinal()).arg(rows.join(QStringLiteral("; ")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_node.start());
        QVERIFY(m_node.loadModule(QString::fromLatin1(HelperSource)));
        m_session = std::make_unique<Session>();
        QSignalSpy ready(&m_session->agent, &AgentClient::ready);
        m_session->node.connectToNode(m_node.connectOptions());
        QVERIFY(ready.wait(15000));
        QCOMPARE(m_session->agent.mode(), AgentClient::Mode::Full);
        if (!m_session->agent.canRank("port"))
            QFAIL("the agent cannot rank ports");
        m_session->agent.setBudget(0.5); // a test need not wait on the 2 % default
    }

    void cleanupTestCase() { m_session.reset(); }

    // 2,000 quiet connections and one carrying ~10 MB/s: by I/O rate, its two ends come first.
    void heavyConnectionRanksFirstByIoRate()
    {
        QCOMPARE(m_node.evalInt(QStringLiteral("bt_ports_helper:pairs(bt_quiet, 2000)"), 120000), 4000);
        const QStringList heavy = portTexts(m_node.eval(QStringLiteral("bt_ports_helper:heavy()")));
        QCOMPARE(heavy.size(), 2);
        PortQuery q;
        q.sort = PortQuery::Sort::Io;
        q.mode = PortQuery::Mode::Window;
        q.limit = 10;
        q.intervalMs = 500;
        QSignalSpy failed(&m_session->ports, &Collector::failed);
        PortRanking page;
        QVERIFY2(finalPage(q, &page), qPrintable(describe(page)));
        QVERIFY2(page.total >= 4002, qPrintable(describe(page)));
        QVERIFY2(page.rows.size() >= 3, qPrintable(describe(page)));
        const QSet<QString> top{page.rows[0].idText, page.rows[1].idText};
        QVERIFY2(top == QSet<QString>(heavy.begin(), heavy.end()), qPrintable(heavy.join(QLatin1Char(' ')) + QLatin1String(" / ") + describe(page)));
        // The rate it ranked by: about 10 MB/s each way, far above the quiet ones (1 MB/s leaves
        // room for a loaded machine).
        QVERIFY2(page.rows[0].rankValue > 1000000 && page.rows[1].rankValue > 1000000, qPrintable(describe(page)));
        QVERIFY2(page.rows[2].rankValue < page.rows[1].rankValue / 10, qPrintable(describe(page)));
        for (const PortRow &r : std::as_const(page.rows).mid(0, 2)) {
            QCOMPARE(r.type, QStringLiteral("tcp"));
            QCOMPARE(r.name, QStringLiteral("tcp_inet"));
            QVERIFY2(r.local.startsWith(QLatin1String("127.0.0.1:")) && r.peer.startsWith(QLatin1String("127.0.0.1:")),
                     qPrintable(r.local + QLatin1Char(' ') + r.peer));
            QVERIFY(r.state.contains(QLatin1String("connected")));
        }
        // The sender's end sends, the sink's end receives.
        const PortRow &sender = page.rows[0].idText == heavy[0] ? page.rows[0] : page.rows[1];
        const PortRow &sink = page.rows[0].idText == heavy[0] ? page.rows[1] : page.rows[0];
        QVERIFY2(sender.sendOct > 1000000 && sink.recvOct > 1000000, qPrintable(describe(page)));
        QCOMPARE(sender.ownerName.atomName(), QStringLiteral("bt_heavy"));
        QCOMPARE(sink.ownerName.atomName(), QStringLiteral("bt_heavy_sink"));
        QCOMPARE(failed.count(), 0);
        qInfo("heavy connection: %.1f and %.1f MB/s, next %lld B/s, among %lld ports", page.rows[0].rankValue / 1e6,
              page.rows[1].rankValue / 1e6, page.rows[2].rankValue, page.total);
        // Leave the node quiet for the rest.
        m_node.eval(QStringLiteral("bt_heavy ! stop, ok"));
    }

    // Sockets of the socket module are rows of type socket, with byte and packet counters that
    // move as the socket is used.
    void socketModuleSocketsAreListedWithCounters()
    {
        QCOMPARE(m_node.eval(QStringLiteral("bt_ports_helper:socket_pair()")), QStringLiteral("ok"));
        PortQuery q;
        q.type = QStringLiteral("socket");
        q.filter = QStringLiteral("bt_sock_owner");
        q.intervalMs = 250;
        PortRanking page;
        QVERIFY2(finalPage(q, &page), qPrintable(describe(page)));
        QCOMPARE(page.rows.size(), 3); // listening, connecting, accepted
        int listening = 0;
        for (const PortRow &r : std::as_const(page.rows)) {
            QCOMPARE(r.type, QStringLiteral("socket"));
            QCOMPARE(r.name, QStringLiteral("inet/stream/tcp"));
            QVERIFY2(r.idText.startsWith(QLatin1String("#Socket<")), qPrintable(r.idText));
            QVERIFY(r.id.isTaggedTuple("$socket", 2));
            QCOMPARE(r.ownerName.atomName(), QStringLiteral("bt_sock_owner"));
            QVERIFY(r.local.startsWith(QLatin1String("127.0.0.1:")));
            QVERIFY2(r.recvCnt >= 0 && r.sendCnt >= 0, qPrintable(describe(page))); // sockets count packets
            listening += r.state.contains(QLatin1String("listening"));
        }
        QCOMPARE(listening, 1);
        auto most = [](const PortRanking &p, qint64 PortRow::*field) {
            qint64 m = -1;
            for (const PortRow &r : p.rows)
                m = qMax(m, r.*field);
            return m;
        };
        QCOMPARE(m_node.eval(QStringLiteral("bt_ports_helper:socket_send(5000)")), QStringLiteral("ok"));
        QTRY_VERIFY_WITH_TIMEOUT((page = nextPage(q), most(page, &PortRow::sendOct) >= 5000 && most(page, &PortRow::recvOct) >= 5000),
                                 20000);
        const qint64 sent = most(page, &PortRow::sendOct), received = most(page, &PortRow::recvOct);
        const qint64 packets = most(page, &PortRow::sendCnt);
        QVERIFY2(packets >= 1, qPrintable(describe(page)));
        QCOMPARE(m_node.eval(QStringLiteral("bt_ports_helper:socket_send(7000)")), QStringLiteral("ok"));
        QTRY_VERIFY_WITH_TIMEOUT((page = nextPage(q), most(page, &PortRow::sendOct) >= sent + 7000
                                                          && most(page, &PortRow::recvOct) >= received + 7000),
                                 20000);
        QVERIFY2(most(page, &PortRow::sendCnt) > packets, qPrintable(describe(page)));
        // In the counts by type too.
        QSignalSpy types(&m_session->ports, &PortCollector::typesReady);
        m_session->ports.fetchTypes();
        QVERIFY(types.wait(10000));
        const auto counts = types.takeFirst().first().value<PortTypeCounts>();
        QVERIFY2(counts.count(QStringLiteral("socket")) >= 3 && counts.sockets >= 3, qPrintable(QString::number(counts.sockets)));
        QVERIFY(counts.count(QStringLiteral("tcp")) >= 4000);
    }

    // Ports that close between two pages come once as closed, with the figures last shown (the
    // table greys them), and have left the ranking by the next page; nothing fails.
    void portsClosedDuringAListingVanishWithoutAnError()
    {
        QCOMPARE(m_node.evalInt(QStringLiteral("bt_ports_helper:closers(300)"), 60000), 600);
        PortQuery q;
        q.filter = QStringLiteral("bt_closer");
        q.limit = 200;
        q.offset = 100;
        q.intervalMs = 60000; // no new sweep between the pages: the closing is found by reading
        QSignalSpy failed(&m_session->ports, &Collector::failed);
        PortRanking before;
        QVERIFY2(finalPage(q, &before), qPrintable(describe(before)));
        QCOMPARE(before.total, 600);
        QCOMPARE(before.rows.size(), 200);
        for (const PortRow &r : std::as_const(before.rows))
            QVERIFY(!r.closed());
        PortTableModel model;
        model.setRanking(q.sort, q.mode, q.type, q.filter);
        QVERIFY(model.applyPage(before));
        QCOMPARE(model.rowCount(), 600);
        QVERIFY(!model.index(100, 0).data(PortTableModel::ClosedRole).toBool());

        QCOMPARE(m_node.eval(QStringLiteral("bt_ports_helper:close_all()")), QStringLiteral("ok"));
        const PortRanking during = nextPage(q);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(during.rows.size(), before.rows.size());
        for (int i = 0; i < during.rows.size(); ++i) {
            const PortRow &r = during.rows[i];
            QVERIFY2(r.gone && r.closed(), qPrintable(describe(during)));
            // Shown with what it last had, not as zeros or blanks.
            QVERIFY(r.hasValues());
            QVERIFY(r.seenAt.isValid());
            QCOMPARE(r.type, QStringLiteral("tcp"));
            QVERIFY(r.local.startsWith(QLatin1String("127.0.0.1:")));
        }
        QSet<QString> wasShown;
        for (const PortRow &r : std::as_const(before.rows))
            wasShown.insert(r.idText);
        for (const PortRow &r : std::as_const(during.rows))
            QVERIFY(wasShown.contains(r.idText));
        QVERIFY(model.applyPage(during));
        for (int row = 100; row < 300; ++row) {
            const QModelIndex id = model.index(row, PortTableModel::Id);
            QVERIFY2(model.isLoaded(row) && id.data(PortTableModel::ClosedRole).toBool(), qPrintable(QString::number(row)));
            QVERIFY(wasShown.contains(id.data(PortTableModel::IdTextRole).toString()));
            QVERIFY(model.index(row, PortTableModel::State).data().toString().startsWith(QLatin1String("closed")));
        }

        // Then they leave: the closed ports read in that page are out of the next ones, and the
        // next sweep (asked for with a fresher interval) finds none of the others.
        qInfo("closed between two pages: %d rows came as closed", int(during.rows.size()));
        PortRanking after = nextPage(q);
        QVERIFY2(after.total <= 400, qPrintable(describe(after)));
        for (const PortRow &r : std::as_const(after.rows))
            QVERIFY2(!wasShown.contains(r.idText), qPrintable(describe(after)));
        q.intervalMs = 250;
        q.offset = 0;
        QTRY_VERIFY_WITH_TIMEOUT((after = nextPage(q), after.isFinal() && after.total == 0 && after.rows.isEmpty()), 30000);
        QCOMPARE(failed.count(), 0);
        model.setRanking(q.sort, q.mode, q.type, q.filter);
        QVERIFY(model.applyPage(after));
        QCOMPARE(model.rowCount(), 0);
    }

    // A sender whose peer does not read: its port's queue holds bytes, and it ranks first by
    // queue size.
    void blockedSenderShowsItsQueue()
    {
        const QStringList blocked = portTexts(m_node.eval(QStringLiteral("bt_ports_helper:blocked()")));
        QCOMPARE(blocked.size(), 1);
        PortQuery q;
        q.sort = PortQuery::Sort::QueueSize;
        q.filter = QStringLiteral("bt_blocked");
        q.intervalMs = 250;
        PortRanking page;
        QTRY_VERIFY_WITH_TIMEOUT((page = nextPage(q), page.isFinal() && page.rows.size() == 1 && page.rows.first().queueSize > 0), 30000);
        QCOMPARE(page.rows.first().idText, blocked.first());
        QCOMPARE(page.rows.first().ownerName.atomName(), QStringLiteral("bt_blocked"));
        // Across every port of the node, it is the one with a queue.
        q.filter.clear();
        q.limit = 5;
        QTRY_VERIFY_WITH_TIMEOUT((page = nextPage(q), page.isFinal() && !page.rows.isEmpty() && page.rows.first().idText == blocked.first()),
                                 30000);
        QVERIFY2(page.rows.first().queueSize > 0, qPrintable(describe(page)));
        QCOMPARE(double(page.rows.first().queueSize), page.shownValue(page.rows.first()));
        qInfo("blocked sender's queue: %lld bytes", page.rows.first().queueSize);
    }

    // A second node sending to this one is listed, as a visible node, with its traffic per
    // second; Beamtop's own connection is the hidden one marked as its own.
    void distributionListsASecondNodeWithItsTraffic()
    {
        TestNode other;
        QVERIFY(other.start());
        QCOMPARE(m_node.eval(QStringLiteral("bt_ports_helper:dist_sink()")), QStringLiteral("ok"));
        const QString main = m_node.nodeName();
        QCOMPARE(other.eval(QStringLiteral("erlang:set_cookie('%1', '%2'), net_kernel:connect_node('%1')")
                                .arg(main, QString::fromLatin1(m_node.cookie()))),
                 QStringLiteral("true"));
        // About 1 MB/s towards the node under test.
        QCOMPARE(other.eval(QStringLiteral("B = binary:copy(<<\"d\">>, 100000), "
                                           "spawn(fun L() -> {bt_dist_sink, '%1'} ! B, receive after 100 -> L() end end), ok")
                                .arg(main)),
                 QStringLiteral("ok"));
        QSignalSpy samples(&m_session->dist, &DistCollector::sampleReady);
        QSignalSpy failed(&m_session->dist, &Collector::failed);
        const DistNode *peer = nullptr;
        DistSample s;
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_session->dist.fetch();
                if (!samples.wait(10000))
                    return false;
                s = samples.takeLast().first().value<DistSample>();
                peer = s.find(other.nodeName());
                return peer && peer->recvPerS > 0 && peer->recvOct > 300000; // a few messages in
            },
            30000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(s.thisNode, main);
        QVERIFY(s.netTicktime > 0);
        QVERIFY(s.busyLimit > 0);
        QVERIFY(!peer->hidden);
        QVERIFY(!peer->own);
        QVERIFY2(!peer->address.isEmpty(), qPrintable(peer->address));
        QVERIFY2(peer->recvOct > 100000, qPrintable(QString::number(peer->recvOct)));
        QVERIFY(peer->sendOct >= 0);
        QVERIFY(peer->inMsgs > 0);
        QVERIFY(peer->queueSize >= 0);
        int own = 0;
        for (const DistNode &n : s.nodes) {
            if (n.own) {
                ++own;
                QVERIFY(n.hidden);
            }
        }
        QCOMPARE(own, 1);
        qInfo("second node: %.0f B/s received, %lld bytes in all", peer->recvPerS, peer->recvOct);
        other.kill();
    }

private:
    TestNode m_node;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestPorts)
#include "tst_ports.moc"
