// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspage.h"

#include "tuiparts.h"
#include "tuiscreen.h"

#include "alerttablemodels.h"

#include "alerts/alertmonitor.h"
#include "term/term.h"
#include "session/nodesession.h"

namespace beamtop::tui {

AlertsPage::AlertsPage(TuiScreen *screen)
    : TuiPage(screen), m_active(new ActiveAlertModel(this)), m_log(new AlertLogModel(this))
{
    // The monitor is fed every tick whatever is shown: no feed.
    m_activeTable.setModel(m_active);
    m_activeTable.setColumns({ActiveAlertModel::Severity, ActiveAlertModel::Rule, ActiveAlertModel::Value,
                              ActiveAlertModel::Threshold, ActiveAlertModel::Entity, ActiveAlertModel::Since,
                              ActiveAlertModel::State, ActiveAlertModel::Metric});
    m_logTable.setModel(m_log);
    m_logTable.setColumns({AlertLogModel::Time, AlertLogModel::Event, AlertLogModel::Severity, AlertLogModel::Rule,
                           AlertLogModel::Value, AlertLogModel::Entity, AlertLogModel::Threshold, AlertLogModel::Metric,
                           AlertLogModel::Note});
}

void AlertsPage::setSession(NodeSession *s)
{
    if (NodeSession *old = session())
        disconnect(old->alerts(), nullptr, this, nullptr);
    TuiPage::setSession(s);
    m_failure.clear();
    if (s) {
        AlertMonitor *alerts = s->alerts();
        connect(alerts, &AlertMonitor::activeChanged, this, &AlertsPage::updateActive);
        connect(alerts, &AlertMonitor::logAppended, this, &AlertsPage::updateLog);
        connect(alerts, &AlertMonitor::metricFailed, this, [this](const QString &metric, const QString &error) {
            m_failure = tr("Could not read %1 for the alerts: %2").arg(metric, error);
            emit changed();
        });
    }
    updateActive();
    updateLog();
}

void AlertsPage::updateActive()
{
    m_active->setAlerts(session() ? session()->alerts()->active() : QVector<ActiveAlert>());
    emit changed();
}

void AlertsPage::updateLog()
{
    m_log->setEvents(session() ? session()->alerts()->log() : QVector<AlertEvent>());
    emit changed();
}

void AlertsPage::render(Terminal &t, const QRect &area)
{
    NodeSession *s = session();
    QStringList parts;
    if (s) {
        const AlertMonitor *alerts = s->alerts();
        int enabled = 0;
        for (const AlertRule &r : alerts->rules().rules)
            enabled += r.enabled ? 1 : 0;
        parts << (alerts->activeCount() == 0
                      ? tr("no active alerts")
                      : tr("%n active, %1 not acknowledged", nullptr, alerts->activeCount()).arg(alerts->unacknowledgedCount()));
        parts << tr("%n rule(s) in force", nullptr, enabled);
        if (!alerts->logError().isEmpty())
            parts << tr("the log file could not be written: %1").arg(alerts->logError());
    }
    TuiParts::titleLine(t, area.left(), area.top(), area.width(), tr("Alerts"), parts);
    int y = area.top() + 1;
    if (!m_failure.isEmpty() && y <= area.bottom())
        t.text(area.left(), y++, m_failure, Role::Warning, area.width());
    if (!s) {
        TuiParts::paragraph(t, QRect(area.left(), y + 1, area.width(), area.bottom() - y), TuiParts::waitingText(s, {}));
        return;
    }

    // The active alerts take what they need up to half the page; the log the rest.
    const int left = area.bottom() - y + 1;
    const int activeHeight = qBound(2, m_active->rowCount() + 2, qMax(2, left / 2));
    const QRect active(area.left(), y, area.width(), activeHeight);
    TuiParts::focusTitleLine(t, active.left(), active.top(), active.width(), tr("Active"), !m_logFocus);
    if (m_active->rowCount() == 0)
        t.text(active.left(), active.top() + 1, tr("Nothing is firing."), Role::Dim, active.width());
    else
        m_activeTable.render(t, active.adjusted(0, 1, 0, 0));

    const QRect log(area.left(), active.bottom() + 1, area.width(), area.bottom() - active.bottom());
    if (log.height() <= 0)
        return;
    TuiParts::focusTitleLine(t, log.left(), log.top(), log.width(), tr("Log, newest first"), m_logFocus);
    if (log.height() <= 1)
        return;
    if (m_log->rowCount() == 0)
        t.text(log.left(), log.top() + 1, tr("No alert has fired or resolved yet."), Role::Dim, log.width());
    else
        m_logTable.render(t, log.adjusted(0, 1, 0, 0));
}

bool AlertsPage::handleKey(const Key &key)
{
    NodeSession *s = session();
    if (key.isChar(U'a')) {
        const int row = m_activeTable.currentRow();
        if (!s || m_logFocus || row < 0 || row >= m_active->rowCount()) {
            screen()->notice(tr("Select an active alert to acknowledge it."));
            return true;
        }
        // By key: a refresh that moved the rows cannot pick another alert.
        const QString alertKey = m_active->index(row, 0).data(RowTableModel::KeyRole).toString();
        if (s->alerts()->acknowledge(alertKey))
            screen()->notice(tr("Acknowledged %1.").arg(m_active->index(row, ActiveAlertModel::Rule).data().toString()));
        return true;
    }
    if (key.isChar(U'A')) {
        if (s && s->alerts()->unacknowledgedCount() > 0) {
            const int n = s->alerts()->unacknowledgedCount();
            s->alerts()->acknowledgeAll();
            screen()->notice(tr("Acknowledged %n alert(s).", nullptr, n));
        }
        return true;
    }
    if (key.isChar(U'o') || key.type == Key::Enter) {
        // A process alert's process (others are about the node, a port or a table).
        const RowTableModel *model = m_logFocus ? static_cast<RowTableModel *>(m_log) : m_active;
        const int row = (m_logFocus ? m_logTable : m_activeTable).currentRow();
        const QModelIndex at = model->index(row, 0);
        const bool process = at.isValid() && at.data(AlertTableRoles::EntityKindRole).toString() == QLatin1String("process");
        const int entityColumn = m_logFocus ? int(AlertLogModel::Entity) : int(ActiveAlertModel::Entity);
        const QString description = at.isValid() ? model->index(row, entityColumn).data().toString() : QString();
        const Term entity = at.data(AlertTableRoles::EntityTermRole).value<Term>();
        if (!process || !TuiParts::openProcess(screen(), s, entity, description))
            screen()->notice(tr("Only an alert about a process has details to open."));
        return true;
    }
    if (key.isChar(U'l')) {
        m_logFocus = !m_logFocus;
        emit changed();
        return true;
    }
    if (key.type == Key::Mouse) {
        if (m_activeTable.handleKey(key)) {
            m_logFocus = false;
            emit changed();
            return true;
        }
        if (m_logTable.handleKey(key)) {
            m_logFocus = true;
            emit changed();
            return true;
        }
        return false;
    }
    if ((m_logFocus ? m_logTable : m_activeTable).handleKey(key)) {
        emit changed();
        return true;
    }
    return false;
}

QVector<QPair<QString, QString>> AlertsPage::keyHelp() const
{
    return {{QStringLiteral("a"), tr("acknowledge the selected alert")},
            {QStringLiteral("A"), tr("acknowledge every alert")},
            {QStringLiteral("l"), tr("move in the active alerts or the log")},
            {tr("Enter, o"), tr("the details of the process an alert is about")}};
}

QString AlertsPage::hint() const
{
    return tr("a acknowledge · A all · l log");
}

} // namespace beamtop::tui
