// SPDX-License-Identifier: GPL-3.0-or-later
// A node in trouble, part two: every scheduler busy (data comes late, and the session says so),
// and replies no healthy node sends — a frame announcing 2 GiB, a term nested a million deep.
// Each bad reply fails its own request with a sentence; the connection, the session and the
// node carry on, and the node is left as it was.
#include "node/nodeclient.h"
#include "session/nodesession.h"
#include "term/termcodec.h"
#include "testnode.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <memory>
#include <thread>
#include <utility>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

// How long every scheduler stays busy (TestNode::loadSchedulerHog): past the session's 2 s
// "late" mark with room to spare, and under the 6 s a system sample may take before it times
// out (5 s on the node + 1 s).
constexpr int StallMs = 4000;

// What Beamtop may leave changed on a node: its modules (current or old code), its processes,
// its registered name, and the scheduler_wall_time flag it turns on.
QString nodeState(TestNode &node)
{
    return node.eval(QStringLiteral(
        "{[M || M <- erlang:loaded(), lists:prefix(\"beamtop\", atom_to_list(M))], "
        " erlang:check_old_code(beamtop_agent_v2), whereis(beamtop_agent_v2), "
        " [P || P <- processes(), case process_info(P, current_function) of "
        "   {current_function, {M, _, _}} -> lists:prefix(\"beamtop\", atom_to_list(M)); _ -> false end], "
        " erlang:statistics(scheduler_wall_time) =/= undefined}"));
}

// A term nested `depth` deep in one-element tuples, in the external format with its version
// byte: {{{...{0}...}}}. Two bytes a level: a million levels is 2 MB, well under the reply cap.
QByteArray deepTuple(int depth)
{
    QByteArray out;
    out.reserve(1 + 2 * depth + 2);
    out.append(char(tag::Version));
    for (int i = 0; i < depth; ++i)
        out.append(char(tag::SmallTuple)).append(char(1));
    out.append(char(tag::SmallInteger)).append(char(0));
    return out;
}

// Kilobytes of the test process's peak virtual size and peak resident set (/proc/self/status).
qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

struct Call
{
    bool done = false;
    CallResult result;
};

std::shared_ptr<Call> call(NodeClient &c, const QString &m, const QString &f, const QVector<Term> &args,
                           int timeoutMs = 10000)
{
    auto out = std::make_shared<Call>();
    c.call(m, f, args, timeoutMs, nullptr, [out](const CallResult &r) {
        out->done = true;
        out->result = r;
    });
    return out;
}

// Enough of an Erlang node for one C-node connection: the distribution handshake (the form
// libei asks for, 5 or 6) and answers to rpc calls sent to rex. chaos:huge is answered with a
// frame announcing 2 GiB, and carrying all of it, as a real node would send a 2 GiB reply;
// chaos:deep with a term nested a million deep; anything else with {echo, Function}. Plain
// blocking sockets in a thread of its own, so the test's event loop stays free.
class FakePeer
{
public:
    static constexpr quint32 HugeFrame = 0x80000000u; // 2 GiB: past what an int holds

    explicit FakePeer(QByteArray cookie) : m_cookie(std::move(cookie))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
            || ::listen(m_listen, 1) != 0 || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return;
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~FakePeer()
    {
        m_stop = true;
        ::shutdown(m_listen, SHUT_RDWR);
        if (m_conn >= 0)
            ::shutdown(m_conn, SHUT_RDWR);
        if (m_thread.joinable())
            m_thread.join();
        if (m_conn >= 0)
            ::close(m_conn);
        if (m_listen >= 0)
            ::close(m_listen);
    }
    FakePeer(const FakePeer &) = delete;
    FakePeer &operator=(const FakePeer &) = delete;

