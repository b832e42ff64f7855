// SPDX-License-Identifier: GPL-3.0-or-later
#include "epmdclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostInfo>
#include <QTcpSocket>
#include <QtEndian>

namespace beamtop {

namespace {
constexpr char NamesReq = 110;       // 'n'
constexpr char PortPlease2Req = 122; // 'z'
constexpr char Port2Resp = 119;      // 'w'

QByteArray request(char code, const QByteArray &payload = {})
{
    QByteArray r;
    const quint16 len = quint16(1 + payload.size());
    r.append(char(len >> 8)).append(char(len & 0xff)).append(code).append(payload);
    return r;
}

} // namespace

// Waits for the socket to connect within the deadline; classifies failures.
bool EpmdClient::connectBlocking(QTcpSocket &s, const QHostAddress &host, quint16 port, QDeadlineTimer dl,
                                 PortResult *res)
{
    s.connectToHost(host, port);
    if (s.waitForConnected(int(qMax<qint64>(1, dl.remainingTime()))))
        return true;
    switch (s.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        res->status = EpmdClient::PortResult::Status::Refused;
        res->error = tr("Nothing listens on %1 port %2: EPMD is not running there.")
                         .arg(host.toString()).arg(port);
        break;
    case QAbstractSocket::SocketTimeoutError:
        res->status = EpmdClient::PortResult::Status::Timeout;
        res->error = tr("EPMD on %1 port %2 did not answer in time.").arg(host.toString()).arg(port);
        break;
    default:
        res->status = EpmdClient::PortResult::Status::Unreachable;
        res->error = tr("Cannot reach %1 port %2: %3").arg(host.toString()).arg(port).arg(s.errorString());
        break;
    }
    return false;
}

namespace {
// EPMD answers and closes the connection; read everything up to a sane size.
QByteArray readUntilClosed(QTcpSocket &s, QDeadlineTimer dl, int maxBytes, bool *timedOut)
{
    QByteArray buf;
    *timedOut = false;
    while (buf.size() < maxBytes) {
        if (s.bytesAvailable() == 0 && s.state() != QAbstractSocket::ConnectedState)
            break;
        if (dl.hasExpired()) {
            *timedOut = true;
            break;
        }
        if (s.bytesAvailable() == 0 && !s.waitForReadyRead(int(qMax<qint64>(1, dl.remainingTime())))) {
            if (s.error() == QAbstractSocket::SocketTimeoutError)
                *timedOut = true;
            break;
        }
        buf += s.read(maxBytes - buf.size());
    }
    buf += s.read(qMax(0, maxBytes - int(buf.size())));
    return buf;
}
} // namespace

EpmdClient::EpmdClient(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(false, tr("EPMD on %1 did not answer in time.").arg(m_host));
    });
}

EpmdClient::~EpmdClient()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    dropSocket();
}

void EpmdClient::dropSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *s = m_socket;
    m_socket = nullptr;
    s->disconnect(); // every handler, whatever its context
    s->abort();
    s->deleteLater();
}

void EpmdClient::requestNames(const QString &host, quint16 epmdPort, int timeoutMs)
{
    dropSocket();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_buffer.clear();
    m_host = host;
    m_timer.start(timeoutMs);
    m_lookupId = QHostInfo::lookupHost(host, this, [this, epmdPort](const QHostInfo &info) {
        m_lookupId = -1;
        QHostAddress addr;
        for (const QHostAddress &a : info.addresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                addr = a;
                break;
            }
        }
        if (addr.isNull()) {
            finish(false, tr("The host '%1' is unknown (it does not resolve to an IPv4 address).").arg(m_host));
            return;
        }
        auto *s = new QTcpSocket(this);
        m_socket = s;
        // Handlers live as long as this object, not the socket: finish() and the destructor
        // cut them before the socket goes, so none can run on a destroyed client.
        connect(s, &QTcpSocket::connected, this, [s] { s->write(request(NamesReq)); });
        connect(s, &QTcpSocket::readyRead, this, [this, s] { m_buffer += s->readAll(); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_buffer += s->readAll();
            if (m_buffer.size() < 4)
                finish(false, tr("EPMD on %1 closed the connection without an answer.").arg(m_host));
            else
                finish(true, {});
        });
        connect(s, &QTcpSocket::errorOccurred, this, [this, s, epmdPort](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError)
                return; // the normal end of a NAMES answer; handled by disconnected()
            if (e == QAbstractSocket::ConnectionRefusedError)
                finish(false, tr("EPMD is not running on %1 (port %2 refused the connection).").arg(m_host).arg(epmdPort));
            else
                finish(false, tr("Cannot reach EPMD on %1: %2").arg(m_host, s->errorString()));
        });
        s->connectToHost(addr, epmdPort);
    });
}

