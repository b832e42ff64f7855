// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrule.h"

#include "alertmetrics.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace beamtop {

namespace {

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// The line each value of the document starts on, by its path ("rules[2].threshold"), so a
// fault found after QJsonDocument read the file can still name its line. A JSON scanner just
// good enough for documents QJsonDocument accepted.
QHash<QString, int> valueLines(const QByteArray &json)
{
    QHash<QString, int> lines;
    struct Frame
    {
        bool array = false;
        QString path;
        int index = 0;
        QString key;     // object: the key whose value comes next
        bool wantKey = true;
    };
    QVector<Frame> stack;
    int line = 1;
    auto childPath = [&stack]() -> QString {
        if (stack.isEmpty())
            return QString();
        const Frame &f = stack.last();
        if (f.array)
            return f.path + QLatin1Char('[') + QString::number(f.index) + QLatin1Char(']');
        return f.path.isEmpty() ? f.key : f.path + QLatin1Char('.') + f.key;
    };
    auto valueStarts = [&](int atLine) {
        const QString p = childPath();
        if (!p.isEmpty() && !lines.contains(p))
            lines.insert(p, atLine);
    };
    for (int i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == '"') {
            // A string: a key or a value.
            QByteArray text;
            int j = i + 1;
            for (; j < json.size() && json.at(j) != '"'; ++j) {
                if (json.at(j) == '\\' && j + 1 < json.size())
                    ++j;
                text.append(json.at(j));
            }
            if (!stack.isEmpty() && !stack.last().array && stack.last().wantKey) {
                stack.last().key = QString::fromUtf8(text);
                stack.last().wantKey = false;
            } else {
                valueStarts(line);
            }
            i = j;
            continue;
        }
        if (c == '{' || c == '[') {
            valueStarts(line);
            Frame f;
            f.array = c == '[';
            f.path = childPath();
            stack.append(f);
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        if (c == ',') {
            if (!stack.isEmpty()) {
                if (stack.last().array)
                    ++stack.last().index;
                else
                    stack.last().wantKey = true;
            }
            continue;
        }
        if (c == ':' || c == ' ' || c == '\t' || c == '\r')
            continue;
        // A number, true, false or null.
        valueStarts(line);
        while (i + 1 < json.size() && !QByteArrayView("\n,}] \t\r").contains(json.at(i + 1)))
            ++i;
    }
    return lines;
}

int lineAt(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace

double AlertRule::clearValue() const
{
    return std::isnan(clear) ? threshold : clear;
}

bool AlertRule::breaches(double value) const
{
    if (std::isnan(value))
        return false;
    return comparison == AlertComparison::Above ? value > threshold : value < threshold;
}

bool AlertRule::clears(double value) const
{
    if (std::isnan(value))
        return false;
    const double c = clearValue();
    // A clear value on the wrong side of the threshold would let an alert resolve while the
    // rule still breaches: the threshold is the limit then.
    if (comparison == AlertComparison::Above)
        return value < std::min(c, threshold) || (c >= threshold && value <= threshold);
    return value > std::max(c, threshold) || (c <= threshold && value >= threshold);
}

bool AlertRule::operator==(const AlertRule &o) const
{
    return id == o.id && metric == o.metric && comparison == o.comparison && threshold == o.threshold
        && sameNumber(clear, o.clear) && forMs == o.forMs && severity == o.severity && note == o.note
        && enabled == o.enabled;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("metric"), metric);
    o.insert(comparisonName(comparison), threshold);
    if (!std::isnan(clear))
        o.insert(QStringLiteral("clear"), clear);
    o.insert(QStringLiteral("for"), formatDuration(forMs));
    o.insert(QStringLiteral("severity"), severityName(severity));
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    if (!enabled)
        o.insert(QStringLiteral("enabled"), false);
    return o;
}

QString AlertRule::severityName(AlertSeverity s)
{
    return s == AlertSeverity::Critical ? QStringLiteral("critical") : QStringLiteral("warning");
}

bool AlertRule::parseSeverity(const QString &name, AlertSeverity *out)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("warning"))
        *out = AlertSeverity::Warning;
    else if (n == QLatin1String("critical"))
        *out = AlertSeverity::Critical;
    else
        return false;
    return true;
}

