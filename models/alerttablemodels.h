// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "alerts/alertengine.h"

#include <QHash>

namespace beamtop {

// What both alert tables answer beyond RowTableModel's roles: the entity a row is about, so a
// view opens its details window by entity, never by row position.
struct AlertTableRoles
{
    enum Role {
        EntityKindRole = RowTableModel::ChartPartRole + 1, // "process", "ets", "port"; empty: the node
        EntityTermRole,                                    // the id as the node sent it (a Term); invalid when not known
        SeverityRole,                                      // int(AlertSeverity)
    };
};

// The alerts that fired and have not resolved, oldest first, keyed by ActiveAlert::key() (rule
// and entity), so a value read again changes cells, not rows. Critical rows answer LevelRole
// Critical, warnings Warning; acknowledged ones Normal (they stop asking for attention).
class ActiveAlertModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Rule, Metric, Value, Threshold, Entity, Since, State, ColumnCount };
    Q_ENUM(Column)

    explicit ActiveAlertModel(QObject *parent = nullptr);

    void setAlerts(const QVector<ActiveAlert> &alerts);
    // The alert of a row's key; nullptr when there is none.
    const ActiveAlert *alert(const QString &key) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;

private:
    QHash<QString, ActiveAlert> m_alerts; // by key
};

// The log of fired and resolved alerts, newest first. Rows are keyed by what the event says
// (time, type, rule, entity), so new events are row inserts at the top and the user's
// selection stays where it was.
class AlertLogModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Event, Severity, Rule, Metric, Value, Threshold, Entity, Note, ColumnCount };
    Q_ENUM(Column)

    explicit AlertLogModel(QObject *parent = nullptr);

    // The log oldest first (AlertMonitor::log()); shown newest first.
    void setEvents(const QVector<AlertEvent> &events);
    // The event of a row's key; nullptr when there is none.
    const AlertEvent *event(const QString &key) const;
    // Every event shown, newest first (for export).
    QVector<AlertEvent> events() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;

private:
    QHash<QString, AlertEvent> m_events; // by key
    QStringList m_order;                 // keys, newest first
};

} // namespace beamtop