void EpmdClient::finish(bool ok, const QString &error)
{
    if (!m_timer.isActive())
        return; // already finished (error after disconnect, or timeout)
    m_timer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    dropSocket();
    if (ok)
        emit namesReady(m_host, parseNames(m_buffer.mid(4)));
    else
        emit namesFailed(m_host, error);
}

QVector<EpmdNode> EpmdClient::parseNames(const QByteArray &text)
{
    QVector<EpmdNode> out;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        // "name <alive> at port <port>"
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 5 && parts[0] == "name" && parts[2] == "at" && parts[3] == "port") {
            bool ok = false;
            const uint port = parts[4].toUInt(&ok);
            if (ok && port > 0 && port < 65536)
                out.append({QString::fromUtf8(parts[1]), quint16(port)});
        }
    }
    return out;
}

EpmdClient::PortResult EpmdClient::portPlease(const QHostAddress &host, quint16 epmdPort,
                                              const QString &alive, int timeoutMs)
{
    PortResult res;
    QDeadlineTimer dl(timeoutMs);
    QTcpSocket s;
    if (!connectBlocking(s, host, epmdPort, dl, &res))
        return res;
    s.write(request(PortPlease2Req, alive.toUtf8()));
    bool timedOut = false;
    const QByteArray buf = readUntilClosed(s, dl, 4096, &timedOut);
    if (timedOut && buf.isEmpty()) {
        res.status = PortResult::Status::Timeout;
        res.error = tr("EPMD on %1 did not answer in time.").arg(host.toString());
        return res;
    }
    if (buf.size() < 2 || buf[0] != Port2Resp) {
        res.status = PortResult::Status::ProtocolError;
        res.error = tr("EPMD on %1 gave an answer Beamtop does not understand.").arg(host.toString());
        return res;
    }
    if (buf[1] != 0) {
        res.status = PortResult::Status::NotRegistered;
        res.error = tr("No node named '%1' is registered with EPMD on %2.").arg(alive, host.toString());
        return res;
    }
    if (buf.size() < 4) {
        res.status = PortResult::Status::ProtocolError;
        res.error = tr("EPMD on %1 sent a truncated answer.").arg(host.toString());
        return res;
    }
    res.status = PortResult::Status::Ok;
    res.port = qFromBigEndian<quint16>(buf.constData() + 2);
    return res;
}

bool EpmdClient::names(const QHostAddress &host, quint16 epmdPort, int timeoutMs,
                       QVector<EpmdNode> *out, QString *error)
{
    PortResult res;
    QDeadlineTimer dl(timeoutMs);
    QTcpSocket s;
    if (!connectBlocking(s, host, epmdPort, dl, &res)) {
        if (error)
            *error = res.error;
        return false;
    }
    s.write(request(NamesReq));
    bool timedOut = false;
    const QByteArray buf = readUntilClosed(s, dl, 1 << 20, &timedOut);
    if (buf.size() < 4) {
        if (error)
            *error = tr("EPMD on %1 did not answer.").arg(host.toString());
        return false;
    }
    if (out)
        *out = parseNames(buf.mid(4));
    return true;
}

} // namespace beamtop
