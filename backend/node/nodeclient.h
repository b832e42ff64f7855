// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodeconnection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace beamtop {

// The caller-side face of one node connection. Owns the connection's thread; every method
// returns at once and results come back as signals or callbacks in the caller's thread, so the
// GUI thread never waits on the network.
class NodeClient : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const CallResult &)>;

    explicit NodeClient(QObject *parent = nullptr);
    ~NodeClient() override;

    void connectToNode(const ConnectOptions &options);
    void disconnectFromNode();

    // Calls module:function(args...) on the node through rex. The handler runs in this
    // object's thread once: with the reply, or an error (timeout, disconnect, too large...).
    // With a context object the handler is skipped if the context is gone by then.
    RequestId call(const QString &module, const QString &function, const QVector<Term> &args,
                   int timeoutMs, QObject *context = nullptr, Handler handler = {});
    void send(const NodeId &to, const Term &message);

    ConnectionState state() const { return m_state; }
    bool isConnected() const { return m_state == ConnectionState::Connected; }
    const NodeInfo &info() const { return m_info; }
    const ConnectOptions &options() const { return m_options; }
    int pendingCalls() const { return m_handlers.size(); }
    // Bytes received from the node on this client's connections so far.
    qint64 bytesReceived() const { return m_worker->bytesReceived(); }

signals:
    void stateChanged(beamtop::ConnectionState state);
    void connected(const beamtop::NodeInfo &info);
    void connectFailed(const beamtop::ConnectError &error);
    void connectionLost(const QString &reason, bool willReconnect);
    void reconnectScheduled(int attempt, int delayMs);
    void messageReceived(const beamtop::Term &message);
    void callFinished(beamtop::RequestId id, const beamtop::CallResult &result);

protected:
    bool event(QEvent *e) override;

private:
    struct HandlerEntry
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Handler handler;
    };
    void onCallFinished(RequestId id, const CallResult &result);

    QThread *m_thread = nullptr;
    NodeConnection *m_worker = nullptr;
    ConnectionState m_state = ConnectionState::Disconnected;
    NodeInfo m_info;
    ConnectOptions m_options;
    RequestId m_nextId = 1;
    QHash<RequestId, HandlerEntry> m_handlers;
};

void registerBackendMetaTypes();

} // namespace beamtop
