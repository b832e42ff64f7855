// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/nodesession.h"

#include "collect/appscollector.h"
#include "collect/clustercollector.h"
#include "collect/distcollector.h"
#include "collect/etscollector.h"
#include "collect/mnesiacollector.h"
#include "collect/portcollector.h"
#include "collect/portinspector.h"
#include "collect/processcollector.h"
#include "collect/processinspector.h"
#include "collect/processsampler.h"
#include "collect/schedulercollector.h"
#include "collect/systemcollector.h"
#include "alerts/alertmonitor.h"
#include "history/loadrecorder.h"

namespace beamtop {

NodeSession::NodeSession(NodeClient *client, AgentClient::Options agentOptions, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_client->setParent(this);
    // Before the agent exists, so on a (re)connect this runs first: LoadingAgent, then the
    // agent's ready() (synchronous in reduced mode) makes it Live, never the other way round.
    connect(m_client, &NodeClient::connected, this, [this] {
        if (m_state != State::Closing && m_state != State::Disconnected)
            setState(State::LoadingAgent);
    });
    connect(m_client, &NodeClient::connectionLost, this, [this](const QString &reason, bool willReconnect) {
        m_lastError = reason;
        if (m_state == State::Closing)
            return;
        m_fetchError.clear();
        setStale(true);
        setState(willReconnect ? State::Reconnecting : State::Disconnected);
        emit linkLost(reason, willReconnect);
    });
    connect(m_client, &NodeClient::connectFailed, this, [this](const ConnectError &e) {
        m_lastError = e.message;
        setState(State::Disconnected);
        emit connectFailed(e);
    });
    connect(m_client, &NodeClient::reconnectScheduled, this, &NodeSession::reconnectScheduled);
    connect(m_client, &NodeClient::stateChanged, this, [this](ConnectionState s) {
        // A reconnect that gave up, or a close from below.
        if (s == ConnectionState::Disconnected && m_state != State::Closing && m_state != State::Connecting) {
            setStale(true);
            setState(State::Disconnected);
        }
    });
    m_agent = new AgentClient(m_client, agentOptions, this);
    m_system = new SystemCollector(m_agent, this);
    m_processes = new ProcessCollector(m_agent, this);
    m_inspector = new ProcessInspector(m_agent, this);
    m_inspector->setReadOnly(m_readOnly);
    m_cluster = new ClusterCollector(m_agent, this);
    m_ports = new PortCollector(m_agent, this);
    m_distribution = new DistCollector(m_agent, this);
    m_mnesia = new MnesiaCollector(m_agent, this);
    m_ets = new EtsCollector(m_agent, this);
    m_apps = new AppsCollector(m_agent, this);
    m_appTree = new AppTreeCollector(m_agent, this);
    m_portInspector = new PortInspector(m_agent, this);
    m_portInspector->setReadOnly(m_readOnly);
    // Every system sample becomes a row of history (with the schedulers read right after it),
    // whichever view is shown.
    m_recorder = new LoadRecorder(m_agent, m_system, this);
    m_alerts = new AlertMonitor(m_agent, this);
    connect(m_recorder, &LoadRecorder::recorded, this,
            [this](qint64 timeMs, const QVector<HistoryMetric> &metrics, const QVector<double> &values,
                   const SystemSample &system) {
                const bool newMetrics = metrics != m_history.metrics();
                m_history.setMetrics(metrics, true); // Mnesia's columns may come later
                m_history.append(timeMs, values);
                emit historyAppended(timeMs, newMetrics);
                m_alerts->observeRow(timeMs, metrics, values, system);
            });
    connect(m_recorder, &LoadRecorder::schedulerError, this, &NodeSession::schedulerError);
    m_tick.setInterval(m_intervalMs);
    connect(&m_tick, &QTimer::timeout, this, &NodeSession::tick);
    m_lateCheck.setInterval(250); // "late for N s" grows by whole seconds, near enough
    connect(&m_lateCheck, &QTimer::timeout, this, &NodeSession::checkLate);
    connect(m_agent, &AgentClient::ready, this, [this] {
        if (m_state != State::LoadingAgent) // closing, or the link went while the agent loaded
            return;
        setState(State::Live);
        emit formatterChanged(); // now it is known whether the node runs Elixir
        refresh(); // first data as soon as possible, not one interval later
    });
    connect(m_agent, &AgentClient::costUpdated, this, [this](double fraction) { emit agentCostUpdated(fraction); });
    connect(m_system, &SystemCollector::sampleReady, this, [this](const SystemSample &s) {
        m_lastSampleAt = s.takenAt.toLocalTime();
        m_fetchError.clear();
        stopLateClock();
        setStale(false);
        emit sampleReady(s);
    });
    connect(m_system, &SystemCollector::failed, this, [this](const QString &error) {
        m_lastError = error;
        if (m_state == State::Live)
            m_fetchError = error;
        emit fetchFailed(error);
    });

    if (m_client->isConnected())
        setState(m_agent->mode() == AgentClient::Mode::Full || m_agent->mode() == AgentClient::Mode::Reduced
                     ? State::Live
                     : State::LoadingAgent);
}

NodeSession::~NodeSession() = default;

QString NodeSession::stateText(State state)
{
    switch (state) {
    case State::Connecting: return tr("Connecting");
    case State::LoadingAgent: return tr("Loading the agent");
    case State::Live: return tr("Connected");
    case State::Reconnecting: return tr("Disconnected, reconnecting");
    case State::Closing: return tr("Disconnecting");
    case State::Disconnected: return tr("Disconnected");
    }
    return {};
}

QString NodeSession::nodeName() const
{
    return m_client->options().node;
}

const std::optional<SystemSample> &NodeSession::lastSample() const
{
    return m_system->last();
}

void NodeSession::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    if (s == State::Live && !m_paused)
        m_tick.start();
    else if (s != State::Live)
        m_tick.stop();
    if (s != State::Live)
        stopLateClock(); // a lost link is stale, not late
    emit stateChanged(s);
}

