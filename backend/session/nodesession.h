#pragma once

#include "agent/agentclient.h"
#include "collect/systemsample.h"
#include "node/nodeclient.h"

#include <QDateTime>
#include <QObject>

namespace beamtop {

class ProcessCollector;
class ProcessInspector;
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
    ProcessCollector *processes() const { return m_processes; }
    ProcessInspector *inspector() const { return m_inspector; }

    // Actions that change the node (kill, suspend, GC) are refused while read-only. A session
    // starts read-only; one made through a profile then takes the profile's saved default (on
    // unless the user unticked it in the profile), ad-hoc connections (connect dialog, cluster
    // panel without a matching profile, --connect) stay read-only. The toolbar toggle changes
    // it for this connection only; that is never saved. Auto-reconnects keep the session, and
    // with it the choice.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool on);
    // How terms are written for this node: Auto is Elixir syntax on Elixir nodes.
    AgentClient::SyntaxChoice syntaxChoice() const { return m_syntax; }
    void setSyntaxChoice(AgentClient::SyntaxChoice choice);
    // The formatter every view of this node uses (syntax, and the node for local pids).
    TermFormatter formatter() const;
    // The window's refresh interval: how fresh rankings should be, how often windows sample.
    int refreshIntervalMs() const { return m_intervalMs; }
    void setRefreshIntervalMs(int ms) { m_intervalMs = ms; }

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
    void readOnlyChanged(bool readOnly);
    void formatterChanged(); // the syntax changed, or the node turned out to run Elixir
    void refreshed();        // one refresh tick while live (per-window samplers follow it)

private:
    void setState(State s);
    void setStale(bool stale);

    NodeClient *m_client;
    AgentClient *m_agent;
    SystemCollector *m_system;
    ProcessCollector *m_processes;
    ProcessInspector *m_inspector;
    bool m_readOnly = true;
    AgentClient::SyntaxChoice m_syntax = AgentClient::SyntaxChoice::Auto;
    int m_intervalMs = 1000;
    State m_state = State::Connecting;
    bool m_stale = false;
    QDateTime m_lastSampleAt;
    QString m_lastError;
    QString m_fetchError;
};

} // namespace beamtop
