// SPDX-License-Identifier: GPL-3.0-or-later
// The ETS ranking on a real node, through the real collector, sampler and beamtop-cli: tables
// of every type and protection are listed with their attributes (private ones too); the node
// filters by type, protection and text; rows come in order of size or memory; a growing table
// ranks first by growth; tables deleted during a listing come once as deleted with their last
// figures and then leave, without an error; the details sampler follows one table and says
// when it is deleted; `beamtop-cli ets` and the snapshot's ets section write the same rows.
#include "agent/agentclient.h"
#include "clirun.h"
#include "collect/etscollector.h"
#include "node/nodeclient.h"
#include "testnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace beamtop;
using beamtop::test::CliRun;
using beamtop::test::runCli;
using beamtop::test::TestNode;

namespace {

// Loaded on the node under test (no comments inside: TestNode sends it as one line).
//   owner()      bt_ets_owner owns 12 tables bt_ets_<type>_<protection>, named, of
//                (I + 1) * 100 rows each (I their place in the list), with bt_ets_heir as
//                the heir of the set ones; returns ok
//   grower()     bt_grower inserts 20 rows every 10 ms into bt_grows
//   doomed(N)    bt_doomed owns N tables bt_doomed_<I>; bt_doomed ! {drop, From} deletes them
const char HelperSource[] = R"erl(
-module(bt_ets_helper).
-export([owner/0, grower/0, doomed/1]).

types() -> [set, ordered_set, bag, duplicate_bag].
prots() -> [public, protected, private].

owner() ->
    Self = self(),
    Heir = spawn(fun() -> register(bt_ets_heir, self()), receive stop -> ok end end),
    spawn(fun() ->
                  register(bt_ets_owner, self()),
                  Combos = [{T, P} || T <- types(), P <- prots()],
                  lists:foreach(
                    fun({I, {T, P}}) ->
                            Name = list_to_atom("bt_ets_" ++ atom_to_list(T) ++ "_" ++ atom_to_list(P)),
                            HeirOpt = case T of set -> [{heir, Heir, none}]; _ -> [] end,
                            Extra = case P of public -> [{read_concurrency, true}, {write_concurrency, true}, compressed]; _ -> [] end,
                            Tab = ets:new(Name, [T, P, named_table | HeirOpt ++ Extra]),
                            ets:insert(Tab, [{K, lists:duplicate(8, K)} || K <- lists:seq(1, (I + 1) * 100)])
                    end, lists:zip(lists:seq(1, length(Combos)), Combos)),
                  Self ! ready,
                  receive stop -> ok end
          end),
    receive ready -> ok after 10000 -> timeout end.

grower() ->
    Self = self(),
    spawn(fun() ->
                  register(bt_grower, self()),
                  T = ets:new(bt_grows, [named_table, public]),
                  Self ! ready,
                  grow(T, 0)
          end),
    receive ready -> ok after 10000 -> timeout end.

grow(T, N) ->
    ets:insert(T, [{N + K, <<"growing row">>} || K <- lists:seq(1, 20)]),
    receive stop -> ok after 10 -> grow(T, N + 20) end.

doomed(N) ->
    Self = self(),
    spawn(fun() ->
                  register(bt_doomed, self()),
                  Tabs = [ets:new(list_to_atom("bt_doomed_" ++ integer_to_list(I)), [named_table, public]) || I <- lists:seq(1, N)],
                  [ets:insert(T, [{K, K} || K <- lists:seq(1, 50)]) || T <- Tabs],
                  Self ! ready,
                  receive {drop, From} -> [ets:delete(T) || T <- Tabs], From ! dropped end,
                  receive stop -> ok end
          end),
    receive ready -> ok after 10000 -> timeout end.
)erl";

} // namespace

class TestEts : public QObject
{
    Q_OBJECT
private:
    struct Session
    {
        NodeClient node;
        AgentClient agent{&node};
        EtsCollector ets{&agent};
    };

    EtsRanking nextPage(const EtsQuery &q)
    {
        QSignalSpy pages(&m_session->ets, &EtsCollector::pageReady);
        m_session->ets.fetch(q);
        if (!pages.wait(10000))
            return {};
        return pages.takeLast().first().value<EtsRanking>();
    }

    bool finalPage(const EtsQuery &q, EtsRanking *out, int timeoutMs = 60000)
    {
        return QTest::qWaitFor(
            [&] {
                *out = nextPage(q);
                return out->isFinal();
            },
            timeoutMs);
    }

    static QString describe(const EtsRanking &p)
    {
        QStringList rows;
        for (const EtsRow &r : p.rows)
            rows << QStringLiteral("%1 %2/%3 size %4 mem %5 rank %6 size/s %7%8")
                        .arg(r.idText, r.type, r.protection)
                        .arg(r.size)
                        .arg(r.memory)
                        .arg(r.rankValue)
                        .arg(r.hasSizeRate() ? r.sizePerS : -1)
                        .arg(r.gone ? QStringLiteral(" deleted") : QString());
        return QStringLiteral("total %1, final %2: %3").arg(p.total).arg(p.isFinal()).arg(rows.join(QStringLiteral("; ")));
    }