void NodeSession::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

void NodeSession::checkLate()
{
    if (!m_waitingSince.isValid())
        return;
    const qint64 waited = m_waitingSince.elapsed();
    if (waited < lateAfterMs() || (m_lateForMs > 0 && waited / 1000 == m_lateForMs / 1000))
        return;
    m_lateForMs = waited;
    emit lateChanged(m_lateForMs);
}

void NodeSession::stopLateClock()
{
    m_waitingSince.invalidate();
    m_lateCheck.stop();
    if (m_lateForMs == 0)
        return;
    m_lateForMs = 0;
    emit lateChanged(0);
}

SchedulerCollector *NodeSession::schedulers() const
{
    return m_recorder->schedulers();
}

AllocCollector *NodeSession::allocators() const
{
    return m_recorder->allocators();
}

void NodeSession::setRefreshIntervalMs(int ms)
{
    m_intervalMs = qMax(1, ms);
    m_tick.setInterval(m_intervalMs);
}

void NodeSession::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        m_tick.stop();
        stopLateClock(); // nothing is expected while paused
    } else if (m_state == State::Live)
        m_tick.start();
}

void NodeSession::refresh()
{
    if (m_state != State::Live)
        return;
    if (!m_paused)
        m_tick.start(); // the next tick a full interval from now
    tick();
}

void NodeSession::tick()
{
    if (m_state != State::Live)
        return;
    m_system->fetch(); // the recorder reads the schedulers when it lands
    if (m_system->isBusy() && !m_waitingSince.isValid()) {
        m_waitingSince.start();
        m_lateCheck.start();
    }
    m_agent->requestCost();
    for (const Feed f : {Feed::Processes, Feed::Cluster, Feed::Ports, Feed::Distribution, Feed::Mnesia, Feed::Ets, Feed::Applications, Feed::AppTree})
        if (isSubscribed(f))
            fetchFeed(f);
    m_samplers.removeAll(nullptr);
    for (const QPointer<Sampler> &s : std::as_const(m_samplers))
        s->fetch();
    m_alerts->tick(m_intervalMs);
    emit refreshed();
}

