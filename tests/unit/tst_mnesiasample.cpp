// SPDX-License-Identifier: GPL-3.0-or-later
// MnesiaSample::fromTerm on hand-built replies of the agent's `mnesia` request: a running
// Mnesia with tables, locks and transactions; a node without Mnesia; a stuck Mnesia whose
// reads timed out one by one (the sample names them and keeps the rest). And the history's
// Mnesia columns: the rates from the system sample's counters, and a set of metrics that grows
// when Mnesia starts without losing what was recorded.
#include "collect/mnesiasample.h"
#include "collect/systemsample.h"
#include "history/historystore.h"
#include "history/loadmetrics.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace beamtop;

namespace {

Term a(const char *name)
{
    return Term::atom(name);
}

Term ok(const Term &v)
{
    return Term::tuple({a("ok"), v});
}

Term atoms(std::initializer_list<const char *> names)
{
    QVector<Term> out;
    for (const char *n : names)
        out.append(a(n));
    return Term::list(out);
}

Term pid(quint32 n)
{
    NodeId id;
    id.node = QByteArrayLiteral("a@h");
    id.id = n;
    return Term::pid(id);
}

Term tid(qint64 counter, quint32 p)
{
    return Term::tuple({a("tid"), Term::integer(counter), pid(p)});
}

Term capped(const QVector<Term> &items, qint64 total)
{
    return ok(Term::map({{a("items"), Term::list(items)}, {a("total"), Term::integer(total)}}));
}

using Pairs = QVector<std::pair<Term, Term>>;

Term table(const char *name, const Term &storage, const Pairs &overrides = {})
{
    Pairs p = {{a("name"), a(name)},
               {a("system"), Term::boolean(QByteArray(name) == "schema")},
               {a("storage_type"), storage},
               {a("type"), a("set")},
               {a("size"), Term::integer(12)},
               {a("memory_bytes"), Term::integer(4096)},
               {a("ram_copies"), atoms({"a@h"})},
               {a("disc_copies"), atoms({"b@h"})},
               {a("disc_only_copies"), atoms({"c@h"})},
               {a("external_copies"), Term::nil()},
               {a("where_to_read"), a("a@h")},
               {a("majority"), a("false")},
               {a("index"), Term::list({Term::integer(3)})},
               {a("attributes"), atoms({"key", "val", "extra"})},
               {a("load_reason"), Term::tuple({a("dumper"), a("create_table")})},
               {a("local_content"), a("false")},
               {a("record_name"), a(name)}};
    for (const auto &[k, v] : overrides)
        for (auto &each : p)
            if (each.first == k)
                each.second = v;
    return Term::map(p);
}

Pairs systemItems(const Term &dbNodes, const Term &running)
{
    return {{a("db_nodes"), ok(dbNodes)},
            {a("running_db_nodes"), ok(running)},
            {a("extra_db_nodes"), ok(Term::nil())},
            {a("directory"), ok(Term::string("/var/db/Mnesia"))},
            {a("use_dir"), ok(a("true"))},
            {a("schema_location"), ok(a("opt_disc"))},
            {a("version"), ok(Term::string("4.21.3"))},
            {a("checkpoints"), ok(atoms({"cp1"}))},
            {a("transaction_commits"), ok(Term::integer(1200))},
            {a("transaction_failures"), ok(Term::integer(3))},
            {a("transaction_restarts"), ok(Term::integer(17))},
            {a("transaction_log_writes"), ok(Term::integer(900))}};
}

Term running(const Pairs &system, const Term &tables, const Pairs &more = {})
{
    Pairs p = {{a("running"), a("true")},
               {a("system"), Term::map(system)},
               {a("schema_storage"), ok(a("disc_copies"))},
               {a("held_locks"), capped({Term::tuple({Term::tuple({a("orders"), Term::integer(42)}), a("write"), tid(7, 90)})}, 1)},
               {a("lock_queue"), capped({Term::tuple({Term::tuple({a("orders"), Term::integer(42)}), a("write"), pid(91), tid(8, 91), tid(7, 90)})}, 250)},
               {a("transactions"), capped({Term::tuple({Term::integer(7), pid(90), a("coordinator")}),
                                            Term::tuple({Term::integer(8), pid(91), a("coordinator")})}, 2)},
               {a("tables"), tables},
               {a("tables_total"), Term::integer(2)},
               {a("sampled_at_ms"), Term::integer(5000)}};
    for (const auto &[k, v] : more)
        for (auto &each : p)
            if (each.first == k)
                each.second = v;
    return Term::map(p);
}

SystemSample system(qint64 uptimeMs, std::optional<qint64> commits)
{
    SystemSample s;
    s.node = QStringLiteral("a@h");
    s.uptimeMs = uptimeMs;
    s.schedulers = 1;
    if (commits) {
        s.hasMnesia = true;
        s.mnesia.commits = *commits;
        s.mnesia.failures = *commits / 10;
        s.mnesia.restarts = *commits / 5;
        s.mnesia.logWrites = *commits * 2;
    }
    return s;
}

} // namespace

