// SPDX-License-Identifier: GPL-3.0-or-later
#include "processactionkeys.h"

#include "tuiscreen.h"

#include "session/nodesession.h"
#include "term/termformatter.h"

namespace beamtop::tui {

ProcessActionKeys::ProcessActionKeys(TuiScreen *screen, QObject *parent) : QObject(parent), m_screen(screen) {}

void ProcessActionKeys::setSession(NodeSession *session)
{
    if (m_session)
        disconnect(m_session->inspector(), nullptr, this, nullptr);
    m_session = session;
    m_pending.clear();
    if (!session)
        return;
    connect(session->inspector(), &ProcessInspector::actionDone, this,
            [this](const Term &pid, ProcessInspector::Action action, bool ok, const QString &message) {
                const auto it = m_pending.constFind(pendingKey(action, pid));
                if (it == m_pending.constEnd())
                    return; // another view's request
                const QString what = *it;
                m_pending.erase(it);
                if (!ok) {
                    m_screen->notice(tr("%1 %2 failed: %3").arg(actionText(action), what, message), Role::Warning);
                    return;
                }
                QString text;
                switch (action) {
                case ProcessInspector::Action::GarbageCollect: text = tr("Garbage collected %1.").arg(what); break;
                case ProcessInspector::Action::Suspend: text = tr("Suspended %1.").arg(what); break;
                case ProcessInspector::Action::Resume: text = tr("Resumed %1.").arg(what); break;
                case ProcessInspector::Action::Kill: text = tr("Killed %1.").arg(what); break;
                }
                m_screen->notice(text, Role::Good);
                emit done(pid);
            });
}

bool ProcessActionKeys::actionFor(const Key &key, bool suspended, ProcessInspector::Action *action)
{
    if (key.isChar(U'K'))
        *action = ProcessInspector::Action::Kill;
    else if (key.isChar(U'S'))
        *action = suspended ? ProcessInspector::Action::Resume : ProcessInspector::Action::Suspend;
    else if (key.isChar(U'G'))
        *action = ProcessInspector::Action::GarbageCollect;
    else
        return false;
    return true;
}

QVector<QPair<QString, QString>> ProcessActionKeys::keyHelp()
{
    return {{QStringLiteral("K S G"), tr("kill, suspend or resume, garbage collect (--allow-actions; asks first)")}};
}

QString ProcessActionKeys::actionText(ProcessInspector::Action action)
{
    switch (action) {
    case ProcessInspector::Action::GarbageCollect: return tr("Garbage collecting");
    case ProcessInspector::Action::Suspend: return tr("Suspending");
    case ProcessInspector::Action::Resume: return tr("Resuming");
    case ProcessInspector::Action::Kill: return tr("Killing");
    }
    return {};
}

QString ProcessActionKeys::pendingKey(ProcessInspector::Action action, const Term &pid)
{
    return ProcessInspector::actionName(action) + QLatin1Char(' ') + TermFormatter().format(pid);
}

QString ProcessActionKeys::question(ProcessInspector::Action action, const QString &description) const
{
    const QString node = m_session ? m_session->nodeName() : QString();
    switch (action) {
    case ProcessInspector::Action::Kill:
        return tr("Kill %1 on %2? (untrappable; its supervisor may restart it)").arg(description, node);
    case ProcessInspector::Action::Suspend:
        return tr("Suspend %1 on %2? (S resumes it; so does Beamtop leaving)").arg(description, node);
    case ProcessInspector::Action::Resume: return tr("Resume %1 on %2?").arg(description, node);
    case ProcessInspector::Action::GarbageCollect: return tr("Garbage collect %1 on %2?").arg(description, node);
    }
    return {};
}

void ProcessActionKeys::run(ProcessInspector::Action action, const Term &pid, const QString &description)
{
    if (!m_screen->allowActions()) {
        // The flag first: the status line may cut the rest.
        m_screen->notice(tr("Needs --allow-actions: kill, suspend and garbage collection are off."), Role::Warning);
        return;
    }
    if (!m_session || !m_session->isLive()) {
        m_screen->notice(tr("Not connected: the node cannot be changed now."), Role::Warning);
        return;
    }
    if (!pid.isPid())
        return;
    // The question holds the pid, not a row: a refresh that re-sorts under it changes nothing.
    QPointer<NodeSession> session = m_session;
    m_screen->confirm(question(action, description), [this, session, action, pid, description](bool yes) {
        if (!yes || !session || session != m_session)
            return;
        m_pending.insert(pendingKey(action, pid), description);
        session->inspector()->act(pid, action);
    });
}

} // namespace beamtop::tui
