// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callresult.h"
#include "connecterror.h"
#include "nodename.h"
#include "term/termcodec.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QSocketNotifier;

namespace beamtop {

quint16 defaultEpmdPort();

struct ConnectOptions
{
    QString node;                // alive@host
    QByteArray cookie;           // never logged, never printed
    NodeName::Mode nameMode = NodeName::Mode::Auto;
    int connectTimeoutMs = 5000; // bound for the whole connect (lookup, EPMD, handshake)
    quint16 epmdPort = defaultEpmdPort(); // ERL_EPMD_PORT if set, like erl itself
    quint16 distPort = 0;        // > 0: connect straight to this port; EPMD is not consulted
    QString aliveName;           // empty: a unique name for every connection
    bool autoReconnect = true;   // after a connection that worked is lost
    int maxReplyBytes = 32 << 20;
    DecodeLimits decodeLimits;
};

// What Beamtop knows about a node right after connecting.
struct NodeInfo
{
    QString node;         // the target, alive@host
    QString selfNode;     // our own (hidden) node name
    NodeId selfPid;       // our pid as the node sees it (what the agent monitors)
    int tickTimeSeconds = 60;
    int generation = 0;   // increases with every (re)connection
};

enum class ConnectionState { Disconnected, Connecting, Connected, Reconnecting };

// The C node for one connection. Lives in its own QThread: every libei call on its fd is made
// from that thread. Talk to it only through queued calls (NodeClient does that).
class NodeConnection : public QObject
{
    Q_OBJECT
public:
    explicit NodeConnection(QObject *parent = nullptr);
    ~NodeConnection() override;

    // Bytes of every frame received so far (thread-safe; for figures, not for logic).
    qint64 bytesReceived() const { return m_rxBytes.load(std::memory_order_relaxed); }

public slots:
    void open(const beamtop::ConnectOptions &options);
    void close();
    void call(beamtop::RequestId id, const QString &module, const QString &function,
              const QVector<beamtop::Term> &args, int timeoutMs);
    // Sends a message to a process on the node (e.g. the agent).
    void send(const beamtop::NodeId &to, const beamtop::Term &message);

signals:
    void stateChanged(beamtop::ConnectionState state);
    void connected(const beamtop::NodeInfo &info);
    void connectFailed(const beamtop::ConnectError &error);
    void connectionLost(const QString &reason, bool willReconnect);
    void reconnectScheduled(int attempt, int delayMs);
    void callFinished(beamtop::RequestId id, const beamtop::CallResult &result);
    // A message sent to our pid that is not a reply to a call (agent pushes).
    void messageReceived(const beamtop::Term &message);

protected:
    bool event(QEvent *e) override;

private:
    struct Pending
    {
        RequestId id = 0;
        qint64 deadlineMs = 0; // on m_clock
        quint32 creation = 0;
        bool internal = false;
    };

    ConnectError connectOnce();
    ConnectError resolve(const QString &host, QHostAddress *out, qint64 deadlineMs);
    void afterHandshake();
    void onReadable();
    int peekFrameLength(quint32 *length);
    bool beginOversized(quint32 length);
    bool skipOversized();
    void onWatchdog();
    void handleMessage(long msgtype, const void *msg);
    void fail(const QString &reason);
    void closeSocket();
    void finishPending(const QString &reason, CallResult::Status status);
    void scheduleReconnect();
    void setState(ConnectionState s);
    bool sendCall(quint64 key, const QString &module, const QString &function,
                  const QVector<Term> &args, const NodeId &from);

    ConnectOptions m_opts;
    NodeName m_target;
    QHostAddress m_targetAddress;
    ConnectionState m_state = ConnectionState::Disconnected;
    struct Ei;
    std::unique_ptr<Ei> m_ei;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_watchdog;
    QTimer m_reconnectTimer;
    QElapsedTimer m_clock;
    qint64 m_lastRxMs = 0;
    int m_tickTime = 60;
    bool m_everConnected = false;
    bool m_ready = false; // connected() emitted for this link
    int m_reconnectAttempt = 0;
    int m_generation = 0;
    QHash<quint64, Pending> m_pending; // key: pid num << 32 | serial
    qint64 m_skipRemaining = 0;        // bytes of an oversized frame still to skip
    QByteArray m_skipBuffer;           // for skipping, held only while a frame is skipped
    NodeInfo m_info;
    std::atomic<qint64> m_rxBytes{0};
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::ConnectOptions)
Q_DECLARE_METATYPE(beamtop::NodeInfo)
Q_DECLARE_METATYPE(beamtop::ConnectionState)