class TestMnesiaSample : public QObject
{
    Q_OBJECT
private slots:
    void runningWithTablesLocksAndTransactions()
    {
        const Term reply = running(systemItems(atoms({"a@h", "b@h", "c@h"}), atoms({"a@h", "b@h"})),
                                   Term::list({table("orders", a("disc_copies")), table("schema", a("ram_copies"))}));
        MnesiaSample s;
        QString error;
        QVERIFY2(MnesiaSample::fromTerm(reply, &s, &error), qPrintable(error));
        QVERIFY(s.running);
        QCOMPARE(s.role, MnesiaSample::Role::DiscNode);
        QCOMPARE(s.dbNodes, QStringList({QStringLiteral("a@h"), QStringLiteral("b@h"), QStringLiteral("c@h")}));
        QCOMPARE(s.runningDbNodes, QStringList({QStringLiteral("a@h"), QStringLiteral("b@h")}));
        QCOMPARE(s.stoppedDbNodes, QStringList({QStringLiteral("c@h")}));
        QCOMPARE(s.directory, QStringLiteral("/var/db/Mnesia"));
        QCOMPARE(s.version, QStringLiteral("4.21.3"));
        QCOMPARE(s.schemaLocation, QStringLiteral("opt_disc"));
        QCOMPARE(s.useDir, 1);
        QCOMPARE(s.checkpoints, QStringList({QStringLiteral("cp1")}));
        QCOMPARE(s.commits, 1200);
        QCOMPARE(s.failures, 3);
        QCOMPARE(s.restarts, 17);
        QCOMPARE(s.logWrites, 900);
        QCOMPARE(s.systemText(QStringLiteral("extra_db_nodes")), QStringLiteral("none"));
        QCOMPARE(s.systemText(QStringLiteral("db_nodes")), QStringLiteral("a@h, b@h, c@h"));

        QCOMPARE(s.tables.size(), 2);
        const MnesiaTable *orders = s.table(QStringLiteral("orders"));
        QVERIFY(orders);
        QVERIFY(!orders->system);
        QCOMPARE(orders->storage, MnesiaTable::Storage::Disc);
        QCOMPARE(orders->size, 12);
        QCOMPARE(orders->memoryBytes, 4096);
        QCOMPARE(orders->ramCopies, QStringList({QStringLiteral("a@h")}));
        QCOMPARE(orders->discCopies, QStringList({QStringLiteral("b@h")}));
        QCOMPARE(orders->discOnlyCopies, QStringList({QStringLiteral("c@h")}));
        QCOMPARE(orders->replicaCount(), 3);
        QCOMPARE(orders->whereToRead, QStringLiteral("a@h"));
        QCOMPARE(orders->majority, 0);
        QCOMPARE(orders->index, QList<int>({3}));
        QCOMPARE(orders->attributes.size(), 3);
        QCOMPARE(orders->loadReason, QStringLiteral("{dumper,create_table}"));
        QCOMPARE(orders->localContent, 0);
        QVERIFY(orders->problems.isEmpty());
        QVERIFY(s.table(QStringLiteral("schema"))->system);

        QCOMPARE(s.heldLocks.total, 1);
        QCOMPARE(s.heldLocks.items.size(), 1);
        const MnesiaLock &lock = s.heldLocks.items.first();
        QCOMPARE(lock.table, QStringLiteral("orders"));
        QCOMPARE(lock.key, QStringLiteral("42"));
        QCOMPARE(lock.kind, QStringLiteral("write"));
        QCOMPARE(lock.tid.counter, 7);
        // A capped list: 1 item of 250.
        QVERIFY(s.lockQueue.isCapped());
        QCOMPARE(s.lockQueue.total, 250);
        QCOMPARE(s.lockQueue.items.first().waitingFor.counter, 7);
        QCOMPARE(s.lockQueue.items.first().tid.counter, 8);
        QCOMPARE(s.transactions.items.size(), 2);
        QCOMPARE(s.transactions.items.first().tid.counter, 7);
        QCOMPARE(s.transactions.items.first().status, QStringLiteral("coordinator"));
        QCOMPARE(s.transactions.items.first().ageMs, -1); // the collector gives ages

        const QJsonObject j = s.toJson();
        QCOMPARE(j.value(QStringLiteral("running")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("stopped_db_nodes")).toArray().first().toString(), QStringLiteral("c@h"));
        QCOMPARE(j.value(QStringLiteral("transactions")).toObject().value(QStringLiteral("commits")).toInt(), 1200);
        const QJsonObject t = j.value(QStringLiteral("tables")).toArray().first().toObject();
        QCOMPARE(t.value(QStringLiteral("storage_type")).toString(), QStringLiteral("disc"));
        QCOMPARE(t.value(QStringLiteral("memory_bytes")).toInt(), 4096);
        QCOMPARE(t.value(QStringLiteral("replicas")).toObject().value(QStringLiteral("disc_only")).toArray().first().toString(),
                 QStringLiteral("c@h"));
        QVERIFY(!j.contains(QStringLiteral("unread")));
    }

