// SPDX-License-Identifier: GPL-3.0-or-later
// Mnesia read through Beamtop on a real 3-node cluster. Nodes A, B and C share a schema on disc
// (each its own directory in a temporary folder) and hold tables of every storage type: ram
// copies on A and C, disc copies on A and B, disc_only copies on A and B, and one table with a
// replica of each kind. Beamtop connected to A sees the three db nodes running, each table
// with its replicas by storage type, its size and memory where A holds a copy, and A as a disc
// node; the transaction counters rise by at least the N transactions the test commits; an
// ongoing transaction holding a lock is listed with its lock; the history gets the Mnesia
// columns. After C stops, C is listed as stopped. A node without Mnesia reads running=false,
// and the CLI's `mnesia` and the snapshot's `mnesia` section say the same.
#include "collect/mnesiacollector.h"
#include "history/historystore.h"
#include "session/nodesession.h"
#include "clirun.h"
#include "testnode.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {
constexpr int Transactions = 40;
} // namespace

class TestMnesia : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestNode> startNode(const QString &dirName, const QByteArray &cookie)
    {
        TestNode::Options o;
        o.cookie = cookie;
        const QString dir = m_dir.filePath(dirName);
        if (!QDir().mkpath(dir))
            return nullptr;
        // erl reads the value as a term: a string in double quotes (no shell in between).
        o.extraArgs = {QStringLiteral("-mnesia"), QStringLiteral("dir"), QLatin1Char('"') + dir + QLatin1Char('"')};
        auto node = std::make_unique<TestNode>(o);
        if (!node->start())
            return nullptr;
        return node;
    }

    std::optional<MnesiaSample> read(NodeSession *session)
    {
        MnesiaCollector *c = session->mnesia();
        QSignalSpy ok(c, &MnesiaCollector::sampleReady);
        QSignalSpy failed(c, &MnesiaCollector::failed);
        c->fetch();
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 20000) || ok.isEmpty()) {
            if (!failed.isEmpty())
                qWarning() << failed.first().first().toString();
            return std::nullopt;
        }
        return ok.first().first().value<MnesiaSample>();
    }

    static std::unique_ptr<NodeSession> connectTo(const TestNode &node)
    {
        auto *client = new NodeClient;
        client->connectToNode(node.connectOptions());
        auto session = std::make_unique<NodeSession>(client, AgentClient::Options{});
        session->setPaused(true); // the test asks for each reading itself
        return session;
    }

    static void closeSession(std::unique_ptr<NodeSession> &session)
    {
        if (!session)
            return;
        QSignalSpy closed(session.get(), &NodeSession::closed);
        session->close();
        QVERIFY(closed.wait(10000) || closed.count() > 0);
        session.reset();
    }

    QJsonObject cliJson(const TestNode &node, const QStringList &command)
    {
        const QString cookieFile = node.writeCookieFile(m_dir.path());
        const test::CliRun r = test::runCli(QStringList{QStringLiteral("--node"), node.nodeName(), QStringLiteral("--cookie-file"),
                                                        cookieFile} + command, 60000);
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        return QJsonDocument::fromJson(r.out).object();
    }

    QString nodeList(std::initializer_list<const TestNode *> nodes) const
    {
        QStringList names;
        for (const TestNode *n : nodes)
            names << QLatin1Char('\'') + n->nodeName() + QLatin1Char('\'');
        return QLatin1Char('[') + names.join(QLatin1Char(',')) + QLatin1Char(']');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray cookie = TestNode::randomToken().toLatin1();
        m_a = startNode(QStringLiteral("a"), cookie);
        m_b = startNode(QStringLiteral("b"), cookie);
        m_c = startNode(QStringLiteral("c"), cookie);
        QVERIFY(m_a && m_b && m_c);
        for (const TestNode *n : {m_b.get(), m_c.get()})
            QCOMPARE(m_a->eval(QStringLiteral("net_kernel:connect_node('%1')").arg(n->nodeName())), QStringLiteral("true"));
        const QString all = nodeList({m_a.get(), m_b.get(), m_c.get()});
        QCOMPARE(m_a->eval(QStringLiteral("mnesia:create_schema(%1)").arg(all), 60000), QStringLiteral("ok"));
        QCOMPARE(m_a->eval(QStringLiteral("element(2, rpc:multicall(%1, mnesia, start, [], 30000))").arg(all), 60000),
                 QStringLiteral("[]"));
        const QString a = QLatin1Char('\'') + m_a->nodeName() + QLatin1Char('\'');
        const QString b = QLatin1Char('\'') + m_b->nodeName() + QLatin1Char('\'');
        const QString c = QLatin1Char('\'') + m_c->nodeName() + QLatin1Char('\'');
        const QString create = QStringLiteral("element(1, mnesia:create_table(%1, [{attributes, [k, v]}, %2]))");
        QCOMPARE(m_a->eval(create.arg(QStringLiteral("t_ram"), QStringLiteral("{ram_copies, [%1, %2]}").arg(a, c))),
                 QStringLiteral("atomic"));
        QCOMPARE(m_a->eval(create.arg(QStringLiteral("t_disc"), QStringLiteral("{disc_copies, [%1, %2]}").arg(a, b))),
                 QStringLiteral("atomic"));
        QCOMPARE(m_a->eval(create.arg(QStringLiteral("t_donly"), QStringLiteral("{disc_only_copies, [%1, %2]}").arg(a, b))),
                 QStringLiteral("atomic"));
        QCOMPARE(m_a->eval(create.arg(QStringLiteral("t_mixed"),
                                      QStringLiteral("{ram_copies, [%1]}, {disc_copies, [%2]}, {disc_only_copies, [%3]}")
                                          .arg(c, a, b))),
                 QStringLiteral("atomic"));
        // Known contents: 10 rows in each table of A's.
        for (const char *t : {"t_ram", "t_disc", "t_donly"})
            QCOMPARE(m_a->eval(QStringLiteral("element(1, mnesia:transaction(fun() -> [mnesia:write({%1, I, I}) || "
                                              "I <- lists:seq(1, 10)], ok end))")
                                   .arg(QLatin1String(t))),
                     QStringLiteral("atomic"));

        m_session = connectTo(*m_a);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), NodeSession::State::Live, 20000);
        QVERIFY(m_session->mnesia()->isAvailable());
    }

    void cleanupTestCase()
    {
        if (m_blocker.size() && m_a)
            m_a->eval(QStringLiteral("begin %1 ! done, ok end").arg(m_blocker));
        closeSession(m_session);
        if (m_a)
            QTRY_COMPARE_WITH_TIMEOUT(m_a->traceLeft(), QStringLiteral("clean"), 15000);
    }

    void seesTheClusterAndItsTables()
    {
        const std::optional<MnesiaSample> s = read(m_session.get());
        QVERIFY(s);
        QVERIFY(s->running);
        QCOMPARE(s->role, MnesiaSample::Role::DiscNode);
        QStringList expected = {m_a->nodeName(), m_b->nodeName(), m_c->nodeName()};
        expected.sort();
        QStringList db = s->dbNodes, running = s->runningDbNodes;
        db.sort();
        running.sort();
        QCOMPARE(db, expected);
        QCOMPARE(running, expected);
        QVERIFY(s->stoppedDbNodes.isEmpty());
        QVERIFY(s->heldLocks.isRead() && s->lockQueue.isRead() && s->transactions.isRead());
        QCOMPARE(s->directory, m_dir.filePath(QStringLiteral("a")));

        const MnesiaTable *ram = s->table(QStringLiteral("t_ram"));
        const MnesiaTable *disc = s->table(QStringLiteral("t_disc"));
        const MnesiaTable *donly = s->table(QStringLiteral("t_donly"));
        const MnesiaTable *mixed = s->table(QStringLiteral("t_mixed"));
        QVERIFY(ram && disc && donly && mixed);
        QCOMPARE(ram->storage, MnesiaTable::Storage::Ram);
        QCOMPARE(disc->storage, MnesiaTable::Storage::Disc);
        QCOMPARE(donly->storage, MnesiaTable::Storage::DiscOnly);
        QCOMPARE(mixed->storage, MnesiaTable::Storage::Disc);
        auto sorted = [](QStringList l) { l.sort(); return l; };
        QCOMPARE(sorted(ram->ramCopies), sorted({m_a->nodeName(), m_c->nodeName()}));
        QVERIFY(ram->discCopies.isEmpty() && ram->discOnlyCopies.isEmpty());
        QCOMPARE(sorted(disc->discCopies), sorted({m_a->nodeName(), m_b->nodeName()}));
        QCOMPARE(sorted(donly->discOnlyCopies), sorted({m_a->nodeName(), m_b->nodeName()}));
        QCOMPARE(mixed->ramCopies, QStringList{m_c->nodeName()});
        QCOMPARE(mixed->discCopies, QStringList{m_a->nodeName()});
        QCOMPARE(mixed->discOnlyCopies, QStringList{m_b->nodeName()});
        QCOMPARE(mixed->replicaCount(), 3);
        // Sizes and memory as the node itself counts them (words for ETS-held copies, bytes
        // for Dets).
        for (const MnesiaTable *t : {ram, disc, donly})
            QCOMPARE(t->size, 10);
        QCOMPARE(mixed->size, 0);
        const qint64 word = m_a->evalInt(QStringLiteral("erlang:system_info(wordsize)"));
        QCOMPARE(ram->memoryBytes, m_a->evalInt(QStringLiteral("mnesia:table_info(t_ram, memory)")) * word);
        QCOMPARE(disc->memoryBytes, m_a->evalInt(QStringLiteral("mnesia:table_info(t_disc, memory)")) * word);
        QCOMPARE(donly->memoryBytes, m_a->evalInt(QStringLiteral("mnesia:table_info(t_donly, memory)")));
        QVERIFY(ram->memoryBytes > 0 && donly->memoryBytes > 0);
        QCOMPARE(ram->attributes, QStringList({QStringLiteral("k"), QStringLiteral("v")}));
        QCOMPARE(ram->type, QStringLiteral("set"));
        QVERIFY(ram->problems.isEmpty());
        QVERIFY(s->table(QStringLiteral("schema"))->system);
        QVERIFY(!ram->system);
    }

    void countersRiseUnderKnownLoad()
    {
        const std::optional<MnesiaSample> before = read(m_session.get());
        QVERIFY(before && before->commits >= 0);
        QCOMPARE(m_a->eval(QStringLiteral("length([ok || I <- lists:seq(1, %1), "
                                          "{atomic, ok} =:= mnesia:transaction(fun() -> mnesia:write({t_disc, 100 + I, I}) end)])")
                               .arg(Transactions)),
                 QString::number(Transactions));
        const std::optional<MnesiaSample> after = read(m_session.get());
        QVERIFY(after);
        QVERIFY2(after->commits >= before->commits + Transactions,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before->commits).arg(after->commits)));
        QVERIFY(after->logWrites >= before->logWrites);
        QCOMPARE(after->table(QStringLiteral("t_disc"))->size, 10 + Transactions);

        // The system sample carries the counters: the history gets Mnesia's columns.
        QSignalSpy rows(m_session.get(), &NodeSession::historyAppended);
        m_session->refresh();
        QVERIFY(rows.wait(20000));
        QVERIFY(m_session->history().indexOf(QStringLiteral("mnesia_commits_per_s")) >= 0);
        QVERIFY(m_session->history().indexOf(QStringLiteral("mnesia_log_writes_per_s")) >= 0);
    }

    void ongoingTransactionWithItsLock()
    {
        // A transaction that writes a key and waits inside: its lock is held until it is told.
        const QString pid = m_a->eval(QStringLiteral(
            "begin Self = self(), P = spawn(fun() -> mnesia:transaction(fun() -> mnesia:write({t_ram, 77, x}), "
            "Self ! {locked, self()}, receive done -> ok end end) end), receive {locked, P} -> P after 10000 -> timeout end end"));
        QVERIFY2(pid.startsWith(QLatin1Char('<')), qPrintable(pid));
        m_blocker = QStringLiteral("list_to_pid(\"%1\")").arg(pid);
        const std::optional<MnesiaSample> s = read(m_session.get());
        QVERIFY(s);
        bool locked = false;
        for (const MnesiaLock &l : s->heldLocks.items)
            locked = locked || (l.table == QLatin1String("t_ram") && l.key == QLatin1String("77") && l.kind == QLatin1String("write"));
        QVERIFY2(locked, "the held write lock is listed");
        const MnesiaTransaction *t = nullptr;
        for (const MnesiaTransaction &each : s->transactions.items)
            if (each.pid == pid)
                t = &each;
        QVERIFY2(t, "the transaction is listed under its process");
        QVERIFY(t->tid.isValid());
        QVERIFY(t->ageMs >= 0);
        const qint64 firstAge = t->ageMs;
        // Seen again: as old as before at least, and still there.
        const std::optional<MnesiaSample> again = read(m_session.get());
        QVERIFY(again);
        bool still = false;
        for (const MnesiaTransaction &each : again->transactions.items)
            still = still || (each.pid == pid && each.ageMs >= firstAge);
        QVERIFY(still);
        QCOMPARE(m_a->eval(QStringLiteral("begin %1 ! done, ok end").arg(m_blocker)), QStringLiteral("ok"));
        m_blocker.clear();
    }

    void cliAndSnapshotSayTheSame()
    {
        const QJsonObject doc = cliJson(*m_a, {QStringLiteral("mnesia"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject m = doc.value(QStringLiteral("mnesia")).toObject();
        QCOMPARE(m.value(QStringLiteral("running")).toBool(), true);
        QCOMPARE(m.value(QStringLiteral("running_db_nodes")).toArray().size(), 3);
        bool found = false;
        for (const QJsonValue &v : m.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("name")).toString() != QLatin1String("t_donly"))
                continue;
            found = true;
            QCOMPARE(t.value(QStringLiteral("storage_type")).toString(), QStringLiteral("disc_only"));
            QCOMPARE(t.value(QStringLiteral("size")).toInt(), 10);
            QCOMPARE(t.value(QStringLiteral("replicas")).toObject().value(QStringLiteral("disc_only")).toArray().size(), 2);
        }
        QVERIFY(found);

        const QJsonObject snap = cliJson(*m_a, {QStringLiteral("snapshot"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject section = snap.value(QStringLiteral("mnesia")).toObject();
        QCOMPARE(section.value(QStringLiteral("running")).toBool(), true);
        QVERIFY(section.value(QStringLiteral("transactions")).toObject().value(QStringLiteral("commits")).toInt() >= Transactions);

        const QString cookieFile = m_a->writeCookieFile(m_dir.path());
        const test::CliRun text = test::runCli({QStringLiteral("--node"), m_a->nodeName(), QStringLiteral("--cookie-file"),
                                                cookieFile, QStringLiteral("mnesia")}, 60000);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("t_mixed"));
        QVERIFY(text.out.contains(m_c->nodeName().toUtf8()));
    }

    void stoppedNodeIsListedAsStopped()
    {
        m_c->stop();
        QVERIFY(!m_c->isRunning());
        std::optional<MnesiaSample> s;
        // Mnesia on A learns of C's end from the distribution: read until it has.
        QVERIFY(QTest::qWaitFor([&] {
            s = read(m_session.get());
            return s && s->stoppedDbNodes.contains(m_c->nodeName());
        }, 30000));
        QCOMPARE(s->stoppedDbNodes, QStringList{m_c->nodeName()});
        QVERIFY(!s->runningDbNodes.contains(m_c->nodeName()));
        QCOMPARE(s->dbNodes.size(), 3);
        // Its tables are still read where A holds a copy.
        QCOMPARE(s->table(QStringLiteral("t_ram"))->size, m_a->evalInt(QStringLiteral("mnesia:table_info(t_ram, size)")));
    }

    void nodeWithoutMnesia()
    {
        TestNode plain;
        QVERIFY(plain.start());
        std::unique_ptr<NodeSession> session = connectTo(plain);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), NodeSession::State::Live, 20000);
        const std::optional<MnesiaSample> s = read(session.get());
        QVERIFY(s);
        QVERIFY(!s->running);
        QVERIFY(s->tables.isEmpty());
        closeSession(session);
        // Reading it did not load Mnesia.
        QCOMPARE(plain.eval(QStringLiteral("erlang:module_loaded(mnesia)")), QStringLiteral("false"));

        const QJsonObject doc = cliJson(plain, {QStringLiteral("mnesia"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(doc.value(QStringLiteral("mnesia")).toObject().value(QStringLiteral("running")).toBool(true), false);
        const QString cookieFile = plain.writeCookieFile(m_dir.path());
        const test::CliRun text = test::runCli({QStringLiteral("--node"), plain.nodeName(), QStringLiteral("--cookie-file"),
                                                cookieFile, QStringLiteral("mnesia")}, 60000);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("not running"), text.out.constData());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestNode> m_a, m_b, m_c;
    std::unique_ptr<NodeSession> m_session;
    QString m_blocker; // the waiting transaction's process, as an expression
};

QTEST_GUILESS_MAIN(TestMnesia)
#include "tst_mnesia.moc"
