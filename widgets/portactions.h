// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodeactions.h"

#include "term/term.h"

namespace beamtop {

// Closing a port or socket on the node, for the Network page's context menu and the port
// details window alike, behind NodeActions' rule (the same as killing a process) and a
// confirmation naming the port.
class PortActions : public NodeActions
{
    Q_OBJECT
public:
    explicit PortActions(QWidget *dialogParent);

    // Adds "Close Port…" for id to menu, enabled as allowed.
    QAction *addTo(QMenu *menu, const Term &id, const QString &description);
    // Asks, then closes id. description: "#Port<0.5> (TCP 127.0.0.1:4369 → …)". Refused with
    // finished(false, why) while not allowed.
    void close(const Term &id, const QString &description);

signals:
    // A port this made close (the page refreshes, a window shows it closed).
    void closed(const beamtop::Term &id);

protected:
    QObject *inspector(NodeSession *session) const override;
    void connectInspector(NodeSession *session) override;
};

} // namespace beamtop
