// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerttablemodels.h"

#include "alerts/alertmetrics.h"
#include "format.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace beamtop {

namespace {

// "14:02:11" today, "3 Dec 14:02:11" before; the exact time is the tooltip.
QString timeText(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (t.date() == QDate::currentDate())
        return QLocale().toString(t.time(), QStringLiteral("HH:mm:ss"));
    return QLocale().toString(t, QStringLiteral("d MMM HH:mm:ss"));
}

QString exactTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(Qt::ISODateWithMs);
}

QString severityText(AlertSeverity s)
{
    return s == AlertSeverity::Critical ? ActiveAlertModel::tr("Critical") : ActiveAlertModel::tr("Warning");
}

// A metric's value: formatted in its unit, the exact number on hover; "—" when not known.
RowTableModel::Cell valueCell(const QString &metric, double v)
{
    if (std::isnan(v))
        return {QStringLiteral("—"), QVariant(), ActiveAlertModel::tr("Not known: the entity left the ranking, or the rule changed")};
    return {AlertMetrics::formatValue(metric, v), v, QLocale().toString(v, 'g', 15)};
}

RowTableModel::Cell metricCell(const QString &key)
{
    AlertMetric m;
    const QString label = AlertMetrics::find(key, &m) && !m.label.isEmpty() ? m.label : key;
    return {label, key, key};
}

RowTableModel::Cell entityCell(const AlertEntity &e)
{
    if (e.isNull())
        return {ActiveAlertModel::tr("the node"), QString(), {}};
    const QString text = e.text();
    return {text, e.id, text};
}

QVariant entityData(const AlertEntity &e, int role)
{
    if (role == AlertTableRoles::EntityKindRole)
        return e.kind;
    if (role == AlertTableRoles::EntityTermRole && !e.isNull() && !e.term.isError())
        return QVariant::fromValue(e.term);
    return {};
}

RowTableModel::Level levelOf(AlertSeverity s)
{
    return s == AlertSeverity::Critical ? RowTableModel::Level::Critical : RowTableModel::Level::Warning;
}

} // namespace

// --- ActiveAlertModel -----------------------------------------------------------------------

ActiveAlertModel::ActiveAlertModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString ActiveAlertModel::headerText(int column) const
{
    switch (Column(column)) {
    case Severity: return tr("Severity");
    case Rule: return tr("Rule");
    case Metric: return tr("Metric");
    case Value: return tr("Value");
    case Threshold: return tr("Threshold");
    case Entity: return tr("Entity");
    case Since: return tr("Since");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

QString ActiveAlertModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Value: return tr("The latest value read");
    case Threshold: return tr("The rule's threshold; the alert resolves past its clear value");
    case Entity: return tr("The process, ETS table or port the alert is about; double-click or Enter opens it");
    case Since: return tr("When the alert fired");
    case State: return tr("Acknowledged alerts stay until they resolve but no longer count as new");
    default: return {};
    }
}

bool ActiveAlertModel::isMetricColumn(int column) const
{
    return column == Value || column == Threshold;
}

void ActiveAlertModel::setAlerts(const QVector<ActiveAlert> &alerts)
{
    QVector<Row> rows;
    QHash<QString, ActiveAlert> byKey;
    rows.reserve(alerts.size());
    for (const ActiveAlert &a : alerts) {
        Row r;
        r.key = a.key();
        r.level = a.acknowledged ? Level::Normal : levelOf(a.severity);
        const QString rule = a.note.isEmpty() ? a.ruleId : tr("%1: %2").arg(a.ruleId, a.note);
        r.cells = {Cell{severityText(a.severity), int(a.severity), {}},
                   Cell{a.ruleId, a.ruleId, rule},
                   metricCell(a.metric),
                   valueCell(a.metric, a.value),
                   valueCell(a.metric, a.threshold),
                   entityCell(a.entity),
                   Cell{timeText(a.sinceMs), a.sinceMs, exactTime(a.sinceMs)},
                   Cell{a.acknowledged ? tr("Acknowledged") : tr("New"), a.acknowledged, {}}};
        byKey.insert(r.key, a);
        rows.append(std::move(r));
    }
    m_alerts = std::move(byKey);
    applyRows(std::move(rows));
}

