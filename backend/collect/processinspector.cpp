// SPDX-License-Identifier: GPL-3.0-or-later
#include "processinspector.h"

#include "term/termformatter.h"

namespace beamtop {

namespace {
Term pruneOptions()
{
    return Term::map({{Term::atom("depth"), Term::integer(8)},
                      {Term::atom("width"), Term::integer(50)},
                      {Term::atom("binary_bytes"), Term::integer(256)},
                      {Term::atom("list_cap"), Term::integer(100)},
                      {Term::atom("state_timeout_ms"), Term::integer(1000)},
                      {Term::atom("timeout_ms"), Term::integer(4000)},
                      {Term::atom("max_bytes"), Term::integer(2 << 20)}});
}
} // namespace

ProcessInspector::ProcessInspector(AgentClient *agent, QObject *parent) : QObject(parent), m_agent(agent) {}

QString ProcessInspector::actionName(Action a)
{
    switch (a) {
    case Action::GarbageCollect: return QStringLiteral("gc");
    case Action::Suspend: return QStringLiteral("suspend");
    case Action::Resume: return QStringLiteral("resume");
    case Action::Kill: return QStringLiteral("kill");
    }
    return {};
}

void ProcessInspector::resolvePid(const QString &pidText, std::function<void(const Term &)> handler)
{
    QString text = pidText.trimmed();
    if (text.startsWith(QLatin1String("#PID")))
        text = text.mid(4);
    m_agent->node()->call(QStringLiteral("erlang"), QStringLiteral("list_to_pid"), {Term::string(text.toLatin1())},
                          m_timeoutMs, this, [handler, text](const CallResult &r) {
                              handler(r.ok() && r.value.isPid()
                                          ? r.value
                                          : Term::error(tr("'%1' is not a pid (write it like <0.123.0>).").arg(text)));
                          });
}

void ProcessInspector::fetchDetails(const Term &pid)
{
    if (m_agent->mode() != AgentClient::Mode::Full) {
        emit failed(pid, tr("Process details need the agent, which is not loaded on this node."));
        return;
    }
    QVector<std::pair<Term, Term>> args = pruneOptions().mapPairs();
    args.append({Term::atom("pid"), pid});
    m_agent->request("proc_details", Term::map(args), m_timeoutMs + 1000, this, [this, pid](const AgentReply &r) {
        if (r.ok())
            emit detailsReady(pid, r.value);
        else
            emit failed(pid, r.message);
    });
}

void ProcessInspector::fetchMessages(const Term &pid, int count, bool force)
{
    if (m_agent->mode() != AgentClient::Mode::Full) {
        emit failed(pid, tr("Reading messages needs the agent, which is not loaded on this node."));
        return;
    }
    QVector<std::pair<Term, Term>> args = pruneOptions().mapPairs();
    args.append({Term::atom("pid"), pid});
    args.append({Term::atom("count"), Term::integer(qBound(1, count, 100))});
    args.append({Term::atom("force"), Term::boolean(force)});
    m_agent->request("proc_messages", Term::map(args), m_timeoutMs + 1000, this, [this, pid](const AgentReply &r) {
        if (r.ok())
            emit messagesReady(pid, r.value);
        else
            emit failed(pid, r.message);
    });
}

void ProcessInspector::act(const Term &pid, Action action)
{
    if (m_readOnly) {
        emit actionDone(pid, action, false, tr("Read-only mode is on for this connection: turn it off to change the node."));
        return;
    }
    if (m_agent->mode() == AgentClient::Mode::Full) {
        const Term args = Term::map({{Term::atom("pid"), pid}, {Term::atom("action"), Term::atom(actionName(action))}});
        m_agent->request("proc_action", args, m_timeoutMs, this, [this, pid, action](const AgentReply &r) {
            emit actionDone(pid, action, r.ok(), r.ok() ? QString() : r.message);
        });
        return;
    }
    // Reduced mode: the BIFs directly. Suspension needs a long-lived process, so not here.
    auto done = [this, pid, action](const CallResult &r) {
        const bool ok = r.ok() && r.value.isAtom("true");
        emit actionDone(pid, action, ok, ok ? QString() : (r.ok() ? TermFormatter().format(r.value) : r.message));
    };
    switch (action) {
    case Action::GarbageCollect:
        m_agent->node()->call(QStringLiteral("erlang"), QStringLiteral("garbage_collect"), {pid}, m_timeoutMs, this, done);
        break;
    case Action::Kill:
        m_agent->node()->call(QStringLiteral("erlang"), QStringLiteral("exit"), {pid, Term::atom("kill")}, m_timeoutMs, this, done);
        break;
    case Action::Suspend:
    case Action::Resume:
        emit actionDone(pid, action, false, tr("Suspending and resuming need the agent, which is not loaded."));
        break;
    }
}

void ProcessInspector::lookupName(const Term &name)
{
    auto answer = [this, name](bool ok, const Term &value, const QString &error) {
        if (ok)
            emit nameResolved(name, value.isPid() ? value : Term::atom("undefined"));
        else
            emit failed(name, error);
    };
    // The name goes as text: a name typed by a person must not become an atom on the node (a
    // full atom table stops it). Only an existing atom can be registered.
    const Term text = Term::binary(name.atomName().toUtf8());
    if (m_agent->mode() == AgentClient::Mode::Full) {
        m_agent->request("whereis", Term::map({{Term::atom("name_text"), text}}), m_timeoutMs, this,
                         [answer](const AgentReply &r) { answer(r.ok(), r.value, r.message); });
        return;
    }
    // Reduced mode: the atom only once the node says it has it.
    m_agent->node()->call(QStringLiteral("erlang"), QStringLiteral("binary_to_existing_atom"), {text, Term::atom("utf8")},
                          m_timeoutMs, this, [this, answer](const CallResult &a) {
                              if (AgentClient::atProcessLimit(a))
                                  return answer(false, {}, AgentClient::processLimitText());
                              if (a.status == CallResult::Status::RemoteError)
                                  return answer(true, Term::atom("undefined"), {}); // no such atom: not registered
                              if (!a.ok() || !a.value.isAtom())
                                  return answer(false, {}, a.message);
                              m_agent->node()->call(QStringLiteral("erlang"), QStringLiteral("whereis"), {a.value}, m_timeoutMs,
                                                    this, [answer](const CallResult &r) { answer(r.ok(), r.value, r.message); });
                          });
}

void ProcessInspector::fetchPortInfo(const Term &port)
{
    auto answer = [this, port](bool ok, const Term &value, const QString &error) {
        if (ok && value.isList())
            emit portInfoReady(port, value);
        else
            emit failed(port, ok ? tr("The port is closed.") : error);
    };
    if (m_agent->mode() == AgentClient::Mode::Full) {
        m_agent->request("port_info", Term::map({{Term::atom("port"), port}}), m_timeoutMs, this,
                         [answer](const AgentReply &r) { answer(r.ok(), r.value, r.message); });
        return;
    }
    m_agent->node()->call(QStringLiteral("erlang"), QStringLiteral("port_info"), {port}, m_timeoutMs, this,
                          [answer](const CallResult &r) { answer(r.ok(), r.value, r.message); });
}

} // namespace beamtop
