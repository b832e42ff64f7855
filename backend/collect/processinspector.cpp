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
    m_agent->node()->call(QString::fromLatin1(AgentClient::ModuleName), QStringLiteral("proc_details"),
                          {pid, pruneOptions()}, m_timeoutMs + 1000, this, [this, pid](const CallResult &r) {
                              if (r.ok() && r.value.isTaggedTuple("ok", 2))
                                  emit detailsReady(pid, r.value.at(1));
                              else
                                  emit failed(pid, r.ok() ? tr("The node could not read this process's details.") : r.message);
                          });
}

void ProcessInspector::fetchMessages(const Term &pid, int count, bool force)
{
    if (m_agent->mode() != AgentClient::Mode::Full) {
        emit failed(pid, tr("Reading messages needs the agent, which is not loaded on this node."));
        return;
    }
    QVector<std::pair<Term, Term>> opts = pruneOptions().mapPairs();
    opts.append({Term::atom("count"), Term::integer(qBound(1, count, 100))});
    opts.append({Term::atom("force"), Term::boolean(force)});
    m_agent->node()->call(QString::fromLatin1(AgentClient::ModuleName), QStringLiteral("proc_messages"),
                          {pid, Term::map(opts)}, m_timeoutMs + 1000, this, [this, pid](const CallResult &r) {
                              if (r.ok() && r.value.isTaggedTuple("ok", 2))
                                  emit messagesReady(pid, r.value.at(1));
                              else
                                  emit failed(pid, r.ok() ? tr("The node could not read the messages.") : r.message);
                          });
}

void ProcessInspector::act(const Term &pid, Action action)
{
    if (m_readOnly) {
        emit actionDone(pid, action, false, tr("Read-only mode is on for this connection: turn it off to change the node."));
        return;
    }
    auto done = [this, pid, action](const CallResult &r) {
        const bool ok = r.ok() && (r.value.isAtom("true") || r.value.isTaggedTuple("ok", 2));
        emit actionDone(pid, action, ok, ok ? QString() : (r.ok() ? TermFormatter().format(r.value) : r.message));
    };
    if (m_agent->mode() == AgentClient::Mode::Full) {
        m_agent->node()->call(QString::fromLatin1(AgentClient::ModuleName), QStringLiteral("proc_action"),
                              {pid, Term::atom(actionName(action))}, m_timeoutMs, this, done);
        return;
    }
    // Reduced mode: the BIFs directly. Suspension needs a long-lived process, so not here.
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

} // namespace beamtop
