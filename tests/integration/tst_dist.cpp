// SPDX-License-Identifier: GPL-3.0-or-later
// The distribution reading and a port's details on real nodes. Two nodes with the same cookie
// are connected to each other and Beamtop to the first: the reading lists the second node
// (type normal, its address as the second node itself sees its end, counters that rise by what
// the test sends over the link) and Beamtop's own hidden connection, marked own. A TCP socket's
// details carry its statistics and options, the options the node itself cannot read marked
// unsupported; a `socket` module socket's details its counters and options. Closing a port is
// refused on a read-only session and works on a writable one, as the node itself says. And the
// CLI's `dist` and `port` print the same things.
#include "collect/distcollector.h"
#include "collect/portinspector.h"
#include "session/nodesession.h"
#include "clirun.h"
#include "testnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {
constexpr int TickTime = 20; // not the default, so the reading's net_ticktime is the node's own
constexpr qint64 Payload = 1000000;

const DistNode *findNode(const DistSample &s, const QString &node)
{
    return s.find(node);
}
} // namespace

class TestDist : public QObject
{
    Q_OBJECT
private:
    std::optional<DistSample> readDist()
    {
        DistCollector *c = m_session->distribution();
        QSignalSpy ok(c, &DistCollector::sampleReady);
        QSignalSpy failed(c, &DistCollector::failed);
        c->fetch();
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 15000) || ok.isEmpty()) {
            if (!failed.isEmpty())
                qWarning() << failed.first().first().toString();
            return std::nullopt;
        }
        return ok.first().first().value<DistSample>();
    }

    std::optional<PortDetails> details(const QString &text)
    {
        PortInspector *in = m_session->portInspector();
        QSignalSpy ready(in, &PortInspector::detailsReady);
        QSignalSpy failed(in, &PortInspector::failed);
        in->fetchDetailsByText(text);
        if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 15000) || ready.isEmpty()) {
            if (!failed.isEmpty())
                qWarning() << failed.first().at(1).toString();
            return std::nullopt;
        }
        if (ready.first().first().value<Term>() != Term::binary(text.toUtf8()))
            return std::nullopt; // the reply must carry what was asked
        return ready.first().at(1).value<PortDetails>();
    }

    // closeDone's (ok, message) for id.
    std::optional<std::pair<bool, QString>> closePort(const Term &id)
    {
        PortInspector *in = m_session->portInspector();
        QSignalSpy done(in, &PortInspector::closeDone);
        in->close(id);
        if (!QTest::qWaitFor([&] { return done.count() > 0; }, 15000))
            return std::nullopt;
        if (done.first().first().value<Term>() != id)
            return std::nullopt;
        return std::make_pair(done.first().at(1).toBool(), done.first().at(2).toString());
    }

    // A connected TCP pair on the first node, owned by a process that outlives the eval, the
    // client end with nodelay and 5 bytes sent; kept as persistent terms Key_client and
    // Key_accepted. Returns the client end's id text.
    QString tcpPair(const QString &key)
    {
        return m_first->eval(QStringLiteral(
            "begin Self = self(), "
            "spawn(fun() -> {ok, L} = gen_tcp:listen(0, [binary, {ip, {127,0,0,1}}, {active, false}]), "
            "  {ok, P} = inet:port(L), "
            "  {ok, C} = gen_tcp:connect({127,0,0,1}, P, [binary, {active, false}, {nodelay, true}]), "
            "  {ok, A} = gen_tcp:accept(L), ok = gen_tcp:send(C, <<\"hello\">>), "
            "  persistent_term:put(%1_client, C), persistent_term:put(%1_accepted, A), "
            "  Self ! {client, C}, receive stop -> ok end end), "
            "receive {client, C} -> C after 5000 -> timeout end end").arg(key));
    }

    QStringList connection() const
    {
        return {QStringLiteral("--node"), m_first->nodeName(), QStringLiteral("--cookie-file"), m_cookieFile};
    }

    static QByteArray runCli(const QStringList &args, int *exitCode, bool expectFailure = false)
    {
        const test::CliRun r = test::runCli(args, 30000);
        *exitCode = r.exitCode;
        if (r.exitCode != 0 && !expectFailure)
            qWarning() << r.err;
        return r.out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestNode::Options a;
        a.tickTime = TickTime;
        m_first = std::make_unique<TestNode>(a);
        QVERIFY(m_first->start());
        TestNode::Options b;
        b.cookie = m_first->cookie();
        b.tickTime = TickTime; // nodes refuse to connect with very different tick times
        m_second = std::make_unique<TestNode>(b);
        QVERIFY(m_second->start());
        QCOMPARE(m_second->eval(QStringLiteral("net_kernel:connect_node('%1')").arg(m_first->nodeName())),
                 QStringLiteral("true"));
        m_cookieFile = m_first->writeCookieFile(m_dir.path());

        auto *client = new NodeClient;
        client->connectToNode(m_first->connectOptions());
        m_session = std::make_unique<NodeSession>(client, AgentClient::Options{});
        m_session->setPaused(true); // the test asks for each reading itself
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), NodeSession::State::Live, 20000);
        QVERIFY(m_session->isReadOnly());
    }

    void cleanupTestCase()
    {
        if (m_session) {
            QSignalSpy closed(m_session.get(), &NodeSession::closed);
            m_session->close();
            QVERIFY(closed.wait(10000) || closed.count() > 0);
            m_session.reset();
        }
        if (m_first)
            QTRY_COMPARE_WITH_TIMEOUT(m_first->traceLeft(), QStringLiteral("clean"), 15000);
    }

    void listsTheOtherNodeAndBeamtopsOwnLink()
    {
        const std::optional<DistSample> s = readDist();
        QVERIFY(s);
        QCOMPARE(s->thisNode, m_first->nodeName());
        QCOMPARE(s->netTicktime, TickTime);
        QCOMPARE(s->busyLimit, m_first->evalInt(QStringLiteral("erlang:system_info(dist_buf_busy_limit)")));

        const DistNode *second = findNode(*s, m_second->nodeName());
        QVERIFY2(second, "the second node is listed");
        QVERIFY(!second->hidden);
        QVERIFY(!second->own);
        QVERIFY(!second->busy());
        QCOMPARE(second->queueSize >= 0, true);
        // Its address is the second node's end of the link, as the second node sees it.
        const qint64 port = m_second->evalInt(QStringLiteral("begin {_, C} = lists:keyfind('%1', 1, erlang:system_info(dist_ctrl)), "
                                                             "{ok, {_, P}} = inet:sockname(C), P end")
                                                  .arg(m_first->nodeName()));
        QVERIFY(port > 0);
        QVERIFY2(second->address.endsWith(QStringLiteral(":%1").arg(port)), qPrintable(second->address));

        // Exactly one own link: Beamtop's hidden C node.
        int own = 0;
        for (const DistNode &n : s->nodes) {
            if (!n.own)
                continue;
            ++own;
            QCOMPARE(n.node, m_session->client()->info().selfNode);
            QVERIFY(n.hidden);
        }
        QCOMPARE(own, 1);
    }

    void countersRiseWithWhatIsSent()
    {
        std::optional<DistSample> before = readDist();
        QVERIFY(before);
        const DistNode *b0 = findNode(*before, m_second->nodeName());
        QVERIFY(b0 && b0->recvOct >= 0 && b0->sendOct >= 0);
        const qint64 recv0 = b0->recvOct, send0 = b0->sendOct;

        // A megabyte each way over the link, done when the call returns: the argument to the
        // first node, the result back to the second.
        QCOMPARE(m_second->eval(QStringLiteral("rpc:call('%1', erlang, byte_size, [binary:copy(<<7>>, %2)])")
                                    .arg(m_first->nodeName())
                                    .arg(Payload)),
                 QString::number(Payload));
        QCOMPARE(m_second->eval(QStringLiteral("byte_size(rpc:call('%1', binary, copy, [<<7>>, %2]))")
                                    .arg(m_first->nodeName())
                                    .arg(Payload)),
                 QString::number(Payload));

        std::optional<DistSample> after = readDist();
        QVERIFY(after);
        const DistNode *b1 = findNode(*after, m_second->nodeName());
        QVERIFY(b1);
        QVERIFY2(b1->recvOct - recv0 >= Payload, qPrintable(QString::number(b1->recvOct - recv0)));
        QVERIFY2(b1->sendOct - send0 >= Payload, qPrintable(QString::number(b1->sendOct - send0)));
        // Heard from since the previous reading.
        QCOMPARE(b1->quietMs, 0);
        // Rates between readings at least DistCollector::MinRateSpanMs apart on the node's
        // clock: the first reading that far from `before` measures the megabytes sent since.
        double recvPerS = -1, sendPerS = -1;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     std::optional<DistSample> s = readDist();
                                     const DistNode *n = s ? findNode(*s, m_second->nodeName()) : nullptr;
                                     if (n) {
                                         recvPerS = n->recvPerS;
                                         sendPerS = n->sendPerS;
                                     }
                                     return recvPerS >= 0 && sendPerS >= 0;
                                 }()),
                                 10000);
        QVERIFY(recvPerS > 0);
        QVERIFY(sendPerS > 0);
    }

    void tcpSocketDetailsHaveStatsAndOptions()
    {
        const QString port = tcpPair(QStringLiteral("bt_details"));
        QVERIFY2(port.startsWith(QLatin1String("#Port<")), qPrintable(port));
        const std::optional<PortDetails> d = details(port);
        QVERIFY(d);
        QVERIFY(d->alive);
        QCOMPARE(d->idText, port);
        QCOMPARE(d->type, QStringLiteral("tcp"));
        QVERIFY2(d->state.contains(QLatin1String("connected")), qPrintable(d->state));
        QVERIFY(d->owner.isPid());
        QVERIFY(d->local.startsWith(QLatin1String("127.0.0.1:")));
        QVERIFY(d->peer.startsWith(QLatin1String("127.0.0.1:")));
        QVERIFY(!d->info.isEmpty());
        QCOMPARE(d->infoValue(QStringLiteral("connected")), d->owner);

        // Asked by the id a row carries, the reply comes under that id.
        {
            PortInspector *in = m_session->portInspector();
            QSignalSpy ready(in, &PortInspector::detailsReady);
            in->fetchDetails(d->id);
            QVERIFY(ready.wait(15000) || ready.count() > 0);
            QCOMPARE(ready.first().first().value<Term>(), d->id);
            const PortDetails again = ready.first().at(1).value<PortDetails>();
            QVERIFY(again.alive);
            QCOMPARE(again.idText, port);
        }

        // Statistics: the 5 bytes sent.
        qint64 sendOct = -1;
        for (const auto &kv : d->stats)
            if (kv.first == QLatin1String("send_oct"))
                sendOct = kv.second;
        QCOMPARE(sendOct, 5);

        // Options: nodelay as set; the ones the node itself cannot read marked unsupported
        // (and only those), none failed.
        QSet<QString> unsupported;
        QStringList names;
        for (const PortDetails::Option &o : d->options) {
            names << o.name;
            QVERIFY2(o.status != PortDetails::Option::Status::Error, qPrintable(o.name));
            if (o.status == PortDetails::Option::Status::Unsupported)
                unsupported.insert(o.name);
            if (o.name == QLatin1String("nodelay")) {
                QCOMPARE(o.status, PortDetails::Option::Status::Ok);
                QCOMPARE(o.value, Term::atom("true"));
            }
        }
        QVERIFY(names.contains(QStringLiteral("nodelay")));
        const QString own = m_first->eval(
            QStringLiteral("[O || O <- [%1], case inet:getopts(persistent_term:get(bt_details_client), [O]) of "
                           "{ok, [_]} -> false; _ -> true end]")
                .arg(names.join(QLatin1Char(','))));
        QStringList nodeSays = own.mid(1, own.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QVERIFY2(!nodeSays.isEmpty(), "some option of a TCP socket is unsupported (e.g. ipv6_v6only on IPv4)");
        QCOMPARE(unsupported, QSet<QString>(nodeSays.begin(), nodeSays.end()));
    }

    void socketModuleSocketDetails()
    {
        const QString text = m_first->eval(QStringLiteral(
            "begin Self = self(), "
            "spawn(fun() -> {ok, S} = socket:open(inet, stream, tcp), "
            "  ok = socket:bind(S, #{family => inet, addr => {127,0,0,1}, port => 0}), ok = socket:listen(S), "
            "  Self ! {sock, S}, receive stop -> ok end end), "
            "receive {sock, {'$socket', R}} -> \"#Ref\" ++ Rest = erlang:ref_to_list(R), "
            "  list_to_atom(\"#Socket\" ++ Rest) after 5000 -> timeout end end"));
        QVERIFY2(text.startsWith(QLatin1String("'#Socket<")), qPrintable(text));
        const QString id = text.mid(1, text.size() - 2);
        const std::optional<PortDetails> d = details(id);
        QVERIFY(d);
        QVERIFY(d->alive);
        QVERIFY(d->isSocket());
        QCOMPARE(d->type, QStringLiteral("socket"));
        QCOMPARE(d->name, QStringLiteral("inet/stream/tcp"));
        QVERIFY(d->local.startsWith(QLatin1String("127.0.0.1:")));
        bool readByte = false;
        for (const auto &kv : d->stats)
            readByte = readByte || kv.first == QLatin1String("read_byte");
        QVERIFY(readByte);
        bool rcvbuf = false;
        for (const PortDetails::Option &o : d->options)
            rcvbuf = rcvbuf || (o.name == QLatin1String("socket:rcvbuf") && o.status == PortDetails::Option::Status::Ok);
        QVERIFY(rcvbuf);
    }

    void unknownPortIsGoneNotAnError()
    {
        const std::optional<PortDetails> d = details(QStringLiteral("#Port<0.99999>"));
        QVERIFY(d);
        QVERIFY(!d->alive);
        QCOMPARE(d->idText, QStringLiteral("#Port<0.99999>"));
    }

    void closeIsRefusedReadOnlyAndWorksWritable()
    {
        QVERIFY(tcpPair(QStringLiteral("bt_close")).startsWith(QLatin1String("#Port<")));
        const QString port = m_first->eval(QStringLiteral("persistent_term:get(bt_close_accepted)"));
        QVERIFY(port.startsWith(QLatin1String("#Port<")));
        const std::optional<PortDetails> d = details(port);
        QVERIFY(d && d->alive);
        const Term id = d->id;

        QVERIFY(m_session->isReadOnly());
        const auto refused = closePort(id);
        QVERIFY(refused);
        QCOMPARE(refused->first, false);
        QVERIFY(!refused->second.isEmpty());
        QCOMPARE(m_first->eval(QStringLiteral("erlang:port_info(persistent_term:get(bt_close_accepted)) =/= undefined")),
                 QStringLiteral("true"));

        m_session->setReadOnly(false);
        QVERIFY(!m_session->portInspector()->readOnly()); // the session's choice reaches the inspector
        const auto closed = closePort(id);
        m_session->setReadOnly(true);
        QVERIFY(closed);
        QVERIFY2(closed->first, qPrintable(closed->second));
        QCOMPARE(m_first->eval(QStringLiteral("erlang:port_info(persistent_term:get(bt_close_accepted))")), QStringLiteral("undefined"));

        // Closed already: not alive, said so.
        m_session->setReadOnly(false);
        const auto again = closePort(id);
        m_session->setReadOnly(true);
        QVERIFY(again);
        QCOMPARE(again->first, false);
        QVERIFY(!again->second.isEmpty());
    }

    void samplerSeesBytesAndTheClose()
    {
        const QString port = tcpPair(QStringLiteral("bt_sample"));
        QVERIFY(port.startsWith(QLatin1String("#Port<")));
        const std::optional<PortDetails> d = details(port);
        QVERIFY(d && d->alive);
        QObject subscriber;
        PortSampler *sampler = m_session->samplePort(d->id, &subscriber);
        QSignalSpy sampled(sampler, &PortSampler::sampled);
        QSignalSpy closed(sampler, &PortSampler::closed);
        sampler->fetch();
        QVERIFY(sampled.wait(15000) || sampled.count() > 0);
        const PortSample first = sampled.first().first().value<PortSample>();
        QCOMPARE(first.sendOct, 5);
        QCOMPARE(first.recvPerS, -1.0); // one sample: no rate yet
        QCOMPARE(m_first->eval(QStringLiteral("gen_tcp:send(persistent_term:get(bt_sample_client), binary:copy(<<1>>, 1000))")),
                 QStringLiteral("ok"));
        // Two reads can fall within one millisecond on the node: no interval, no rate. The
        // first sample stays the base then, so the first rate covers the 1000 bytes.
        PortSample second;
        for (int i = 0; i < 50 && second.sendPerS < 0; ++i) {
            const int n = int(sampled.count());
            sampler->fetch();
            QTRY_COMPARE_WITH_TIMEOUT(int(sampled.count()), n + 1, 15000);
            second = sampled.last().first().value<PortSample>();
            QCOMPARE(second.sendOct, 1005);
        }
        QVERIFY(second.sendPerS > 0);
        const int samples = int(sampled.count());

        QCOMPARE(m_first->eval(QStringLiteral("gen_tcp:close(persistent_term:get(bt_sample_client))")), QStringLiteral("ok"));
        sampler->fetch();
        QVERIFY(closed.wait(15000) || closed.count() > 0);
        QCOMPARE(closed.count(), 1);
        sampler->fetch(); // nothing more once closed: no request goes out
        QVERIFY(!sampler->isBusy());
        QCOMPARE(int(sampled.count()), samples);
        m_session->releaseSampler(sampler);
    }

    void cliDistAndPort()
    {
        int rc = -1;
        const QByteArray json = runCli(connection() + QStringList{QStringLiteral("dist"), QStringLiteral("--format"), QStringLiteral("json")}, &rc);
        QCOMPARE(rc, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json).object();
        const QJsonObject dist = doc.value(QStringLiteral("distribution")).toObject();
        QCOMPARE(dist.value(QStringLiteral("net_ticktime")).toInt(), TickTime);
        bool second = false, own = false;
        for (const QJsonValue &v : dist.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject n = v.toObject();
            if (n.value(QStringLiteral("node")).toString() == m_second->nodeName()) {
                second = true;
                QCOMPARE(n.value(QStringLiteral("type")).toString(), QStringLiteral("normal"));
                // The second reading has rates (zero or more, not unknown).
                QVERIFY(n.value(QStringLiteral("recv_per_s")).isDouble());
            }
            own = own || n.value(QStringLiteral("own")).toBool();
        }
        QVERIFY2(second && own, json.constData());

        const QString text = QString::fromUtf8(runCli(connection() + QStringList{QStringLiteral("dist")}, &rc));
        QCOMPARE(rc, 0);
        QVERIFY2(text.contains(m_second->nodeName()) && text.contains(QLatin1String("(Beamtop)")), qPrintable(text));

        // A port the CLI can read: the second node's link, a TCP port with options.
        const QString ctrl = m_first->eval(QStringLiteral("element(2, lists:keyfind('%1', 1, erlang:system_info(dist_ctrl)))")
                                               .arg(m_second->nodeName()));
        QVERIFY(ctrl.startsWith(QLatin1String("#Port<")));
        const QString portText = QString::fromUtf8(runCli(connection() + QStringList{QStringLiteral("port"), ctrl}, &rc));
        QCOMPARE(rc, 0);
        for (const char *section : {"Addresses", "Port info", "Statistics", "Options", "Links and monitors", "recv_oct", "nodelay"})
            QVERIFY2(portText.contains(QLatin1String(section)), section);
        QVERIFY2(portText.contains(QLatin1String("(unsupported)")), qPrintable(portText));

        runCli(connection() + QStringList{QStringLiteral("port"), QStringLiteral("99999")}, &rc, true);
        QCOMPARE(rc, 4); // RemoteError: no such port
    }

private:
    QTemporaryDir m_dir;
    QString m_cookieFile;
    std::unique_ptr<TestNode> m_first, m_second;
    std::unique_ptr<NodeSession> m_session;
};

QTEST_GUILESS_MAIN(TestDist)
#include "tst_dist.moc"