    quint16 port() const { return m_port; }
    qint64 hugeBytesSent() const { return m_hugeSent.load(); }
    int callsAnswered() const { return m_answered.load(); }

private:
    bool readFull(char *buf, size_t n)
    {
        size_t got = 0;
        while (got < n && !m_stop) {
            const ssize_t r = ::recv(m_conn, buf + got, n - got, 0);
            if (r <= 0)
                return false;
            got += size_t(r);
        }
        return got == n;
    }
    bool writeFull(const char *buf, size_t n)
    {
        size_t done = 0;
        while (done < n && !m_stop) {
            const ssize_t w = ::send(m_conn, buf + done, n - done, MSG_NOSIGNAL);
            if (w <= 0)
                return false;
            done += size_t(w);
        }
        return done == n;
    }
    static void put16(QByteArray &b, quint16 v) { b.append(char(v >> 8)).append(char(v)); }
    static void put32(QByteArray &b, quint32 v) { put16(b, quint16(v >> 16)); put16(b, quint16(v)); }
    static quint32 get32(const char *p)
    {
        const auto *u = reinterpret_cast<const uchar *>(p);
        return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | u[3];
    }
    bool readPacket16(QByteArray *out)
    {
        char len[2];
        if (!readFull(len, 2))
            return false;
        out->resize((uchar(len[0]) << 8) | uchar(len[1]));
        return readFull(out->data(), size_t(out->size()));
    }
    bool writePacket16(const QByteArray &body)
    {
        QByteArray b;
        put16(b, quint16(body.size()));
        b.append(body);
        return writeFull(b.constData(), size_t(b.size()));
    }
    QByteArray digest(quint32 challenge) const
    {
        return QCryptographicHash::hash(QByteArray(m_cookie).append(QByteArray::number(challenge)), QCryptographicHash::Md5);
    }

    bool handshake()
    {
        QByteArray name;
        if (!readPacket16(&name) || name.isEmpty())
            return false;
        const bool v6 = name.at(0) == 'N';
        if (!writePacket16(QByteArrayLiteral("sok")))
            return false;
        const quint32 challenge = 0x5eed1234;
        const QByteArray self = QByteArrayLiteral("chaos@127.0.0.1");
        QByteArray ch;
        if (v6) { // 'N' Flags:8 Creation:4 NLen:2 Name — answered with the same flags
            ch.append('N').append(name.mid(1, 8));
            put32(ch, challenge);
            put32(ch, 7); // creation
            put16(ch, quint16(self.size()));
        } else { // 'n' Version:2 Flags:4 Name
            ch.append('n');
            put16(ch, 5);
            ch.append(name.mid(3, 4));
            put32(ch, challenge);
        }
        ch.append(self);
        if (!writePacket16(ch))
            return false;
        QByteArray reply; // 'r' Challenge:4 Digest:16
        if (!readPacket16(&reply) || reply.size() != 21 || reply.at(0) != 'r' || reply.mid(5) != digest(challenge))
            return false;
        return writePacket16(QByteArray("a").append(digest(get32(reply.constData() + 1))));
    }

    bool sendFrame(const Term &control, const QByteArray &message)
    {
        QByteArray body("p");
        TermEncoder::encode(control, &body, true);
        body += message;
        QByteArray frame;
        put32(frame, quint32(body.size()));
        frame.append(body);
        return writeFull(frame.constData(), size_t(frame.size()));
    }

    bool sendHuge(const Term &to)
    {
        QByteArray head("p");
        TermEncoder::encode(Term::tuple({Term::integer(2), Term::atom(""), to}), &head, true);
        head.append(char(tag::Version)).append(char(tag::SmallTuple)).append(char(2));
        head.append(char(tag::SmallAtomUtf8)).append(char(3)).append("rex");
        head.append(char(tag::Binary));
        const quint32 binary = HugeFrame - quint32(head.size()) - 4;
        put32(head, binary);
        QByteArray frame;
        put32(frame, HugeFrame);
        frame += head;
        if (!writeFull(frame.constData(), size_t(frame.size())))
            return false;
        m_hugeSent = frame.size();
        const QByteArray zeros(1 << 20, '\0');
        for (qint64 left = binary; left > 0;) {
            const qint64 n = qMin<qint64>(left, zeros.size());
            if (!writeFull(zeros.constData(), size_t(n)))
                return false;
            left -= n;
            m_hugeSent += n;
        }
        return true;
    }

