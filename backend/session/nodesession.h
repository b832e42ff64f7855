// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/agentclient.h"
#include "collect/systemsample.h"
#include "history/historystore.h"
#include "node/nodeclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace beamtop {

class AlertMonitor;
class AllocCollector;
class ClusterCollector;
class DistCollector;
class LoadRecorder;
class MnesiaCollector;
class AppsCollector;
class AppTreeCollector;
class PortCollector;
class ProcessCollector;
class ProcessInspector;
class ProcessSampler;
class PortInspector;
class PortSampler;
class EtsCollector;
class EtsSampler;
class Sampler;
class SchedulerCollector;
class SystemCollector;

// One connected node, for a window of the desktop app or a beamtop-cli command: the NodeClient
// (taken over, already connected or connecting), the agent on top of it, every collector, and
// the history. Its tick is the only thing that starts periodic fetches: each tick it samples
// the system and the schedulers (the status bar and the history need them whatever is shown)
// and the feeds someone subscribed to; views connect to the collectors' value-type signals and
// never fetch or call the node themselves.
//
// It tracks a single state for the UI and keeps the last sample and its time, which stay on
// screen when the link drops. The backend reconnects on its own (ConnectOptions::
// autoReconnect); the agent reloads on the new link and the session goes live again.
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

    // Data that is fetched each tick only while someone subscribes to it.
    enum class Feed {
        Processes, // the process ranking, at the query the Processes view set
        Cluster,   // the connected nodes
        Ports,     // the port ranking, at the query the Network view set, and the counts by type
        Distribution, // the distribution links, with their traffic
        Mnesia,       // Mnesia's database, tables, locks and transactions
        Ets,          // the ETS table ranking, at the query the ETS view set
        Applications, // every application with its processes' totals
        AppTree,      // one application's supervision tree, at the query a view set (walks
                      // spaced out to keep within the agent's budget)
    };
    Q_ENUM(Feed)

    NodeClient *client() const { return m_client; }
    AgentClient *agent() const { return m_agent; }
    SystemCollector *system() const { return m_system; }
    SchedulerCollector *schedulers() const;
    ProcessCollector *processes() const { return m_processes; }
    ProcessInspector *inspector() const { return m_inspector; }
    ClusterCollector *cluster() const { return m_cluster; }
    PortCollector *ports() const { return m_ports; }
    DistCollector *distribution() const { return m_distribution; }
    MnesiaCollector *mnesia() const { return m_mnesia; }
    EtsCollector *ets() const { return m_ets; }
    AppsCollector *applications() const { return m_apps; }
    AppTreeCollector *appTree() const { return m_appTree; }
    // Port details and closing (read-only like the process inspector).
    PortInspector *portInspector() const { return m_portInspector; }
    // The memory allocators: read every tick after the schedulers (the history records them),
    // whatever is shown. Views set which types' instances they want.
    AllocCollector *allocators() const;
    // Every load metric over the history window, recorded each tick whatever is shown.
    HistoryStore &history() { return m_history; }
    const HistoryStore &history() const { return m_history; }
    // The alert rules and their state: fed every recorded row of history and, each tick, the
    // entity metrics its rules watch, whatever page is shown. Rules start empty: the desktop
    // app and `beamtop-cli watch` set them (RuleStore).
    AlertMonitor *alerts() const { return m_alerts; }

    // While subscriber lives and has not unsubscribed, feed is fetched on every tick (and once
    // right away, when live).
    void subscribe(Feed feed, QObject *subscriber);
    void unsubscribe(Feed feed, QObject *subscriber);
    bool isSubscribed(Feed feed) const;
    // A sampler of one process, fetched on every tick for as long as subscriber lives (or
    // until releaseSampler). One per subscriber and pid.
    ProcessSampler *sampleProcess(const Term &pid, QObject *subscriber);
    // The same for one port or socket, and one ETS table (ids as their rows carry them).
    PortSampler *samplePort(const Term &id, QObject *subscriber);
    EtsSampler *sampleEtsTable(const Term &id, QObject *subscriber);
    void releaseSampler(Sampler *sampler);

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
    // The tick: how often everything refreshes, how fresh rankings should be.
    int refreshIntervalMs() const { return m_intervalMs; }
    void setRefreshIntervalMs(int ms);
    // Paused: no ticks; what was collected stays. refresh() still takes one.
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    State state() const { return m_state; }
    static QString stateText(State state);
    QString nodeName() const;
    bool isLive() const { return m_state == State::Live; }
    // True while what is on screen is older than the link: after a drop, until a new sample.
    bool isStale() const { return m_stale; }
    // True while the node is slow to answer (overloaded, say): the link is up, a sample was
    // asked for, and nothing new has come for lateAfterMs(). What is on screen stays.
    bool isLate() const { return m_lateForMs > 0; }
    // How long nothing new has come while late, since the first sample asked for after the
    // last one came (failed asks in between do not reset it); 0 while data comes in time.
    qint64 lateForMs() const { return m_lateForMs; }
    // How long a sample may take before the data is late: the refresh interval, at least 2 s.
    qint64 lateAfterMs() const { return qMax<qint64>(2000, m_intervalMs); }
    const std::optional<SystemSample> &lastSample() const;
    QDateTime lastSampleAt() const { return m_lastSampleAt; } // local time
    QString lastError() const { return m_lastError; }
    // Why the last refresh failed while the link stayed up (a timeout, a remote error); empty
    // once a sample arrives again.
    QString fetchError() const { return m_fetchError; }

    // One tick now (F5): the next one comes a full interval later. No-op unless live.
    void refresh();
    // Detaches from the agent and disconnects; emits closed() when done (bounded in time).
    void close();

