// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuipage.h"
#include "tuitable.h"

namespace beamtop {
class ActiveAlertModel;
class AlertLogModel;
} // namespace beamtop

namespace beamtop::tui {

// The session's alerts (AlertMonitor, whose rules the tui command sets as `beamtop-cli watch`
// does): the active ones, oldest first, and the log of fired and resolved alerts, newest
// first, through the desktop's models (ActiveAlertModel, AlertLogModel). a acknowledges the
// selected alert, A every one; l moves the arrows between the two tables.
class AlertsPage : public TuiPage
{
    Q_OBJECT
public:
    explicit AlertsPage(TuiScreen *screen);

    char key() const override { return '9'; }
    QString title() const override { return tr("Alerts"); }
    void setSession(NodeSession *session) override;
    void render(Terminal &t, const QRect &area) override;
    bool handleKey(const Key &key) override;
    QVector<QPair<QString, QString>> keyHelp() const override;
    QString hint() const override;

    ActiveAlertModel *activeModel() const { return m_active; }
    AlertLogModel *logModel() const { return m_log; }

private:
    void updateActive();
    void updateLog();

    ActiveAlertModel *m_active;
    AlertLogModel *m_log;
    TuiTable m_activeTable, m_logTable;
    bool m_logFocus = false; // the arrows move in the log
    QString m_failure;       // the last metric the alerts could not read, and why
};

} // namespace beamtop::tui
