// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVector>

class QTcpSocket;

namespace beamtop {

struct EpmdNode
{
    QString name;
    quint16 port = 0;
};

// Talks to EPMD (the Erlang port mapper) over Qt Network: which node names a host has
// registered (what `epmd -names` prints), and which port a node listens on.
class EpmdClient : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 DefaultPort = 4369;

    explicit EpmdClient(QObject *parent = nullptr);
    ~EpmdClient() override;

    // Asynchronous: emits namesReady or namesFailed exactly once per request; a new request
    // cancels the previous one.
    void requestNames(const QString &host, quint16 epmdPort = DefaultPort, int timeoutMs = 3000);

    struct PortResult
    {
        enum class Status { Ok, NotRegistered, Refused, Unreachable, Timeout, ProtocolError };
        Status status = Status::ProtocolError;
        quint16 port = 0;
        QString error;
    };
    // Blocking, for the connection's own worker thread only (never the GUI thread).
    static PortResult portPlease(const QHostAddress &host, quint16 epmdPort, const QString &alive,
                                 int timeoutMs);
    static bool names(const QHostAddress &host, quint16 epmdPort, int timeoutMs,
                      QVector<EpmdNode> *out, QString *error);
    // Parses the text part of a NAMES reply ("name foo at port 123\n" lines).
    static QVector<EpmdNode> parseNames(const QByteArray &text);

signals:
    void namesReady(const QString &host, const QVector<beamtop::EpmdNode> &nodes);
    void namesFailed(const QString &host, const QString &error);

private:
    void finish(bool ok, const QString &error);
    void dropSocket();
    static bool connectBlocking(QTcpSocket &s, const QHostAddress &host, quint16 port, QDeadlineTimer dl,
                                PortResult *res);

    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    QString m_host;
    QByteArray m_buffer;
    int m_lookupId = -1;
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::EpmdNode)
