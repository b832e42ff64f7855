// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeconnection.h"

#include "eiruntime.h"
#include "epmdclient.h"
#include "tsanhandoff.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QUdpSocket>

#include <ei.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>

namespace beamtop {

namespace {


constexpr int SendTimeoutMs = 5000;
// Generous per-read bound once a frame has started arriving; a stall this long mid-frame
// leaves the stream out of sync, so it is treated as a lost link.
constexpr int FrameTimeoutMs = 10000;
constexpr int MaxFramesPerWakeup = 64;
// An oversized frame is skipped in chunks of this size, at most this many per wakeup, so the
// thread keeps serving its queue (timeouts, closes) while a huge frame goes by.
constexpr int SkipChunkBytes = 64 << 10;
constexpr int ControlHeaderBytes = 2048; // what libei reads for a frame's control message too
// Distribution control message types (erts "Distribution Protocol").
constexpr int DopSend = 2;
constexpr int DopSendTT = 12;
constexpr int InternalTimeoutMs = 5000;

std::atomic<unsigned> g_connectionCounter{0};

NodeId toNodeId(const erlang_pid &p)
{
    NodeId id;
    id.node = QByteArray(p.node);
    id.id = p.num;
    id.serial = p.serial;
    id.creation = p.creation;
    return id;
}

quint64 pidKey(unsigned num, unsigned serial)
{
    return (quint64(num) << 32) | serial;
}

unsigned freshCreation()
{
    // Creation tells replies of this connection from late replies of an earlier one with the
    // same name (libei restarts pid numbering per connection). Values below 4 are reserved.
    unsigned c;
    do {
        c = QRandomGenerator::global()->generate();
    } while (c < 4);
    return c;
}

QString uniqueAliveName()
{
    return QStringLiteral("beamtop_%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(++g_connectionCounter)
        .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
}

// The address this machine uses to reach the target, for naming ourselves in long-name mode.
QString localAddressFor(const QHostAddress &target)
{
    if (target.isLoopback())
        return QStringLiteral("127.0.0.1");
    QUdpSocket probe; // connect() on UDP only picks a route; nothing is sent
    probe.connectToHost(target, 9);
    if (probe.waitForConnected(100) && !probe.localAddress().isNull())
        return probe.localAddress().toString();
    return QStringLiteral("127.0.0.1");
}

} // namespace

quint16 defaultEpmdPort()
{
    bool ok = false;
    const uint p = qEnvironmentVariableIntValue("ERL_EPMD_PORT", &ok);
    return ok && p > 0 && p < 65536 ? quint16(p) : EpmdClient::DefaultPort;
}

struct NodeConnection::Ei
{
    ei_cnode ec;
    ei_x_buff rx;
    erlang_pid self;
    explicit Ei(int cap)
    {
        std::memset(&ec, 0, sizeof ec);
        std::memset(&self, 0, sizeof self);
        rx.buff = static_cast<char *>(std::malloc(size_t(cap)));
        rx.buffsz = rx.buff ? cap : 0;
        rx.index = 0;
    }
    ~Ei() { std::free(rx.buff); }
    Ei(const Ei &) = delete;
    Ei &operator=(const Ei &) = delete;
};

NodeConnection::NodeConnection(QObject *parent)
    : QObject(parent), m_watchdog(this), m_reconnectTimer(this) // parented: they move with us to the worker thread
{
    initEiRuntime();
    m_clock.start();
    m_watchdog.setInterval(100);
    connect(&m_watchdog, &QTimer::timeout, this, &NodeConnection::onWatchdog);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        setState(ConnectionState::Connecting);
        const ConnectError err = connectOnce();
        if (err.isError()) {
            setState(ConnectionState::Reconnecting);
            scheduleReconnect();
        } else {
            afterHandshake();
        }
    });
}

NodeConnection::~NodeConnection()
{
    closeSocket();
}

