#pragma once

#include "term/term.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QMessageBox;
class QWidget;

namespace beamtop {

class NodeSession;

// Closing a port or socket on the node, for the Network page's context menu and the port
// details window alike: behind the same rule as killing a process (off while the session is
// read-only, the default, or not live) and a confirmation naming the port. Reports the outcome
// of the requests it made itself (the inspector's signals are shared).
class PortActions : public QObject
{
    Q_OBJECT
public:
    explicit PortActions(QWidget *dialogParent);

    void setSession(NodeSession *session);

    // Whether actions that change the node can run now; if not, why (for tooltips).
    bool canChange(QString *why = nullptr) const;
    // Adds "Close Port…" for id to menu, enabled as allowed.
    QAction *addTo(QMenu *menu, const Term &id, const QString &description);
    // Asks, then closes id. description: "#Port<0.5> (TCP 127.0.0.1:4369 → …)". Refused with
    // finished(false, why) while not allowed.
    void close(const Term &id, const QString &description);
    // The confirmation on screen, if any (tests answer it).
    QMessageBox *confirmation() const;

signals:
    void finished(bool ok, const QString &message);
    // A port this made close (the page refreshes, a window shows it closed).
    void closed(const beamtop::Term &id);

private:
    QWidget *m_parent;
    QPointer<NodeSession> m_session;
    QPointer<QMessageBox> m_confirm;
    QHash<QString, QString> m_pending; // id text -> description, for the report
};

} // namespace beamtop