const ActiveAlert *ActiveAlertModel::alert(const QString &key) const
{
    auto it = m_alerts.constFind(key);
    return it == m_alerts.constEnd() ? nullptr : &it.value();
}

QVariant ActiveAlertModel::data(const QModelIndex &index, int role) const
{
    if (role < AlertTableRoles::EntityKindRole)
        return RowTableModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActiveAlert *a = alert(RowTableModel::data(index, KeyRole).toString());
    if (!a)
        return {};
    if (role == AlertTableRoles::SeverityRole)
        return int(a->severity);
    return entityData(a->entity, role);
}

// --- AlertLogModel --------------------------------------------------------------------------

AlertLogModel::AlertLogModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString AlertLogModel::headerText(int column) const
{
    switch (Column(column)) {
    case Time: return tr("Time");
    case Event: return tr("Event");
    case Severity: return tr("Severity");
    case Rule: return tr("Rule");
    case Metric: return tr("Metric");
    case Value: return tr("Value");
    case Threshold: return tr("Threshold");
    case Entity: return tr("Entity");
    case Note: return tr("Note");
    case ColumnCount: break;
    }
    return {};
}

QString AlertLogModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Value: return tr("The value that fired or resolved the alert");
    case Threshold: return tr("The rule's threshold when it fired, its clear value when it resolved");
    case Note: return tr("The rule's note, or why an alert resolved without a value");
    default: return {};
    }
}

bool AlertLogModel::isMetricColumn(int column) const
{
    return column == Value || column == Threshold;
}

void AlertLogModel::setEvents(const QVector<AlertEvent> &events)
{
    QVector<Row> rows;
    QHash<QString, AlertEvent> byKey;
    QStringList order;
    rows.reserve(events.size());
    order.reserve(events.size());
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const AlertEvent &e = *it;
        const bool firing = e.type == AlertEvent::Type::Firing;
        QString key = QStringLiteral("%1|%2|%3|%4").arg(e.atMs).arg(AlertEvent::typeName(e.type), e.ruleId, e.entity.id);
        // The same event twice in one millisecond (a log read back and written again): both shown.
        for (int n = 2; byKey.contains(key); ++n)
            key = QStringLiteral("%1|%2|%3|%4#%5").arg(e.atMs).arg(AlertEvent::typeName(e.type), e.ruleId, e.entity.id).arg(n);
        Row r;
        r.key = key;
        r.level = firing ? levelOf(e.severity) : Level::Normal;
        const QString reason = AlertEvent::reasonText(e.reason);
        const QString note = reason.isEmpty() ? e.note : (e.note.isEmpty() ? reason : tr("%1 (%2)").arg(e.note, reason));
        r.cells = {Cell{timeText(e.atMs), e.atMs, exactTime(e.atMs)},
                   Cell{firing ? tr("Fired") : tr("Resolved"), AlertEvent::typeName(e.type), {}},
                   Cell{severityText(e.severity), int(e.severity), {}},
                   Cell{e.ruleId, e.ruleId, {}},
                   metricCell(e.metric),
                   valueCell(e.metric, e.value),
                   valueCell(e.metric, e.threshold),
                   entityCell(e.entity),
                   Cell{note, note, {}}};
        byKey.insert(key, e);
        order.append(key);
        rows.append(std::move(r));
    }
    m_events = std::move(byKey);
    m_order = std::move(order);
    applyRows(std::move(rows));
}

const AlertEvent *AlertLogModel::event(const QString &key) const
{
    auto it = m_events.constFind(key);
    return it == m_events.constEnd() ? nullptr : &it.value();
}

QVector<AlertEvent> AlertLogModel::events() const
{
    QVector<AlertEvent> out;
    out.reserve(m_order.size());
    for (const QString &k : m_order)
        out.append(m_events.value(k));
    return out;
}

QVariant AlertLogModel::data(const QModelIndex &index, int role) const
{
    if (role < AlertTableRoles::EntityKindRole)
        return RowTableModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertEvent *e = event(RowTableModel::data(index, KeyRole).toString());
    if (!e)
        return {};
    if (role == AlertTableRoles::SeverityRole)
        return int(e->severity);
    return entityData(e->entity, role);
}

} // namespace beamtop
