// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertengine.h"

#include "alertmetrics.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace beamtop {

namespace {

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 parseIso(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString AlertEntity::text() const
{
    if (isNull())
        return QString();
    QString out = id;
    if (kind == QLatin1String("ets") && !name.isEmpty() && name != id)
        out = name + QStringLiteral(" (") + id + QLatin1Char(')');
    else if (!name.isEmpty() && name != id)
        out += QStringLiteral(" (") + name + QLatin1Char(')');
    return out;
}

QJsonObject AlertEntity::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name));
    return o;
}

AlertEntity AlertEntity::fromJson(const QJsonObject &o)
{
    AlertEntity e;
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.id = o.value(QStringLiteral("id")).toString();
    e.name = o.value(QStringLiteral("name")).toString();
    return e;
}

QString AlertEvent::typeName(Type t)
{
    return t == Type::Firing ? QStringLiteral("firing") : QStringLiteral("resolved");
}

QString AlertEvent::reasonText(const QString &reason)
{
    if (reason == QLatin1String("gone"))
        return tr("gone");
    if (reason == QLatin1String("no longer among the largest"))
        return tr("no longer among the largest");
    if (reason == QLatin1String("rule changed"))
        return tr("rule changed");
    return reason;
}

QJsonObject AlertEvent::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), typeName(type));
    o.insert(QStringLiteral("rule"), ruleId);
    o.insert(QStringLiteral("severity"), AlertRule::severityName(severity));
    o.insert(QStringLiteral("metric"), metric);
    o.insert(QStringLiteral("value"), number(value));
    o.insert(QStringLiteral("threshold"), number(threshold));
    o.insert(QStringLiteral("entity"), entity.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(entity.toJson()));
    o.insert(QStringLiteral("at"), isoMs(atMs));
    o.insert(QStringLiteral("since"), isoMs(sinceMs));
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

bool AlertEvent::fromJson(const QJsonObject &o, AlertEvent *out)
{
    AlertEvent e;
    const QString type = o.value(QStringLiteral("event")).toString();
    if (type == QLatin1String("firing"))
        e.type = Type::Firing;
    else if (type == QLatin1String("resolved"))
        e.type = Type::Resolved;
    else
        return false;
    e.ruleId = o.value(QStringLiteral("rule")).toString();
    e.metric = o.value(QStringLiteral("metric")).toString();
    e.atMs = parseIso(o.value(QStringLiteral("at")));
    if (e.ruleId.isEmpty() || e.metric.isEmpty() || e.atMs == 0)
        return false;
    if (!AlertRule::parseSeverity(o.value(QStringLiteral("severity")).toString(), &e.severity))
        return false;
    const QJsonValue v = o.value(QStringLiteral("value"));
    e.value = v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
    const QJsonValue t = o.value(QStringLiteral("threshold"));
    e.threshold = t.isDouble() ? t.toDouble() : std::numeric_limits<double>::quiet_NaN();
    if (o.value(QStringLiteral("entity")).isObject())
        e.entity = AlertEntity::fromJson(o.value(QStringLiteral("entity")).toObject());
    e.sinceMs = parseIso(o.value(QStringLiteral("since")));
    e.note = o.value(QStringLiteral("note")).toString();
    e.reason = o.value(QStringLiteral("reason")).toString();
    *out = e;
    return true;
}

QString AlertEvent::text() const
{
    const QString sev = AlertRule::severityName(severity).toUpper();
    QString line = QStringLiteral("%1 %2 %3 %4: %5").arg(isoMs(atMs), sev, typeName(type), ruleId, metric);
    if (!std::isnan(value))
        line += QLatin1Char(' ') + AlertMetrics::formatValue(metric, value);
    if (std::isfinite(threshold) && !std::isnan(value))
        line += (type == Type::Firing ? QStringLiteral(" past ") : QStringLiteral(" back past "))
            + AlertMetrics::formatValue(metric, threshold);
    if (!entity.isNull())
        line += QStringLiteral(" — ") + entity.kind + QLatin1Char(' ') + entity.text();
    if (!reason.isEmpty())
        line += QStringLiteral(" (") + reasonText(reason) + QLatin1Char(')');
    return line;
}

