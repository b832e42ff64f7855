#include "nodesession.h"

#include "collect/processcollector.h"
#include "collect/processinspector.h"
#include "collect/systemcollector.h"

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
    connect(m_agent, &AgentClient::ready, this, [this] {
        if (m_state == State::Closing || m_state == State::Disconnected)
            return;
        setState(State::Live);
        emit formatterChanged(); // now it is known whether the node runs Elixir
        refresh(); // first data as soon as possible, not one interval later
    });
    connect(m_agent, &AgentClient::costUpdated, this, [this](double fraction) { emit agentCostUpdated(fraction); });
    connect(m_system, &SystemCollector::sampleReady, this, [this](const SystemSample &s) {
        m_lastSampleAt = s.takenAt.toLocalTime();
        m_fetchError.clear();
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
    emit stateChanged(s);
}

void NodeSession::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

void NodeSession::refresh()
{
    if (m_state != State::Live)
        return;
    m_system->fetch();
    m_agent->requestCost();
    emit refreshed();
}

void NodeSession::setReadOnly(bool on)
{
    if (m_readOnly == on)
        return;
    m_readOnly = on;
    m_inspector->setReadOnly(on);
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