QString AlertRule::comparisonName(AlertComparison c)
{
    return c == AlertComparison::Below ? QStringLiteral("below") : QStringLiteral("above");
}

bool AlertRule::parseComparison(const QString &name, AlertComparison *out)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("above") || n == QLatin1String(">"))
        *out = AlertComparison::Above;
    else if (n == QLatin1String("below") || n == QLatin1String("<"))
        *out = AlertComparison::Below;
    else
        return false;
    return true;
}

bool AlertRule::parseDuration(const QString &text, qint64 *ms)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return false;
    bool ok = false;
    const double bare = t.toDouble(&ok);
    if (ok) {
        if (!(bare >= 0) || bare > 1e9)
            return false;
        *ms = qint64(std::llround(bare * 1000));
        return true;
    }
    static const QRegularExpression part(QStringLiteral("\\G\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)"));
    qint64 total = 0;
    int pos = 0;
    while (pos < t.size()) {
        const QRegularExpressionMatch m = part.match(t, pos);
        if (!m.hasMatch())
            return false;
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double factor = unit == QLatin1String("ms") ? 1
            : unit == QLatin1String("s")                  ? 1000
            : unit == QLatin1String("m")                  ? 60000
            : unit == QLatin1String("h")                  ? 3600000
                                                          : 86400000;
        if (n * factor > 1e12)
            return false;
        total += qint64(std::llround(n * factor));
        pos = m.capturedEnd(0);
    }
    *ms = total;
    return true;
}

QString AlertRule::formatDuration(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("0s");
    if (ms % 1000 != 0)
        return QString::number(ms) + QStringLiteral("ms");
    qint64 s = ms / 1000;
    QString out;
    if (s >= 3600) {
        out += QString::number(s / 3600) + QLatin1Char('h');
        s %= 3600;
    }
    if (s >= 60) {
        out += QString::number(s / 60) + QLatin1Char('m');
        s %= 60;
    }
    if (s > 0 || out.isEmpty())
        out += QString::number(s) + QLatin1Char('s');
    return out;
}

bool AlertRule::parseQuantity(const QString &text, double *out)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(',')).remove(QLatin1Char('_'));
    static const QRegularExpression re(
        QStringLiteral("^([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([a-zA-Z%]*)(?:/s)?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return false;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    static const QHash<QString, double> units = {
        {QString(), 1},
        {QStringLiteral("%"), 0.01},
        {QStringLiteral("b"), 1},
        {QStringLiteral("k"), 1e3},
        {QStringLiteral("m"), 1e6},
        {QStringLiteral("g"), 1e9},
        {QStringLiteral("kb"), 1e3},
        {QStringLiteral("mb"), 1e6},
        {QStringLiteral("gb"), 1e9},
        {QStringLiteral("tb"), 1e12},
        {QStringLiteral("kib"), 1024.0},
        {QStringLiteral("mib"), 1024.0 * 1024},
        {QStringLiteral("gib"), 1024.0 * 1024 * 1024},
        {QStringLiteral("tib"), 1024.0 * 1024 * 1024 * 1024},
    };
    const auto it = units.constFind(unit);
    if (it == units.constEnd() || !std::isfinite(n))
        return false;
    *out = n * it.value();
    return true;
}

