#include "portactions.h"

#include "collect/portinspector.h"
#include "session/nodesession.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace beamtop {

namespace {
QString keyOf(const Term &id)
{
    return TermFormatter().format(id);
}
} // namespace

PortActions::PortActions(QWidget *dialogParent) : QObject(dialogParent), m_parent(dialogParent) {}

void PortActions::setSession(NodeSession *session)
{
    if (m_session)
        disconnect(m_session->portInspector(), nullptr, this, nullptr);
    m_session = session;
    m_pending.clear();
    if (!session)
        return;
    connect(session->portInspector(), &PortInspector::closeDone, this, [this](const Term &id, bool ok, const QString &message) {
        const auto it = m_pending.find(keyOf(id));
        if (it == m_pending.end())
            return; // someone else's request
        const QString what = *it;
        m_pending.erase(it);
        if (!ok) {
            emit finished(false, tr("Closing %1 failed: %2").arg(what, message));
            return;
        }
        emit finished(true, tr("Closed %1.").arg(what));
        emit closed(id);
    });
}

QMessageBox *PortActions::confirmation() const
{
    return m_confirm;
}

bool PortActions::canChange(QString *why) const
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

QAction *PortActions::addTo(QMenu *menu, const Term &id, const QString &description)
{
    QString why;
    const bool allowed = canChange(&why);
    menu->setToolTipsVisible(true);
    QAction *act = menu->addAction(QIcon::fromTheme(QStringLiteral("network-disconnect"),
                                                    QIcon::fromTheme(QStringLiteral("process-stop"))),
                                   tr("C&lose Port…"));
    act->setObjectName(QStringLiteral("action_close"));
    act->setEnabled(allowed);
    if (!allowed)
        act->setToolTip(why);
    connect(act, &QAction::triggered, this, [this, id, description] { close(id, description); });
    return act;
}

void PortActions::close(const Term &id, const QString &description)
{
    QString why;
    if (!canChange(&why)) {
        emit finished(false, why);
        return;
    }
    if (m_confirm)
        m_confirm->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Close port"),
                                tr("Close %1 on %2?").arg(description, m_session->nodeName()), QMessageBox::Cancel, m_parent);
    box->setObjectName(QStringLiteral("closeConfirmation"));
    box->setInformativeText(tr("The port closes at once, whatever it is doing: a connection drops and data still queued "
                               "is lost. Its owner finds it closed on its next use."));
    QPushButton *closeButton = box->addButton(tr("Close Port"), QMessageBox::DestructiveRole);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, closeButton, id, description](QAbstractButton *b) {
        if (b != closeButton || !m_session)
            return;
        QString why;
        if (!canChange(&why)) { // turned read-only while the box was open
            emit finished(false, why);
            return;
        }
        m_pending.insert(keyOf(id), description);
        m_session->portInspector()->close(id);
    });
    m_confirm = box;
    box->open();
}

} // namespace beamtop
