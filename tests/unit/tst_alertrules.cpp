// SPDX-License-Identifier: GPL-3.0-or-later
// Alert rules: durations and quantities as people write them, the metrics a rule can watch,
// the beamtop.rules/1 file (its round trip, the defaults, and every fault said with its line
// and key while the other rules are kept).
#include "alerts/alertmetrics.h"
#include "alerts/alertrule.h"
#include "collect/systemsample.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace beamtop;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

AlertRule rule(const QString &id, const QString &metric, double threshold)
{
    AlertRule r;
    r.id = id;
    r.metric = metric;
    r.threshold = threshold;
    return r;
}

// A document with one rule per line after the header, so a rule's line is known: rule i
// (0-based) is on line 4 + i.
QByteArray document(const QList<QByteArray> &rules)
{
    QByteArray out = "{\n"
                     "  \"schema\": \"beamtop.rules/1\",\n"
                     "  \"rules\": [\n";
    for (int i = 0; i < rules.size(); ++i)
        out += "    " + rules.at(i) + (i + 1 < rules.size() ? ",\n" : "\n");
    out += "  ]\n}\n";
    return out;
}

const QByteArray GoodA = R"({"id": "a", "metric": "process_count", "above": 100})";
const QByteArray GoodB = R"({"id": "b", "metric": "run_queue", "above": 10, "for": "30s"})";
const QByteArray GoodC = R"({"id": "c", "metric": "process_message_queue_max", "above": 1000, "severity": "critical"})";