    void notRunning()
    {
        const Term reply = Term::map({{a("running"), a("false")}, {a("loaded"), a("false")}, {a("status"), ok(a("no"))}});
        MnesiaSample s;
        QVERIFY(MnesiaSample::fromTerm(reply, &s));
        QVERIFY(!s.running);
        QVERIFY(!s.loaded);
        QCOMPARE(s.status, QStringLiteral("no"));
        QVERIFY(s.tables.isEmpty());
        const QJsonObject j = s.toJson();
        QCOMPARE(j.value(QStringLiteral("running")).toBool(true), false);
        QVERIFY(!j.contains(QStringLiteral("tables")));
    }

    void stuckMnesiaNamesWhatItCouldNotRead()
    {
        Pairs items = systemItems(atoms({"a@h", "b@h"}), atoms({"a@h"}));
        for (auto &each : items) {
            if (each.first == a("running_db_nodes") || each.first == a("transaction_commits"))
                each.second = a("timeout");
            if (each.first == a("directory"))
                each.second = Term::tuple({a("error"), a("noproc")});
        }
        const Term tables = Term::list({table("orders", a("timeout"), {{a("size"), a("timeout")},
                                                                          {a("memory_bytes"), a("undefined")},
                                                                          {a("majority"), a("timeout")}}),
                                        table("far", a("unknown"), {{a("size"), a("undefined")}, {a("memory_bytes"), a("undefined")}})});
        const Term reply = running(items, tables, {{a("held_locks"), a("timeout")},
                                                    {a("schema_storage"), a("timeout")},
                                                    {a("transactions"), Term::tuple({a("error"), a("badarg")})}});
        MnesiaSample s;
        QVERIFY(MnesiaSample::fromTerm(reply, &s));
        QVERIFY(s.running);
        // What answered is there.
        QCOMPARE(s.dbNodes.size(), 2);
        QCOMPARE(s.failures, 3);
        QCOMPARE(s.version, QStringLiteral("4.21.3"));
        // What did not is unknown and named, never guessed.
        QVERIFY(s.runningDbNodes.isEmpty());
        QVERIFY2(s.stoppedDbNodes.isEmpty(), "stopped nodes are unknown without the running ones");
        QCOMPARE(s.commits, -1);
        QCOMPARE(s.system.value(QStringLiteral("running_db_nodes")).state, MnesiaRead::State::Timeout);
        QCOMPARE(s.systemText(QStringLiteral("running_db_nodes")), QStringLiteral("timed out"));
        QCOMPARE(s.system.value(QStringLiteral("directory")).state, MnesiaRead::State::Error);
        QVERIFY(s.directory.isEmpty());
        QVERIFY(s.systemText(QStringLiteral("directory")).contains(QStringLiteral("noproc")));
        QCOMPARE(s.role, MnesiaSample::Role::Unknown);
        QVERIFY(!s.heldLocks.isRead());
        QCOMPARE(s.heldLocks.problem, QStringLiteral("timed out"));
        QVERIFY(!s.transactions.isRead());
        QVERIFY(s.transactions.problem.contains(QStringLiteral("badarg")));
        QVERIFY(s.lockQueue.isRead());

        const MnesiaTable *orders = s.table(QStringLiteral("orders"));
        QVERIFY(orders);
        QCOMPARE(orders->storage, MnesiaTable::Storage::Unknown);
        QCOMPARE(orders->size, -1);
        QCOMPARE(orders->majority, -1);
        QVERIFY(orders->problems.contains(QStringLiteral("storage_type")));
        QVERIFY(orders->problems.contains(QStringLiteral("size")));
        QVERIFY(!orders->problems.contains(QStringLiteral("memory_bytes"))); // undefined: no value, no failure
        QCOMPARE(orders->discCopies, QStringList({QStringLiteral("b@h")}));
        const MnesiaTable *far = s.table(QStringLiteral("far"));
        QCOMPARE(far->storage, MnesiaTable::Storage::Remote);
        QVERIFY(!far->hasLocalCopy());
        QCOMPARE(far->size, -1);
        QVERIFY(far->problems.isEmpty());

        const QJsonObject j = s.toJson();
        const QJsonObject unread = j.value(QStringLiteral("unread")).toObject();
        QCOMPARE(unread.value(QStringLiteral("running_db_nodes")).toString(), QStringLiteral("timed out"));
        QVERIFY(unread.contains(QStringLiteral("schema_storage")));
        QVERIFY(j.value(QStringLiteral("transactions")).toObject().value(QStringLiteral("commits")).isNull());
        QVERIFY(j.value(QStringLiteral("tables")).toArray().first().toObject().contains(QStringLiteral("unread")));
    }

