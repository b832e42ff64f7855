// SPDX-License-Identifier: GPL-3.0-or-later
// beamtop-cli ports and the snapshot's ports section on a real node with a few TCP connections
// (one of them carrying megabytes), UDP ports and a socket of the socket module: the busy
// connection comes first by I/O, --type keeps one type, the text and CSV forms say the same,
// the snapshot counts ports by type, and without the agent the command says why. And the
// collector itself: rates between refreshes, a closed port shown with its last figures, the
// counts by type.
#include "agent/agentclient.h"
#include "collect/portcollector.h"
#include "node/nodeclient.h"
#include "clirun.h"
#include "testnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace beamtop;
using beamtop::test::CliRun;
using beamtop::test::runCli;
using beamtop::test::TestNode;

namespace {
constexpr qint64 BusyBytes = 8 << 20; // more than any other port carries (the agent's load included)

// One process on the node holds everything: a TCP listener with three connections (the first
// sends BusyBytes to its peer, the others 100 bytes), two UDP ports and a socket module UDP
// socket. It answers with the busy client's local port number and keeps them until told.
const char *const Setup = R"erl(
Parent = self(),
Holder = spawn(fun() ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}}]),
    {ok, LPort} = inet:port(L),
    Conns = [begin
                 {ok, C} = gen_tcp:connect({127,0,0,1}, LPort, [binary, {active, false}]),
                 {ok, A} = gen_tcp:accept(L),
                 {C, A}
             end || _ <- lists:seq(1, 3)],
    [{BusyC, BusyA} | Quiet] = Conns,
    Me = self(),
    spawn(fun() -> Drain = fun Drain(0) -> ok; Drain(N) -> {ok, B} = gen_tcp:recv(BusyA, 0), Drain(N - byte_size(B)) end,
                   Drain(BUSY), Me ! drained end),
    Chunk = binary:copy(<<"x">>, 65536),
    [ok = gen_tcp:send(BusyC, Chunk) || _ <- lists:seq(1, BUSY div 65536)],
    receive drained -> ok after 30000 -> exit(not_drained) end,
    [begin ok = gen_tcp:send(C, binary:copy(<<"q">>, 100)), {ok, _} = gen_tcp:recv(A, 100) end || {C, A} <- Quiet],
    {ok, U1} = gen_udp:open(0, [{ip, {127,0,0,1}}]),
    {ok, U2} = gen_udp:open(0, [{ip, {127,0,0,1}}]),
    Sock = case catch socket:open(inet, dgram, udp) of {ok, S} -> S; _ -> none end,
    {ok, {_, BusyPort}} = inet:sockname(BusyC),
    Parent ! {ready, self(), BusyPort},
    receive stop -> [gen_udp:close(U) || U <- [U1, U2]], Sock end
end),
receive {ready, Holder, P} -> register(bt_ports_holder, Holder), P after 40000 -> timeout end
)erl";
} // namespace

class TestPortsCli : public QObject
{
    Q_OBJECT
private:
    using Run = CliRun;

