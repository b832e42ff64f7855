// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <limits>

namespace beamtop {

enum class AlertSeverity { Warning, Critical };
enum class AlertComparison { Above, Below };

// One threshold rule: the metric (an AlertMetrics key), above or below a threshold for a
// duration, cleared (resolved) only past the clear value, so a value hovering at the threshold
// does not flap.
struct AlertRule
{
    QString id;     // unique in its set; what the log and `watch` call it ("mailbox")
    QString metric; // AlertMetrics key: "process_usage_ratio", "process_message_queue_max", ...
    AlertComparison comparison = AlertComparison::Above;
    double threshold = 0;
    // Where a firing alert resolves: below it (above, for a Below rule). NaN: the threshold.
    double clear = std::numeric_limits<double>::quiet_NaN();
    qint64 forMs = 0; // how long the threshold must be passed before the alert fires
    AlertSeverity severity = AlertSeverity::Warning;
    QString note;     // the user's words, shown with the alert
    bool enabled = true;

    double clearValue() const;
    // Past the threshold (strictly): the rule wants to fire.
    bool breaches(double value) const;
    // Back past the clear value (strictly; at the threshold itself when the clear value is the
    // threshold, so a rule without hysteresis resolves at its line): a firing alert resolves.
    // NaN is neither.
    bool clears(double value) const;
    bool operator==(const AlertRule &o) const;
    bool operator!=(const AlertRule &o) const { return !(*this == o); }

    // The rule's object in a beamtop.rules/1 file.
    QJsonObject toJson() const;

    static QString severityName(AlertSeverity s); // warning, critical
    static bool parseSeverity(const QString &name, AlertSeverity *out);
    static QString comparisonName(AlertComparison c); // above, below
    static bool parseComparison(const QString &name, AlertComparison *out);
    // "30s", "2m", "1h30m", "500ms", or a bare number of seconds; false for anything else or
    // a negative duration. For people: formatDuration(30000) is "30s", 90000 "1m30s".
    static bool parseDuration(const QString &text, qint64 *ms);
    static QString formatDuration(qint64 ms);
    // A threshold as a number, or text with a unit: "85%" (0.85), "1.5GiB", "512MB", "10k".
    static bool parseQuantity(const QString &text, double *out);
};

// What is wrong in a rules file, for people: "rules.json line 12, rules[2].threshold: not a
// number".
struct RuleProblem
{
    int line = 0;  // 1-based; 0 when the file as a whole is at fault
    QString key;   // the path of the key at fault: "rules[2].threshold", "schema"
    QString message;
    QString text(const QString &fileName = QString()) const;
};

// The rules in force for a node: a beamtop.rules/1 document.
//   {"schema": "beamtop.rules/1",
//    "rules": [{"id": "mailbox", "metric": "process_message_queue_max", "above": 10000,
//               "clear": 5000, "for": "10s", "severity": "warning", "note": "..."}, ...]}
// A rule names its comparison by the key its threshold is under ("above" or "below"). "clear",
// "for" (default 0s), "severity" (default warning), "note" and "enabled" (default true) are
// optional. Numbers may be written with units as text ("85%", "2GiB").
struct RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(RuleSet)
public:
    static constexpr const char *Schema = "beamtop.rules/1";

    QVector<AlertRule> rules;

    // The set that works on any node without editing: process, port, atom and ETS counts at
    // 85 % of their limits, a message queue over 10,000 for 10 s, the run queue above twice
    // the schedulers for 30 s, scheduler utilisation above 90 % for 60 s, memory above 85 % of
    // the machine's.
    static RuleSet defaults();

    const AlertRule *find(const QString &id) const;
    // An id not used yet, from base: "mailbox", "mailbox_2", ...
    QString uniqueId(const QString &base) const;
    QByteArray toJson() const;

    struct Parsed; // below: it holds a RuleSet
    // A rule with a fault is skipped (and said); the others are kept. Duplicate ids: the
    // later one is skipped.
    static Parsed parse(const QByteArray &json);
};

struct RuleSet::Parsed
{
    RuleSet set;                   // every rule that was read without fault
    QVector<RuleProblem> problems; // one per rule skipped, or for the whole file
    bool readable = false;         // the file is a beamtop.rules/1 document at all
};

} // namespace beamtop