signals:
    void stateChanged(beamtop::NodeSession::State state);
    void sampleReady(const beamtop::SystemSample &sample);
    void staleChanged(bool stale);
    // The data became late, is still late (about every second, with lateForMs() grown), or is
    // on time again (0): for the texts that say how late.
    void lateChanged(qint64 lateForMs);
    void agentCostUpdated(double busyFraction);
    void connectFailed(const beamtop::ConnectError &error); // the first connect did not work
    void linkLost(const QString &reason, bool willReconnect);
    void reconnectScheduled(int attempt, int delayMs);
    void fetchFailed(const QString &error);
    void closed();
    void readOnlyChanged(bool readOnly);
    void formatterChanged(); // the syntax changed, or the node turned out to run Elixir
    void refreshed();        // one tick while live, after its fetches were started
    // A row of history was recorded (newMetrics: the set of metrics changed with it).
    void historyAppended(qint64 timeMs, bool newMetrics);
    void schedulerError(const QString &error);

private:
    void setState(State s);
    void setStale(bool stale);
    void checkLate();
    void stopLateClock();
    void tick();
    void fetchFeed(Feed feed);
    template <typename S>
    S *adoptSampler(S *sampler, QObject *subscriber);

    NodeClient *m_client;
    AgentClient *m_agent;
    SystemCollector *m_system;
    ProcessCollector *m_processes;
    ProcessInspector *m_inspector;
    ClusterCollector *m_cluster;
    PortCollector *m_ports;
    DistCollector *m_distribution;
    MnesiaCollector *m_mnesia;
    AppsCollector *m_apps;
    AppTreeCollector *m_appTree;
    EtsCollector *m_ets;
    PortInspector *m_portInspector;
    LoadRecorder *m_recorder;
    AlertMonitor *m_alerts;
    HistoryStore m_history;
    QHash<int, QSet<QObject *>> m_subscribers; // by Feed
    QSet<QObject *> m_watched;                 // subscribers whose destruction we follow
    QVector<QPointer<Sampler>> m_samplers; // processes, ports, ETS tables
    QTimer m_tick;
    bool m_paused = false;
    bool m_readOnly = true;
    AgentClient::SyntaxChoice m_syntax = AgentClient::SyntaxChoice::Auto;
    int m_intervalMs = 1000;
    State m_state = State::Connecting;
    bool m_stale = false;
    QElapsedTimer m_waitingSince; // the first sample asked for after the last one came
    QTimer m_lateCheck;
    qint64 m_lateForMs = 0;
    QDateTime m_lastSampleAt;
    QString m_lastError;
    QString m_fetchError;
};

} // namespace beamtop
