// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminal.h"

#include "collect/processinspector.h"

#include <QObject>
#include <QPointer>
#include <QHash>

namespace beamtop {
class NodeSession;
}

namespace beamtop::tui {

class TuiScreen;

// The keys that change a process on the node, shared by the Processes page and the details
// overlay: K kill, S suspend (resume when suspended), G garbage collect. Only with
// --allow-actions, and each after a confirmation naming the process (pid and name); refused
// with a notice otherwise. The outcome comes back as a notice; done(pid) lets the caller
// show what the action did at once.
class ProcessActionKeys : public QObject
{
    Q_OBJECT
public:
    ProcessActionKeys(TuiScreen *screen, QObject *parent);

    void setSession(NodeSession *session);
    // The action a key asks for, if any: K, S (suspended: resume) and G.
    static bool actionFor(const Key &key, bool suspended, ProcessInspector::Action *action);
    // Asks, then runs action on pid. description: "my_server <0.91.0>".
    void run(ProcessInspector::Action action, const Term &pid, const QString &description);
    // The lines for the help screen.
    static QVector<QPair<QString, QString>> keyHelp();

signals:
    void done(const beamtop::Term &pid);

private:
    QString question(ProcessInspector::Action action, const QString &description) const;
    static QString actionText(ProcessInspector::Action action);
    static QString pendingKey(ProcessInspector::Action action, const Term &pid);

    TuiScreen *m_screen;
    QPointer<NodeSession> m_session;
    QHash<QString, QString> m_pending; // action and pid -> the description asked about
};

} // namespace beamtop::tui
