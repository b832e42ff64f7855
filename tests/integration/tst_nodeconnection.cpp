// SPDX-License-Identifier: GPL-3.0-or-later
// The C node against real erl nodes: naming, every connect failure class, concurrent calls,
// timeouts, caps, dead links and reconnects.
#include "node/epmdclient.h"
#include "node/nodeclient.h"
#include "testnode.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

// A free TCP port on loopback (bound then released).
quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

struct Call
{
    bool done = false;
    CallResult result;
};

std::shared_ptr<Call> call(NodeClient &c, const QString &m, const QString &f, const QVector<Term> &args,
                           int timeoutMs = 5000)
{
    auto out = std::make_shared<Call>();
    c.call(m, f, args, timeoutMs, nullptr, [out](const CallResult &r) {
        out->done = true;
        out->result = r;
    });
    return out;
}

ConnectError connectExpectingFailure(const ConnectOptions &o)
{
    NodeClient c;
    QSignalSpy failed(&c, &NodeClient::connectFailed);
    QSignalSpy ok(&c, &NodeClient::connected);
    c.connectToNode(o);
    if (!QTest::qWaitFor([&] { return failed.count() > 0 || ok.count() > 0; }, 20000))
        return {ConnectError::Kind::None, QStringLiteral("no answer")};
    if (ok.count() > 0)
        return {ConnectError::Kind::None, QStringLiteral("connected")};
    return failed.first().first().value<ConnectError>();
}

} // namespace

class TestNodeConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_node.start());
        QVERIFY(m_node.loadHelper());
    }

    void connectsWithShortAndLongNames_data()
    {
        QTest::addColumn<bool>("longName");
        QTest::newRow("short") << false;
        QTest::newRow("long") << true;
    }
    void connectsWithShortAndLongNames()
    {
        QFETCH(bool, longName);
        TestNode::Options o;
        o.longName = longName;
        TestNode node(o);
        QVERIFY(node.start());
        NodeClient c;
        QSignalSpy connected(&c, &NodeClient::connected);
        c.connectToNode(node.connectOptions());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        const NodeInfo info = connected.first().first().value<NodeInfo>();
        QCOMPARE(info.node, node.nodeName());
        // We mirror the target's naming mode: a long-named node sees a dotted host for us.
        QCOMPARE(info.selfNode.section(QLatin1Char('@'), 1).contains(QLatin1Char('.')), longName);
        auto r = call(c, QStringLiteral("erlang"), QStringLiteral("node"), {});
        QTRY_VERIFY(r->done);
        QVERIFY2(r->result.ok(), qPrintable(r->result.message));
        QCOMPARE(r->result.value.atomName(), node.nodeName());
        // We are a hidden node: visible in nodes(hidden), not in nodes().
        QCOMPARE(node.eval(QStringLiteral("lists:member('%1', nodes(hidden))").arg(info.selfNode)),
                 QStringLiteral("true"));
        QCOMPARE(node.eval(QStringLiteral("nodes()")), QStringLiteral("[]"));
    }

    void freshNameAndCreationPerConnection()
    {
        NodeClient a, b;
        QSignalSpy ca(&a, &NodeClient::connected), cb(&b, &NodeClient::connected);
        a.connectToNode(m_node.connectOptions());
        b.connectToNode(m_node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(ca.count() == 1 && cb.count() == 1, 10000);
        QVERIFY(a.info().selfNode != b.info().selfNode);
        QVERIFY(a.info().selfPid.creation != b.info().selfPid.creation);
    }

    void wrongCookie()
    {
        ConnectOptions o = m_node.connectOptions();
        o.cookie = "definitely-not-the-cookie";
        const ConnectError e = connectExpectingFailure(o);
        QCOMPARE(e.kind, ConnectError::Kind::WrongCookie);
        QVERIFY(e.message.contains(QLatin1String("cookie")));
        QVERIFY2(!e.message.contains(QLatin1String("definitely-not-the-cookie")), "the cookie must never be shown");
    }

    void nodeNotRegistered()
    {
        ConnectOptions o = m_node.connectOptions();
        o.node = QStringLiteral("no_such_node_") + TestNode::randomToken(6) + QLatin1Char('@') + NodeName::localShortHost();
        const ConnectError e = connectExpectingFailure(o);
        QCOMPARE(e.kind, ConnectError::Kind::NodeNotFound);
        // The message names what EPMD does know, so the user can spot a typo.
        QVERIFY2(e.message.contains(m_node.aliveName()), qPrintable(e.message));
    }

    void epmdNotRunning()
    {
        ConnectOptions o = m_node.connectOptions();
        o.epmdPort = freePort();
        const ConnectError e = connectExpectingFailure(o);
        QCOMPARE(e.kind, ConnectError::Kind::EpmdNotRunning);
    }

    // A host no TCP connection can reach: its own class, at once, not a timeout nor "EPMD is
    // not running". A multicast address is unreachable for TCP on any host: the kernel answers
    // ENETUNREACH without sending a packet, whatever the routes (an unroutable unicast address
    // may time out instead, or be answered by a proxy). Once through EPMD (Qt's socket) and once
    // straight to a distribution port (libei's connect).
    void hostUnreachable_data()
    {
        QTest::addColumn<bool>("direct");
        QTest::newRow("through EPMD") << false;
        QTest::newRow("distribution port") << true;
    }
    void hostUnreachable()
    {
        QFETCH(bool, direct);
        const QString host = QStringLiteral("224.0.0.1");
        ConnectOptions o = m_node.connectOptions();
        o.node = QStringLiteral("app@") + host;
        if (direct)
            o.distPort = 4370;
        // Room for a timeout within connectExpectingFailure's bound: a misclassified failure
        // shows as "timeout", not as a test that waited.
        o.connectTimeoutMs = 15000;
        const ConnectError e = connectExpectingFailure(o);
        QVERIFY2(e.kind == ConnectError::Kind::HostUnreachable,
                 qPrintable(ConnectError::kindName(e.kind) + QLatin1String(": ") + e.message));
        QCOMPARE(ConnectError::kindName(e.kind), QStringLiteral("host_unreachable"));
        QVERIFY2(e.message.contains(host), qPrintable(e.message));
    }

    void hostUnknown()
    {
        ConnectOptions o = m_node.connectOptions();
        o.node = QStringLiteral("app@no-such-host.invalid");
        o.connectTimeoutMs = 8000;
        const ConnectError e = connectExpectingFailure(o);
        // Without any DNS server the lookup may not fail fast; either way it is bounded.
        QVERIFY2(e.kind == ConnectError::Kind::HostUnknown || e.kind == ConnectError::Kind::Timeout,
                 qPrintable(ConnectError::kindName(e.kind)));
    }

    void ipv6Refused()
    {
        ConnectOptions o = m_node.connectOptions();
        o.node = QStringLiteral("app@::1");
        const ConnectError e = connectExpectingFailure(o);
        QCOMPARE(e.kind, ConnectError::Kind::HostUnknown);
    }

    void invalidName()
    {
        ConnectOptions o = m_node.connectOptions();
        o.node = QStringLiteral("no-at-sign");
        QCOMPARE(connectExpectingFailure(o).kind, ConnectError::Kind::InvalidName);
    }

    void handshakeTimeout()
    {
        // A port that accepts connections and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectOptions o = m_node.connectOptions();
        o.distPort = silent.serverPort();
        o.connectTimeoutMs = 1500;
        QCOMPARE(connectExpectingFailure(o).kind, ConnectError::Kind::Timeout);
    }

    void epmdTimeout()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectOptions o = m_node.connectOptions();
        o.epmdPort = silent.serverPort();
        o.connectTimeoutMs = 1500;
        QCOMPARE(connectExpectingFailure(o).kind, ConnectError::Kind::Timeout);
    }

    void nameClash()
    {
        ConnectOptions o = m_node.connectOptions();
        o.aliveName = QStringLiteral("beamtop_fixed_") + TestNode::randomToken(4);
        NodeClient first;
        QSignalSpy ok(&first, &NodeClient::connected);
        first.connectToNode(o);
        QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 10000);
        QCOMPARE(connectExpectingFailure(o).kind, ConnectError::Kind::NameClash);
    }

    void directDistributionPort()
    {
        TestNode::Options to;
        to.distPort = freePort();
        TestNode node(to);
        QVERIFY(node.start());
        // A listener where EPMD would be asked, on every address the node's host may resolve
        // to: the connect succeeds and nothing ever knocks there.
        QTcpServer epmd;
        QVERIFY(epmd.listen(QHostAddress::Any, 0));
        QSignalSpy knocks(&epmd, &QTcpServer::newConnection);
        ConnectOptions o = node.connectOptions();
        o.distPort = to.distPort;
        o.epmdPort = epmd.serverPort();
        NodeClient c;
        QSignalSpy connected(&c, &NodeClient::connected);
        QSignalSpy failed(&c, &NodeClient::connectFailed);
        c.connectToNode(o);
        QTRY_VERIFY_WITH_TIMEOUT(connected.count() + failed.count() > 0, 10000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<ConnectError>().message));
        QCOMPARE(c.info().node, node.nodeName());
        QTest::qWait(200); // a connection made during the connect has been accepted by now
        QCOMPARE(knocks.count(), 0);
        QVERIFY(!epmd.hasPendingConnections());
    }

    void concurrentCallsMatchOutOfOrderReplies()
    {
        NodeClient c;
        QSignalSpy connected(&c, &NodeClient::connected);
        c.connectToNode(m_node.connectOptions());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        QVector<std::shared_ptr<Call>> calls;
        QVector<int> delays;
        for (int i = 0; i < 60; ++i) {
            const int delay = QRandomGenerator::global()->bounded(300);
            delays.append(delay);
            calls.append(call(c, QStringLiteral("bt_test_helper"), QStringLiteral("echo_after"),
                              {Term::integer(delay), Term::integer(i)}));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(calls.begin(), calls.end(), [](auto &x) { return x->done; }), 15000);
        for (int i = 0; i < calls.size(); ++i) {
            QVERIFY2(calls[i]->result.ok(), qPrintable(calls[i]->result.message));
            QCOMPARE(calls[i]->result.value.toInt(-1), qint64(i));
        }
    }

    void timedOutCallLeavesConnectionUsable()
    {
        NodeClient c;
        QSignalSpy connected(&c, &NodeClient::connected);
        c.connectToNode(m_node.connectOptions());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        QSignalSpy finished(&c, &NodeClient::callFinished);
        auto slow = call(c, QStringLiteral("bt_test_helper"), QStringLiteral("echo_after"),
                         {Term::integer(1500), Term::atom("late")}, 200);
        QTRY_VERIFY_WITH_TIMEOUT(slow->done, 5000);
        QCOMPARE(slow->result.status, CallResult::Status::Timeout);
        auto fast = call(c, QStringLiteral("erlang"), QStringLiteral("node"), {});
        QTRY_VERIFY(fast->done);
        QVERIFY(fast->result.ok());
        // The late reply arrives later and is dropped: no further callFinished, and the
        // connection keeps working after it.
        auto after = call(c, QStringLiteral("bt_test_helper"), QStringLiteral("echo_after"),
                          {Term::integer(1600), Term::atom("after")}, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(after->done, 5000);
        QVERIFY(after->result.ok());
        QCOMPARE(after->result.value.atomName(), QStringLiteral("after"));
        QCOMPARE(finished.count(), 3);
    }

    void oversizedReplyFailsOnlyItsRequest()
    {
        NodeClient c;
        QSignalSpy connected(&c, &NodeClient::connected);
        ConnectOptions o = m_node.connectOptions();
        o.maxReplyBytes = 1 << 20;
        c.connectToNode(o);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        auto big = call(c, QStringLiteral("bt_test_helper"), QStringLiteral("big_binary"), {Term::integer(2 << 20)});
        auto small = call(c, QStringLiteral("bt_test_helper"), QStringLiteral("big_binary"), {Term::integer(1000)});
        QTRY_VERIFY_WITH_TIMEOUT(big->done && small->done, 10000);
        QCOMPARE(big->result.status, CallResult::Status::TooLarge);
        QVERIFY(small->result.ok());
        QCOMPARE(small->result.value.bytes().size(), 1000);
        QVERIFY(c.isConnected());
    }

    void killedNodeDisconnectsAndReconnects()
    {
        TestNode node;
        QVERIFY(node.start());
        QVERIFY(node.loadHelper());
        NodeClient c;
        QSignalSpy connected(&c, &NodeClient::connected);
        QSignalSpy lost(&c, &NodeClient::connectionLost);
        ConnectOptions o = node.connectOptions();
        o.autoReconnect = true;
        c.connectToNode(o);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        auto pending = call(c, QStringLiteral("bt_test_helper"), QStringLiteral("echo_after"),
                            {Term::integer(10000), Term::atom("never")}, 30000);
        node.kill();
        QTRY_VERIFY_WITH_TIMEOUT(pending->done, 10000);
        QCOMPARE(pending->result.status, CallResult::Status::Disconnected);
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
        QCOMPARE(lost.first().at(1).toBool(), true); // it will try again
        QVERIFY(node.start());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 30000);
        auto r = call(c, QStringLiteral("erlang"), QStringLiteral("node"), {});
        QTRY_VERIFY(r->done);
        QVERIFY(r->result.ok());
        QVERIFY(c.info().generation > connected.first().first().value<NodeInfo>().generation);
    }

    void silenceMeansDeadLink()
    {
        TestNode::Options to;
        to.tickTime = 4;
        TestNode node(to);
        QVERIFY(node.start());
        NodeClient c;
        QSignalSpy connected(&c, &NodeClient::connected);
        QSignalSpy lost(&c, &NodeClient::connectionLost);
        c.connectToNode(node.connectOptions());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        QCOMPARE(c.info().tickTimeSeconds, 4);
        node.suspend(); // alive but silent: the socket stays open
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 15000);
        QVERIFY(lost.first().first().toString().contains(QLatin1String("tick")));
        node.resume();
    }

    void callWhileDisconnectedFailsAtOnce()
    {
        NodeClient c;
        auto r = call(c, QStringLiteral("erlang"), QStringLiteral("node"), {});
        QTRY_VERIFY(r->done);
        QCOMPARE(r->result.status, CallResult::Status::NotConnected);
    }

    void remoteErrorsComeBackAsValues()
    {
        NodeClient c;
        QSignalSpy connected(&c, &NodeClient::connected);
        c.connectToNode(m_node.connectOptions());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        auto r = call(c, QStringLiteral("no_such_module"), QStringLiteral("f"), {});
        QTRY_VERIFY(r->done);
        QCOMPARE(r->result.status, CallResult::Status::RemoteError);
        QVERIFY(c.isConnected());
    }

    void epmdNames()
    {
        EpmdClient epmd;
        QSignalSpy ready(&epmd, &EpmdClient::namesReady);
        QSignalSpy failed(&epmd, &EpmdClient::namesFailed);
        epmd.requestNames(QStringLiteral("localhost"), defaultEpmdPort(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() == 1, 5000);
        QCOMPARE(ready.count(), 1);
        const auto nodes = ready.first().at(1).value<QVector<EpmdNode>>();
        QVERIFY(std::any_of(nodes.begin(), nodes.end(), [&](const EpmdNode &n) { return n.name == m_node.aliveName(); }));

        epmd.requestNames(QStringLiteral("localhost"), freePort(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    }

private:
    TestNode m_node;
};

QTEST_GUILESS_MAIN(TestNodeConnection)
#include "tst_nodeconnection.moc"