QString ActiveAlert::key() const
{
    return ruleId + QLatin1Char('|') + entity.kind + QLatin1Char('|') + entity.id;
}

AlertEvent AlertEngine::event(AlertEvent::Type type, const AlertRule &rule, const State &s, qint64 atMs) const
{
    AlertEvent e;
    e.type = type;
    e.ruleId = rule.id;
    e.severity = rule.severity;
    e.metric = rule.metric;
    e.value = s.value;
    e.threshold = type == AlertEvent::Type::Firing ? rule.threshold : rule.clearValue();
    e.entity = s.entity;
    e.atMs = atMs;
    e.sinceMs = s.sinceMs;
    e.note = rule.note;
    return e;
}

void AlertEngine::step(const AlertRule &rule, State &s, double value, qint64 nowMs, QVector<AlertEvent> *out)
{
    if (std::isnan(value))
        return;
    s.value = value;
    s.lastMs = nowMs;
    switch (s.phase) {
    case State::Phase::Idle:
        if (!rule.breaches(value))
            return;
        s.phase = State::Phase::Pending;
        s.sinceMs = nowMs;
        [[fallthrough]];
    case State::Phase::Pending:
        if (!rule.breaches(value)) {
            s.phase = State::Phase::Idle;
            return;
        }
        if (nowMs - s.sinceMs >= rule.forMs) {
            s.phase = State::Phase::Firing;
            s.acknowledged = false;
            out->append(event(AlertEvent::Type::Firing, rule, s, nowMs));
            s.sinceMs = nowMs; // from now on: when it fired
        }
        return;
    case State::Phase::Firing:
        if (rule.clears(value)) {
            out->append(event(AlertEvent::Type::Resolved, rule, s, nowMs));
            s.phase = State::Phase::Idle;
        }
        return;
    }
}

QVector<AlertEvent> AlertEngine::setRules(const RuleSet &rules, qint64 nowMs)
{
    QVector<AlertEvent> out;
    for (const AlertRule &old : std::as_const(m_rules.rules)) {
        const AlertRule *now = rules.find(old.id);
        if (now && *now == old && now->enabled)
            continue;
        const auto states = m_states.take(old.id);
        for (const State &s : states) {
            if (s.phase != State::Phase::Firing)
                continue;
            AlertEvent e = event(AlertEvent::Type::Resolved, old, s, nowMs);
            e.value = std::numeric_limits<double>::quiet_NaN();
            e.reason = QStringLiteral("rule changed");
            out.append(e);
        }
    }
    m_rules = rules;
    return out;
}

QStringList AlertEngine::metricsInUse() const
{
    QStringList out;
    for (const AlertRule &r : m_rules.rules)
        if (r.enabled && !out.contains(r.metric))
            out.append(r.metric);
    return out;
}

QVector<AlertEvent> AlertEngine::observe(const QString &metric, qint64 nowMs, const QVector<Observation> &observations)
{
    QVector<AlertEvent> out;
    const bool entityMetric = AlertMetrics::isEntityKey(metric);
    for (const AlertRule &rule : std::as_const(m_rules.rules)) {
        if (!rule.enabled || rule.metric != metric)
            continue;
        QHash<QString, State> &states = m_states[rule.id];
        QSet<QString> seen;
        for (const Observation &o : observations) {
            const QString id = o.entity.isNull() ? QString() : o.entity.kind + QLatin1Char('|') + o.entity.id;
            if (o.gone)
                continue; // resolved below, as not seen
            if (seen.contains(id))
                continue; // a pinned row that is also in the page
            seen.insert(id);
            auto it = states.find(id);
            if (it == states.end()) {
                if (!rule.breaches(o.value))
                    continue; // idle entities are not kept: a ranking's rows come and go
                it = states.insert(id, State{});
            }
            it->entity = o.entity;
            step(rule, *it, o.value, nowMs, &out);
            if (it->phase == State::Phase::Idle)
                states.erase(it);
        }
        if (!entityMetric)
            continue;
        // An entity that left the ranking's top rows: no longer among the largest (or gone).
        for (auto it = states.begin(); it != states.end();) {
            if (seen.contains(it.key())) {
                ++it;
                continue;
            }
            if (it->phase == State::Phase::Firing) {
                AlertEvent e = event(AlertEvent::Type::Resolved, rule, *it, nowMs);
                e.value = std::numeric_limits<double>::quiet_NaN();
                const bool gone = std::any_of(observations.begin(), observations.end(), [&it](const Observation &o) {
                    return o.gone && o.entity.kind == it->entity.kind && o.entity.id == it->entity.id;
                });
                e.reason = gone ? QStringLiteral("gone") : QStringLiteral("no longer among the largest");
                out.append(e);
            }
            it = states.erase(it);
        }
    }
    return out;
}

