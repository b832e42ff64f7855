// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"
#include "term/term.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace beamtop {

// The process, ETS table or port an entity metric's alert is about. Empty for node metrics.
struct AlertEntity
{
    QString kind;  // "process", "ets", "port", "dist"; empty: the node
    QString id;    // the entity's text: <0.123.0>, a table's name or #Ref<...>, #Port<0.5>,
                   // the connected node's name
    QString name;  // what people call it: registered name, label or initial call; the
                   // table's name; the port's name; may be empty
    Term term;     // the id as the node sent it (to open its details); Term() when read from a log

    bool isNull() const { return kind.isEmpty(); }
    bool operator==(const AlertEntity &o) const { return kind == o.kind && id == o.id; }
    // "<0.123.0> (my_server)", "table users", "#Port<0.5> (tcp_inet)"
    QString text() const;
    QJsonObject toJson() const; // {"kind", "id", "name"}, or null for the node
    static AlertEntity fromJson(const QJsonObject &o);
};

// One change of an alert: it fired or it resolved.
struct AlertEvent
{
    Q_DECLARE_TR_FUNCTIONS(AlertEvent)
public:
    enum class Type { Firing, Resolved };

    Type type = Type::Firing;
    QString ruleId;
    AlertSeverity severity = AlertSeverity::Warning;
    QString metric;
    double value = 0;      // the value that fired or resolved it (NaN: the entity left the ranking)
    double threshold = 0;  // the rule's threshold (the clear value, for a resolved event)
    AlertEntity entity;
    qint64 atMs = 0;       // UTC ms
    qint64 sinceMs = 0;    // when it started passing the threshold (Firing) or fired (Resolved)
    QString note;          // the rule's note
    // For a resolved event whose value is not known, why: "gone", "no longer among the largest",
    // "rule changed" (fixed words in the JSON; reasonText() for people).
    QString reason;

    static QString typeName(Type t); // firing, resolved
    static QString reasonText(const QString &reason); // translated
    // {"event", "rule", "severity", "metric", "value", "threshold", "entity", "at" (ISO 8601
    // UTC with ms), "since", "note", "reason"}; "value" null when unknown, "entity" null for
    // the node.
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, AlertEvent *out);
    // One line for people: "CRITICAL firing mailbox: process_message_queue_max 12,000 > 10,000 <0.1.0> (foo)"
    QString text() const;
};

// An alert that has fired and not resolved.
struct ActiveAlert
{
    QString ruleId;
    AlertSeverity severity = AlertSeverity::Warning;
    QString metric;
    double value = 0;     // the latest value read
    double threshold = 0;
    AlertEntity entity;
    qint64 sinceMs = 0;   // when it fired
    qint64 lastMs = 0;    // when the value was last read
    QString note;
    bool acknowledged = false;

    QString key() const; // ruleId + entity: stable while it stays active
};

// The rules' state machine, pure (no Qt objects, no clock): values go in with their time,
// events come out. Per rule and entity:
//   idle -> pending when the value passes the threshold; pending -> idle when it comes back;
//   pending -> firing when it has stayed past the threshold for the rule's duration (at once
//   for a duration of 0); firing -> idle (resolved) only when the value passes the clear
//   value, so a value oscillating around the threshold fires once.
class AlertEngine
{
public:
    struct Observation
    {
        AlertEntity entity; // null for a node metric
        double value = 0;   // NaN: not known this time (nothing changes)
        bool gone = false;  // the entity no longer exists: its alert resolves (reason "gone")
    };

    // Replacing the rules keeps the state of every rule whose id and definition stay; alerts of
    // rules removed, disabled or changed resolve (reason "rule changed").
    QVector<AlertEvent> setRules(const RuleSet &rules, qint64 nowMs);
    const RuleSet &rules() const { return m_rules; }
    // The metrics the enabled rules watch.
    QStringList metricsInUse() const;

    // One reading of a metric at nowMs. For an entity metric the observations are the whole
    // ranking read (complete): an entity not in it has left it, its pending state is dropped
    // and its firing alert resolves (reason "no longer among the largest").
    QVector<AlertEvent> observe(const QString &metric, qint64 nowMs, const QVector<Observation> &observations);
    // Every value of a node sample at once (node metrics only).
    QVector<AlertEvent> observeNode(const QHash<QString, double> &values, qint64 nowMs);

    // The entities of a metric whose rules are pending or firing: the monitor asks for their
    // rows beside the ranking's top (pinned), so they are read until they resolve even when
    // the ranking, swept earlier, no longer puts them on top.
    QVector<AlertEntity> tracked(const QString &metric) const;

    QVector<ActiveAlert> active() const; // by time fired
    int activeCount() const;
    int unacknowledgedCount() const;
    bool acknowledge(const QString &key);
    void acknowledgeAll();
    // Everything forgotten, nothing emitted (another node).
    void reset();

private:
    struct State
    {
        enum class Phase { Idle, Pending, Firing } phase = Phase::Idle;
        qint64 sinceMs = 0;
        double value = 0;
        AlertEntity entity;
        qint64 lastMs = 0;
        bool acknowledged = false;
    };
    AlertEvent event(AlertEvent::Type type, const AlertRule &rule, const State &s, qint64 atMs) const;
    void step(const AlertRule &rule, State &s, double value, qint64 nowMs, QVector<AlertEvent> *out);

    RuleSet m_rules;
    // by rule id, then entity id ("" for the node)
    QHash<QString, QHash<QString, State>> m_states;
};

} // namespace beamtop