QStringList ids(const RuleSet &set)
{
    QStringList out;
    for (const AlertRule &r : set.rules)
        out.append(r.id);
    return out;
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QStringLiteral("30s") << qint64(30000);
        QTest::newRow("minutes") << QStringLiteral("2m") << qint64(120000);
        QTest::newRow("hours and minutes") << QStringLiteral("1h30m") << qint64(5400000);
        QTest::newRow("milliseconds") << QStringLiteral("500ms") << qint64(500);
        QTest::newRow("bare seconds") << QStringLiteral("10") << qint64(10000);
        QTest::newRow("zero") << QStringLiteral("0s") << qint64(0);
        QTest::newRow("bare zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("minutes and seconds") << QStringLiteral("1m30s") << qint64(90000);
    }

    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        qint64 out = -1;
        QVERIFY2(AlertRule::parseDuration(text, &out), qPrintable(text));
        QCOMPARE(out, ms);
    }

    void parseDurationRejectsBadText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("word") << QStringLiteral("soon");
        QTest::newRow("negative") << QStringLiteral("-5s");
        QTest::newRow("unknown unit") << QStringLiteral("5x");
        QTest::newRow("unit alone") << QStringLiteral("s");
        QTest::newRow("unit first") << QStringLiteral("m5");
        QTest::newRow("trailing junk") << QStringLiteral("30s!");
        QTest::newRow("negative bare") << QStringLiteral("-1");
    }

    void parseDurationRejectsBadText()
    {
        QFETCH(QString, text);
        qint64 out = 12345;
        QVERIFY2(!AlertRule::parseDuration(text, &out), qPrintable(text));
    }

    void formatDuration()
    {
        QCOMPARE(AlertRule::formatDuration(30000), QStringLiteral("30s"));
        QCOMPARE(AlertRule::formatDuration(90000), QStringLiteral("1m30s"));
        // Whatever it writes, it reads back the same.
        for (const qint64 ms : {qint64(0), qint64(500), qint64(1000), qint64(60000), qint64(3600000), qint64(5400000),
                                qint64(86400000), qint64(90500)}) {
            qint64 back = -1;
            const QString text = AlertRule::formatDuration(ms);
            QVERIFY2(AlertRule::parseDuration(text, &back), qPrintable(text));
            QCOMPARE(back, ms);
        }
    }

    void parseQuantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << QStringLiteral("42") << 42.0;
        QTest::newRow("fraction") << QStringLiteral("0.9") << 0.9;
        QTest::newRow("percent") << QStringLiteral("85%") << 0.85;
        QTest::newRow("GiB") << QStringLiteral("1.5GiB") << 1.5 * 1024 * 1024 * 1024;
        QTest::newRow("MiB") << QStringLiteral("512MiB") << 512.0 * 1024 * 1024;
        QTest::newRow("MB") << QStringLiteral("512MB") << 512e6;
        QTest::newRow("k") << QStringLiteral("10k") << 10000.0;
    }

    void parseQuantity()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        double out = -1;
        QVERIFY2(AlertRule::parseQuantity(text, &out), qPrintable(text));
        QVERIFY2(qFuzzyCompare(out, value), qPrintable(QStringLiteral("%1 -> %2").arg(text).arg(out, 0, 'g', 17)));
    }

    void parseQuantityRejectsBadText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("word") << QStringLiteral("lots");
        QTest::newRow("unit alone") << QStringLiteral("GiB");
        QTest::newRow("unknown unit") << QStringLiteral("5 parsecs");
        QTest::newRow("percent alone") << QStringLiteral("%");
        QTest::newRow("nan") << QStringLiteral("nan");
        QTest::newRow("inf") << QStringLiteral("inf");
    }

    void parseQuantityRejectsBadText()
    {
        QFETCH(QString, text);
        double out = 0;
        QVERIFY2(!AlertRule::parseQuantity(text, &out), qPrintable(text));
    }

    void namesRoundTrip()
    {
        for (const AlertSeverity s : {AlertSeverity::Warning, AlertSeverity::Critical}) {
            AlertSeverity back = s == AlertSeverity::Warning ? AlertSeverity::Critical : AlertSeverity::Warning;
            QVERIFY(AlertRule::parseSeverity(AlertRule::severityName(s), &back));
            QCOMPARE(back, s);
        }
        for (const AlertComparison c : {AlertComparison::Above, AlertComparison::Below}) {
            AlertComparison back = c == AlertComparison::Above ? AlertComparison::Below : AlertComparison::Above;
            QVERIFY(AlertRule::parseComparison(AlertRule::comparisonName(c), &back));
            QCOMPARE(back, c);
        }
        AlertSeverity s;
        QVERIFY(!AlertRule::parseSeverity(QStringLiteral("urgent"), &s));
        AlertComparison c;
        QVERIFY(!AlertRule::parseComparison(QStringLiteral("around"), &c));
    }

    void breachesAndClearsStrictly()
    {
        AlertRule above = rule(QStringLiteral("a"), QStringLiteral("run_queue"), 100);
        above.clear = 80;
        QVERIFY(!above.breaches(100));
        QVERIFY(above.breaches(100.5));
        QVERIFY(!above.clears(80));
        QVERIFY(above.clears(79.9));
        QVERIFY(!above.breaches(NaN));
        QVERIFY(!above.clears(NaN));

        AlertRule below = above;
        below.comparison = AlertComparison::Below;
        below.threshold = 10;
        below.clear = 20;
        QVERIFY(!below.breaches(10));
        QVERIFY(below.breaches(9));
        QVERIFY(!below.clears(20));
        QVERIFY(below.clears(21));

        // Without a clear value the threshold is it, and not passing it any more clears.
        AlertRule plain = rule(QStringLiteral("p"), QStringLiteral("run_queue"), 5);
        QCOMPARE(plain.clearValue(), 5.0);
        QVERIFY(!plain.clears(5.5));
        QVERIFY(plain.clears(5));
        QVERIFY(plain.clears(4));
        // A value is never both past the threshold and clear, whatever the clear value.
        for (const double clear : {NaN, 3.0, 5.0}) {
            plain.clear = clear;
            for (const double v : {2.0, 3.0, 4.0, 5.0, 6.0})
                QVERIFY(!(plain.breaches(v) && plain.clears(v)));
        }
    }

    void roundTrip()
    {
        RuleSet set;
        AlertRule a = rule(QStringLiteral("mailbox"), QStringLiteral("process_message_queue_max"), 10000);
        a.clear = 5000;
        a.forMs = 10000;
        a.severity = AlertSeverity::Critical;
        a.note = QStringLiteral("Ask the billing team — “queues” in ünïcode");
        AlertRule b = rule(QStringLiteral("low_ports"), QStringLiteral("port_count"), 3);
        b.comparison = AlertComparison::Below;
        b.enabled = false;
        AlertRule c = rule(QStringLiteral("memory"), QStringLiteral("memory_machine_ratio"), 0.85);
        c.forMs = 90500;
        set.rules = {a, b, c};

        const RuleSet::Parsed parsed = RuleSet::parse(set.toJson());
        QVERIFY(parsed.readable);
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.value(0).text()));
        QCOMPARE(parsed.set.rules.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(parsed.set.rules.at(i) == set.rules.at(i), qPrintable(set.rules.at(i).id));
        QVERIFY(std::isnan(parsed.set.rules.at(2).clear));

        // The document names its schema and the comparison by its key.
        const QJsonObject doc = QJsonDocument::fromJson(set.toJson()).object();
        QCOMPARE(doc.value(QLatin1String("schema")).toString(), QString::fromLatin1(RuleSet::Schema));
        QVERIFY(a.toJson().contains(QLatin1String("above")));
        QVERIFY(b.toJson().contains(QLatin1String("below")));
        QVERIFY(!b.toJson().contains(QLatin1String("above")));
    }

    void unitsInTheFile()
    {
        const RuleSet::Parsed parsed = RuleSet::parse(document({
            R"({"id": "mem", "metric": "memory_total_bytes", "above": "2GiB", "clear": "1.5GiB"})",
            R"({"id": "ratio", "metric": "memory_machine_ratio", "above": "85%"})",
        }));
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.value(0).text()));
        QCOMPARE(parsed.set.rules.size(), 2);
        QCOMPARE(parsed.set.rules.at(0).threshold, 2.0 * 1024 * 1024 * 1024);
        QCOMPARE(parsed.set.rules.at(0).clear, 1.5 * 1024 * 1024 * 1024);
        QVERIFY(qFuzzyCompare(parsed.set.rules.at(1).threshold, 0.85));
        // Defaults of the optional keys.
        const AlertRule &r = parsed.set.rules.at(1);
        QCOMPARE(r.comparison, AlertComparison::Above);
        QCOMPARE(r.severity, AlertSeverity::Warning);
        QCOMPARE(r.forMs, qint64(0));
        QVERIFY(r.enabled);
        QVERIFY(std::isnan(r.clear));
    }

    void defaults()
    {
        const RuleSet set = RuleSet::defaults();
        const QStringList expected = {QStringLiteral("process_limit"), QStringLiteral("port_limit"),
                                      QStringLiteral("atom_limit"),    QStringLiteral("ets_limit"),
                                      QStringLiteral("message_queue"), QStringLiteral("run_queue"),
                                      QStringLiteral("scheduler_utilization"), QStringLiteral("machine_memory")};
        for (const QString &id : expected)
            QVERIFY2(set.find(id), qPrintable(id));
        for (const AlertRule &r : set.rules) {
            AlertMetric m;
            QVERIFY2(AlertMetrics::find(r.metric, &m), qPrintable(r.metric));
            QVERIFY2(r.enabled, qPrintable(r.id));
        }
        // The figures the issue names.
        QCOMPARE(set.find(QStringLiteral("process_limit"))->metric, QStringLiteral("process_usage_ratio"));
        QVERIFY(qFuzzyCompare(set.find(QStringLiteral("process_limit"))->threshold, 0.85));
        const AlertRule *mq = set.find(QStringLiteral("message_queue"));
        QCOMPARE(mq->metric, QStringLiteral("process_message_queue_max"));
        QCOMPARE(mq->threshold, 10000.0);
        QCOMPARE(mq->forMs, qint64(10000));
        const AlertRule *rq = set.find(QStringLiteral("run_queue"));
        QCOMPARE(rq->metric, QStringLiteral("run_queue_per_scheduler"));
        QCOMPARE(rq->threshold, 2.0);
        QCOMPARE(rq->forMs, qint64(30000));
        QCOMPARE(set.find(QStringLiteral("scheduler_utilization"))->forMs, qint64(60000));
        QCOMPARE(set.find(QStringLiteral("machine_memory"))->metric, QStringLiteral("memory_machine_ratio"));

        // They parse back as they are.
        const RuleSet::Parsed parsed = RuleSet::parse(set.toJson());
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.set.rules.size(), set.rules.size());
        for (int i = 0; i < set.rules.size(); ++i)
            QVERIFY2(parsed.set.rules.at(i) == set.rules.at(i), qPrintable(set.rules.at(i).id));
    }

    // The keys the issue names, each known to the catalogue once, with a label.
    void metricCatalogue()
    {
        const QStringList node = {
            QStringLiteral("memory_total_bytes"),      QStringLiteral("memory_system_bytes"),
            QStringLiteral("memory_persistent_term_bytes"), QStringLiteral("memory_machine_ratio"),
            QStringLiteral("process_usage_ratio"),     QStringLiteral("port_usage_ratio"),
            QStringLiteral("atom_usage_ratio"),        QStringLiteral("ets_usage_ratio"),
            QStringLiteral("run_queue_per_scheduler"), QStringLiteral("process_count"),
            QStringLiteral("port_count"),              QStringLiteral("atom_count"),
            QStringLiteral("ets_count"),               QStringLiteral("run_queue"),
            QStringLiteral("scheduler_utilization_total"), QStringLiteral("reductions_per_s")};
        const QStringList entity = {
            QStringLiteral("process_message_queue_max"), QStringLiteral("process_memory_max"),
            QStringLiteral("process_memory_growth_max"), QStringLiteral("ets_memory_max"),
            QStringLiteral("ets_size_max"),              QStringLiteral("ets_memory_growth_max"),
            QStringLiteral("port_queue_max"),            QStringLiteral("port_queue_growth_max")};
        const QVector<AlertMetric> catalogue = AlertMetrics::catalogue();
        QSet<QString> keys;
        for (const AlertMetric &m : catalogue) {
            QVERIFY2(!keys.contains(m.key), qPrintable(m.key));
            keys.insert(m.key);
            QVERIFY2(!m.label.isEmpty(), qPrintable(m.key));
            QCOMPARE(AlertMetrics::isEntityKey(m.key), m.isEntity());
        }
        for (const QString &k : node) {
            QVERIFY2(keys.contains(k), qPrintable(k));
            QVERIFY2(!AlertMetrics::isEntityKey(k), qPrintable(k));
        }
        for (const QString &k : entity) {
            QVERIFY2(keys.contains(k), qPrintable(k));
            QVERIFY2(AlertMetrics::isEntityKey(k), qPrintable(k));
        }
        QCOMPARE(AlertMetrics::entityMetrics().size(), int(std::count_if(catalogue.begin(), catalogue.end(),
                                                                          [](const AlertMetric &m) { return m.isEntity(); })));

        // LoadMetrics keys are known by their form before a node is seen.
        AlertMetric m;
        QVERIFY(AlertMetrics::find(QStringLiteral("scheduler_utilization_3"), &m));
        QCOMPARE(m.unit, MetricUnit::Ratio);
        QVERIFY(AlertMetrics::find(QStringLiteral("alloc_binary_used_bytes"), &m));
        QCOMPARE(m.unit, MetricUnit::Bytes);
        QVERIFY(AlertMetrics::find(QStringLiteral("process_memory_max"), &m));
        QCOMPARE(m.entity, AlertEntityKind::Process);
        QVERIFY(!AlertMetrics::find(QStringLiteral("happiness"), &m));
        QVERIFY(!AlertMetrics::find(QString(), &m));
        QVERIFY(!AlertMetrics::find(QStringLiteral("alloc_"), &m));

        // A node's own history (more schedulers, Mnesia) adds its columns once.
        const QVector<HistoryMetric> history = {{QStringLiteral("run_queue"), MetricUnit::Count},
                                                {QStringLiteral("scheduler_utilization_17"), MetricUnit::Ratio},
                                                {QStringLiteral("mnesia_commits_per_s"), MetricUnit::PerSecond}};
        const QVector<AlertMetric> withHistory = AlertMetrics::catalogue(history);
        int runQueues = 0;
        bool sched17 = false;
        for (const AlertMetric &a : withHistory) {
            runQueues += a.key == QLatin1String("run_queue") ? 1 : 0;
            sched17 = sched17 || a.key == QLatin1String("scheduler_utilization_17");
        }
        QCOMPARE(runQueues, 1);
        QVERIFY(sched17);
    }

    void nodeValues()
    {
        SystemSample s;
        s.processCount = 850;
        s.processLimit = 1000;
        s.portCount = 10;
        s.portLimit = 100;
        s.atomCount = 5000;
        s.atomLimit = 10000;
        s.etsCount = 0;
        s.etsLimit = 0; // not said: unknown, not infinite
        s.schedulers = 8;
        s.schedulersOnline = 4;
        s.runQueue = 10;
        s.memory.total = 3000;
        s.memory.system = 1000;
        s.memory.persistentTerm = 7;
        s.machineMemory = 0; // a node that does not say
        QHash<QString, double> v = AlertMetrics::nodeValues(
            s, {{QStringLiteral("run_queue"), MetricUnit::Count}, {QStringLiteral("reductions_per_s"), MetricUnit::PerSecond}},
            {10, NaN});
        QCOMPARE(v.value(QStringLiteral("process_usage_ratio")), 0.85);
        QCOMPARE(v.value(QStringLiteral("port_usage_ratio")), 0.1);
        QCOMPARE(v.value(QStringLiteral("atom_usage_ratio")), 0.5);
        QVERIFY(std::isnan(v.value(QStringLiteral("ets_usage_ratio"))));
        QCOMPARE(v.value(QStringLiteral("run_queue_per_scheduler")), 2.5); // over the online ones
        QCOMPARE(v.value(QStringLiteral("process_count")), 850.0);
        QCOMPARE(v.value(QStringLiteral("memory_system_bytes")), 1000.0);
        QCOMPARE(v.value(QStringLiteral("memory_persistent_term_bytes")), 7.0);
        QVERIFY(std::isnan(v.value(QStringLiteral("memory_machine_ratio"))));
        QCOMPARE(v.value(QStringLiteral("run_queue")), 10.0);
        QVERIFY(std::isnan(v.value(QStringLiteral("reductions_per_s"))));
        QVERIFY(v.contains(QStringLiteral("reductions_per_s")));

        s.machineMemory = 4000;
        v = AlertMetrics::nodeValues(s, {}, {});
        QCOMPARE(v.value(QStringLiteral("memory_machine_ratio")), 0.75);
        // The default rules read what the sample gives.
        for (const AlertRule &r : RuleSet::defaults().rules)
            if (!AlertMetrics::isEntityKey(r.metric) && r.metric != QLatin1String("scheduler_utilization_total"))
                QVERIFY2(v.contains(r.metric), qPrintable(r.metric));
    }

    void formatValue()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(AlertMetrics::formatValue(QStringLiteral("process_usage_ratio"), 0.85), QStringLiteral("85.0 %"));
        QCOMPARE(AlertMetrics::formatValue(QStringLiteral("memory_total_bytes"), 1.5 * 1024 * 1024 * 1024),
                 QStringLiteral("1.5 GiB"));
        QCOMPARE(AlertMetrics::formatValue(QStringLiteral("process_message_queue_max"), 12000), QStringLiteral("12,000"));
        QCOMPARE(AlertMetrics::formatValue(QStringLiteral("port_queue_growth_max"), 3.4 * 1024 * 1024),
                 QStringLiteral("3.4 MiB/s"));
        QVERIFY(!AlertMetrics::formatValue(QStringLiteral("run_queue"), NaN).isEmpty());
        QVERIFY(!AlertMetrics::formatValue(QStringLiteral("no_such_metric"), 1e300).isEmpty());
        QLocale::setDefault(before);
    }

    void findAndUniqueId()
    {
        RuleSet set;
        QCOMPARE(set.uniqueId(QStringLiteral("mailbox")), QStringLiteral("mailbox"));
        set.rules.append(rule(QStringLiteral("mailbox"), QStringLiteral("process_count"), 1));
        QVERIFY(set.find(QStringLiteral("mailbox")));
        QVERIFY(!set.find(QStringLiteral("nothing")));
        QCOMPARE(set.uniqueId(QStringLiteral("mailbox")), QStringLiteral("mailbox_2"));
        set.rules.append(rule(QStringLiteral("mailbox_2"), QStringLiteral("process_count"), 1));
        const QString third = set.uniqueId(QStringLiteral("mailbox"));
        QVERIFY(!set.find(third));
        QVERIFY(third.startsWith(QLatin1String("mailbox")));
    }

    void badJsonSaysTheLine()
    {
        const QByteArray text = "{\n"
                                "  \"schema\": \"beamtop.rules/1\",\n"
                                "  \"rules\": [\n"
                                "    {\"id\": \"a\",, \"metric\": \"run_queue\"}\n"
                                "  ]\n"
                                "}\n";
        const RuleSet::Parsed parsed = RuleSet::parse(text);
        QVERIFY(!parsed.readable);
        QVERIFY(parsed.set.rules.isEmpty());
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.at(0).line, 4);
        QVERIFY(!parsed.problems.at(0).message.isEmpty());
        const QString said = parsed.problems.at(0).text(QStringLiteral("rules.json"));
        QVERIFY2(said.contains(QLatin1String("rules.json")) && said.contains(QLatin1String("4")), qPrintable(said));
    }

    void notADocument_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("array") << QByteArray("[1, 2]") << QString();
        QTest::newRow("other schema") << QByteArray(R"({"schema": "beamtop.rules/2", "rules": []})") << QStringLiteral("schema");
        QTest::newRow("no schema") << QByteArray(R"({"rules": []})") << QStringLiteral("schema");
        QTest::newRow("rules not a list") << QByteArray(R"({"schema": "beamtop.rules/1", "rules": 3})") << QStringLiteral("rules");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << QString();
    }

    void notADocument()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        const RuleSet::Parsed parsed = RuleSet::parse(text);
        QVERIFY(parsed.set.rules.isEmpty());
        QVERIFY(!parsed.problems.isEmpty());
        if (!key.isEmpty()) {
            QVERIFY(!parsed.readable);
            QCOMPARE(parsed.problems.at(0).key, key);
        }
        QVERIFY(!parsed.problems.at(0).text().isEmpty());
    }

    void emptyRulesIsFine()
    {
        const RuleSet::Parsed parsed = RuleSet::parse(R"({"schema": "beamtop.rules/1", "rules": []})");
        QVERIFY(parsed.readable);
        QVERIFY(parsed.problems.isEmpty());
        QVERIFY(parsed.set.rules.isEmpty());
    }

    // Each fault is said with its line and key, the rule is skipped, the others kept.
    void faultyRuleSkipped_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QStringList>("keys"); // any of these names the fault
        QTest::newRow("threshold not a number")
            << QByteArray(R"({"id": "x", "metric": "run_queue", "above": "lots"})")
            << QStringList{QStringLiteral("rules[2].threshold"), QStringLiteral("rules[2].above")};
        QTest::newRow("threshold an object")
            << QByteArray(R"({"id": "x", "metric": "run_queue", "above": {"n": 1}})")
            << QStringList{QStringLiteral("rules[2].threshold"), QStringLiteral("rules[2].above")};
        QTest::newRow("unknown severity")
            << QByteArray(R"({"id": "x", "metric": "run_queue", "above": 1, "severity": "urgent"})")
            << QStringList{QStringLiteral("rules[2].severity")};
        QTest::newRow("duplicate id")
            << QByteArray(R"({"id": "a", "metric": "run_queue", "above": 1})")
            << QStringList{QStringLiteral("rules[2].id")};
        QTest::newRow("no id")
            << QByteArray(R"({"metric": "run_queue", "above": 1})")
            << QStringList{QStringLiteral("rules[2].id")};
        QTest::newRow("unknown metric")
            << QByteArray(R"({"id": "x", "metric": "happiness", "above": 1})")
            << QStringList{QStringLiteral("rules[2].metric")};
        QTest::newRow("no threshold")
            << QByteArray(R"({"id": "x", "metric": "run_queue"})")
            << QStringList{QStringLiteral("rules[2].threshold"), QStringLiteral("rules[2].above"),
                           QStringLiteral("rules[2]")};
        QTest::newRow("bad duration")
            << QByteArray(R"({"id": "x", "metric": "run_queue", "above": 1, "for": "a while"})")
            << QStringList{QStringLiteral("rules[2].for")};
        QTest::newRow("bad clear")
            << QByteArray(R"({"id": "x", "metric": "run_queue", "above": 1, "clear": "soon"})")
            << QStringList{QStringLiteral("rules[2].clear")};
        QTest::newRow("not an object") << QByteArray("42") << QStringList{QStringLiteral("rules[2]")};
    }

    void faultyRuleSkipped()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QStringList, keys);
        const RuleSet::Parsed parsed = RuleSet::parse(document({GoodA, GoodB, bad, GoodC}));
        QVERIFY(parsed.readable);
        QCOMPARE(ids(parsed.set), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(parsed.problems.size(), 1);
        const RuleProblem &p = parsed.problems.at(0);
        QVERIFY2(keys.contains(p.key), qPrintable(p.key));
        QCOMPARE(p.line, 6); // rule 2 is on line 4 + 2
        QVERIFY(!p.message.isEmpty());
        const QString said = p.text(QStringLiteral("rules.json"));
        QVERIFY2(said.contains(QLatin1String("rules.json")) && said.contains(QLatin1String("6"))
                     && said.contains(p.key),
                 qPrintable(said));
    }

    // Files written on Windows: CRLF line ends, and a byte-order mark some editors put first.
    void windowsFiles()
    {
        QByteArray text = document({GoodA, GoodB, R"({"id": "x", "metric": "run_queue", "above": 1, "severity": "urgent"})"});
        text.replace("\n", "\r\n");
        RuleSet::Parsed parsed = RuleSet::parse(text);
        QCOMPARE(ids(parsed.set), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.at(0).line, 6);

        parsed = RuleSet::parse("\xef\xbb\xbf" + document({GoodA}));
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.value(0).text()));
        QCOMPARE(ids(parsed.set), QStringList{QStringLiteral("a")});
    }

    // Keys that look like paths or hold escapes do not confuse the line of a fault.
    void oddKeysAndStrings()
    {
        const RuleSet::Parsed parsed = RuleSet::parse(document({
            // A plain string: moc misreads a raw string holding \".
            "{\"id\": \"a\\\"]}[,\", \"metric\": \"process_count\", \"above\": 1, \"note\": \"{[\\\"rules[3]\\\"]}\"}",
            R"({"id": "b", "metric": "process_count", "above": 1, "x.y[0]": {"z": [1, {"w": 2}]}})",
            R"({"id": "c", "metric": "process_count", "above": 1, "for": -3})",
        }));
        QCOMPARE(ids(parsed.set), (QStringList{QStringLiteral("a\"]}[,"), QStringLiteral("b")}));
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.at(0).key, QStringLiteral("rules[2].for"));
        QCOMPARE(parsed.problems.at(0).line, 6);
    }

    // Bytes flipped, cut and doubled all over a real file: never a crash, and whatever is kept
    // is a rule that can work; whatever is dropped is said.
    void mangledFilesNeverCrash()
    {
        const QByteArray original = RuleSet::defaults().toJson();
        QRandomGenerator rng(16); // fixed: a failure can be repeated
        for (int round = 0; round < 3000; ++round) {
            QByteArray text = original;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits && !text.isEmpty(); ++e) {
                const int at = int(rng.bounded(quint32(text.size())));
                switch (rng.bounded(4)) {
                case 0: text[at] = char(rng.bounded(256)); break;
                case 1: text.truncate(at); break;
                case 2: text.insert(at, text.mid(at, int(rng.bounded(40)))); break;
                default: text.remove(at, int(rng.bounded(20))); break;
                }
            }
            const RuleSet::Parsed parsed = RuleSet::parse(text);
            const int lineCount = int(text.count('\n')) + 1;
            QSet<QString> seen;
            for (const AlertRule &r : parsed.set.rules) {
                AlertMetric m;
                QVERIFY(!r.id.isEmpty());
                QVERIFY(AlertMetrics::find(r.metric, &m));
                QVERIFY(!std::isnan(r.threshold));
                QVERIFY(r.forMs >= 0);
                QVERIFY(!seen.contains(r.id));
                seen.insert(r.id);
            }
            QVERIFY(parsed.readable || !parsed.problems.isEmpty());
            if (!parsed.readable)
                QVERIFY(parsed.set.rules.isEmpty());
            if (parsed.set.rules.size() < original.count("\"id\"") && parsed.readable)
                QVERIFY(!parsed.problems.isEmpty() || text.count("\"id\"") < original.count("\"id\""));
            for (const RuleProblem &p : parsed.problems) {
                QVERIFY(!p.message.isEmpty());
                QVERIFY2(p.line >= 0 && p.line <= lineCount, qPrintable(p.text()));
            }
        }
    }

    void severalFaultsEachSaid()
    {
        const RuleSet::Parsed parsed = RuleSet::parse(document({
            R"({"id": "x", "metric": "run_queue", "above": true})",
            GoodA,
            R"({"id": "a", "metric": "run_queue", "above": 2})",
            R"({"id": "y", "metric": "run_queue", "below": 2, "severity": "meh"})",
        }));
        QVERIFY(parsed.readable);
        QCOMPARE(ids(parsed.set), QStringList{QStringLiteral("a")});
        QCOMPARE(parsed.problems.size(), 3);
        QCOMPARE(parsed.problems.at(0).line, 4);
        QCOMPARE(parsed.problems.at(1).line, 6);
        QCOMPARE(parsed.problems.at(2).line, 7);
        // The kept "a" is the first one, not the duplicate.
        QCOMPARE(parsed.set.rules.at(0).metric, QStringLiteral("process_count"));
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