QString RuleProblem::text(const QString &fileName) const
{
    QString where = fileName;
    if (line > 0)
        where = where.isEmpty() ? RuleSet::tr("line %1").arg(line) : RuleSet::tr("%1 line %2").arg(fileName).arg(line);
    if (!key.isEmpty())
        where = where.isEmpty() ? key : where + QStringLiteral(", ") + key;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

RuleSet RuleSet::defaults()
{
    auto rule = [](const char *id, const char *metric, double threshold, double clear, qint64 forMs,
                   AlertSeverity severity, const QString &note) {
        AlertRule r;
        r.id = QString::fromLatin1(id);
        r.metric = QString::fromLatin1(metric);
        r.threshold = threshold;
        r.clear = clear;
        r.forMs = forMs;
        r.severity = severity;
        r.note = note;
        return r;
    };
    RuleSet s;
    s.rules = {
        rule("process_limit", "process_usage_ratio", 0.85, 0.80, 0, AlertSeverity::Critical,
             tr("Processes at 85 % of the process limit (+P): spawning fails at 100 %.")),
        rule("port_limit", "port_usage_ratio", 0.85, 0.80, 0, AlertSeverity::Critical,
             tr("Ports at 85 % of the port limit (+Q): opening sockets and files fails at 100 %.")),
        rule("atom_limit", "atom_usage_ratio", 0.85, 0.80, 0, AlertSeverity::Critical,
             tr("Atoms at 85 % of the atom limit (+t): the node stops when the table is full.")),
        rule("ets_limit", "ets_usage_ratio", 0.85, 0.80, 0, AlertSeverity::Warning,
             tr("ETS tables at 85 % of the table limit.")),
        rule("message_queue", "process_message_queue_max", 10000, 5000, 10000, AlertSeverity::Warning,
             tr("A message queue over 10,000 for 10 s: the process does not keep up.")),
        rule("run_queue", "run_queue_per_scheduler", 2, 1, 30000, AlertSeverity::Warning,
             tr("More than twice as many runnable processes as schedulers for 30 s: the node is CPU-bound.")),
        rule("scheduler_utilization", "scheduler_utilization_total", 0.90, 0.80, 60000, AlertSeverity::Warning,
             tr("Schedulers over 90 % busy for a minute.")),
        rule("machine_memory", "memory_machine_ratio", 0.85, 0.80, 0, AlertSeverity::Critical,
             tr("The node uses over 85 % of the machine's memory.")),
    };
    return s;
}

const AlertRule *RuleSet::find(const QString &id) const
{
    for (const AlertRule &r : rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString RuleSet::uniqueId(const QString &base) const
{
    QString b = base.isEmpty() ? QStringLiteral("rule") : base;
    if (!find(b))
        return b;
    for (int n = 2;; ++n) {
        const QString id = b + QLatin1Char('_') + QString::number(n);
        if (!find(id))
            return id;
    }
}

QByteArray RuleSet::toJson() const
{
    QJsonArray arr;
    for (const AlertRule &r : rules)
        arr.append(r.toJson());
    QJsonObject o;
    o.insert(QStringLiteral("schema"), QString::fromLatin1(Schema));
    o.insert(QStringLiteral("rules"), arr);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

RuleSet::Parsed RuleSet::parse(const QByteArray &json)
{
    Parsed p;
    // A rules file is small; a huge one is not a rules file.
    constexpr qsizetype MaxBytes = 4 * 1024 * 1024;
    if (json.size() > MaxBytes) {
        p.problems.append({0, QString(), tr("the file is larger than 4 MiB: not a rules file")});
        return p;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        p.problems.append({lineAt(json, err.offset), QString(), tr("not valid JSON: %1").arg(err.errorString())});
        return p;
    }
    if (!doc.isObject()) {
        p.problems.append({1, QString(), tr("a rules file is a JSON object")});
        return p;
    }
    const QHash<QString, int> lines = valueLines(json);
    auto lineOf = [&lines](const QString &path) {
        QString p = path;
        for (;;) {
            const auto it = lines.constFind(p);
            if (it != lines.constEnd())
                return it.value();
            const int cut = std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
            if (cut <= 0)
                return 0;
            p = p.left(cut);
        }
    };
    const QJsonObject root = doc.object();
    const QString schema = root.value(QStringLiteral("schema")).toString();
    if (schema != QLatin1String(Schema)) {
        p.problems.append({lineOf(QStringLiteral("schema")), QStringLiteral("schema"),
                           schema.isEmpty() ? tr("missing; a rules file says \"schema\": \"%1\"").arg(QLatin1String(Schema))
                                            : tr("\"%1\" is not \"%2\"").arg(schema, QLatin1String(Schema))});
        return p;
    }
    const QJsonValue rulesValue = root.value(QStringLiteral("rules"));
    if (!rulesValue.isArray()) {
        p.problems.append({lineOf(QStringLiteral("rules")), QStringLiteral("rules"), tr("missing or not a list")});
        return p;
    }
    p.readable = true;
    const QJsonArray arr = rulesValue.toArray();
    QSet<QString> ids;
    for (int i = 0; i < arr.size(); ++i) {
        const QString path = QStringLiteral("rules[%1]").arg(i);
        auto fault = [&](const QString &key, const QString &message) {
            const QString keyPath = key.isEmpty() ? path : path + QLatin1Char('.') + key;
            p.problems.append({lineOf(keyPath), keyPath, message});
        };
        if (!arr.at(i).isObject()) {
            fault(QString(), tr("a rule is a JSON object"));
            continue;
        }
        const QJsonObject o = arr.at(i).toObject();
        AlertRule r;
        r.id = o.value(QStringLiteral("id")).toString().trimmed();
        if (r.id.isEmpty()) {
            fault(QStringLiteral("id"), tr("missing: every rule has an id"));
            continue;
        }
        if (ids.contains(r.id)) {
            fault(QStringLiteral("id"), tr("\"%1\" is used by an earlier rule").arg(r.id));
            continue;
        }
        r.metric = o.value(QStringLiteral("metric")).toString().trimmed();
        if (r.metric.isEmpty()) {
            fault(QStringLiteral("metric"), tr("missing: the metric the rule watches"));
            continue;
        }
        AlertMetric known;
        if (!AlertMetrics::find(r.metric, &known)) {
            fault(QStringLiteral("metric"), tr("\"%1\" is not a metric Beamtop knows").arg(r.metric));
            continue;
        }
        auto number = [&](const QString &key, double *out) -> bool {
            const QJsonValue v = o.value(key);
            if (v.isDouble()) {
                *out = v.toDouble();
                return true;
            }
            if (v.isString() && AlertRule::parseQuantity(v.toString(), out))
                return true;
            fault(key, tr("not a number (write 0.85, \"85%\" or \"2GiB\")"));
            return false;
        };
        const bool above = o.contains(QStringLiteral("above"));
        const bool below = o.contains(QStringLiteral("below"));
        if (above == below) {
            fault(QStringLiteral("above"), above ? tr("a rule has \"above\" or \"below\", not both")
                                                 : tr("missing: the threshold, as \"above\" or \"below\""));
            continue;
        }
        r.comparison = above ? AlertComparison::Above : AlertComparison::Below;
        if (!number(above ? QStringLiteral("above") : QStringLiteral("below"), &r.threshold))
            continue;
        if (o.contains(QStringLiteral("clear")) && !o.value(QStringLiteral("clear")).isNull()
            && !number(QStringLiteral("clear"), &r.clear))
            continue;
        if (!std::isnan(r.clear)
            && (above ? r.clear > r.threshold : r.clear < r.threshold)) {
            fault(QStringLiteral("clear"), above ? tr("the clear value is above the threshold; it must be at or below it")
                                                 : tr("the clear value is below the threshold; it must be at or above it"));
            continue;
        }
        if (o.contains(QStringLiteral("for"))) {
            const QJsonValue v = o.value(QStringLiteral("for"));
            bool ok = false;
            if (v.isDouble() && v.toDouble() >= 0) {
                r.forMs = qint64(std::llround(v.toDouble() * 1000));
                ok = true;
            } else if (v.isString()) {
                ok = AlertRule::parseDuration(v.toString(), &r.forMs);
            }
            if (!ok) {
                fault(QStringLiteral("for"), tr("not a duration (write \"30s\", \"2m\" or \"1h30m\")"));
                continue;
            }
        }
        if (o.contains(QStringLiteral("severity"))
            && !AlertRule::parseSeverity(o.value(QStringLiteral("severity")).toString(), &r.severity)) {
            fault(QStringLiteral("severity"), tr("\"%1\" is not warning or critical")
                                                  .arg(o.value(QStringLiteral("severity")).toVariant().toString()));
            continue;
        }
        if (o.contains(QStringLiteral("note"))) {
            if (!o.value(QStringLiteral("note")).isString()) {
                fault(QStringLiteral("note"), tr("not text"));
                continue;
            }
            r.note = o.value(QStringLiteral("note")).toString().left(1000);
        }
        if (o.contains(QStringLiteral("enabled"))) {
            if (!o.value(QStringLiteral("enabled")).isBool()) {
                fault(QStringLiteral("enabled"), tr("not true or false"));
                continue;
            }
            r.enabled = o.value(QStringLiteral("enabled")).toBool();
        }
        ids.insert(r.id);
        p.set.rules.append(r);
    }
    return p;
}

} // namespace beamtop