    Run cli(const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("--node"), m_node->nodeName(), QStringLiteral("--cookie-file"), m_cookieFile} + args,
                      30000);
    }

    static QJsonObject parse(const QByteArray &text)
    {
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(text, &e).object();
        return e.error == QJsonParseError::NoError ? o : QJsonObject();
    }

    // Each command loads its own agent: the next must not find the previous one's.
    void waitForAgentGone() { QTRY_COMPARE_WITH_TIMEOUT(m_node->traceLeft(), QStringLiteral("clean"), 15000); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_node = std::make_unique<TestNode>();
        QVERIFY(m_node->start());
        m_cookieFile = m_node->writeCookieFile(m_dir.path());
        const QString busy = m_node->eval(QString::fromLatin1(Setup).replace(QLatin1String("BUSY"), QString::number(BusyBytes)), 60000);
        bool ok = false;
        m_busyPort = busy.toInt(&ok);
        QVERIFY2(ok && m_busyPort > 0, qPrintable(busy));
        m_hasSocket = m_node->eval(QStringLiteral("length(socket:which_sockets())")).toInt() > 0;
    }

    void cleanupTestCase()
    {
        if (m_node)
            m_node->stop();
    }

    void cleanup() { waitForAgentGone(); }

    // The connection that carried megabytes comes first (both its ends), by bytes in and out.
    void busyFirstByIo()
    {
        const Run r = cli({QStringLiteral("ports"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--count"),
                           QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());
        const QJsonObject doc = parse(r.out);
        QCOMPARE(doc.value(QStringLiteral("sort")).toString(), QStringLiteral("io"));
        QVERIFY(doc.value(QStringLiteral("count")).toDouble() >= 7); // listener, 6 ends, UDP...
        QVERIFY(doc.contains(QStringLiteral("partial")));
        const QJsonArray rows = doc.value(QStringLiteral("ports")).toArray();
        QVERIFY(rows.size() >= 7);
        const QString busy = QLatin1Char(':') + QString::number(m_busyPort);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject row = rows.at(i).toObject();
            QCOMPARE(row.value(QStringLiteral("type")).toString(), QStringLiteral("tcp"));
            QVERIFY2(row.value(QStringLiteral("local")).toString().endsWith(busy)
                         || row.value(QStringLiteral("peer")).toString().endsWith(busy),
                     QJsonDocument(row).toJson().constData());
            QVERIFY(row.value(QStringLiteral("recv_oct")).toDouble() + row.value(QStringLiteral("send_oct")).toDouble() >= BusyBytes);
            QVERIFY(row.value(QStringLiteral("id")).toString().startsWith(QLatin1String("#Port<")));
            QVERIFY(row.value(QStringLiteral("owner")).isString());
        }
        // Rows are in order of what they show.
        double previous = -1;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const double io = row.value(QStringLiteral("recv_oct")).toDouble() + row.value(QStringLiteral("send_oct")).toDouble();
            if (previous >= 0)
                QVERIFY(io <= previous);
            previous = io;
        }
    }

    // --type keeps one type; the rest of the ranking is not shown.
    void typeUdpOnly()
    {
        const Run r = cli({QStringLiteral("ports"), QStringLiteral("--type"), QStringLiteral("udp"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = parse(r.out);
        QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("udp"));
        const QJsonArray rows = doc.value(QStringLiteral("ports")).toArray();
        QVERIFY(rows.size() >= 2);
        for (const QJsonValue &v : rows)
            QCOMPARE(v.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("udp"));
        QVERIFY(rows.first().toObject().value(QStringLiteral("local")).toString().startsWith(QLatin1String("127.0.0.1:")));
    }

    // A socket of the socket module is listed as one, with its #Socket<...> id.
    void socketType()
    {
        if (!m_hasSocket)
            QSKIP("this node opened no socket module socket");
        const Run r = cli({QStringLiteral("ports"), QStringLiteral("--type"), QStringLiteral("socket"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray rows = parse(r.out).value(QStringLiteral("ports")).toArray();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &v : rows) {
            QCOMPARE(v.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("socket"));
            QVERIFY(v.toObject().value(QStringLiteral("id")).toString().startsWith(QLatin1String("#Socket<")));
            QVERIFY(v.toObject().value(QStringLiteral("queue_size")).isNull()); // unknown for sockets, not 0
        }
    }

    // The text for people and the CSV carry the same busy connection first.
    void textAndCsv()
    {
        const Run text = cli({QStringLiteral("ports"), QStringLiteral("--type"), QStringLiteral("tcp"), QStringLiteral("--count"),
                              QStringLiteral("3")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 6, text.out.constData()); // title, ranking line, header, 3 rows
        QVERIFY2(lines.at(0).contains(QLatin1String("tcp ports")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(2).startsWith(QLatin1String("ID")));
        QVERIFY2(lines.at(3).contains(QLatin1String("MiB")), qPrintable(lines.at(3))); // formatted for people
        QVERIFY(lines.at(3).contains(QString::number(m_busyPort)));

        waitForAgentGone();
        const Run csv = cli({QStringLiteral("ports"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--count"),
                             QStringLiteral("2")});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const QList<QByteArray> csvLines = csv.out.trimmed().split('\n');
        QCOMPARE(csvLines.size(), 3);
        QVERIFY(csvLines.at(0).startsWith("id,type,name,owner,local,peer,state,recv_oct,send_oct"));
        QVERIFY(csvLines.at(1).contains(QByteArray::number(m_busyPort)));
    }

    void badOptions()
    {
        QCOMPARE(cli({QStringLiteral("ports"), QStringLiteral("--type"), QStringLiteral("pipe")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("ports"), QStringLiteral("--sort"), QStringLiteral("bytes")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("ports"), QStringLiteral("--count"), QStringLiteral("0")}).exitCode, 2);
    }

    // The snapshot counts ports by type and lists the busiest.
    void snapshotSection()
    {
        const Run r = cli({QStringLiteral("snapshot"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject ports = parse(r.out).value(QStringLiteral("ports")).toObject();
        QVERIFY2(ports.value(QStringLiteral("available")).toBool(), r.out.constData());
        const QJsonObject counts = ports.value(QStringLiteral("counts")).toObject();
        QVERIFY2(counts.value(QStringLiteral("tcp")).toDouble() >= 7, r.out.constData()); // listener, 6 ends, Beamtop's link
        QVERIFY(counts.value(QStringLiteral("udp")).toDouble() >= 2);
        QVERIFY(ports.value(QStringLiteral("ports")).toDouble() >= 9);
        QCOMPARE(ports.value(QStringLiteral("total")).toDouble(),
                 ports.value(QStringLiteral("ports")).toDouble() + ports.value(QStringLiteral("sockets")).toDouble());
        QCOMPARE(ports.value(QStringLiteral("sort")).toString(), QStringLiteral("io"));
        QVERIFY(ports.contains(QStringLiteral("coverage")));
        const QJsonArray top = ports.value(QStringLiteral("top")).toArray();
        QVERIFY(!top.isEmpty() && top.size() <= 20);
        const QString busy = QLatin1Char(':') + QString::number(m_busyPort);
        const QJsonObject first = top.first().toObject();
        QVERIFY(first.value(QStringLiteral("local")).toString().endsWith(busy) || first.value(QStringLiteral("peer")).toString().endsWith(busy));

        // For people: the counts on a line.
        waitForAgentGone();
        const Run text = cli({QStringLiteral("snapshot"), QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("Top ports") && text.out.contains(" tcp"), text.out.constData());
    }

    // Without the agent there is no port ranking: a sentence and RemoteError, and the snapshot
    // says the section is unavailable rather than failing.
    void reducedMode()
    {
        const Run r = cli({QStringLiteral("--no-agent"), QStringLiteral("ports")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("agent"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        const Run snap = cli({QStringLiteral("--no-agent"), QStringLiteral("snapshot"), QStringLiteral("--format"),
                              QStringLiteral("json")});
        QVERIFY2(snap.exitCode == 0, snap.err.constData());
        const QJsonObject ports = parse(snap.out).value(QStringLiteral("ports")).toObject();
        QCOMPARE(ports.value(QStringLiteral("available")).toBool(true), false);
        QVERIFY(!ports.value(QStringLiteral("error")).toString().isEmpty());
    }

    // A pinned connection: its send rate after it sent, then, once closed, its last figures.
    void collectorRatesAndClosedPort()
    {
        const QString port = m_node->eval(QStringLiteral(
            "Parent = self(), "
            "Pump = spawn(fun() -> "
            "  {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}}]), {ok, LP} = inet:port(L), "
            "  {ok, C} = gen_tcp:connect({127,0,0,1}, LP, [binary, {active, false}]), {ok, A} = gen_tcp:accept(L), "
            "  {ok, {_, CP}} = inet:sockname(C), Parent ! {pump, CP}, "
            "  Loop = fun Loop() -> receive "
            "    {send, N, From} -> ok = gen_tcp:send(C, binary:copy(<<\"p\">>, N)), {ok, _} = gen_tcp:recv(A, N), From ! sent, Loop(); "
            "    {close, From} -> gen_tcp:close(C), From ! closed, Loop() end end, "
            "  Loop() end), "
            "register(bt_ports_pump, Pump), "
            "receive {pump, P} -> P after 10000 -> timeout end"));
        QVERIFY2(port.toInt() > 0, qPrintable(port));

        NodeClient node;
        AgentClient agent(&node);
        PortCollector ports(&agent);
        QSignalSpy ready(&agent, &AgentClient::ready);
        node.connectToNode(m_node->connectOptions());
        QVERIFY(ready.wait(15000));
        QCOMPARE(agent.mode(), AgentClient::Mode::Full);
        QSignalSpy pages(&ports, &PortCollector::pageReady);
        QSignalSpy types(&ports, &PortCollector::typesReady);
        auto next = [&](const PortQuery &q) {
            ports.fetch(q);
            return pages.wait(10000) ? pages.takeLast().first().value<PortRanking>() : PortRanking();
        };

        // Found by its address (the filter is matched on the node), then pinned.
        PortQuery find;
        find.type = QStringLiteral("tcp");
        find.filter = QStringLiteral("127.0.0.1:") + port + QStringLiteral(" ");
        PortRanking page;
        QTRY_VERIFY_WITH_TIMEOUT((page = next(find)).rankingComplete, 10000);
        const auto client = std::find_if(page.rows.cbegin(), page.rows.cend(), [&](const PortRow &r) {
            return r.local.endsWith(QLatin1Char(':') + port);
        });
        QVERIFY(client != page.rows.cend());
        PortQuery pinned;
        pinned.limit = 0;
        pinned.pinned = {client->id};

        const PortRanking before = next(pinned);
        QCOMPARE(before.pinned.size(), 1);
        QVERIFY(before.hasNodeTime);
        QCOMPARE(m_node->eval(QStringLiteral("bt_ports_pump ! {send, 1000000, self()}, receive sent -> ok after 10000 -> timeout end")),
                 QStringLiteral("ok"));
        const PortRanking after = next(pinned);
        QCOMPARE(after.pinned.size(), 1);
        const PortRow &sent = after.pinned.first();
        QCOMPARE(sent.sendOct - before.pinned.first().sendOct, 1000000);
        QVERIFY2(sent.sendPerS > 0, qPrintable(QString::number(sent.sendPerS)));
        QCOMPARE(sent.recvPerS, 0.0);

        QCOMPARE(m_node->eval(QStringLiteral("bt_ports_pump ! {close, self()}, receive closed -> ok after 10000 -> timeout end")),
                 QStringLiteral("ok"));
        const PortRanking closed = next(pinned);
        QCOMPARE(closed.pinned.size(), 1);
        const PortRow &gone = closed.pinned.first();
        QVERIFY(gone.gone);
        QVERIFY(gone.closed());
        QVERIFY(gone.hasValues()); // shown open before: its last figures, not zeros
        QCOMPARE(gone.sendOct, sent.sendOct);
        QCOMPARE(gone.local, sent.local);
        QCOMPARE(gone.seenAt, after.receivedAt);
        QCOMPARE(gone.idText, sent.idText);

        // The counts by type come with the tick's refresh.
        ports.setQuery(pinned);
        ports.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!types.isEmpty(), 10000);
        const PortTypeCounts counts = types.last().first().value<PortTypeCounts>();
        QVERIFY(counts.count(QStringLiteral("tcp")) >= 7);
        QVERIFY(counts.count(QStringLiteral("udp")) >= 2);
        QVERIFY(counts.ports >= counts.count(QStringLiteral("tcp")));
        m_node->eval(QStringLiteral("exit(whereis(bt_ports_pump), kill)"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestNode> m_node;
    QString m_cookieFile;
    int m_busyPort = 0;
    bool m_hasSocket = false;
};

QTEST_GUILESS_MAIN(TestPortsCli)
#include "tst_portscli.moc"
