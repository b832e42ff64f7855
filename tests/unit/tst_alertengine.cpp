// SPDX-License-Identifier: GPL-3.0-or-later
// The alerts' state machine with values and times given by the test: hysteresis, durations,
// clear values, Below rules, entities leaving a ranking, replacing rules, acknowledging; and
// the event as the log and `watch` write it.
#include "alerts/alertengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace beamtop;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 T0 = 1'750'000'000'000; // some time in 2025, ms
constexpr qint64 Second = 1000;

const QString Queue = QStringLiteral("process_message_queue_max");
const QString RunQueue = QStringLiteral("run_queue");

AlertRule rule(const QString &id, const QString &metric, double threshold, double clear = NaN, qint64 forMs = 0,
               AlertComparison comparison = AlertComparison::Above)
{
    AlertRule r;
    r.id = id;
    r.metric = metric;
    r.threshold = threshold;
    r.clear = clear;
    r.forMs = forMs;
    r.comparison = comparison;
    return r;
}

RuleSet rules(const QVector<AlertRule> &list)
{
    RuleSet set;
    set.rules = list;
    return set;
}

AlertEntity process(const QString &pid, const QString &name = QString())
{
    AlertEntity e;
    e.kind = QStringLiteral("process");
    e.id = pid;
    e.name = name;
    return e;
}

