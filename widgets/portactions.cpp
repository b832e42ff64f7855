// SPDX-License-Identifier: GPL-3.0-or-later
#include "portactions.h"

#include "collect/portinspector.h"
#include "session/nodesession.h"

#include <QAction>
#include <QMenu>

namespace beamtop {

namespace {
QString keyOf(const Term &id)
{
    return TermFormatter().format(id);
}
} // namespace

PortActions::PortActions(QWidget *dialogParent) : NodeActions(dialogParent) {}

QObject *PortActions::inspector(NodeSession *session) const
{
    return session->portInspector();
}

void PortActions::connectInspector(NodeSession *session)
{
    connect(session->portInspector(), &PortInspector::closeDone, this, [this](const Term &id, bool ok, const QString &message) {
        QString what;
        if (!takePending(keyOf(id), &what))
            return; // someone else's request
        if (!ok) {
            emit finished(false, tr("Closing %1 failed: %2").arg(what, message));
            return;
        }
        emit finished(true, tr("Closed %1.").arg(what));
        emit closed(id);
    });
}

QAction *PortActions::addTo(QMenu *menu, const Term &id, const QString &description)
{
    return addEntry(menu, QIcon::fromTheme(QStringLiteral("network-disconnect"), QIcon::fromTheme(QStringLiteral("process-stop"))),
                    tr("C&lose Port…"), QStringLiteral("action_close"), [this, id, description] { close(id, description); });
}

void PortActions::close(const Term &id, const QString &description)
{
    if (!checkAllowed())
        return;
    Confirmation c;
    c.title = tr("Close port");
    c.question = tr("Close %1 on %2?").arg(description, session()->nodeName());
    c.details = tr("The port closes at once, whatever it is doing: a connection drops and data still queued "
                   "is lost. Its owner finds it closed on its next use.");
    c.button = tr("Close Port");
    c.boxName = QStringLiteral("closeConfirmation");
    c.buttonName = QStringLiteral("closeButton");
    confirm(c, [this, id, description] {
        expect(keyOf(id), description);
        session()->portInspector()->close(id);
    });
}

} // namespace beamtop