void NodeConnection::setState(ConnectionState s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void NodeConnection::open(const ConnectOptions &options)
{
    close();
    m_opts = options;
    m_everConnected = false;
    m_reconnectAttempt = 0;
    QString why;
    if (!NodeName::parse(options.node, &m_target, &why)) {
        emit connectFailed({ConnectError::Kind::InvalidName, why});
        return;
    }
    setState(ConnectionState::Connecting);
    const ConnectError err = connectOnce();
    if (err.isError()) {
        setState(ConnectionState::Disconnected);
        emit connectFailed(err);
        return;
    }
    afterHandshake();
}

void NodeConnection::close()
{
    m_reconnectTimer.stop();
    closeSocket();
    finishPending(tr("The connection was closed."), CallResult::Status::Disconnected);
    setState(ConnectionState::Disconnected);
}

ConnectError NodeConnection::resolve(const QString &host, QHostAddress *out, qint64 deadlineMs)
{
    QHostAddress literal;
    if (literal.setAddress(host)) {
        if (literal.protocol() != QAbstractSocket::IPv4Protocol)
            return {ConnectError::Kind::HostUnknown,
                    tr("'%1' is an IPv6 address; Erlang's C-node library only speaks IPv4.").arg(host)};
        *out = literal;
        return {};
    }
    // Resolve here, bounded, so libei's own resolver (which has no timeout) never runs.
    QEventLoop loop;
    QHostInfo result;
    bool done = false;
    const int lookupId = QHostInfo::lookupHost(host, &loop, [&](const QHostInfo &info) {
        result = info;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(int(qMax<qint64>(1, deadlineMs - m_clock.elapsed())), &loop, &QEventLoop::quit);
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done) {
        QHostInfo::abortHostLookup(lookupId);
        return {ConnectError::Kind::Timeout,
                tr("Looking up the host '%1' took too long. Check the name and your DNS.").arg(host)};
    }
    for (const QHostAddress &a : result.addresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol) {
            *out = a;
            return {};
        }
    }
    return {ConnectError::Kind::HostUnknown,
            tr("The host '%1' is unknown: it does not resolve to an IPv4 address. Check the part after '@'.").arg(host)};
}

ConnectError NodeConnection::connectOnce()
{
    const qint64 deadline = m_clock.elapsed() + qMax(100, m_opts.connectTimeoutMs);
    auto remaining = [&]() { return int(qMax<qint64>(1, deadline - m_clock.elapsed())); };

    if (m_opts.cookie.isEmpty())
        return {ConnectError::Kind::WrongCookie,
                tr("No cookie was given. Give the node's cookie (the contents of its .erlang.cookie).")};
    if (m_opts.cookie.size() > 512 || m_opts.cookie.contains('\0'))
        return {ConnectError::Kind::WrongCookie, tr("The cookie is not valid (too long or contains a NUL byte).")};

    ConnectError err = resolve(m_target.host, &m_targetAddress, deadline);
    if (err.isError())
        return err;

    quint16 port = m_opts.distPort;
    if (port == 0) {
        const auto r = EpmdClient::portPlease(m_targetAddress, m_opts.epmdPort, m_target.alive, remaining());
        using S = EpmdClient::PortResult::Status;
        switch (r.status) {
        case S::Ok:
            port = r.port;
            break;
        case S::NotRegistered: {
            QVector<EpmdNode> names;
            QString listed;
            if (EpmdClient::names(m_targetAddress, m_opts.epmdPort, qMin(remaining(), 1000), &names, nullptr)) {
                QStringList n;
                for (const EpmdNode &e : qAsConst(names))
                    n << e.name;
                listed = n.isEmpty() ? tr(" EPMD there has no nodes registered.")
                                     : tr(" Registered there: %1.").arg(n.join(QStringLiteral(", ")));
            }
            return {ConnectError::Kind::NodeNotFound,
                    tr("No node named '%1' runs on %2. Check the name before '@' and that the node is started.%3")
                        .arg(m_target.alive, m_target.host, listed)};
        }
        case S::Refused:
            return {ConnectError::Kind::EpmdNotRunning,
                    tr("EPMD is not running on %1 (port %2 refused), so no node is reachable there. Check that the node is started, and the host.")
                        .arg(m_target.host).arg(m_opts.epmdPort)};
        case S::Timeout:
            return {ConnectError::Kind::Timeout,
                    tr("EPMD on %1 did not answer within the connect timeout. Check the host and firewalls (port %2).")
                        .arg(m_target.host).arg(m_opts.epmdPort)};
        case S::Unreachable:
            return {ConnectError::Kind::HostUnreachable, r.error};
        case S::ProtocolError:
            return {ConnectError::Kind::Other, r.error};
        }
    }

    // libei's *_tmo calls use select(): an fd at or above FD_SETSIZE corrupts memory.
    {
        const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
        if (probe >= 0)
            ::close(probe);
        if (probe < 0 || probe >= FD_SETSIZE - 8)
            return {ConnectError::Kind::TooManyFiles,
                    tr("Beamtop has too many files open to connect safely (limit %1). Close some connections.").arg(FD_SETSIZE)};
    }

    const bool longNames = m_opts.nameMode == NodeName::Mode::Long
        || (m_opts.nameMode == NodeName::Mode::Auto && m_target.isLong());
    const QString ourHost = longNames ? localAddressFor(m_targetAddress) : NodeName::localShortHost();

    auto attempt = [&](const QString &alive, int *fdOut, int *errnoOut) {
        m_ei = std::make_unique<Ei>(m_opts.maxReplyBytes);
        const QByteArray aliveUtf8 = alive.toUtf8();
        const QByteArray hostUtf8 = ourHost.toUtf8();
        const QByteArray nodeUtf8 = aliveUtf8 + '@' + hostUtf8;
        in_addr ourAddr{};
        ourAddr.s_addr = htonl(INADDR_LOOPBACK); // ignored by libei, but must be valid
        const QByteArray cookie = m_opts.cookie;
        if (ei_connect_xinit(&m_ei->ec, hostUtf8.constData(), aliveUtf8.constData(), nodeUtf8.constData(),
                             &ourAddr, cookie.constData(), freshCreation()) < 0) {
            *fdOut = -1;
            *errnoOut = -1;
            return;
        }
        in_addr target{};
        target.s_addr = htonl(m_targetAddress.toIPv4Address());
        erl_errno = 0;
        *fdOut = ei_xconnect_host_port_tmo(&m_ei->ec, &target, port, unsigned(remaining()));
        *errnoOut = erl_errno;
    };

    const bool fixedName = !m_opts.aliveName.isEmpty();
    int fd = -1;
    int e = 0;
    attempt(fixedName ? m_opts.aliveName : uniqueAliveName(), &fd, &e);
    if (fd >= 0) {
        if (fd >= FD_SETSIZE) {
            ei_close_connection(fd);
            return {ConnectError::Kind::TooManyFiles, tr("Beamtop has too many files open to connect safely.")};
        }
        m_fd = fd;
        return {};
    }
    if (e == -1)
        return {ConnectError::Kind::Other, tr("Could not set up the local C node (ei_connect_xinit failed).")};
    if (e == ETIMEDOUT || m_clock.elapsed() >= deadline)
        return {ConnectError::Kind::Timeout,
                tr("%1 did not complete the handshake within %2 ms. The node may be overloaded or a firewall may drop port %3.")
                    .arg(m_target.toString()).arg(m_opts.connectTimeoutMs).arg(port)};
    if (e == EHOSTUNREACH || e == ENETUNREACH)
        return {ConnectError::Kind::HostUnreachable, tr("%1 is unreachable. Check the host and the network.").arg(m_target.host)};

    // libei reports a refused port and a rejected handshake alike (EIO). Tell them apart.
    {
        QTcpSocket probe;
        probe.connectToHost(m_targetAddress, port);
        const bool listening = probe.waitForConnected(qMin(remaining(), 1000));
        probe.abort();
        if (!listening) {
            if (m_opts.distPort)
                return {ConnectError::Kind::HostUnreachable,
                        tr("Nothing accepts connections on %1 port %2. Check the port (and the tunnel, if you use one).")
                            .arg(m_target.host).arg(port)};
            return {ConnectError::Kind::NodeNotFound,
                    tr("'%1' is registered with EPMD but its port %2 refuses connections: the node may be stopping. Try again in a moment.")
                        .arg(m_target.toString()).arg(port)};
        }
    }
    if (fixedName) {
        // A rejected handshake under a fixed name is a clash if a fresh name gets through.
        attempt(uniqueAliveName(), &fd, &e);
        if (fd >= 0) {
            ei_close_connection(fd);
            return {ConnectError::Kind::NameClash,
                    tr("%1 already has a connection from a node named '%2'. Choose another name or close the other session.")
                        .arg(m_target.toString(), m_opts.aliveName)};
        }
    }
    return {ConnectError::Kind::WrongCookie,
            tr("%1 rejected the handshake: the cookie is wrong. Check that it matches the node's cookie (erlang:get_cookie() on the node).")
                .arg(m_target.toString())};
}

void NodeConnection::afterHandshake()
{
    ++m_generation;
    m_reconnectAttempt = 0;
    m_lastRxMs = m_clock.elapsed();
    m_ready = false;
    m_ei->self = *ei_self(&m_ei->ec);
    m_info = {};
    m_info.node = m_target.toString();
    m_info.selfNode = QString::fromUtf8(ei_thisnodename(&m_ei->ec));
    m_info.selfPid = toNodeId(m_ei->self);
    m_info.generation = m_generation;
    // Bounds the blocking reads of a frame's length and header (peekFrameLength,
    // beginOversized); libei waits with select() before it reads, so this never affects it.
    const timeval rcvTimeout{FrameTimeoutMs / 1000, (FrameTimeoutMs % 1000) * 1000};
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &rcvTimeout, sizeof rcvTimeout);
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &NodeConnection::onReadable);
    m_watchdog.start();
    // The tick time decides how long silence means a dead link.
    erlang_pid pid;
    if (ei_make_pid(&m_ei->ec, &pid) == 0) {
        const quint64 key = pidKey(pid.num, pid.serial);
        Pending p;
        p.internal = true;
        p.creation = pid.creation;
        p.deadlineMs = m_clock.elapsed() + InternalTimeoutMs;
        m_pending.insert(key, p);
        if (!sendCall(key, QStringLiteral("net_kernel"), QStringLiteral("get_net_ticktime"), {}, toNodeId(pid)))
            return; // fail() already ran
    }
}

