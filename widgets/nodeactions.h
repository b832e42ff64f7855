// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QIcon;
class QMenu;
class QMessageBox;
class QWidget;

namespace beamtop {

class NodeSession;

// What every set of actions that change the node (ProcessActions, PortActions) does the same
// way: the one rule for when they may run (not while the session is read-only, the default, or
// not live), menu entries disabled with the reason as their tooltip, a confirmation before a
// destructive one (checked again when answered: the session may have turned read-only
// meanwhile), and reporting only the requests made here (the inspectors' signals are shared).
class NodeActions : public QObject
{
    Q_OBJECT
public:
    void setSession(NodeSession *session);
    NodeSession *session() const { return m_session; }

    // Whether actions that change the node can run now; if not, why (for tooltips).
    bool canChange(QString *why = nullptr) const;
    // The confirmation on screen, if any (tests answer it).
    QMessageBox *confirmation() const;

signals:
    void finished(bool ok, const QString &message);

protected:
    explicit NodeActions(QWidget *dialogParent);

    // The kind's inspector: its answers are connected to this (and disconnected from the last
    // session's) when the session changes.
    virtual QObject *inspector(NodeSession *session) const = 0;
    virtual void connectInspector(NodeSession *session) = 0;

    // canChange(), saying why not by finished(false, why).
    bool checkAllowed();
    // A menu entry running run, disabled with the reason while not allowed.
    QAction *addEntry(QMenu *menu, const QIcon &icon, const QString &text, const QString &objectName,
                      const std::function<void()> &run);
    struct Confirmation
    {
        QString title, question, details; // what people read
        QString button;                   // the destructive button's text
        QString boxName, buttonName;      // object names (tests find them)
    };
    // Asks first (replacing an earlier question); confirmed runs if the destructive button was
    // chosen and changes are still allowed.
    void confirm(const Confirmation &c, const std::function<void()> &confirmed);
    // A request made here, by a key its answer carries; takePending finds its description.
    void expect(const QString &key, const QString &description) { m_pending.insert(key, description); }
    bool takePending(const QString &key, QString *description);

private:
    QWidget *m_parent;
    QPointer<NodeSession> m_session;
    QPointer<QMessageBox> m_confirm;
    QHash<QString, QString> m_pending; // key -> description, for the report
};

} // namespace beamtop
