#pragma once

#include "agent/agentclient.h"
#include "collect/systemsample.h"
#include "node/nodeclient.h"

#include <QDateTime>
#include <QObject>

namespace beamtop {

class SystemCollector;

// One connected node as the window sees it: the NodeClient (taken over, already connected or
// connecting), the agent on top of it and the collectors the pages read. Tracks a single
// state for the UI and keeps the last sample and its time, which stay on screen when the link
// drops. The backend reconnects on its own (ConnectOptions::autoReconnect); the agent reloads
// on the new link and the session goes live again.
class NodeSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Connecting,   // no link yet
        LoadingAgent, // linked, the agent is being loaded
        Live,         // data flows
        Reconnecting, // the link dropped; the backend retries with backoff
        Closing,      // detaching from the agent before disconnecting
        Disconnected, // for good (the user disconnected, or no reconnect)
    };
    Q_ENUM(State)

    // Takes ownership of client.
    NodeSession(NodeClient *client, AgentClient::Options agentOptions, QObject *parent = nullptr);
    ~NodeSession() override;

    NodeClient *client() const { return m_client; }
    AgentClient *agent() const { return m_agent; }
    SystemCollector *system() const { return m_system; }

    State state() const { return m_state; }
    static QString stateText(State state);
    QString nodeName() const;
    bool isLive() const { return m_state == State::Live; }
    // True while what is on screen is older than the link: after a drop, until a new sample.
    bool isStale() const { return m_stale; }
    const std::optional<SystemSample> &lastSample() const;
    QDateTime lastSampleAt() const { return m_lastSampleAt; } // local time
    QString lastError() const { return m_lastError; }
    // Why the last refresh failed while the link stayed up (a timeout, a remote error); empty
    // once a sample arrives again.
    QString fetchError() const { return m_fetchError; }

    // One refresh tick: a system sample and the agent's cost. No-op unless live.
    void refresh();
    // Detaches from the agent and disconnects; emits closed() when done (bounded in time).
    void close();

signals:
    void stateChanged(beamtop::NodeSession::State state);
    void sampleReady(const beamtop::SystemSample &sample);
    void staleChanged(bool stale);
    void agentCostUpdated(double busyFraction);
    void connectFailed(const beamtop::ConnectError &error); // the first connect did not work
    void linkLost(const QString &reason, bool willReconnect);
    void reconnectScheduled(int attempt, int delayMs);
    void fetchFailed(const QString &error);
    void closed();

private:
    void setState(State s);
    void setStale(bool stale);

    NodeClient *m_client;
    AgentClient *m_agent;
    SystemCollector *m_system;
    State m_state = State::Connecting;
    bool m_stale = false;
    QDateTime m_lastSampleAt;
    QString m_lastError;
    QString m_fetchError;
};

} // namespace beamtop