void NodeSession::fetchFeed(Feed feed)
{
    switch (feed) {
    case Feed::Processes: m_processes->refresh(); break;
    case Feed::Cluster: m_cluster->fetch(); break;
    case Feed::Ports: m_ports->refresh(); break;
    case Feed::Distribution: m_distribution->fetch(); break;
    case Feed::Mnesia: m_mnesia->fetch(); break;
    case Feed::Ets: m_ets->refresh(); break;
    case Feed::Applications: m_apps->fetch(); break;
    case Feed::AppTree: m_appTree->refresh(); break;
    }
}

void NodeSession::subscribe(Feed feed, QObject *subscriber)
{
    QSet<QObject *> &set = m_subscribers[int(feed)];
    if (set.contains(subscriber))
        return;
    const bool first = set.isEmpty();
    set.insert(subscriber);
    if (!m_watched.contains(subscriber)) {
        m_watched.insert(subscriber);
        connect(subscriber, &QObject::destroyed, this, [this, subscriber] {
            m_watched.remove(subscriber);
            for (QSet<QObject *> &each : m_subscribers)
                each.remove(subscriber);
        });
    }
    if (first && m_state == State::Live)
        fetchFeed(feed); // data now, not one interval later
}

void NodeSession::unsubscribe(Feed feed, QObject *subscriber)
{
    m_subscribers[int(feed)].remove(subscriber);
}

bool NodeSession::isSubscribed(Feed feed) const
{
    return !m_subscribers.value(int(feed)).isEmpty();
}

template <typename S>
S *NodeSession::adoptSampler(S *sampler, QObject *subscriber)
{
    sampler->setTimeoutMs(qBound(1000, m_intervalMs * 2, 5000));
    connect(subscriber, &QObject::destroyed, sampler, &QObject::deleteLater);
    m_samplers.append(sampler);
    return sampler;
}

ProcessSampler *NodeSession::sampleProcess(const Term &pid, QObject *subscriber)
{
    return adoptSampler(new ProcessSampler(m_agent, pid, this), subscriber);
}

PortSampler *NodeSession::samplePort(const Term &id, QObject *subscriber)
{
    return adoptSampler(new PortSampler(m_agent, id, this), subscriber);
}

EtsSampler *NodeSession::sampleEtsTable(const Term &id, QObject *subscriber)
{
    return adoptSampler(new EtsSampler(m_agent, id, this), subscriber);
}

void NodeSession::releaseSampler(Sampler *sampler)
{
    m_samplers.removeAll(sampler);
    if (sampler)
        sampler->deleteLater();
}

void NodeSession::setReadOnly(bool on)
{
    if (m_readOnly == on)
        return;
    m_readOnly = on;
    m_inspector->setReadOnly(on);
    m_portInspector->setReadOnly(on);
    emit readOnlyChanged(on);
}

void NodeSession::setSyntaxChoice(AgentClient::SyntaxChoice choice)
{
    if (m_syntax == choice)
        return;
    m_syntax = choice;
    emit formatterChanged();
}

TermFormatter NodeSession::formatter() const
{
    TermFormatter::Options o;
    o.syntax = m_agent->preferredSyntax(m_syntax);
    // Pids of this node print as <0.N.S>, as its own shell would print them.
    o.localNode = (m_client->info().node.isEmpty() ? nodeName() : m_client->info().node).toUtf8();
    return TermFormatter(o);
}

void NodeSession::close()
{
    if (m_state == State::Closing)
        return;
    if (m_state == State::Disconnected) {
        emit closed();
        return;
    }
    setState(State::Closing);
    connect(m_agent, &AgentClient::detached, this, [this] {
        setStale(true);
        setState(State::Disconnected);
        emit closed();
    }, Qt::SingleShotConnection);
    m_agent->detachAndDisconnect();
}

} // namespace beamtop