bool NodeConnection::sendCall(quint64 key, const QString &module, const QString &function,
                              const QVector<Term> &args, const NodeId &from)
{
    const Term request = Term::tuple(
        {Term::pid(from), Term::tuple({Term::atom("call"), Term::atom(module), Term::atom(function),
                                       Term::list(args), Term::atom("user")})});
    QByteArray buf;
    if (!TermEncoder::encode(request, &buf, true)) {
        const Pending p = m_pending.take(key);
        if (!p.internal)
            emit callFinished(p.id, {CallResult::Status::EncodeError, {}, tr("The request could not be encoded.")});
        return true;
    }
    char rex[] = "rex";
    if (ei_reg_send_tmo(&m_ei->ec, m_fd, rex, buf.data(), int(buf.size()), SendTimeoutMs) < 0) {
        fail(tr("Sending to the node failed; the connection is gone."));
        return false;
    }
    return true;
}

void NodeConnection::call(RequestId id, const QString &module, const QString &function,
                          const QVector<Term> &args, int timeoutMs)
{
    if (m_state != ConnectionState::Connected || m_fd < 0) {
        emit callFinished(id, {CallResult::Status::NotConnected, {}, tr("Not connected to the node.")});
        return;
    }
    erlang_pid pid;
    if (ei_make_pid(&m_ei->ec, &pid) != 0) {
        emit callFinished(id, {CallResult::Status::EncodeError, {}, tr("Could not make a request id.")});
        return;
    }
    const quint64 key = pidKey(pid.num, pid.serial);
    Pending p;
    p.id = id;
    p.creation = pid.creation;
    p.deadlineMs = m_clock.elapsed() + qMax(1, timeoutMs);
    m_pending.insert(key, p);
    sendCall(key, module, function, args, toNodeId(pid));
}

