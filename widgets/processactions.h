#pragma once

#include "collect/processinspector.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QMessageBox;
class QWidget;

namespace beamtop {

class NodeSession;

// The actions that change a process on the node — garbage collect, suspend, resume, kill —
// for the table's context menu and the details window alike. Disabled while the session is
// read-only (the default) or not live; Kill asks first, naming the process. Reports the
// outcome of the requests it made itself (the inspector's signals are shared).
class ProcessActions : public QObject
{
    Q_OBJECT
public:
    explicit ProcessActions(QWidget *dialogParent);

    void setSession(NodeSession *session);
    NodeSession *session() const { return m_session; }

    // Whether actions that change the node can run now; if not, why (for tooltips).
    bool canChange(QString *why = nullptr) const;
    // Adds Garbage collect, Suspend, Resume and Kill… for pid to menu, enabled as allowed.
    void addTo(QMenu *menu, const Term &pid, const QString &description);
    // Runs action on pid (after the confirmation, for Kill). description: "bt_queue <0.91.0>".
    void run(ProcessInspector::Action action, const Term &pid, const QString &description);
    // The confirmation on screen, if any (tests answer it).
    QMessageBox *confirmation() const;

    static QString actionText(ProcessInspector::Action action);

signals:
    void finished(bool ok, const QString &message);

private:
    void request(ProcessInspector::Action action, const Term &pid, const QString &description);

    QWidget *m_parent;
    QPointer<NodeSession> m_session;
    QPointer<QMessageBox> m_confirm;
    QHash<QString, QString> m_pending; // "action pid" -> description, for the report
};

} // namespace beamtop
