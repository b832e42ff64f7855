#include "processactions.h"

#include "session/nodesession.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace beamtop {

namespace {
QString key(ProcessInspector::Action a, const Term &pid)
{
    return ProcessInspector::actionName(a) + QLatin1Char(' ') + TermFormatter().format(pid);
}
} // namespace

ProcessActions::ProcessActions(QWidget *dialogParent) : QObject(dialogParent), m_parent(dialogParent) {}

void ProcessActions::setSession(NodeSession *session)
{
    if (m_session)
        disconnect(m_session->inspector(), nullptr, this, nullptr);
    m_session = session;
    m_pending.clear();
    if (!session)
        return;
    connect(session->inspector(), &ProcessInspector::actionDone, this,
            [this](const Term &pid, ProcessInspector::Action action, bool ok, const QString &message) {
                const QString k = key(action, pid);
                const auto it = m_pending.find(k);
                if (it == m_pending.end())
                    return; // someone else's request
                const QString what = *it;
                m_pending.erase(it);
                if (!ok) {
                    emit finished(false, tr("%1 of %2 failed: %3").arg(actionText(action), what, message));
                    return;
                }
                switch (action) {
                case ProcessInspector::Action::GarbageCollect: emit finished(true, tr("Garbage collected %1.").arg(what)); break;
                case ProcessInspector::Action::Suspend: emit finished(true, tr("Suspended %1.").arg(what)); break;
                case ProcessInspector::Action::Resume: emit finished(true, tr("Resumed %1.").arg(what)); break;
                case ProcessInspector::Action::Kill: emit finished(true, tr("Killed %1.").arg(what)); break;
                }
            });
}

QMessageBox *ProcessActions::confirmation() const
{
    return m_confirm;
}

QString ProcessActions::actionText(ProcessInspector::Action action)
{
    switch (action) {
    case ProcessInspector::Action::GarbageCollect: return tr("Garbage collection");
    case ProcessInspector::Action::Suspend: return tr("Suspending");
    case ProcessInspector::Action::Resume: return tr("Resuming");
    case ProcessInspector::Action::Kill: return tr("Killing");
    }
    return {};
}

bool ProcessActions::canChange(QString *why) const
{
    QString reason;
    if (!m_session)
        reason = tr("Not connected.");
    else if (m_session->isReadOnly())
        reason = tr("Read-only mode is on for this connection: turn it off (toolbar: Read-only) to change the node.");
    else if (!m_session->isLive())
        reason = tr("Not connected to %1 right now.").arg(m_session->nodeName());
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void ProcessActions::addTo(QMenu *menu, const Term &pid, const QString &description)
{
    QString why;
    const bool allowed = canChange(&why);
    menu->setToolTipsVisible(true);
    auto add = [&](ProcessInspector::Action a, const QString &text, const char *icon) {
        QAction *act = menu->addAction(QIcon::fromTheme(QString::fromLatin1(icon)), text);
        act->setObjectName(QStringLiteral("action_") + ProcessInspector::actionName(a));
        act->setEnabled(allowed);
        if (!allowed)
            act->setToolTip(why);
        connect(act, &QAction::triggered, this, [this, a, pid, description] { run(a, pid, description); });
        return act;
    };
    add(ProcessInspector::Action::GarbageCollect, tr("&Garbage Collect"), "edit-clear");
    add(ProcessInspector::Action::Suspend, tr("&Suspend"), "media-playback-pause");
    add(ProcessInspector::Action::Resume, tr("&Resume"), "media-playback-start");
    add(ProcessInspector::Action::Kill, tr("&Kill…"), "process-stop");
}

void ProcessActions::run(ProcessInspector::Action action, const Term &pid, const QString &description)
{
    QString why;
    if (!canChange(&why)) {
        emit finished(false, why);
        return;
    }
    if (action != ProcessInspector::Action::Kill) {
        request(action, pid, description);
        return;
    }
    if (m_confirm)
        m_confirm->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Kill process"),
                                tr("Kill %1 on %2?").arg(description, m_session->nodeName()), QMessageBox::Cancel, m_parent);
    box->setObjectName(QStringLiteral("killConfirmation"));
    box->setInformativeText(tr("The process exits with reason kill, which it cannot trap. Processes linked to it get "
                               "an exit signal, and its supervisor may restart it."));
    QPushButton *kill = box->addButton(tr("Kill"), QMessageBox::DestructiveRole);
    kill->setObjectName(QStringLiteral("killButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, kill, pid, description](QAbstractButton *b) {
        if (b == kill)
            request(ProcessInspector::Action::Kill, pid, description);
    });
    m_confirm = box;
    box->open();
}

void ProcessActions::request(ProcessInspector::Action action, const Term &pid, const QString &description)
{
    if (!m_session)
        return;
    m_pending.insert(key(action, pid), description);
    m_session->inspector()->act(pid, action);
}

} // namespace beamtop