    void run()
    {
        m_conn = ::accept(m_listen, nullptr, nullptr);
        if (m_conn < 0 || !handshake())
            return;
        while (!m_stop) {
            char len[4];
            if (!readFull(len, 4))
                return;
            const quint32 n = get32(len);
            if (n == 0)
                continue; // a tick
            QByteArray frame(int(n), Qt::Uninitialized);
            if (!readFull(frame.data(), n) || frame.at(0) != 'p')
                return;
            int index = 1;
            const Term control = TermDecoder().decode(frame.constData(), frame.size(), &index, true);
            const Term message = TermDecoder().decode(frame.constData(), frame.size(), &index, true);
            // {REG_SEND, From, _, rex} with {From, {call, M, F, Args, user}}
            if (!control.isTuple() || control.at(0).toInt() != 6 || !message.isTuple(2))
                continue;
            const Term from = message.at(0);
            const Term request = message.at(1);
            const QString module = request.at(1).atomName();
            const QString function = request.at(2).atomName();
            const Term toFrom = Term::tuple({Term::integer(2), Term::atom(""), from});
            bool ok = true;
            if (module == QLatin1String("chaos") && function == QLatin1String("huge")) {
                ok = sendHuge(from);
            } else if (module == QLatin1String("chaos") && function == QLatin1String("deep")) {
                QByteArray reply; // {rex, Deep}
                reply.append(char(tag::Version)).append(char(tag::SmallTuple)).append(char(2));
                reply.append(char(tag::SmallAtomUtf8)).append(char(3)).append("rex");
                ok = sendFrame(toFrom, reply + deepTuple(1000000).mid(1));
            } else if (module == QLatin1String("net_kernel")) {
                ok = sendFrame(toFrom, TermEncoder::encode(Term::tuple({Term::atom("rex"), Term::integer(60)})));
            } else {
                ok = sendFrame(toFrom, TermEncoder::encode(Term::tuple(
                                           {Term::atom("rex"), Term::tuple({Term::atom("echo"), Term::atom(function)})})));
            }
            if (!ok)
                return;
            ++m_answered;
        }
    }

    QByteArray m_cookie;
    int m_listen = -1;
    std::atomic<int> m_conn{-1}; // set by the peer's thread, shut down by the test's
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_hugeSent{0};
    std::atomic<int> m_answered{0};
};

} // namespace