    void badRepliesAreRefusedWithoutCrashing()
    {
        MnesiaSample s;
        QString error;
        QVERIFY(!MnesiaSample::fromTerm(Term::integer(1), &s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!MnesiaSample::fromTerm(Term::map({}), &s));
        // Odd shapes inside a good reply are kept as text or dropped, one by one.
        const Term reply = running(systemItems(Term::integer(5), atoms({})),
                                   Term::list({Term::integer(3), table("orders", a("ram_copies"))}),
                                   {{a("held_locks"), capped({a("odd"), Term::tuple({a("x")})}, 2)},
                                    {a("lock_queue"), ok(a("not_a_map"))},
                                    {a("transactions"), capped({Term::integer(9)}, -4)}});
        QVERIFY(MnesiaSample::fromTerm(reply, &s));
        QCOMPARE(s.tables.size(), 1);
        QVERIFY(s.dbNodes.isEmpty());
        QCOMPARE(s.heldLocks.items.size(), 2);
        QCOMPARE(s.heldLocks.items.first().text, QStringLiteral("odd"));
        QVERIFY(s.heldLocks.items.first().table.isEmpty());
        QVERIFY(!s.lockQueue.isRead());
        QCOMPARE(s.transactions.total, 1); // never fewer than the items sent
        QVERIFY(!s.transactions.items.first().tid.isValid());
    }

    void historyGetsMnesiaRates()
    {
        SystemSample before = system(10000, 100);
        SystemSample after = system(12000, 300);
        after.computeRates(before);
        QVERIFY(after.hasMnesiaRates);
        QCOMPARE(after.mnesiaCommitsPerS, 100.0);
        QCOMPARE(after.mnesiaLogWritesPerS, 200.0);

        const QVector<HistoryMetric> with = LoadMetrics::metricsFor(after);
        const QVector<HistoryMetric> without = LoadMetrics::metricsFor(system(12000, std::nullopt));
        QCOMPARE(with.size(), without.size() + 4);
        QCOMPARE(with.last().key, QStringLiteral("mnesia_log_writes_per_s"));
        const int commits = int(with.size()) - 4;
        QCOMPARE(with.at(commits).key, QStringLiteral("mnesia_commits_per_s"));
        QCOMPARE(LoadMetrics::values(with, after, nullptr).at(commits), 100.0);
        QVERIFY(std::isnan(LoadMetrics::values(with, before, nullptr).at(commits))); // no earlier sample
        QVERIFY(LoadMetrics::label(QStringLiteral("mnesia_restarts_per_s")) != QStringLiteral("mnesia_restarts_per_s"));

        // Mnesia restarted (counters went back): no rate rather than a wrong one.
        SystemSample restarted = system(14000, 5);
        restarted.computeRates(after);
        QVERIFY(!restarted.hasMnesiaRates);
        QVERIFY(std::isnan(LoadMetrics::values(with, restarted, nullptr).at(commits)));
        // Forced on for a recorder that saw Mnesia: the columns stay, empty.
        QCOMPARE(LoadMetrics::metricsFor(system(12000, std::nullopt), true), with);
    }

    void historyKeepsItsRowsWhenMnesiaColumnsArrive()
    {
        const QVector<HistoryMetric> without = LoadMetrics::metricsFor(system(1000, std::nullopt));
        const QVector<HistoryMetric> with = LoadMetrics::metricsFor(system(1000, 0));
        HistoryStore store;
        store.setMetrics(without);
        // Over a minute of samples, so 10 s buckets hold closed and open frames.
        const qint64 t0 = 1'700'000'000'000;
        for (int i = 0; i < 70; ++i)
            QVERIFY(store.append(t0 + i * 1000, QVector<double>(without.size(), double(i))));
        // Mnesia's columns come at the end: the set only grows, which is what keeps the rows.
        QCOMPARE(with.size(), without.size() + 4);
        QVERIFY(std::equal(without.cbegin(), without.cend(), with.cbegin()));
        store.setMetrics(with, true);
        QCOMPARE(store.sampleCount(), 70);
        QVector<double> row(with.size(), 1.0);
        row.last() = 42.0;
        QVERIFY(store.append(t0 + 70 * 1000, row));
        const QVector<HistoryFrame> frames = store.frames(t0, t0 + 70 * 1000);
        QCOMPARE(frames.size(), 71);
        QCOMPARE(frames.first().mean.size(), with.size());
        QCOMPARE(frames.first().mean.first(), 0.0);
        QVERIFY(std::isnan(frames.first().mean.last()));
        QCOMPARE(frames.last().mean.last(), 42.0);
        // Coarser frames too, merged over the change.
        const QVector<HistoryFrame> coarse = store.frames(t0, t0 + 70 * 1000, 60000);
        QVERIFY(!coarse.isEmpty());
        QCOMPARE(coarse.last().max.last(), 42.0);

        // Any other change still starts again, and so does growth when not asked to keep.
        store.setMetrics(without, true);
        QVERIFY(store.isEmpty());
        QVERIFY(store.append(t0, QVector<double>(without.size(), 1.0)));
        store.setMetrics(with);
        QVERIFY(store.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMnesiaSample)
#include "tst_mnesiasample.moc"
