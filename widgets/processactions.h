// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodeactions.h"

#include "collect/processinspector.h"

namespace beamtop {

// The actions that change a process on the node — garbage collect, suspend, resume, kill —
// for the table's context menu and the details window alike, behind NodeActions' rule
// (disabled while the session is read-only, the default, or not live). Kill asks first,
// naming the process.
class ProcessActions : public NodeActions
{
    Q_OBJECT
public:
    explicit ProcessActions(QWidget *dialogParent);

    // Adds Garbage collect, Suspend, Resume and Kill… for pid to menu, enabled as allowed.
    void addTo(QMenu *menu, const Term &pid, const QString &description);
    // Runs action on pid (after the confirmation, for Kill). description: "bt_queue <0.91.0>".
    void run(ProcessInspector::Action action, const Term &pid, const QString &description);

    static QString actionText(ProcessInspector::Action action);

protected:
    QObject *inspector(NodeSession *session) const override;
    void connectInspector(NodeSession *session) override;

private:
    void request(ProcessInspector::Action action, const Term &pid, const QString &description);
};

} // namespace beamtop