QVector<AlertEvent> AlertEngine::observeNode(const QHash<QString, double> &values, qint64 nowMs)
{
    QVector<AlertEvent> out;
    for (const QString &metric : metricsInUse()) {
        if (AlertMetrics::isEntityKey(metric))
            continue;
        const auto it = values.constFind(metric);
        if (it == values.constEnd())
            continue;
        out += observe(metric, nowMs, {Observation{AlertEntity{}, it.value()}});
    }
    return out;
}

QVector<AlertEntity> AlertEngine::tracked(const QString &metric) const
{
    QVector<AlertEntity> out;
    for (const AlertRule &rule : m_rules.rules) {
        if (!rule.enabled || rule.metric != metric)
            continue;
        const auto states = m_states.value(rule.id);
        for (const State &s : states)
            if (!s.entity.isNull() && !out.contains(s.entity))
                out.append(s.entity);
    }
    return out;
}

QVector<ActiveAlert> AlertEngine::active() const
{
    QVector<ActiveAlert> out;
    for (const AlertRule &rule : m_rules.rules) {
        const auto states = m_states.value(rule.id);
        for (const State &s : states) {
            if (s.phase != State::Phase::Firing)
                continue;
            ActiveAlert a;
            a.ruleId = rule.id;
            a.severity = rule.severity;
            a.metric = rule.metric;
            a.value = s.value;
            a.threshold = rule.threshold;
            a.entity = s.entity;
            a.sinceMs = s.sinceMs;
            a.lastMs = s.lastMs;
            a.note = rule.note;
            a.acknowledged = s.acknowledged;
            out.append(a);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ActiveAlert &a, const ActiveAlert &b) {
        return a.sinceMs != b.sinceMs ? a.sinceMs < b.sinceMs : a.key() < b.key();
    });
    return out;
}

int AlertEngine::activeCount() const
{
    int n = 0;
    for (const auto &states : m_states)
        for (const State &s : states)
            n += s.phase == State::Phase::Firing ? 1 : 0;
    return n;
}

int AlertEngine::unacknowledgedCount() const
{
    int n = 0;
    for (const auto &states : m_states)
        for (const State &s : states)
            n += s.phase == State::Phase::Firing && !s.acknowledged ? 1 : 0;
    return n;
}

bool AlertEngine::acknowledge(const QString &key)
{
    for (auto r = m_states.begin(); r != m_states.end(); ++r) {
        for (auto it = r->begin(); it != r->end(); ++it) {
            if (it->phase != State::Phase::Firing)
                continue;
            const QString k = r.key() + QLatin1Char('|') + it->entity.kind + QLatin1Char('|') + it->entity.id;
            if (k == key && !it->acknowledged) {
                it->acknowledged = true;
                return true;
            }
        }
    }
    return false;
}

void AlertEngine::acknowledgeAll()
{
    for (auto &states : m_states)
        for (State &s : states)
            if (s.phase == State::Phase::Firing)
                s.acknowledged = true;
}

void AlertEngine::reset()
{
    m_states.clear();
}

} // namespace beamtop