QVector<AlertEvent> node(AlertEngine &engine, const QString &metric, qint64 at, double value)
{
    return engine.observe(metric, at, {AlertEngine::Observation{AlertEntity(), value}});
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private slots:
    void firesAtOnceWithoutDuration()
    {
        AlertEngine engine;
        QVERIFY(engine.setRules(rules({rule(QStringLiteral("rq"), RunQueue, 100)}), T0).isEmpty());
        QVERIFY(node(engine, RunQueue, T0, 50).isEmpty());
        QVERIFY(node(engine, RunQueue, T0 + Second, 100).isEmpty()); // at the threshold is not past it
        const QVector<AlertEvent> events = node(engine, RunQueue, T0 + 2 * Second, 150);
        QCOMPARE(events.size(), 1);
        const AlertEvent &e = events.at(0);
        QCOMPARE(e.type, AlertEvent::Type::Firing);
        QCOMPARE(e.ruleId, QStringLiteral("rq"));
        QCOMPARE(e.metric, RunQueue);
        QCOMPARE(e.value, 150.0);
        QCOMPARE(e.threshold, 100.0);
        QCOMPARE(e.atMs, T0 + 2 * Second);
        QCOMPARE(e.sinceMs, T0 + 2 * Second);
        QVERIFY(e.entity.isNull());
        QCOMPARE(engine.activeCount(), 1);
        QCOMPARE(engine.unacknowledgedCount(), 1);
    }

    // A value hovering at the threshold fires once; only the clear value resolves it.
    void hysteresisFiresOnce()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("rq"), RunQueue, 100, 80)}), T0);
        int firing = 0;
        int resolved = 0;
        const double values[] = {101, 99, 101, 99, 102, 90, 100.5, 81, 120};
        qint64 t = T0;
        for (const double v : values) {
            for (const AlertEvent &e : node(engine, RunQueue, t += Second, v))
                ++(e.type == AlertEvent::Type::Firing ? firing : resolved);
        }
        QCOMPARE(firing, 1);
        QCOMPARE(resolved, 0);
        QCOMPARE(engine.activeCount(), 1);
        QCOMPARE(engine.active().at(0).value, 120.0); // the latest value read
        QCOMPARE(engine.active().at(0).sinceMs, T0 + Second);
        QCOMPARE(engine.active().at(0).lastMs, t);

        const QVector<AlertEvent> events = node(engine, RunQueue, t + Second, 79);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).type, AlertEvent::Type::Resolved);
        QCOMPARE(events.at(0).value, 79.0);
        QCOMPARE(events.at(0).threshold, 80.0); // the clear value
        QCOMPARE(events.at(0).sinceMs, T0 + Second); // when it fired
        QCOMPARE(engine.activeCount(), 0);

        // And it can fire again.
        QCOMPARE(node(engine, RunQueue, t + 2 * Second, 101).size(), 1);
    }

    // Without a clear value, an alert resolves as soon as the value no longer passes the
    // threshold (at it is enough): a value resting on the line neither fires nor keeps firing.
    void clearDefaultsToTheThreshold()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("rq"), RunQueue, 100)}), T0);
        QCOMPARE(node(engine, RunQueue, T0, 101).size(), 1);
        QVERIFY(node(engine, RunQueue, T0 + Second, 100.5).isEmpty());
        const QVector<AlertEvent> events = node(engine, RunQueue, T0 + 2 * Second, 100);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).type, AlertEvent::Type::Resolved);
        QCOMPARE(events.at(0).threshold, 100.0);
    }

    // Pending becomes firing only after the rule's duration; a dip starts it again.
    void durationHolds()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("rq"), RunQueue, 100, NaN, 10 * Second)}), T0);
        QVERIFY(node(engine, RunQueue, T0, 101).isEmpty());
        QVERIFY(node(engine, RunQueue, T0 + 5 * Second, 150).isEmpty());
        QVERIFY(node(engine, RunQueue, T0 + 10 * Second - 1, 150).isEmpty());
        QCOMPARE(engine.activeCount(), 0); // pending is not active
        const QVector<AlertEvent> events = node(engine, RunQueue, T0 + 10 * Second, 120);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).type, AlertEvent::Type::Firing);
        QCOMPARE(events.at(0).sinceMs, T0); // when it started passing the threshold
        QCOMPARE(events.at(0).atMs, T0 + 10 * Second);
        QCOMPARE(events.at(0).value, 120.0);
    }

    void dipResetsTheDuration()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("rq"), RunQueue, 100, NaN, 10 * Second)}), T0);
        QVERIFY(node(engine, RunQueue, T0, 101).isEmpty());
        QVERIFY(node(engine, RunQueue, T0 + 5 * Second, 99).isEmpty()); // back: pending dropped
        QVERIFY(node(engine, RunQueue, T0 + 10 * Second, 101).isEmpty());
        QVERIFY(node(engine, RunQueue, T0 + 15 * Second, 101).isEmpty()); // 5 s since it passed again
        QVERIFY(node(engine, RunQueue, T0 + 19 * Second, 101).isEmpty());
        const QVector<AlertEvent> events = node(engine, RunQueue, T0 + 20 * Second, 101);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).sinceMs, T0 + 10 * Second);
    }

    void unknownValueChangesNothing()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("rq"), RunQueue, 100, NaN, 10 * Second),
                               rule(QStringLiteral("now"), RunQueue, 100)}),
                        T0);
        QCOMPARE(node(engine, RunQueue, T0, 101).size(), 1); // "now" fires, "rq" pending
        QVERIFY(node(engine, RunQueue, T0 + 5 * Second, NaN).isEmpty());
        QCOMPARE(engine.activeCount(), 1);
        // The pending rule kept its start through the unknown reading.
        const QVector<AlertEvent> events = node(engine, RunQueue, T0 + 10 * Second, 101);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).ruleId, QStringLiteral("rq"));
        QCOMPARE(events.at(0).sinceMs, T0);
    }

    void belowRule()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("few"), RunQueue, 10, 20, 0, AlertComparison::Below)}), T0);
        QVERIFY(node(engine, RunQueue, T0, 11).isEmpty());
        QVERIFY(node(engine, RunQueue, T0 + Second, 10).isEmpty());
        QVector<AlertEvent> events = node(engine, RunQueue, T0 + 2 * Second, 9);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).type, AlertEvent::Type::Firing);
        QVERIFY(node(engine, RunQueue, T0 + 3 * Second, 15).isEmpty());
        QVERIFY(node(engine, RunQueue, T0 + 4 * Second, 20).isEmpty());
        events = node(engine, RunQueue, T0 + 5 * Second, 21);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).type, AlertEvent::Type::Resolved);
        QCOMPARE(events.at(0).threshold, 20.0);
    }

    void disabledRuleNeverFires()
    {
        AlertEngine engine;
        AlertRule r = rule(QStringLiteral("rq"), RunQueue, 100);
        r.enabled = false;
        engine.setRules(rules({r, rule(QStringLiteral("other"), QStringLiteral("process_count"), 1)}), T0);
        QVERIFY(node(engine, RunQueue, T0, 1000).isEmpty());
        QCOMPARE(engine.activeCount(), 0);
        QCOMPARE(engine.metricsInUse(), QStringList{QStringLiteral("process_count")});
    }

    void observeNodeTakesEveryValue()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("rq"), RunQueue, 10), rule(QStringLiteral("pc"), QStringLiteral("process_count"), 100),
                               rule(QStringLiteral("mq"), Queue, 1)}),
                        T0);
        QHash<QString, double> values;
        values.insert(RunQueue, 11);
        values.insert(QStringLiteral("process_count"), 50);
        values.insert(QStringLiteral("unrelated"), 1e9);
        values.insert(Queue, 1e9); // an entity metric is never read from a node sample
        const QVector<AlertEvent> events = engine.observeNode(values, T0);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).ruleId, QStringLiteral("rq"));
        QStringList inUse = engine.metricsInUse();
        inUse.sort();
        QCOMPARE(inUse, (QStringList{QStringLiteral("process_count"), Queue, RunQueue}));
    }

    // Several entities at once; one that leaves the ranking resolves, saying why.
    void entities()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("mailbox"), Queue, 1000, 500)}), T0);
        const AlertEntity a = process(QStringLiteral("<0.100.0>"), QStringLiteral("a_server"));
        const AlertEntity b = process(QStringLiteral("<0.200.0>"));
        const AlertEntity c = process(QStringLiteral("<0.300.0>"));
        QVector<AlertEvent> events = engine.observe(Queue, T0, {{a, 2000}, {b, 3000}, {c, 10}});
        QCOMPARE(events.size(), 2);
        QStringList fired;
        for (const AlertEvent &e : events) {
            QCOMPARE(e.type, AlertEvent::Type::Firing);
            fired.append(e.entity.id);
        }
        fired.sort();
        QCOMPARE(fired, (QStringList{a.id, b.id}));
        QCOMPARE(engine.activeCount(), 2);
        QVERIFY(engine.active().at(0).key() != engine.active().at(1).key());

        // b has left the ranking: resolved, value unknown, a reason.
        events = engine.observe(Queue, T0 + Second, {{a, 2500}, {c, 20}});
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).type, AlertEvent::Type::Resolved);
        QCOMPARE(events.at(0).entity, b);
        QVERIFY(std::isnan(events.at(0).value));
        QVERIFY(!events.at(0).reason.isEmpty());
        QCOMPARE(engine.activeCount(), 1);
        QCOMPARE(engine.active().at(0).entity, a);
        QCOMPARE(engine.active().at(0).entity.name, QStringLiteral("a_server"));
        QCOMPARE(engine.active().at(0).value, 2500.0);

        // a drains below the clear value.
        events = engine.observe(Queue, T0 + 2 * Second, {{a, 400}});
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).entity, a);
        QCOMPARE(events.at(0).value, 400.0);
        QVERIFY(events.at(0).reason.isEmpty());
        QCOMPARE(engine.activeCount(), 0);

        // An empty ranking resolves nothing that is not active, and fires nothing.
        QVERIFY(engine.observe(Queue, T0 + 3 * Second, {}).isEmpty());
    }

    void entityPendingDroppedWhenItLeaves()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("mailbox"), Queue, 1000, NaN, 10 * Second)}), T0);
        const AlertEntity a = process(QStringLiteral("<0.100.0>"));
        QVERIFY(engine.observe(Queue, T0, {{a, 2000}}).isEmpty());
        QVERIFY(engine.observe(Queue, T0 + 5 * Second, {}).isEmpty()); // left: pending dropped
        QVERIFY(engine.observe(Queue, T0 + 6 * Second, {{a, 2000}}).isEmpty());
        QVERIFY(engine.observe(Queue, T0 + 12 * Second, {{a, 2000}}).isEmpty()); // 6 s since it came back
        const QVector<AlertEvent> events = engine.observe(Queue, T0 + 16 * Second, {{a, 2000}});
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).sinceMs, T0 + 6 * Second);
    }

    // Only the metric read is touched: another metric's alerts stay.
    void observeTouchesOnlyItsMetric()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("mailbox"), Queue, 1000), rule(QStringLiteral("rq"), RunQueue, 1)}), T0);
        QCOMPARE(engine.observe(Queue, T0, {{process(QStringLiteral("<0.1.0>")), 5000}}).size(), 1);
        QCOMPARE(node(engine, RunQueue, T0, 5).size(), 1);
        QVERIFY(engine.observe(QStringLiteral("process_memory_max"), T0 + Second, {}).isEmpty());
        QVERIFY(node(engine, QStringLiteral("process_count"), T0 + Second, 1e6).isEmpty());
        QCOMPARE(engine.activeCount(), 2);
    }

    void setRulesKeepsWhatStays()
    {
        AlertEngine engine;
        const AlertRule keep = rule(QStringLiteral("keep"), RunQueue, 10);
        const AlertRule drop = rule(QStringLiteral("drop"), RunQueue, 10);
        const AlertRule change = rule(QStringLiteral("change"), RunQueue, 10);
        const AlertRule pending = rule(QStringLiteral("pending"), RunQueue, 10, NaN, 10 * Second);
        engine.setRules(rules({keep, drop, change, pending}), T0);
        QCOMPARE(node(engine, RunQueue, T0, 20).size(), 3);
        const QString keepKey = [&] {
            for (const ActiveAlert &a : engine.active())
                if (a.ruleId == keep.id)
                    return a.key();
            return QString();
        }();
        QVERIFY(engine.acknowledge(keepKey));

        AlertRule changed = change;
        changed.threshold = 15;
        const AlertRule added = rule(QStringLiteral("added"), RunQueue, 10);
        const QVector<AlertEvent> events = engine.setRules(rules({keep, changed, pending, added}), T0 + 5 * Second);
        QCOMPARE(events.size(), 2);
        QStringList resolved;
        for (const AlertEvent &e : events) {
            QCOMPARE(e.type, AlertEvent::Type::Resolved);
            QVERIFY(!e.reason.isEmpty());
            QCOMPARE(e.atMs, T0 + 5 * Second);
            resolved.append(e.ruleId);
        }
        resolved.sort();
        QCOMPARE(resolved, (QStringList{QStringLiteral("change"), QStringLiteral("drop")}));

        // The kept rule is still firing, since when it fired, acknowledged.
        QCOMPARE(engine.activeCount(), 1);
        QCOMPARE(engine.active().at(0).ruleId, keep.id);
        QCOMPARE(engine.active().at(0).sinceMs, T0);
        QVERIFY(engine.active().at(0).acknowledged);
        QCOMPARE(engine.unacknowledgedCount(), 0);

        // The pending rule kept its start; the changed and the added rules start afresh.
        const QVector<AlertEvent> next = node(engine, RunQueue, T0 + 10 * Second, 20);
        QStringList fired;
        for (const AlertEvent &e : next) {
            QCOMPARE(e.type, AlertEvent::Type::Firing);
            fired.append(e.ruleId);
        }
        fired.sort();
        QCOMPARE(fired, (QStringList{QStringLiteral("added"), QStringLiteral("change"), QStringLiteral("pending")}));
        for (const AlertEvent &e : next)
            if (e.ruleId == pending.id)
                QCOMPARE(e.sinceMs, T0);

        // Disabling resolves too.
        AlertRule off = keep;
        off.enabled = false;
        const QVector<AlertEvent> disabled = engine.setRules(rules({off, changed, pending, added}), T0 + 11 * Second);
        QCOMPARE(disabled.size(), 1);
        QCOMPARE(disabled.at(0).ruleId, keep.id);
        QCOMPARE(disabled.at(0).type, AlertEvent::Type::Resolved);
    }

    void acknowledge()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("a"), RunQueue, 1), rule(QStringLiteral("b"), RunQueue, 2)}), T0);
        QCOMPARE(node(engine, RunQueue, T0, 5).size(), 2);
        QCOMPARE(engine.unacknowledgedCount(), 2);
        const QString key = engine.active().at(0).key();
        QVERIFY(engine.acknowledge(key));
        QCOMPARE(engine.unacknowledgedCount(), 1);
        QCOMPARE(engine.activeCount(), 2);
        QVERIFY(!engine.acknowledge(QStringLiteral("no such alert")));
        QCOMPARE(engine.unacknowledgedCount(), 1);
        engine.acknowledgeAll();
        QCOMPARE(engine.unacknowledgedCount(), 0);
        QCOMPARE(engine.activeCount(), 2);
        for (const ActiveAlert &a : engine.active())
            QVERIFY(a.acknowledged);

        // Resolved and fired again: a new alert, not acknowledged.
        QCOMPARE(node(engine, RunQueue, T0 + Second, 0).size(), 2);
        QCOMPARE(engine.activeCount(), 0);
        QCOMPARE(node(engine, RunQueue, T0 + 2 * Second, 5).size(), 2);
        QCOMPARE(engine.unacknowledgedCount(), 2);
    }

    void activeByTimeFired()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("late"), RunQueue, 10), rule(QStringLiteral("early"), QStringLiteral("process_count"), 10)}), T0);
        node(engine, QStringLiteral("process_count"), T0, 20);
        node(engine, RunQueue, T0 + Second, 20);
        const QVector<ActiveAlert> active = engine.active();
        QCOMPARE(active.size(), 2);
        QCOMPARE(active.at(0).ruleId, QStringLiteral("early"));
        QCOMPARE(active.at(1).ruleId, QStringLiteral("late"));
    }

    void resetForgetsSilently()
    {
        AlertEngine engine;
        engine.setRules(rules({rule(QStringLiteral("rq"), RunQueue, 10, NaN, 10 * Second), rule(QStringLiteral("now"), RunQueue, 10)}), T0);
        QCOMPARE(node(engine, RunQueue, T0, 20).size(), 1);
        engine.reset();
        QCOMPARE(engine.activeCount(), 0);
        // The rules stay; the pending start is forgotten.
        QCOMPARE(engine.rules().rules.size(), 2);
        QCOMPARE(node(engine, RunQueue, T0 + 10 * Second, 20).size(), 1); // "now" again, "rq" pending afresh
        QCOMPARE(engine.active().at(0).ruleId, QStringLiteral("now"));
    }

    void eventJsonRoundTrip()
    {
        AlertEvent e;
        e.type = AlertEvent::Type::Firing;
        e.ruleId = QStringLiteral("mailbox");
        e.severity = AlertSeverity::Critical;
        e.metric = Queue;
        e.value = 12000;
        e.threshold = 10000;
        e.entity = process(QStringLiteral("<0.123.0>"), QStringLiteral("my_server"));
        e.atMs = T0 + 123;
        e.sinceMs = T0 - 10 * Second;
        e.note = QStringLiteral("Tell the billing team");

        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QLatin1String("event")).toString(), QStringLiteral("firing"));
        QCOMPARE(json.value(QLatin1String("rule")).toString(), QStringLiteral("mailbox"));
        QCOMPARE(json.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(json.value(QLatin1String("metric")).toString(), Queue);
        QCOMPARE(json.value(QLatin1String("value")).toDouble(), 12000.0);
        QCOMPARE(json.value(QLatin1String("threshold")).toDouble(), 10000.0);
        QCOMPARE(json.value(QLatin1String("entity")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("<0.123.0>"));
        QCOMPARE(json.value(QLatin1String("at")).toString(), QStringLiteral("2025-06-15T15:06:40.123Z"));

        // Through text, as the log keeps it.
        AlertEvent back;
        QVERIFY(AlertEvent::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), &back));
        QCOMPARE(back.type, e.type);
        QCOMPARE(back.ruleId, e.ruleId);
        QCOMPARE(back.severity, e.severity);
        QCOMPARE(back.metric, e.metric);
        QCOMPARE(back.value, e.value);
        QCOMPARE(back.threshold, e.threshold);
        QCOMPARE(back.entity, e.entity);
        QCOMPARE(back.entity.name, e.entity.name);
        QCOMPARE(back.atMs, e.atMs);
        QCOMPARE(back.sinceMs, e.sinceMs);
        QCOMPARE(back.note, e.note);

        const QString text = e.text();
        QVERIFY2(text.contains(QLatin1String("mailbox")) && text.contains(QLatin1String("<0.123.0>")), qPrintable(text));
    }

    void resolvedEventWithoutValue()
    {
        AlertEvent e;
        e.type = AlertEvent::Type::Resolved;
        e.ruleId = QStringLiteral("mailbox");
        e.metric = Queue;
        e.value = NaN;
        e.threshold = 500;
        e.atMs = T0;
        e.sinceMs = T0 - Second;
        e.reason = QStringLiteral("no longer among the largest");
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QLatin1String("event")).toString(), QStringLiteral("resolved"));
        QVERIFY(json.value(QLatin1String("value")).isNull());
        QVERIFY(json.value(QLatin1String("entity")).isNull());
        AlertEvent back;
        QVERIFY(AlertEvent::fromJson(json, &back));
        QCOMPARE(back.type, AlertEvent::Type::Resolved);
        QVERIFY(std::isnan(back.value));
        QVERIFY(back.entity.isNull());
        QCOMPARE(back.reason, e.reason);
        QVERIFY(!e.text().isEmpty());
    }

    void eventFromBadJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("unknown event") << QByteArray(R"({"event": "exploded", "rule": "a", "metric": "run_queue", "at": "2025-06-15T15:06:40.123Z"})");
        QTest::newRow("no rule") << QByteArray(R"({"event": "firing", "metric": "run_queue", "at": "2025-06-15T15:06:40.123Z"})");
        QTest::newRow("bad time") << QByteArray(R"({"event": "firing", "rule": "a", "metric": "run_queue", "at": "yesterday"})");
    }

    void eventFromBadJson()
    {
        QFETCH(QByteArray, json);
        AlertEvent out;
        QVERIFY(!AlertEvent::fromJson(QJsonDocument::fromJson(json).object(), &out));
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
