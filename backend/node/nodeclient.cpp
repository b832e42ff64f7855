// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeclient.h"

#include "eiruntime.h"
#include "tsanhandoff.h"

namespace beamtop {

void registerBackendMetaTypes()
{
    qRegisterMetaType<Term>();
    qRegisterMetaType<NodeId>();
    qRegisterMetaType<CallResult>();
    qRegisterMetaType<ConnectError>();
    qRegisterMetaType<ConnectOptions>();
    qRegisterMetaType<NodeInfo>();
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<RequestId>("beamtop::RequestId");
    qRegisterMetaType<QVector<Term>>();
}

NodeClient::NodeClient(QObject *parent) : QObject(parent)
{
    initEiRuntime();
    registerBackendMetaTypes();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("beamtop-node"));
    m_worker = new NodeConnection;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    if constexpr (tsan::enabled) {
        // What the connection thread wrote before a signal is handed over (tsanhandoff.h).
        // Connected first, so it runs in that thread before the queued connections below post.
        const auto handOver = [w = m_worker] { tsan::release(w); };
        connect(m_worker, &NodeConnection::stateChanged, m_worker, handOver, Qt::DirectConnection);
        connect(m_worker, &NodeConnection::connected, m_worker, handOver, Qt::DirectConnection);
        connect(m_worker, &NodeConnection::connectFailed, m_worker, handOver, Qt::DirectConnection);
        connect(m_worker, &NodeConnection::connectionLost, m_worker, handOver, Qt::DirectConnection);
        connect(m_worker, &NodeConnection::reconnectScheduled, m_worker, handOver, Qt::DirectConnection);
        connect(m_worker, &NodeConnection::messageReceived, m_worker, handOver, Qt::DirectConnection);
        connect(m_worker, &NodeConnection::callFinished, m_worker, handOver, Qt::DirectConnection);
    }
    connect(m_worker, &NodeConnection::stateChanged, this, [this](ConnectionState s) {
        m_state = s;
        emit stateChanged(s);
    });
    connect(m_worker, &NodeConnection::connected, this, [this](const NodeInfo &info) {
        m_info = info;
        m_state = ConnectionState::Connected;
        emit connected(info);
    });
    connect(m_worker, &NodeConnection::connectFailed, this, &NodeClient::connectFailed);
    connect(m_worker, &NodeConnection::connectionLost, this, &NodeClient::connectionLost);
    connect(m_worker, &NodeConnection::reconnectScheduled, this, &NodeClient::reconnectScheduled);
    connect(m_worker, &NodeConnection::messageReceived, this, &NodeClient::messageReceived);
    connect(m_worker, &NodeConnection::callFinished, this, &NodeClient::onCallFinished);
    m_thread->start();
}

NodeClient::~NodeClient()
{
    // Close the link and stop the thread. A connect attempt in progress is bounded by its
    // timeout; rather than wait for it here, let the thread finish on its own and clean up.
    tsan::release(m_worker); // tsanhandoff.h
    QMetaObject::invokeMethod(m_worker, "close", Qt::QueuedConnection);
    m_thread->quit();
    if (!m_thread->wait(200)) {
        QThread *t = m_thread;
        QObject::connect(t, &QThread::finished, t, &QObject::deleteLater);
        return;
    }
    delete m_thread;
}

void NodeClient::connectToNode(const ConnectOptions &options)
{
    m_options = options;
    m_state = ConnectionState::Connecting;
    emit stateChanged(m_state);
    tsan::release(m_worker); // tsanhandoff.h
    QMetaObject::invokeMethod(m_worker, "open", Qt::QueuedConnection, Q_ARG(beamtop::ConnectOptions, options));
}

void NodeClient::disconnectFromNode()
{
    tsan::release(m_worker); // tsanhandoff.h
    QMetaObject::invokeMethod(m_worker, "close", Qt::QueuedConnection);
}

RequestId NodeClient::call(const QString &module, const QString &function, const QVector<Term> &args,
                           int timeoutMs, QObject *context, Handler handler)
{
    const RequestId id = m_nextId++;
    if (handler)
        m_handlers.insert(id, {context, context != nullptr, std::move(handler)});
    tsan::release(m_worker); // tsanhandoff.h
    QMetaObject::invokeMethod(m_worker, "call", Qt::QueuedConnection, Q_ARG(beamtop::RequestId, id),
                              Q_ARG(QString, module), Q_ARG(QString, function),
                              Q_ARG(QVector<beamtop::Term>, args), Q_ARG(int, timeoutMs));
    return id;
}

void NodeClient::send(const NodeId &to, const Term &message)
{
    tsan::release(m_worker); // tsanhandoff.h
    QMetaObject::invokeMethod(m_worker, "send", Qt::QueuedConnection, Q_ARG(beamtop::NodeId, to),
                              Q_ARG(beamtop::Term, message));
}

bool NodeClient::event(QEvent *e)
{
    tsan::acquire(m_worker); // what the connection thread handed over (tsanhandoff.h)
    return QObject::event(e);
}

void NodeClient::onCallFinished(RequestId id, const CallResult &result)
{
    const auto it = m_handlers.find(id);
    if (it != m_handlers.end()) {
        const HandlerEntry e = *it;
        m_handlers.erase(it);
        if (!e.hasContext || e.context)
            e.handler(result);
    }
    emit callFinished(id, result);
}

} // namespace beamtop
