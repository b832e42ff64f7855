// SPDX-License-Identifier: GPL-3.0-or-later
// The alert tables (models/alerttablemodels.h) under QAbstractItemModelTester: a value read
// again changes cells, not rows; an alert that fires is a row insert and one that resolves a
// row remove; acknowledging changes the row's level; the log shows the newest first and a new
// event is one insert at the top, never a reset; the entity of a row comes by role, with its
// id as the node sent it; the exact value is the tooltip.
#include "alerttablemodels.h"
#include "modeltestutil.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

using namespace beamtop;
using beamtop::test::ModelSpies;

namespace {

ActiveAlert alert(const QString &rule, double value, const QString &pid = {})
{
    ActiveAlert a;
    a.ruleId = rule;
    a.metric = pid.isEmpty() ? QStringLiteral("process_count") : QStringLiteral("process_message_queue_max");
    a.value = value;
    a.threshold = 1000;
    a.sinceMs = 1700000000000;
    a.lastMs = a.sinceMs;
    a.severity = AlertSeverity::Critical;
    if (!pid.isEmpty()) {
        a.entity.kind = QStringLiteral("process");
        a.entity.id = pid;
        a.entity.name = QStringLiteral("my_server");
        NodeId id;
        id.node = "a@b";
        id.id = 85;
        a.entity.term = Term::pid(id);
    }
    return a;
}

AlertEvent logEvent(AlertEvent::Type type, const QString &rule, qint64 atMs)
{
    AlertEvent e;
    e.type = type;
    e.ruleId = rule;
    e.metric = QStringLiteral("process_count");
    e.value = 1234.5;
    e.threshold = 1000;
    e.atMs = atMs;
    return e;
}

int rowOfRule(const QAbstractItemModel &m, int column, const QString &rule)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.index(r, column).data(RowTableModel::RawValueRole).toString() == rule)
            return r;
    }
    return -1;
}

} // namespace

class TestAlertModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void activeAppliesDifferences()
    {
        ActiveAlertModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSpies spies(&m);
        m.setAlerts({alert(QStringLiteral("count"), 1200)});
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(m.index(0, ActiveAlertModel::Entity).data().toString(), QStringLiteral("the node"));
        QVERIFY(!m.index(0, 0).data(AlertTableRoles::EntityTermRole).isValid());
        QCOMPARE(RowTableModel::Level(m.index(0, 0).data(RowTableModel::LevelRole).toInt()), RowTableModel::Level::Critical);

        // Read again, another value: one cell changes.
        spies.clear();
        m.setAlerts({alert(QStringLiteral("count"), 1300)});
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.first().at(0).toModelIndex().column(), int(ActiveAlertModel::Value));
        QCOMPARE(spies.changed.first().at(1).toModelIndex().column(), int(ActiveAlertModel::Value));
        QCOMPARE(m.index(0, ActiveAlertModel::Value).data(RowTableModel::RawValueRole).toDouble(), 1300.0);

        // Another fires: an insert; the first resolves: a remove.
        spies.clear();
        const QString pid = QStringLiteral("<0.85.0>");
        m.setAlerts({alert(QStringLiteral("count"), 1300), alert(QStringLiteral("mailbox"), 5000.25, pid)});
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.reset.size(), 0);
        const int mailbox = rowOfRule(m, ActiveAlertModel::Rule, QStringLiteral("mailbox"));
        QCOMPARE(mailbox, 1);
        const QModelIndex entity = m.index(mailbox, ActiveAlertModel::Entity);
        QCOMPARE(entity.data().toString(), QStringLiteral("<0.85.0> (my_server)"));
        QCOMPARE(entity.data(AlertTableRoles::EntityKindRole).toString(), QStringLiteral("process"));
        const Term term = entity.data(AlertTableRoles::EntityTermRole).value<Term>();
        QVERIFY(term.isPid());
        // The exact value on hover, the formatted one shown.
        QCOMPARE(m.index(mailbox, ActiveAlertModel::Value).data(Qt::ToolTipRole).toString(), QStringLiteral("5000.25"));
        QCOMPARE(m.index(mailbox, ActiveAlertModel::Value).data().toString(), QStringLiteral("5000.25"));
        spies.clear();
        m.setAlerts({alert(QStringLiteral("mailbox"), 5000.25, pid)});
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(m.rowCount(), 1);

        // Acknowledged: the level drops, the state says so.
        ActiveAlert acked = alert(QStringLiteral("mailbox"), 5000.25, pid);
        acked.acknowledged = true;
        spies.clear();
        m.setAlerts({acked});
        QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.reset.size(), 0);
        QCOMPARE(m.index(0, ActiveAlertModel::State).data().toString(), QStringLiteral("Acknowledged"));
        QCOMPARE(RowTableModel::Level(m.index(0, 0).data(RowTableModel::LevelRole).toInt()), RowTableModel::Level::Normal);
        QVERIFY(m.alert(m.index(0, 0).data(RowTableModel::KeyRole).toString())->acknowledged);
    }

    void logNewestFirst()
    {
        AlertLogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSpies spies(&m);
        QVector<AlertEvent> log{logEvent(AlertEvent::Type::Firing, QStringLiteral("a"), 1000),
                                logEvent(AlertEvent::Type::Firing, QStringLiteral("b"), 2000)};
        m.setEvents(log);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, AlertLogModel::Rule).data().toString(), QStringLiteral("b"));
        QCOMPARE(m.index(1, AlertLogModel::Rule).data().toString(), QStringLiteral("a"));
        QCOMPARE(m.index(0, AlertLogModel::Event).data().toString(), QStringLiteral("Fired"));

        // One more: one insert, at the top.
        spies.clear();
        AlertEvent resolved = logEvent(AlertEvent::Type::Resolved, QStringLiteral("a"), 3000);
        resolved.value = std::numeric_limits<double>::quiet_NaN();
        resolved.reason = QStringLiteral("rule changed");
        log << resolved;
        m.setEvents(log);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 0);
        QCOMPARE(m.index(0, AlertLogModel::Event).data().toString(), QStringLiteral("Resolved"));
        QCOMPARE(m.index(0, AlertLogModel::Value).data().toString(), QStringLiteral("—"));
        QVERIFY(!m.index(0, AlertLogModel::Value).data(RowTableModel::RawValueRole).isValid());
        QCOMPARE(m.index(0, AlertLogModel::Note).data().toString(), QStringLiteral("rule changed"));
        QCOMPARE(RowTableModel::Level(m.index(0, 0).data(RowTableModel::LevelRole).toInt()), RowTableModel::Level::Normal);

        // The oldest dropped (the monitor keeps a bounded log): a remove at the bottom.
        spies.clear();
        log.removeFirst();
        m.setEvents(log);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed.first().at(1).toInt(), 2);
        QCOMPARE(m.events().size(), 2);
        QCOMPARE(m.events().first().type, AlertEvent::Type::Resolved);

        // Two events alike in the same millisecond are both shown.
        const AlertEvent again = log.last();
        log << again;
        m.setEvents(log);
        QCOMPARE(m.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAlertModels)
#include "tst_alertmodels.moc"
