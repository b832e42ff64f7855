// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeactions.h"

#include "session/nodesession.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace beamtop {

NodeActions::NodeActions(QWidget *dialogParent) : QObject(dialogParent), m_parent(dialogParent) {}

void NodeActions::setSession(NodeSession *session)
{
    if (m_session)
        disconnect(inspector(m_session), nullptr, this, nullptr);
    m_session = session;
    m_pending.clear();
    if (session)
        connectInspector(session);
}

QMessageBox *NodeActions::confirmation() const
{
    return m_confirm;
}

bool NodeActions::canChange(QString *why) const
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

bool NodeActions::checkAllowed()
{
    QString why;
    if (canChange(&why))
        return true;
    emit finished(false, why);
    return false;
}

QAction *NodeActions::addEntry(QMenu *menu, const QIcon &icon, const QString &text, const QString &objectName,
                               const std::function<void()> &run)
{
    QString why;
    const bool allowed = canChange(&why);
    menu->setToolTipsVisible(true);
    QAction *act = menu->addAction(icon, text);
    act->setObjectName(objectName);
    act->setEnabled(allowed);
    if (!allowed)
        act->setToolTip(why);
    connect(act, &QAction::triggered, this, run);
    return act;
}

void NodeActions::confirm(const Confirmation &c, const std::function<void()> &confirmed)
{
    if (m_confirm)
        m_confirm->close();
    auto *box = new QMessageBox(QMessageBox::Warning, c.title, c.question, QMessageBox::Cancel, m_parent);
    box->setObjectName(c.boxName);
    box->setInformativeText(c.details);
    QPushButton *yes = box->addButton(c.button, QMessageBox::DestructiveRole);
    yes->setObjectName(c.buttonName);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, confirmed](QAbstractButton *b) {
        if (b != yes || !m_session)
            return;
        if (checkAllowed()) // not turned read-only while the box was open
            confirmed();
    });
    m_confirm = box;
    box->open();
}

bool NodeActions::takePending(const QString &key, QString *description)
{
    const auto it = m_pending.find(key);
    if (it == m_pending.end())
        return false; // someone else's request
    *description = *it;
    m_pending.erase(it);
    return true;
}

} // namespace beamtop
