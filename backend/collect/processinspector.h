// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/agentclient.h"

#include <QObject>

namespace beamtop {

// Drill-down into processes: details (overview, dictionary, stack, state), messages, actions,
// and the lookups a details window's links need (a registered name, a port). Several windows
// ask at once, so replies carry the entity they are for. Actions that change the node are
// refused while read-only.
class ProcessInspector : public QObject
{
    Q_OBJECT
public:
    enum class Action { GarbageCollect, Suspend, Resume, Kill };

    explicit ProcessInspector(AgentClient *agent, QObject *parent = nullptr);

    // The pid a text like <0.123.0> names on the node (asked of the node, which knows the
    // creation); the handler gets an Error term when it does not parse.
    void resolvePid(const QString &pidText, std::function<void(const Term &)> handler);
    void fetchDetails(const Term &pid);
    // force: copy even a queue over 10,000 messages (only the first `count` are sent).
    void fetchMessages(const Term &pid, int count, bool force);
    void act(const Term &pid, Action action);
    // Which process holds a registered name now: nameResolved(name, pid or undefined).
    void lookupName(const Term &name);
    // What erlang:port_info/1 says of a port: portInfoReady, or failed when it is closed.
    void fetchPortInfo(const Term &port);

    bool readOnly() const { return m_readOnly; }
    void setReadOnly(bool on) { m_readOnly = on; }
    static QString actionName(Action a);

signals:
    // details: the agent's map (alive => false when the process is gone).
    void detailsReady(const beamtop::Term &pid, const beamtop::Term &details);
    // messages: map with alive, refused, length and (unless refused) messages.
    void messagesReady(const beamtop::Term &pid, const beamtop::Term &messages);
    void actionDone(const beamtop::Term &pid, beamtop::ProcessInspector::Action action, bool ok, const QString &message);
    void nameResolved(const beamtop::Term &name, const beamtop::Term &pid);
    void portInfoReady(const beamtop::Term &port, const beamtop::Term &info); // [{Key, Value}]
    // entity: the pid (or port, for fetchPortInfo) the request was about.
    void failed(const beamtop::Term &entity, const QString &error);

private:
    AgentClient *m_agent;
    bool m_readOnly = true;
    int m_timeoutMs = 5000;
};

} // namespace beamtop