class TestChaosOverload : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        registerBackendMetaTypes();
        TestNode::Options o;
        o.extraArgs << QStringLiteral("+S") << QStringLiteral("2:2"); // "every scheduler" is two
        m_node = std::make_unique<TestNode>(o);
        QVERIFY(m_node->start());
        QVERIFY(m_node->loadSchedulerHog());
        m_before = nodeState(*m_node);
        QVERIFY2(m_before.startsWith(QLatin1String("{[],false,undefined,[],")), qPrintable(m_before));
    }

    void cleanupTestCase() { m_node.reset(); }

    // Every scheduler busy for 4 s: the sample asked for waits, the session says the data is
    // late (and how late) while the link stays up, the sample then comes, and the session is
    // on time again. Detaching leaves the node as it was.
    void busySchedulersMakeDataLate()
    {
        auto *client = new NodeClient;
        client->connectToNode(m_node->connectOptions());
        NodeSession session(client, AgentClient::Options{});
        session.setRefreshIntervalMs(500);
        QSignalSpy samples(&session, &NodeSession::sampleReady);
        QSignalSpy late(&session, &NodeSession::lateChanged);
        QSignalSpy lost(&session, &NodeSession::linkLost);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), NodeSession::State::Live, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(samples.count() >= 2, 10000);
        QVERIFY(!session.isLate());
        QCOMPARE(session.lateForMs(), qint64(0));
        QCOMPARE(late.count(), 0);

        // Asked over the session's own link, not the node's control channel: its answer may
        // be held up by the stall itself, and the test's event loop must keep running.
        bool stallStarted = false;
        client->call(QStringLiteral("bt_hog"), QStringLiteral("stall"), {Term::integer(StallMs)}, 30000, this,
                     [&stallStarted](const CallResult &r) { stallStarted = r.ok() && r.value.atomName() == QLatin1String("ok"); });
        QTRY_VERIFY_WITH_TIMEOUT(stallStarted, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session.isLate(), StallMs + 5000);
        const int samplesWhenLate = int(samples.count());
        QVERIFY(late.count() >= 1);
        QVERIFY(late.first().first().toLongLong() >= session.lateAfterMs());
        // Late, not lost: the link is up and what is on screen is not stale.
        QCOMPARE(session.state(), NodeSession::State::Live);
        QVERIFY(!session.isStale());
        QVERIFY(session.lastSample().has_value());

        // The node is free again: the sample it owed comes, and the session is on time.
        QTRY_VERIFY_WITH_TIMEOUT(samples.count() > samplesWhenLate, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isLate(), 5000);
        QCOMPARE(late.last().first().toLongLong(), 0);
        QCOMPARE(session.state(), NodeSession::State::Live);
        QCOMPARE(lost.count(), 0);
        // And it goes on coming.
        const int after = int(samples.count());
        QTRY_VERIFY_WITH_TIMEOUT(samples.count() > after, 10000);

        QSignalSpy closed(&session, &NodeSession::closed);
        session.close();
        QVERIFY(closed.count() > 0 || closed.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(nodeState(*m_node), m_before, 15000);
    }

    // The same stall under `beamtop-cli top --watch`: stderr says the data is late, and then that
    // the node answers again; stdout carries only the documents, and they keep coming.
    void busySchedulersSaidByTheCli()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cookieFile = m_node->writeCookieFile(dir.path());
        QProcess cli;
        cli.start(QStringLiteral(BEAMTOP_CLI_PATH),
                  {QStringLiteral("--node"), m_node->nodeName(), QStringLiteral("--cookie-file"), cookieFile,
                   QStringLiteral("top"), QStringLiteral("--watch"), QStringLiteral("--interval"), QStringLiteral("500"),
                   QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(cli.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return cli.canReadLine(); }, 30000));

        NodeClient c;
        QSignalSpy connected(&c, &NodeClient::connected);
        c.connectToNode(m_node->connectOptions());
        QVERIFY(connected.wait(15000));
        auto stall = call(c, QStringLiteral("bt_hog"), QStringLiteral("stall"), {Term::integer(StallMs)}, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(stall->done && stall->result.ok(), 10000);
        QByteArray err;
        QVERIFY(QTest::qWaitFor([&] { err += cli.readAllStandardError(); return err.contains("Data is late"); }, StallMs + 10000));
        QVERIFY2(err.contains("the node has not answered for"), err.constData());
        QVERIFY(QTest::qWaitFor([&] { err += cli.readAllStandardError(); return err.contains("The node answers again."); }, 20000));
        // Documents still come after the stall, each a whole JSON line.
        cli.readAllStandardOutput();
        QVERIFY(QTest::qWaitFor([&] { return cli.canReadLine(); }, 10000));
        const QByteArray line = cli.readLine();
        QVERIFY2(line.startsWith('{'), line.constData());
        QVERIFY(cli.state() == QProcess::Running);
        cli.terminate();
        QVERIFY(cli.waitForFinished(15000));
        c.disconnectFromNode();
        QTRY_COMPARE_WITH_TIMEOUT(nodeState(*m_node), m_before, 15000);
    }

    // A real node answers with a term nested a million deep: the decoder's depth limit refuses
    // it, that call fails with a sentence, and the next call on the same connection answers.
    void deepTermFromRealNodeFailsOnlyItsCall()
    {
        NodeClient c;
        QSignalSpy connected(&c, &NodeClient::connected);
        QSignalSpy lost(&c, &NodeClient::connectionLost);
        c.connectToNode(m_node->connectOptions());
        QVERIFY(connected.wait(15000));
        auto deep = call(c, QStringLiteral("erlang"), QStringLiteral("binary_to_term"),
                         {Term::binary(deepTuple(1000000))}, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(deep->done, 35000);
        QCOMPARE(deep->result.status, CallResult::Status::DecodeError);
        QVERIFY2(deep->result.message.contains(QLatin1String("nested deeper than")), qPrintable(deep->result.message));
        auto next = call(c, QStringLiteral("erlang"), QStringLiteral("node"), {});
        QTRY_VERIFY_WITH_TIMEOUT(next->done, 10000);
        QVERIFY2(next->result.ok(), qPrintable(next->result.message));
        QCOMPARE(next->result.value.atomName(), m_node->nodeName());
        QVERIFY(c.isConnected());
        QCOMPARE(lost.count(), 0);
    }

    // A peer answers with a frame announcing 2 GiB (and sends all of it), then with a term
    // nested a million deep. Each call fails with a sentence, the connection skips what it
    // cannot take and answers the calls after it, and the 2 GiB are never held in memory.
    void hugeFrameAndDeepTermFromPeer()
    {
        const QByteArray cookie = TestNode::randomToken(16).toLatin1();
        FakePeer peer(cookie);
        QVERIFY(peer.port() != 0);
        ConnectOptions o;
        o.node = QStringLiteral("chaos@127.0.0.1");
        o.cookie = cookie;
        o.distPort = peer.port();
        o.autoReconnect = false;
        NodeClient c;
        QSignalSpy connected(&c, &NodeClient::connected);
        QSignalSpy failed(&c, &NodeClient::connectFailed);
        QSignalSpy lost(&c, &NodeClient::connectionLost);
        c.connectToNode(o);
        QVERIFY(connected.wait(15000));
        QCOMPARE(failed.count(), 0);

        const qint64 peakVmBefore = procStatusKb("VmPeak");
        const qint64 peakRssBefore = procStatusKb("VmHWM");
        QVERIFY(peakVmBefore > 0 && peakRssBefore > 0);
        auto huge = call(c, QStringLiteral("chaos"), QStringLiteral("huge"), {}, 60000);
        auto afterHuge = call(c, QStringLiteral("chaos"), QStringLiteral("after_huge"), {}, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(huge->done, 60000);
        QCOMPARE(huge->result.status, CallResult::Status::TooLarge);
        // It says what came and what the limit is.
        QVERIFY2(huge->result.message.contains(QLocale().toString(2048) + QStringLiteral(" MiB"))
                     && huge->result.message.contains(QLatin1String("limit")),
                 qPrintable(huge->result.message));
        // The call behind it waited for the frame to go by, and is answered.
        QTRY_VERIFY_WITH_TIMEOUT(afterHuge->done, 60000);
        QVERIFY2(afterHuge->result.ok(), qPrintable(afterHuge->result.message));
        QCOMPARE(afterHuge->result.value.at(1).atomName(), QStringLiteral("after_huge"));
        QCOMPARE(peer.hugeBytesSent(), qint64(FakePeer::HugeFrame) + 4);
        // Skipped in small pieces: neither the address space nor the resident set grew by
        // anything near the 2 GiB announced (a buffer for it would show in VmPeak even if
        // never touched).
        QVERIFY2(procStatusKb("VmPeak") - peakVmBefore < (512 << 10),
                 qPrintable(QStringLiteral("VmPeak %1 -> %2 kB").arg(peakVmBefore).arg(procStatusKb("VmPeak"))));
        QVERIFY2(procStatusKb("VmHWM") - peakRssBefore < (128 << 10),
                 qPrintable(QStringLiteral("VmHWM %1 -> %2 kB").arg(peakRssBefore).arg(procStatusKb("VmHWM"))));

        auto deep = call(c, QStringLiteral("chaos"), QStringLiteral("deep"), {});
        auto afterDeep = call(c, QStringLiteral("chaos"), QStringLiteral("after_deep"), {});
        QTRY_VERIFY_WITH_TIMEOUT(deep->done && afterDeep->done, 20000);
        QCOMPARE(deep->result.status, CallResult::Status::DecodeError);
        QVERIFY2(deep->result.message.contains(QLatin1String("nested deeper than")), qPrintable(deep->result.message));
        QVERIFY2(afterDeep->result.ok(), qPrintable(afterDeep->result.message));
        QCOMPARE(afterDeep->result.value.at(1).atomName(), QStringLiteral("after_deep"));

        QVERIFY(c.isConnected());
        QCOMPARE(lost.count(), 0);
        QCOMPARE(peer.callsAnswered(), 1 + 4); // the tick time, then the four calls
    }

private:
    std::unique_ptr<TestNode> m_node;
    QString m_before; // the node's Beamtop-related state before any session
};

QTEST_GUILESS_MAIN(TestChaosOverload)
#include "tst_chaos_overload.moc"
