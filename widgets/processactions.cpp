// SPDX-License-Identifier: GPL-3.0-or-later
#include "processactions.h"

#include "session/nodesession.h"

#include <QAction>
#include <QMenu>

namespace beamtop {

namespace {
QString key(ProcessInspector::Action a, const Term &pid)
{
    return ProcessInspector::actionName(a) + QLatin1Char(' ') + TermFormatter().format(pid);
}
} // namespace

ProcessActions::ProcessActions(QWidget *dialogParent) : NodeActions(dialogParent) {}

QObject *ProcessActions::inspector(NodeSession *session) const
{
    return session->inspector();
}

void ProcessActions::connectInspector(NodeSession *session)
{
    connect(session->inspector(), &ProcessInspector::actionDone, this,
            [this](const Term &pid, ProcessInspector::Action action, bool ok, const QString &message) {
                QString what;
                if (!takePending(key(action, pid), &what))
                    return; // someone else's request
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

void ProcessActions::addTo(QMenu *menu, const Term &pid, const QString &description)
{
    auto add = [&](ProcessInspector::Action a, const QString &text, const char *icon) {
        addEntry(menu, QIcon::fromTheme(QString::fromLatin1(icon)), text, QStringLiteral("action_") + ProcessInspector::actionName(a),
                 [this, a, pid, description] { run(a, pid, description); });
    };
    add(ProcessInspector::Action::GarbageCollect, tr("&Garbage Collect"), "edit-clear");
    add(ProcessInspector::Action::Suspend, tr("&Suspend"), "media-playback-pause");
    add(ProcessInspector::Action::Resume, tr("&Resume"), "media-playback-start");
    add(ProcessInspector::Action::Kill, tr("&Kill…"), "process-stop");
}

void ProcessActions::run(ProcessInspector::Action action, const Term &pid, const QString &description)
{
    if (!checkAllowed())
        return;
    if (action != ProcessInspector::Action::Kill) {
        request(action, pid, description);
        return;
    }
    Confirmation c;
    c.title = tr("Kill process");
    c.question = tr("Kill %1 on %2?").arg(description, session()->nodeName());
    c.details = tr("The process exits with reason kill, which it cannot trap. Processes linked to it get "
                   "an exit signal, and its supervisor may restart it.");
    c.button = tr("Kill");
    c.boxName = QStringLiteral("killConfirmation");
    c.buttonName = QStringLiteral("killButton");
    confirm(c, [this, pid, description] { request(ProcessInspector::Action::Kill, pid, description); });
}

void ProcessActions::request(ProcessInspector::Action action, const Term &pid, const QString &description)
{
    if (!session())
        return;
    expect(key(action, pid), description);
    session()->inspector()->act(pid, action);
}

} // namespace beamtop