void NodeConnection::send(const NodeId &to, const Term &message)
{
    if (m_fd < 0)
        return;
    QByteArray buf;
    if (!TermEncoder::encode(message, &buf, true))
        return;
    erlang_pid pid;
    std::memset(&pid, 0, sizeof pid);
    const int n = int(qMin<qsizetype>(to.node.size(), MAXATOMLEN_UTF8 - 1));
    std::memcpy(pid.node, to.node.constData(), size_t(n));
    pid.num = unsigned(to.id);
    pid.serial = to.serial;
    pid.creation = to.creation;
    if (ei_send_tmo(m_fd, &pid, buf.data(), int(buf.size()), SendTimeoutMs) < 0)
        fail(tr("Sending to the node failed; the connection is gone."));
}

void NodeConnection::onReadable()
{
    for (int frames = 0; frames < MaxFramesPerWakeup && m_fd >= 0; ++frames) {
        pollfd pfd{m_fd, POLLIN, 0};
        if (::poll(&pfd, 1, 0) <= 0)
            return; // nothing (more) to read
        if (m_skipRemaining > 0) {
            if (!skipOversized())
                return;
            continue;
        }
        // A frame over the reply cap never reaches libei: it holds the length in an int (a
        // frame of 2 GiB or more turns negative and wrecks the stream) and drains the rest
        // 2 KiB at a time inside one blocking call.
        quint32 announced = 0;
        const int peeked = peekFrameLength(&announced);
        if (peeked < 0)
            return; // fail() already ran
        if (announced > quint32(m_opts.maxReplyBytes)) {
            if (!beginOversized(announced))
                return;
            continue;
        }
        erlang_msg msg;
        std::memset(&msg, 0, sizeof msg);
        msg.msgtype = -1;
        m_ei->rx.index = 0;
        erl_errno = 0;
        const int r = ei_receive_msg_tmo(m_fd, &msg, &m_ei->rx, FrameTimeoutMs);
        if (r == ERL_TICK) {
            m_lastRxMs = m_clock.elapsed();
            continue;
        }
        if (r == ERL_MSG) {
            m_lastRxMs = m_clock.elapsed();
            m_rxBytes.fetch_add(qMin(m_ei->rx.index, m_ei->rx.buffsz) + 4, std::memory_order_relaxed);
            handleMessage(msg.msgtype, &msg);
            continue;
        }
        const int e = erl_errno;
        if (e == EMSGSIZE) {
            // The frame was drained; the stream is intact. Fail only the request it answered.
            m_lastRxMs = m_clock.elapsed();
            const quint64 key = pidKey(msg.to.num, msg.to.serial);
            auto it = m_pending.find(key);
            if (it != m_pending.end() && it->creation == msg.to.creation) {
                const Pending p = *it;
                m_pending.erase(it);
                if (!p.internal)
                    emit callFinished(p.id, {CallResult::Status::TooLarge, {},
                                             tr("The reply was larger than the %1 MiB limit and was dropped.")
                                                 .arg(m_opts.maxReplyBytes >> 20)});
            }
            continue;
        }
        if (r == ERL_ERROR && msg.msgtype != -1 && e != ETIMEDOUT) {
            // A control message libei does not hand out (e.g. a monitor); it was consumed whole.
            m_lastRxMs = m_clock.elapsed();
            continue;
        }
        fail(e == ETIMEDOUT ? tr("The node stopped sending in the middle of a message.")
                            : tr("The node closed the connection."));
        return;
    }
}