    CliRun cli(const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), m_cookieFile} + args,
                      30000);
    }

    static QJsonObject parse(const QByteArray &text)
    {
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(text, &e).object();
        return e.error == QJsonParseError::NoError ? o : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_node.start());
        m_cookieFile = m_node.writeCookieFile(m_dir.path());
        QVERIFY(m_node.loadModule(QString::fromLatin1(HelperSource)));
        QCOMPARE(m_node.eval(QStringLiteral("bt_ets_helper:owner()")), QStringLiteral("ok"));
        m_session = std::make_unique<Session>();
        QSignalSpy ready(&m_session->agent, &AgentClient::ready);
        m_session->node.connectToNode(m_node.connectOptions());
        QVERIFY(ready.wait(15000));
        QCOMPARE(m_session->agent.mode(), AgentClient::Mode::Full);
        QVERIFY(m_session->agent.canRank("ets"));
        m_session->agent.setBudget(0.5); // a test need not wait on the 2 % default
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_node.stop();
    }

    // Every type and protection, private included, with what ets:info says of each.
    void everyTableIsListedWithItsAttributes()
    {
        EtsQuery q;
        q.filter = QStringLiteral("bt_ets_");
        q.sort = EtsQuery::Sort::Size;
        q.limit = 50;
        q.intervalMs = 250;
        EtsRanking page;
        QVERIFY2(finalPage(q, &page), qPrintable(describe(page)));
        QCOMPARE(page.rows.size(), 12);
        QSet<QString> seen;
        qint64 previous = -1;
        for (const EtsRow &r : std::as_const(page.rows)) {
            QVERIFY2(r.idText == QStringLiteral("bt_ets_%1_%2").arg(r.type, r.protection), qPrintable(describe(page)));
            seen.insert(r.idText);
            QVERIFY(r.named);
            QVERIFY(r.id.isAtom());
            QCOMPARE(r.name, r.idText);
            QCOMPARE(r.ownerName.atomName(), QStringLiteral("bt_ets_owner"));
            QVERIFY(r.owner.isPid());
            QCOMPARE(r.keypos, 1);
            QVERIFY(r.memory > r.size * 8); // bytes, not words
            QCOMPARE(r.size % 100, 0);
            QCOMPARE(r.readConcurrency, r.protection == QLatin1String("public"));
            QCOMPARE(r.compressed, r.protection == QLatin1String("public"));
            QCOMPARE(r.writeConcurrency, r.protection == QLatin1String("public") ? QStringLiteral("true") : QStringLiteral("false"));
            QCOMPARE(r.heir.isPid(), r.type == QLatin1String("set"));
            QVERIFY(!r.fixed);
            // By size, biggest first.
            if (previous >= 0)
                QVERIFY2(r.size <= previous, qPrintable(describe(page)));
            previous = r.size;
        }
        QCOMPARE(seen.size(), 12);
        QCOMPARE(page.rows.first().size, 1300); // the 12th table: 13 * 100 rows
        QVERIFY(page.count > 12);               // the node's own tables count too
    }

    // The node restricts by type and protection (and text), and ranks what is left.
    void typeAndProtectionAreFilteredOnTheNode()
    {
        EtsQuery q;
        q.filter = QStringLiteral("bt_ets_");
        q.type = QStringLiteral("bag");
        q.intervalMs = 250;
        EtsRanking page;
        QVERIFY2(finalPage(q, &page), qPrintable(describe(page)));
        QCOMPARE(page.total, 3);
        for (const EtsRow &r : std::as_const(page.rows))
            QCOMPARE(r.type, QStringLiteral("bag"));
        q.type.clear();
        q.protection = QStringLiteral("private");
        q.filter.clear();
        QVERIFY2(finalPage(q, &page), qPrintable(describe(page)));
        int ours = 0;
        for (const EtsRow &r : std::as_const(page.rows)) {
            QCOMPARE(r.protection, QStringLiteral("private"));
            ours += r.idText.startsWith(QLatin1String("bt_ets_"));
        }
        QCOMPARE(ours, 4);
        // By memory, the owner's name finds them all.
        EtsQuery byOwner;
        byOwner.filter = QStringLiteral("bt_ets_owner");
        byOwner.intervalMs = 250;
        QVERIFY2(finalPage(byOwner, &page), qPrintable(describe(page)));
        QCOMPARE(page.total, 12);
        for (int i = 1; i < page.rows.size(); ++i)
            QVERIFY(page.rows[i].memory <= page.rows[i - 1].memory);
    }

    // A table that grows steadily ranks first by growth, with a positive rate and trend.
    void growingTableRanksFirstByGrowth()
    {
        QCOMPARE(m_node.eval(QStringLiteral("bt_ets_helper:grower()")), QStringLiteral("ok"));
        EtsQuery q;
        q.sort = EtsQuery::Sort::Size;
        q.mode = EtsQuery::Mode::Window;
        q.limit = 5;
        q.intervalMs = 500;
        EtsRanking page;
        QVERIFY2(finalPage(q, &page), qPrintable(describe(page)));
        QVERIFY(!page.rows.isEmpty());
        QCOMPARE(page.rows.first().idText, QStringLiteral("bt_grows"));
        QVERIFY2(page.rows.first().rankValue > 100, qPrintable(describe(page))); // ~2,000 rows/s, loaded machines allowed for
        // The collector's own rates between two refreshes, on the node's clock (until then the
        // sorted metric shows the node's window rate, and memory none).
        QVERIFY(!page.rows.first().hasMemoryRate());
        const bool measured = QTest::qWaitFor(
            [&] {
                page = nextPage(q);
                return !page.rows.isEmpty() && page.rows.first().idText == QLatin1String("bt_grows") && page.rows.first().hasMemoryRate()
                    && page.rows.first().sizePerS > 100;
            },
            20000);
        QVERIFY2(measured, qPrintable(describe(page)));
        QCOMPARE(page.rows.first().trend(EtsQuery::Sort::Size), 1);
        QVERIFY2(page.rows.first().hasMemoryRate() && page.rows.first().memoryPerS > 0, qPrintable(QString::number(page.rows.first().memoryPerS)));
        m_node.eval(QStringLiteral("bt_grower ! stop, ok"));
    }

    // Tables deleted between two pages come once as deleted with the figures last shown, then
    // leave the ranking; nothing fails.
    void tablesDeletedDuringAListingComeOnceAsDeleted()
    {
        QCOMPARE(m_node.eval(QStringLiteral("bt_ets_helper:doomed(40)")), QStringLiteral("ok"));
        EtsQuery q;
        q.filter = QStringLiteral("bt_doomed_");
        q.limit = 100;
        q.intervalMs = 60000; // the same ranking for the whole case: only pages change
        EtsRanking page;
        QVERIFY2(finalPage(q, &page), qPrintable(describe(page)));
        QCOMPARE(page.rows.size(), 40);
        QSignalSpy failed(&m_session->ets, &Collector::failed);
        QCOMPARE(m_node.eval(QStringLiteral("bt_doomed ! {drop, self()}, receive dropped -> ok after 10000 -> timeout end")),
                 QStringLiteral("ok"));
        page = nextPage(q);
        QCOMPARE(page.rows.size(), 40);
        for (const EtsRow &r : std::as_const(page.rows)) {
            QVERIFY2(r.gone, qPrintable(describe(page)));
            QVERIFY(r.hasValues()); // the last figures shown, not zeros
            QCOMPARE(r.size, 50);
            QCOMPARE(r.type, QStringLiteral("set"));
            QVERIFY(r.seenAt.isValid());
            QVERIFY(r.toJson(TermFormatter()).value(QStringLiteral("deleted")).toBool());
        }
        page = nextPage(q);
        QVERIFY2(page.rows.isEmpty(), qPrintable(describe(page)));
        QCOMPARE(failed.count(), 0);
    }

    // The details window's sampler: samples with rates, then deleted() once the table goes.
    void samplerFollowsATableUntilItIsDeleted()
    {
        m_node.eval(QStringLiteral("ets:new(bt_sampled, [named_table, public, {heir, whereis(bt_ets_owner), none}]), ok"));
        m_node.eval(QStringLiteral("ets:give_away(bt_sampled, whereis(bt_ets_owner), none), ok"));
        EtsSampler sampler(&m_session->agent, Term::atom("bt_sampled"));
        QSignalSpy sampled(&sampler, &EtsSampler::sampled);
        QSignalSpy deleted(&sampler, &EtsSampler::deleted);
        sampler.fetch();
        QVERIFY(sampled.wait(10000));
        EtsRow first = sampled.takeFirst().first().value<EtsRow>();
        QCOMPARE(first.idText, QStringLiteral("bt_sampled"));
        QCOMPARE(first.size, 0);
        QVERIFY(!first.hasSizeRate());
        m_node.eval(QStringLiteral("ets:insert(bt_sampled, [{K, K} || K <- lists:seq(1, 1000)]), ok"));
        // A rate needs two readings at different times on the node's clock (these can come
        // within a millisecond): sample until there is one.
        QTRY_VERIFY_WITH_TIMEOUT((sampler.fetch(), !sampled.isEmpty() && sampled.last().first().value<EtsRow>().size == 1000
                                                      && sampled.last().first().value<EtsRow>().hasSizeRate()),
                                 10000);
        const EtsRow second = sampled.last().first().value<EtsRow>();
        QVERIFY(second.sizePerS > 0);
        QVERIFY(second.memory > first.memory);
        m_node.eval(QStringLiteral("ets:delete(bt_sampled), ok"));
        QTRY_VERIFY_WITH_TIMEOUT((sampler.fetch(), deleted.count() == 1), 10000);
        const int samples = sampled.count();
        sampler.fetch(); // nothing more once deleted
        QVERIFY(!sampler.isBusy());
        QCOMPARE(sampled.count(), samples);
    }

    // beamtop-cli ets writes the ranking as JSON and CSV with the export's keys, and refuses
    // what it does not know.
    void cliListsTables()
    {
        CliRun r = cli({QStringLiteral("ets"), QStringLiteral("--filter"), QStringLiteral("bt_ets_"), QStringLiteral("--sort"),
                        QStringLiteral("size"), QStringLiteral("--count"), QStringLiteral("20"), QStringLiteral("--format"),
                        QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = parse(r.out);
        QCOMPARE(doc.value(QStringLiteral("sort")).toString(), QStringLiteral("size"));
        const QJsonArray tables = doc.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 12);
        const QJsonObject top = tables.first().toObject();
        QCOMPARE(top.value(QStringLiteral("size")).toInt(), 1300);
        QCOMPARE(top.value(QStringLiteral("owner_name")).toString(), QStringLiteral("bt_ets_owner"));
        QVERIFY(top.value(QStringLiteral("memory_bytes")).toDouble() > 0);

        r = cli({QStringLiteral("ets"), QStringLiteral("--type"), QStringLiteral("duplicate_bag"), QStringLiteral("--protection"),
                 QStringLiteral("private"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY2(lines.size() >= 2, r.out.constData());
        QVERIFY2(lines.first().startsWith("id,name,type,protection,size,memory_bytes"), lines.first().constData());
        QVERIFY2(r.out.contains("bt_ets_duplicate_bag_private"), r.out.constData());
        QVERIFY2(!r.out.contains("bt_ets_bag_private"), r.out.constData());

        r = cli({QStringLiteral("ets"), QStringLiteral("--filter"), QStringLiteral("bt_ets_set")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("bt_ets_set_public") && r.out.contains("bt_ets_owner"), r.out.constData());

        r = cli({QStringLiteral("ets"), QStringLiteral("--sort"), QStringLiteral("reductions")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--sort is one of memory, size, growth"), r.err.constData());
        r = cli({QStringLiteral("ets"), QStringLiteral("--type"), QStringLiteral("hash")});
        QCOMPARE(r.exitCode, 2);
    }

    // The snapshot's ets section: the largest tables by memory, with the keys the issue names.
    void snapshotHasTheLargestTables()
    {
        const CliRun r = cli({QStringLiteral("snapshot"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject ets = parse(r.out).value(QStringLiteral("ets")).toObject();
        QVERIFY2(ets.value(QStringLiteral("available")).toBool(), r.out.constData());
        const QJsonArray top = ets.value(QStringLiteral("top")).toArray();
        QVERIFY(top.size() >= 12 && top.size() <= 500);
        QSet<QString> ours;
        double previous = -1;
        for (const QJsonValue &v : top) {
            const QJsonObject t = v.toObject();
            for (const char *key : {"name", "id", "type", "protection", "size", "memory_bytes", "owner"})
                QVERIFY2(t.contains(QLatin1String(key)), key);
            const double memory = t.value(QStringLiteral("memory_bytes")).toDouble();
            if (previous >= 0)
                QVERIFY(memory <= previous);
            previous = memory;
            if (t.value(QStringLiteral("name")).toString().startsWith(QLatin1String("bt_ets_")))
                ours.insert(t.value(QStringLiteral("name")).toString());
        }
        QCOMPARE(ours.size(), 12);

        // Without the agent there is no ranking of tables: the section says why, the rest of
        // the snapshot is there.
        const CliRun reduced = cli({QStringLiteral("--no-agent"), QStringLiteral("snapshot"), QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QVERIFY2(reduced.exitCode == 0, reduced.err.constData());
        const QJsonObject doc = parse(reduced.out);
        const QJsonObject none = doc.value(QStringLiteral("ets")).toObject();
        QCOMPARE(none.value(QStringLiteral("available")), QJsonValue(false));
        QVERIFY2(none.value(QStringLiteral("error")).toString().contains(QStringLiteral("reduced mode")), reduced.out.constData());
        QVERIFY(doc.contains(QStringLiteral("system")));
    }

private:
    QTemporaryDir m_dir;
    TestNode m_node;
    QString m_cookieFile;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestEts)
#include "tst_ets.moc"
