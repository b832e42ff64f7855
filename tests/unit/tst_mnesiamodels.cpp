// SPDX-License-Identifier: GPL-3.0-or-later
// The Mnesia page's models on hand-built samples, each under QAbstractItemModelTester from
// before its first fill: the tables (in name order, a refresh applied by difference — a table
// coming, one going, a size changing — never a reset; hiding the system tables removes their
// rows; memory formatted with the exact bytes on hover; a field Mnesia did not answer says
// "could not read" and warns), the database facts (a timed-out read in its own row, stopped db
// nodes warned), the locks and the transactions (oldest first, ages growing in place).
#include "format.h"
#include "mnesiafactsmodel.h"
#include "mnesialocksmodel.h"
#include "mnesiatablesmodel.h"
#include "mnesiatransactionsmodel.h"

#include "collect/mnesiasample.h"
#include "modeltestutil.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QTest>

using namespace beamtop;

namespace {

MnesiaTable table(const QString &name, qint64 size, qint64 memory, bool system = false)
{
    MnesiaTable t;
    t.name = name;
    t.system = system;
    t.storage = MnesiaTable::Storage::Disc;
    t.storageText = QStringLiteral("disc_copies");
    t.type = QStringLiteral("set");
    t.size = size;
    t.memoryBytes = memory;
    t.discCopies = {QStringLiteral("a@host"), QStringLiteral("b@host")};
    t.ramCopies = {QStringLiteral("c@host")};
    t.whereToRead = QStringLiteral("a@host");
    t.majority = 0;
    t.attributes = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email")};
    t.index = {4};
    t.loadReason = QStringLiteral("local_only");
    t.localContent = 0;
    t.recordName = name;
    return t;
}

MnesiaRead ok(const Term &v)
{
    MnesiaRead r;
    r.state = MnesiaRead::State::Ok;
    r.value = v;
    return r;
}

MnesiaRead timedOut()
{
    MnesiaRead r;
    r.state = MnesiaRead::State::Timeout;
    return r;
}

Term nodeList(const QStringList &nodes)
{
    QVector<Term> out;
    for (const QString &n : nodes)
        out.append(Term::atom(n));
    return Term::list(out);
}

MnesiaSample running()
{
    MnesiaSample s;
    s.running = true;
    s.loaded = true;
    s.dbNodes = {QStringLiteral("a@host"), QStringLiteral("b@host"), QStringLiteral("c@host")};
    s.runningDbNodes = {QStringLiteral("a@host"), QStringLiteral("b@host")};
    s.stoppedDbNodes = {QStringLiteral("c@host")};
    s.system.insert(QStringLiteral("db_nodes"), ok(nodeList(s.dbNodes)));
    s.system.insert(QStringLiteral("running_db_nodes"), ok(nodeList(s.runningDbNodes)));
    s.system.insert(QStringLiteral("extra_db_nodes"), ok(Term::nil()));
    s.system.insert(QStringLiteral("version"), ok(Term::string("4.23")));
    s.system.insert(QStringLiteral("transaction_commits"), ok(Term::integer(1234)));
    s.commits = 1234;
    s.schemaStorage = ok(Term::atom("disc_copies"));
    s.role = MnesiaSample::Role::DiscNode;
    s.tables = {table(QStringLiteral("users"), 1000, 123456), table(QStringLiteral("schema"), 3, 8000, true),
                table(QStringLiteral("orders"), 50, 4096)};
    s.tablesTotal = 3;
    return s;
}

MnesiaTid tid(qint64 counter, int pid)
{
    MnesiaTid t;
    t.counter = counter;
    t.pid = QStringLiteral("<0.%1.0>").arg(pid);
    t.text = QStringLiteral("{tid,%1,<0.%2.0>}").arg(counter).arg(pid);
    return t;
}

MnesiaTransaction transaction(qint64 counter, qint64 ageMs)
{
    MnesiaTransaction t;
    t.tid = tid(counter, 200 + int(counter));
    t.pid = t.tid.pid;
    t.status = QStringLiteral("pending");
    t.ageMs = ageMs;
    t.text = t.tid.text;
    return t;
}

QStringList keys(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(RowTableModel::KeyRole).toString();
    return out;
}

} // namespace

class TestMnesiaModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void tablesInNameOrderWithExactMemory()
    {
        MnesiaTablesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSample(running());
        QCOMPARE(keys(m), (QStringList{QStringLiteral("orders"), QStringLiteral("users")})); // schema hidden by default
        const int users = m.rowOf(QStringLiteral("users"));
        const QModelIndex memory = m.index(users, MnesiaTablesModel::Memory);
        QCOMPARE(memory.data().toString(), Format::bytes(123456));
        QCOMPARE(memory.data(Qt::ToolTipRole).toString(), Format::exactBytes(123456));
        QCOMPARE(memory.data(RowTableModel::RawValueRole).toLongLong(), 123456);
        QCOMPARE(m.index(users, MnesiaTablesModel::DiscCopies).data().toString(), QStringLiteral("a@host, b@host"));
        QCOMPARE(m.index(users, MnesiaTablesModel::RamCopies).data().toString(), QStringLiteral("c@host"));
        // Index position 4 is the third field of the record: the second attribute after the key.
        QCOMPARE(m.index(users, MnesiaTablesModel::Indexes).data().toString(), QStringLiteral("email (4)"));
        QCOMPARE(m.headerData(MnesiaTablesModel::Memory, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
    }

    void tablesRefreshIsADifference()
    {
        MnesiaTablesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSample(running());
        const QPersistentModelIndex users(m.index(m.rowOf(QStringLiteral("users")), MnesiaTablesModel::Size));
        test::ModelSpies spies(&m);

        MnesiaSample next = running();
        next.tables[0].size = 1001; // users grew
        next.tables.removeAt(2);    // orders dropped
        next.tables.append(table(QStringLiteral("accounts"), 7, 2048));
        m.setSample(next);

        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.layout.count(), 0);
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(spies.inserted.count(), 1);
        QVERIFY(spies.changed.count() >= 1);
        QCOMPARE(keys(m), (QStringList{QStringLiteral("accounts"), QStringLiteral("users")}));
        QVERIFY(users.isValid());
        QCOMPARE(users.data(RowTableModel::RawValueRole).toLongLong(), 1001);

        // The same sample again changes nothing at all.
        spies.clear();
        m.setSample(next);
        QCOMPARE(spies.changed.count() + spies.inserted.count() + spies.removed.count() + spies.reset.count(), 0);
    }

    void hideSystemToggleInsertsAndRemoves()
    {
        MnesiaTablesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSample(running());
        QCOMPARE(m.systemCount(), 1);
        QCOMPARE(m.tableCount(), 3);
        test::ModelSpies spies(&m);

        m.setHideSystem(false);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(keys(m), (QStringList{QStringLiteral("orders"), QStringLiteral("schema"), QStringLiteral("users")}));

        // A refresh while shown keeps it shown.
        m.setSample(running());
        QCOMPARE(m.rowOf(QStringLiteral("schema")), 1);

        spies.clear();
        m.setHideSystem(true);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(m.rowOf(QStringLiteral("schema")), -1);
    }

    void tableFieldsThatCouldNotBeRead()
    {
        MnesiaTablesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MnesiaSample s = running();
        MnesiaTable &users = s.tables[0];
        users.size = -1;
        users.memoryBytes = -1;
        users.problems.insert(QStringLiteral("size"), timedOut().problem());
        users.problems.insert(QStringLiteral("memory_bytes"), timedOut().problem());
        users.problems.insert(QStringLiteral("record_name"), timedOut().problem()); // no column of its own
        MnesiaTable remote = table(QStringLiteral("remote"), -1, -1);
        remote.storage = MnesiaTable::Storage::Remote;
        remote.storageText = QStringLiteral("unknown");
        s.tables.append(remote);
        m.setSample(s);

        const int row = m.rowOf(QStringLiteral("users"));
        const QString size = m.index(row, MnesiaTablesModel::Size).data().toString();
        QVERIFY2(size.startsWith(QStringLiteral("could not read: ")), qPrintable(size));
        QVERIFY(size.contains(timedOut().problem()));
        QVERIFY(!m.index(row, MnesiaTablesModel::Size).data(RowTableModel::RawValueRole).isValid());
        QVERIFY(m.index(row, MnesiaTablesModel::Memory).data().toString().startsWith(QStringLiteral("could not read")));
        QVERIFY(m.index(row, MnesiaTablesModel::Name).data(Qt::ToolTipRole).toString().contains(QStringLiteral("record_name")));
        QCOMPARE(m.index(row, 0).data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Warning));

        // No local copy: nothing to read, which is not a failure.
        const int r = m.rowOf(QStringLiteral("remote"));
        QCOMPARE(m.index(r, MnesiaTablesModel::Size).data().toString(), QStringLiteral("—"));
        QCOMPARE(m.index(r, MnesiaTablesModel::Storage).data().toString(), QStringLiteral("no local copy"));
        QCOMPARE(m.index(r, 0).data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Normal));

        // Answered at the next reading: the row takes its figures back in place.
        test::ModelSpies spies(&m);
        m.setSample(running());
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(m.index(m.rowOf(QStringLiteral("users")), MnesiaTablesModel::Size).data(RowTableModel::RawValueRole).toLongLong(),
                 1000);
        QCOMPARE(m.index(m.rowOf(QStringLiteral("users")), 0).data(RowTableModel::LevelRole).toInt(),
                 int(RowTableModel::Level::Normal));
    }

    void factsSayWhatCouldNotBeRead()
    {
        MnesiaFactsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MnesiaSample s = running();
        s.system.insert(QStringLiteral("directory"), timedOut());
        m.setSample(s);

        auto value = [&m](const QString &key) { return m.index(m.rowOf(key), MnesiaFactsModel::Value); };
        QVERIFY(m.rowOf(QStringLiteral("directory")) >= 0);
        QCOMPARE(value(QStringLiteral("directory")).data().toString(), QStringLiteral("could not read: ") + timedOut().problem());
        QCOMPARE(value(QStringLiteral("directory")).data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Warning));
        QCOMPARE(value(QStringLiteral("running_db_nodes")).data().toString(), QStringLiteral("a@host, b@host"));
        QCOMPARE(value(QStringLiteral("stopped_db_nodes")).data().toString(), QStringLiteral("c@host"));
        QCOMPARE(value(QStringLiteral("stopped_db_nodes")).data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Warning));
        QCOMPARE(value(QStringLiteral("role")).data().toString(), QStringLiteral("disc node"));
        QCOMPARE(value(QStringLiteral("transaction_commits")).data(RowTableModel::RawValueRole).toLongLong(), 1234);
        // An item the node did not send at all is not made up either.
        QVERIFY(value(QStringLiteral("checkpoints")).data().toString().startsWith(QStringLiteral("could not read")));

        // The role's read timing out, then the directory answering: changes in place.
        test::ModelSpies spies(&m);
        const int rows = m.rowCount();
        s.schemaStorage = timedOut();
        s.role = MnesiaSample::Role::Unknown;
        s.system.insert(QStringLiteral("directory"), ok(Term::string("/var/db")));
        m.setSample(s);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(m.rowCount(), rows);
        QVERIFY(value(QStringLiteral("role")).data().toString().startsWith(QStringLiteral("could not read")));
        QVERIFY(!value(QStringLiteral("directory")).data().toString().startsWith(QStringLiteral("could not read")));
    }

    void locksAndQueue()
    {
        MnesiaLocksModel held(MnesiaLocksModel::Kind::Held);
        MnesiaLocksModel queue(MnesiaLocksModel::Kind::Queued);
        QAbstractItemModelTester t1(&held, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MnesiaSample s = running();
        MnesiaLock l;
        l.table = QStringLiteral("users");
        l.key = QStringLiteral("______WHOLETABLE_____");
        l.kind = QStringLiteral("write");
        l.tid = tid(17, 300);
        l.text = QStringLiteral("{{users,'______WHOLETABLE_____'},write,{tid,17,<0.300.0>}}");
        s.heldLocks.items = {l, l}; // listed twice: still two rows, each with a key of its own
        s.heldLocks.total = 2;
        MnesiaQueuedLock q;
        q.table = QStringLiteral("users");
        q.key = QStringLiteral("42");
        q.op = QStringLiteral("read");
        q.pid = QStringLiteral("<0.301.0>");
        q.tid = tid(18, 301);
        q.waitingFor = tid(17, 300);
        q.text = QStringLiteral("{{users,42},read,<0.301.0>,{tid,18,<0.301.0>},{tid,17,<0.300.0>}}");
        s.lockQueue.items = {q};
        s.lockQueue.total = 1;
        held.setSample(s);
        queue.setSample(s);

        QCOMPARE(held.rowCount(), 2);
        QCOMPARE(held.index(0, MnesiaLocksModel::Key).data().toString(), QStringLiteral("whole table"));
        QCOMPARE(held.index(0, MnesiaLocksModel::Transaction).data(RowTableModel::RawValueRole).toLongLong(), 17);
        QCOMPARE(held.index(0, MnesiaLocksModel::Transaction).data(Qt::ToolTipRole).toString(), l.tid.text);
        QCOMPARE(queue.rowCount(), 1);
        QCOMPARE(queue.index(0, MnesiaLocksModel::WaitingFor).data(RowTableModel::RawValueRole).toLongLong(), 17);
        QCOMPARE(queue.index(0, MnesiaLocksModel::Lock).data().toString(), QStringLiteral("read"));

        test::ModelSpies spies(&held);
        s.heldLocks.items = {l};
        held.setSample(s);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.removed.count(), 1);
    }

    void transactionsOldestFirstAgeingInPlace()
    {
        MnesiaTransactionsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MnesiaSample s = running();
        s.transactions.items = {transaction(5, -1), transaction(3, 2000), transaction(4, 2000)};
        s.transactions.total = 3;
        m.setSample(s);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.index(0, MnesiaTransactionsModel::Transaction).data(RowTableModel::RawValueRole).toLongLong(), 3);
        QCOMPARE(m.index(1, MnesiaTransactionsModel::Transaction).data(RowTableModel::RawValueRole).toLongLong(), 4);
        QCOMPARE(m.index(2, MnesiaTransactionsModel::Age).data().toString(), QStringLiteral("new"));
        QCOMPARE(m.index(0, MnesiaTransactionsModel::Age).data(RowTableModel::RawValueRole).toLongLong(), 2000);

        // A second later: the two old ones still run (older now, the first past the slow mark),
        // the new one finished, another began.
        const QPersistentModelIndex oldest(m.index(0, MnesiaTransactionsModel::Age));
        test::ModelSpies spies(&m);
        s.transactions.items = {transaction(6, -1), transaction(4, 3000), transaction(3, MnesiaTransactionsModel::SlowMs + 1)};
        m.setSample(s);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.layout.count(), 0);
        QVERIFY(oldest.isValid());
        QCOMPARE(oldest.row(), 0);
        QCOMPARE(oldest.data(RowTableModel::RawValueRole).toLongLong(), MnesiaTransactionsModel::SlowMs + 1);
        QCOMPARE(oldest.data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Warning));
        QCOMPARE(m.index(1, MnesiaTransactionsModel::Age).data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Normal));
        QCOMPARE(m.index(2, MnesiaTransactionsModel::Transaction).data(RowTableModel::RawValueRole).toLongLong(), 6);
    }
};

QTEST_GUILESS_MAIN(TestMnesiaModels)
#include "tst_mnesiamodels.moc"