int NodeConnection::peekFrameLength(quint32 *length)
{
    uchar bytes[4];
    // Waits (SO_RCVTIMEO) for all four bytes of the length: a peer may send them apart.
    ssize_t n;
    do {
        n = ::recv(m_fd, bytes, sizeof bytes, MSG_PEEK | MSG_WAITALL);
    } while (n < 0 && errno == EINTR);
    if (n == 4) {
        *length = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | bytes[3];
        return 1;
    }
    if (n > 0 || (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)))
        fail(tr("The node stopped sending in the middle of a message."));
    else
        fail(tr("The node closed the connection."));
    return -1;
}

bool NodeConnection::beginOversized(quint32 length)
{
    // The length, then the control message (pass-through byte, then {SEND, _, ToPid} and the
    // like): enough to tell which request this answers. The payload is skipped unread.
    char header[4 + ControlHeaderBytes];
    const int want = 4 + int(qMin<quint32>(length, ControlHeaderBytes));
    ssize_t n = 0;
    while (n < want) { // each wait bounded by SO_RCVTIMEO
        const ssize_t r = ::recv(m_fd, header + n, size_t(want - n), MSG_WAITALL);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            fail(r == 0 ? tr("The node closed the connection.") : tr("The node stopped sending in the middle of a message."));
            return false;
        }
        n += r;
    }
    m_lastRxMs = m_clock.elapsed();
    m_rxBytes.fetch_add(n, std::memory_order_relaxed);
    m_skipRemaining = qint64(length) - (want - 4);
    int index = 0;
    const Term control = header[4] == 'p' ? TermDecoder(m_opts.decodeLimits).decode(header + 5, want - 5, &index, true) : Term();
    const qint64 type = control.isTuple() && control.size() >= 3 ? control.at(0).toInt(-1) : -1;
    if ((type == DopSend || type == DopSendTT) && control.at(2).isPid()) {
        const NodeId to = control.at(2).nodeId();
        const auto it = m_pending.find(pidKey(unsigned(to.id), to.serial));
        if (it != m_pending.end() && it->creation == to.creation) {
            const Pending p = *it;
            m_pending.erase(it);
            if (!p.internal)
                emit callFinished(p.id, {CallResult::Status::TooLarge, {},
                                         tr("The reply announced %1 MiB, over the %2 MiB limit; it was skipped unread.")
                                             .arg(QLocale().toString(qint64(length) >> 20))
                                             .arg(m_opts.maxReplyBytes >> 20)});
        }
    }
    return m_skipRemaining == 0 || skipOversized();
}

bool NodeConnection::skipOversized()
{
    if (m_skipBuffer.isEmpty())
        m_skipBuffer.resize(SkipChunkBytes);
    // Non-blocking: what has arrived goes; the socket notifier brings the thread back for more.
    const ssize_t n = ::recv(m_fd, m_skipBuffer.data(), size_t(qMin<qint64>(m_skipRemaining, SkipChunkBytes)), MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
        fail(tr("The node closed the connection."));
        return false;
    }
    if (n < 0)
        return false;
    m_lastRxMs = m_clock.elapsed();
    m_rxBytes.fetch_add(n, std::memory_order_relaxed);
    m_skipRemaining -= n;
    if (m_skipRemaining == 0)
        m_skipBuffer = QByteArray(); // the frame is over: give the memory back
    return true;
}

bool NodeConnection::event(QEvent *e)
{
    tsan::acquire(this); // what NodeClient's thread handed over with a queued call (tsanhandoff.h)
    return QObject::event(e);
}

void NodeConnection::handleMessage(long msgtype, const void *msgPtr)
{
    const auto *msg = static_cast<const erlang_msg *>(msgPtr);
    if (msgtype != ERL_SEND && msgtype != ERL_SEND_TT)
        return; // links, exits, registered sends: nothing we asked for
    const int len = qMin(m_ei->rx.index, m_ei->rx.buffsz);
    const quint64 key = pidKey(msg->to.num, msg->to.serial);
    auto it = m_pending.find(key);
    const bool toSelf = msg->to.num == m_ei->self.num && msg->to.serial == m_ei->self.serial
        && msg->to.creation == m_ei->self.creation;
    if (it == m_pending.end() || it->creation != msg->to.creation) {
        if (toSelf) {
            int index = 0;
            const Term t = TermDecoder(m_opts.decodeLimits).decode(m_ei->rx.buff, len, &index, true);
            if (!t.isError())
                emit messageReceived(t);
        }
        return; // a late reply to a request that already timed out, or noise
    }
    const Pending p = *it;
    m_pending.erase(it);
    int index = 0;
    const Term t = TermDecoder(m_opts.decodeLimits).decode(m_ei->rx.buff, len, &index, true);
    CallResult res;
    if (t.isError()) {
        res = {CallResult::Status::DecodeError, t, tr("The reply could not be decoded: %1").arg(t.errorString())};
    } else if (!t.isTaggedTuple("rex", 2)) {
        res = {CallResult::Status::DecodeError, t, tr("The reply did not come from rex.")};
    } else {
        const Term reply = t.at(1);
        if (reply.isTaggedTuple("badrpc", 2))
            res = {CallResult::Status::RemoteError, reply.at(1), tr("The call failed on the node.")};
        else
            res = {CallResult::Status::Ok, reply, {}};
    }
    if (p.internal) {
        if (res.ok()) {
            if (res.value.isInteger())
                m_tickTime = int(res.value.toInt(60));
            else if (res.value.isTaggedTuple("ongoing_change_to", 2))
                m_tickTime = int(res.value.at(1).toInt(60));
        }
        if (!m_ready) {
            m_ready = true;
            m_everConnected = true;
            m_info.tickTimeSeconds = m_tickTime;
            setState(ConnectionState::Connected);
            emit connected(m_info);
        }
        return;
    }
    emit callFinished(p.id, res);
}

void NodeConnection::onWatchdog()
{
    const qint64 now = m_clock.elapsed();
    if (m_fd >= 0 && m_skipRemaining > 0 && now - m_lastRxMs > FrameTimeoutMs) {
        fail(tr("The node stopped sending in the middle of a message."));
        return;
    }
    if (m_fd >= 0 && now - m_lastRxMs > qint64(qMax(2, m_tickTime)) * 1000) {
        fail(tr("No traffic from the node for more than its tick time (%1 s): the link is dead.").arg(m_tickTime));
        return;
    }
    QVector<Pending> expired;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->deadlineMs <= now) {
            expired.append(*it);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    for (const Pending &p : qAsConst(expired)) {
        if (p.internal) {
            if (!m_ready) { // no tick time answer: keep the default and go on
                m_ready = true;
                m_everConnected = true;
                m_info.tickTimeSeconds = m_tickTime;
                setState(ConnectionState::Connected);
                emit connected(m_info);
            }
            continue;
        }
        emit callFinished(p.id, {CallResult::Status::Timeout, {}, tr("The node did not answer in time.")});
    }
}

void NodeConnection::fail(const QString &reason)
{
    closeSocket();
    finishPending(reason, CallResult::Status::Disconnected);
    const bool again = m_opts.autoReconnect && m_everConnected;
    setState(again ? ConnectionState::Reconnecting : ConnectionState::Disconnected);
    emit connectionLost(reason, again);
    if (again)
        scheduleReconnect();
}

void NodeConnection::scheduleReconnect()
{
    // 0.5 s, 1 s, 2 s, 4 s, then every 8 s: quick after a blip, gentle on a node that is down.
    const int delay = 500 * (1 << qMin(m_reconnectAttempt, 4));
    ++m_reconnectAttempt;
    emit reconnectScheduled(m_reconnectAttempt, delay);
    m_reconnectTimer.start(delay);
}

void NodeConnection::closeSocket()
{
    m_watchdog.stop();
    if (m_notifier) {
        m_notifier->setEnabled(false);
        delete m_notifier;
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        ei_close_connection(m_fd);
        m_fd = -1;
    }
    m_skipRemaining = 0;
    m_skipBuffer = QByteArray();
    m_ready = false;
}

void NodeConnection::finishPending(const QString &reason, CallResult::Status status)
{
    const auto pending = m_pending;
    m_pending.clear();
    for (const Pending &p : pending) {
        if (!p.internal)
            emit callFinished(p.id, {status, {}, reason});
    }
}

} // namespace beamtop
