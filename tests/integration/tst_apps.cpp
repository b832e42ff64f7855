// SPDX-License-Identifier: GPL-3.0-or-later
// Applications and supervision trees on a real node, through the real collectors: the test
// application's totals by group leader; its tree exactly as started (ids, pids, restart types,
// shutdowns, modules, flags, subtree totals); children sorted by their totals on the node; a
// process linked to a supervisor but not its child listed apart; a supervisor that blocks in a
// callback marked not answering while its siblings load; a simple_one_for_one supervisor with
// 100,000 children in pages with the right totals; a killed worker shown restarted; the
// `app:NAME` filter word of the process ranking; module names in Elixir syntax on an Elixir node.
#include "agent/agentclient.h"
#include "collect/appscollector.h"
#include "collect/processcollector.h"
#include "node/nodeclient.h"
#include "session/nodesession.h"
#include "testnode.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

// Loaded on the node under test (no comments inside: TestNode sends it as one line).
//   start_app()      loads and starts bt_app (vsn 1.2.3): bt_top (one_for_one, 5 in 10 s) with
//                    bt_mid (rest_for_one, 3 in 5 s: bt_w2 transient, bt_w3 temporary and
//                    brutal_kill), bt_w1 (permanent, shutdown 1000), bt_block_sup (one_for_all:
//                    bt_bw), bt_pool (simple_one_for_one, no children); bt_stray is linked to
//                    bt_mid without being its child; bt_w1 holds 10 unread messages
//   block()          makes bt_block_sup run a child start that waits for `unblock`
//   pool(N)          starts N children under bt_pool
//   empty_pool()     restarts bt_pool with no children
//   app_procs()      bt_app's processes by group leader, counted here
const char HelperSource[] = R"erl(
-module(bt_apps_helper).
-export([start_app/0, start/2, stop/1, init/1, start_worker/1, start_pool_worker/0, slow_start/0, block/0, pool/1, empty_pool/0, app_procs/0]).

start_app() ->
    ok = application:load({application, bt_app, [{description, "Beamtop test application"}, {vsn, "1.2.3"}, {modules, [bt_apps_helper]}, {registered, []}, {applications, [kernel, stdlib]}, {mod, {bt_apps_helper, []}}]}),
    ok = application:start(bt_app),
    Self = self(),
    spawn(fun() -> link(whereis(bt_mid)), register(bt_stray, self()), Self ! stray, receive stop -> ok end end),
    receive stray -> ok end,
    [whereis(bt_w1) ! {junk, I} || I <- lists:seq(1, 10)],
    ok.

start(_, _) -> supervisor:start_link({local, bt_top}, bt_apps_helper, top).
stop(_) -> ok.

init(top) ->
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10},
          [#{id => bt_mid, start => {supervisor, start_link, [{local, bt_mid}, bt_apps_helper, mid]}, type => supervisor, shutdown => infinity},
           #{id => bt_w1, start => {bt_apps_helper, start_worker, [bt_w1]}, restart => permanent, shutdown => 1000},
           #{id => bt_block_sup, start => {supervisor, start_link, [{local, bt_block_sup}, bt_apps_helper, block]}, type => supervisor, shutdown => infinity},
           #{id => bt_pool, start => {supervisor, start_link, [{local, bt_pool}, bt_apps_helper, pool]}, type => supervisor, shutdown => infinity}]}};
init(mid) ->
    {ok, {#{strategy => rest_for_one, intensity => 3, period => 5},
          [#{id => bt_w2, start => {bt_apps_helper, start_worker, [bt_w2]}, restart => transient, shutdown => 500},
           #{id => bt_w3, start => {bt_apps_helper, start_worker, [bt_w3]}, restart => temporary, shutdown => brutal_kill}]}};
init(block) ->
    {ok, {#{strategy => one_for_all, intensity => 1, period => 5},
          [#{id => bt_bw, start => {bt_apps_helper, start_worker, [bt_bw]}}]}};
init(pool) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 10, period => 1},
          [#{id => pool_worker, start => {bt_apps_helper, start_pool_worker, []}, restart => temporary, shutdown => brutal_kill}]}}.

start_worker(Name) ->
    Pid = spawn_link(fun() -> receive stop -> ok end end),
    register(Name, Pid),
    {ok, Pid}.

start_pool_worker() -> {ok, spawn_link(fun() -> receive stop -> ok end end)}.

slow_start() -> receive unblock -> ignore after 30000 -> ignore end.

block() ->
    spawn(fun() -> supervisor:start_child(bt_block_sup, #{id => slow, start => {bt_apps_helper, slow_start, []}}) end),
    ok.

pool(N) -> lists:foreach(fun(_) -> {ok, _} = supervisor:start_child(bt_pool, []) end, lists:seq(1, N)), ok.

empty_pool() ->
    ok = supervisor:terminate_child(bt_top, bt_pool),
    {ok, _} = supervisor:restart_child(bt_top, bt_pool),
    ok.

app_procs() ->
    Master = application_controller:get_master(bt_app),
    length([P || P <- processes(), {group_leader, Master} =:= process_info(P, group_leader)]).
)erl";

QStringList keysOf(const SupNode *n)
{
    QStringList keys;
    if (n)
        for (const SupNode &c : n->children)
            keys << c.key;
    return keys;
}

QString describe(const SupNode &n, int indent = 0)
{
    QString s = QString(indent, QLatin1Char(' '))
        + QStringLiteral("%1 [%2 %3] %4 procs %5 mq %6 children %7\n")
              .arg(n.key, SupNode::kindText(n.kind), SupNode::statusText(n.status), n.pidText)
              .arg(n.totals.processes)
              .arg(n.totals.messageQueue)
              .arg(n.childrenTotal);
    for (const SupNode &c : n.children)
        s += describe(c, indent + 2);
    return s;
}

} // namespace

class TestApps : public QObject
{
    Q_OBJECT
private:
    struct Session
    {
        NodeClient node;
        AgentClient agent{&node};
        AppsCollector apps{&agent};
        AppTreeCollector tree{&agent};
        ProcessCollector processes{&agent};
    };

    // The tree for q, walked now.
    AppTree walk(const AppTreeQuery &q)
    {
        QSignalSpy trees(&m_session->tree, &AppTreeCollector::treeReady);
        QSignalSpy failures(&m_session->tree, &Collector::failed);
        if (m_session->tree.query() == q)
            m_session->tree.fetch();
        else
            m_session->tree.setQuery(q);
        if (!trees.wait(20000))
            return {};
        return trees.takeLast().first().value<AppTree>();
    }

    AppTreeQuery query() const
    {
        AppTreeQuery q;
        q.app = QStringLiteral("bt_app");
        return q;
    }

    // A sample whose sweep has completed.
    bool completeSample(AppsSample *out)
    {
        return QTest::qWaitFor(
            [&] {
                QSignalSpy samples(&m_session->apps, &AppsCollector::sampleReady);
                m_session->apps.fetch();
                if (!samples.wait(10000))
                    return false;
                *out = samples.takeLast().first().value<AppsSample>();
                return !out->partial && out->agedMs >= 0;
            },
            30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_node.start());
        QVERIFY(m_node.loadModule(QString::fromLatin1(HelperSource)));
        QCOMPARE(m_node.eval(QStringLiteral("bt_apps_helper:start_app()")), QStringLiteral("ok"));
        m_session = std::make_unique<Session>();
        QSignalSpy ready(&m_session->agent, &AgentClient::ready);
        m_session->node.connectToNode(m_node.connectOptions());
        QVERIFY(ready.wait(15000));
        QCOMPARE(m_session->agent.mode(), AgentClient::Mode::Full);
        QVERIFY(m_session->apps.isAvailable());
        QVERIFY(m_session->tree.isAvailable());
        m_session->agent.setBudget(0.5); // a test need not wait on the 2 % default
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_node.stop();
    }

    // Every application with its status, version and start type; the running ones with what
    // their processes add up to, counted by group leader as the node itself would count them.
    void appsListsEveryApplicationWithTotals()
    {
        AppsSample s;
        QVERIFY(completeSample(&s));
        QVERIFY(s.infoOk);
        const AppRow *app = s.find(QStringLiteral("bt_app"));
        QVERIFY(app);
        QCOMPARE(app->status, AppRow::Status::Running);
        QCOMPARE(app->version, QStringLiteral("1.2.3"));
        QCOMPARE(app->description, QStringLiteral("Beamtop test application"));
        QCOMPARE(app->startType, QStringLiteral("temporary"));
        QVERIFY(app->hasTotals);
        QCOMPARE(app->totals.processes, m_node.evalInt(QStringLiteral("bt_apps_helper:app_procs()")));
        QVERIFY(app->totals.processes >= 8);
        QVERIFY2(app->totals.messageQueue >= 10, qPrintable(QString::number(app->totals.messageQueue)));
        QVERIFY(app->totals.memory > 8 * 1000);
        const AppRow *kernel = s.find(QStringLiteral("kernel"));
        QVERIFY(kernel && kernel->status == AppRow::Status::Running && kernel->totals.processes > 5);
        // Processes outside any application are counted apart (this test's control loop is one).
        QVERIFY(s.outside.processes > 0);
        // A second complete sweep gives a rate.
        QVERIFY(QTest::qWaitFor([&] { return completeSample(&s) && s.find(QStringLiteral("kernel"))->totals.reductionsPerSec >= 0; }, 30000));
        // A loaded application has no totals.
        QCOMPARE(m_node.eval(QStringLiteral("application:load({application, bt_idle, [{description, \"idle\"}, {vsn, \"0.1\"}, {modules, []}, {registered, []}, {applications, [kernel]}]})")),
                 QStringLiteral("ok"));
        QVERIFY(completeSample(&s));
        const AppRow *idle = s.find(QStringLiteral("bt_idle"));
        QVERIFY(idle);
        QCOMPARE(idle->status, AppRow::Status::Loaded);
        QVERIFY(!idle->hasTotals);
        QVERIFY(idle->startType.isEmpty());
    }

    // The tree exactly as the application started it, with each subtree's totals.
    void treeIsExact()
    {
        const AppTree t = walk(query());
        QVERIFY2(t.found, qPrintable(t.error));
        const QString text = describe(t.root);
        QCOMPARE(t.root.key, QStringLiteral("bt_app"));
        QCOMPARE(t.root.children.size(), 1);
        const SupNode &top = t.root.children.first();
        QCOMPARE(top.name.atomName(), QStringLiteral("bt_top"));
        QCOMPARE(top.kind, SupNode::Kind::Supervisor);
        QCOMPARE(top.strategy, QStringLiteral("one_for_one"));
        QCOMPARE(top.intensity, 5);
        QCOMPARE(top.periodS, 10);
        QCOMPARE(top.childrenTotal, 4);
        QStringList keys = keysOf(&top);
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("bt_block_sup"), QStringLiteral("bt_mid"), QStringLiteral("bt_pool"), QStringLiteral("bt_w1")}));
        // bt_top, bt_mid, bt_w1, bt_w2, bt_w3, bt_block_sup, bt_bw, bt_pool.
        QVERIFY2(top.totals.processes == 8, qPrintable(text));
        QCOMPARE(t.root.totals.processes, 8);
        QCOMPARE(top.totals.messageQueue, 10);

        const SupNode *mid = t.find({top.key, QStringLiteral("bt_mid")});
        QVERIFY2(mid, qPrintable(text));
        QCOMPARE(mid->strategy, QStringLiteral("rest_for_one"));
        QCOMPARE(mid->intensity, 3);
        QCOMPARE(mid->periodS, 5);
        QCOMPARE(mid->restart, QStringLiteral("permanent"));
        QCOMPARE(mid->shutdown, QStringLiteral("infinity"));
        QCOMPARE(mid->totals.processes, 3);
        QCOMPARE(mid->childrenTotal, 2);
        const SupNode *w3 = t.find({top.key, QStringLiteral("bt_mid"), QStringLiteral("bt_w3")});
        QVERIFY2(w3, qPrintable(text));
        QCOMPARE(w3->kind, SupNode::Kind::Worker);
        QCOMPARE(w3->restart, QStringLiteral("temporary"));
        QCOMPARE(w3->shutdown, QStringLiteral("brutal_kill"));
        QCOMPARE(w3->name.atomName(), QStringLiteral("bt_w3"));
        QCOMPARE(m_node.eval(QStringLiteral("list_to_pid(\"%1\") =:= whereis(bt_w3)").arg(w3->pidText)), QStringLiteral("true"));
        QCOMPARE(w3->modulesText(TermFormatter()), QStringLiteral("bt_apps_helper"));
        QCOMPARE(w3->totals.processes, 1);
        const SupNode *w2 = t.find({top.key, QStringLiteral("bt_mid"), QStringLiteral("bt_w2")});
        QVERIFY(w2 && w2->restart == QLatin1String("transient") && w2->shutdown == QLatin1String("500"));
        const SupNode *w1 = t.find({top.key, QStringLiteral("bt_w1")});
        QVERIFY(w1);
        QCOMPARE(w1->own.messageQueue, 10);
        QCOMPARE(w1->shutdown, QStringLiteral("1000"));

        // bt_stray is linked to bt_mid and is not its child: listed apart, not in the totals.
        const SupNode *linked = t.find({top.key, QStringLiteral("bt_mid"), QStringLiteral("$linked")});
        QVERIFY2(linked, qPrintable(text));
        QCOMPARE(linked->kind, SupNode::Kind::LinkedGroup);
        QCOMPARE(linked->children.size(), 1);
        QCOMPARE(linked->children.first().name.atomName(), QStringLiteral("bt_stray"));
        QCOMPARE(linked->children.first().kind, SupNode::Kind::Linked);

        const SupNode *pool = t.find({top.key, QStringLiteral("bt_pool")});
        QVERIFY(pool);
        QCOMPARE(pool->strategy, QStringLiteral("simple_one_for_one"));
        QCOMPARE(pool->childrenTotal, 0);

        // Depth: one level below the top supervisor sends its children without theirs.
        AppTreeQuery q = query();
        q.depth = 1;
        const AppTree shallow = walk(q);
        const SupNode *shallowMid = shallow.find({top.key, QStringLiteral("bt_mid")});
        QVERIFY(shallowMid);
        QVERIFY(shallowMid->children.isEmpty());
        QCOMPARE(shallowMid->childrenTotal, 2);
        QCOMPARE(shallowMid->totals.processes, 3); // totals still count the whole subtree
    }

    // The node sorts children by their subtree totals: the mailbox of bt_w1 puts it first by
    // message queue, bt_mid's three processes first by processes.
    void childrenSortByTheirTotals()
    {
        AppTreeQuery q = query();
        q.sort = AppTreeQuery::Sort::MessageQueue;
        AppTree t = walk(q);
        QVERIFY(t.found);
        QCOMPARE(keysOf(&t.root.children.first()).first(), QStringLiteral("bt_w1"));
        q.sort = AppTreeQuery::Sort::Processes;
        t = walk(q);
        QCOMPARE(keysOf(&t.root.children.first()).first(), QStringLiteral("bt_mid"));
    }

    // A supervisor busy in a child's start answers no call: it is marked, and the rest of the
    // tree comes all the same.
    void blockedSupervisorIsMarkedAndSiblingsLoad()
    {
        QCOMPARE(m_node.eval(QStringLiteral("bt_apps_helper:block()")), QStringLiteral("ok"));
        // The start is under way once the supervisor's current call is the child's start.
        QTRY_VERIFY_WITH_TIMEOUT(m_node.eval(QStringLiteral("element(2, process_info(whereis(bt_block_sup), current_function))"))
                                     .contains(QStringLiteral("slow_start")),
                                 10000);
        AppTreeQuery q = query();
        q.callTimeoutMs = 300;
        const AppTree t = walk(q);
        QVERIFY(t.found);
        const QString text = describe(t.root);
        const SupNode &top = t.root.children.first();
        const SupNode *blocked = t.find({top.key, QStringLiteral("bt_block_sup")});
        QVERIFY2(blocked, qPrintable(text));
        QCOMPARE(blocked->status, SupNode::Status::NotAnswering);
        QVERIFY(!blocked->error.isEmpty());
        QVERIFY(blocked->children.isEmpty());
        const SupNode *mid = t.find({top.key, QStringLiteral("bt_mid")});
        QVERIFY2(mid && mid->children.size() >= 2, qPrintable(text));
        QCOMPARE(mid->status, SupNode::Status::Running);
        m_node.eval(QStringLiteral("whereis(bt_block_sup) ! unblock, ok"));
        QTRY_VERIFY_WITH_TIMEOUT(walk(query()).find({top.key, QStringLiteral("bt_block_sup")})->status == SupNode::Status::Running, 20000);
    }

    // 100,000 children: one page of them, the count, and totals over all of them.
    void largeSupervisorPages()
    {
        QCOMPARE(m_node.eval(QStringLiteral("bt_apps_helper:pool(100000)"), 120000), QStringLiteral("ok"));
        // The other tests want the pool empty again, whatever happens here.
        auto cleanup = qScopeGuard([this] { m_node.eval(QStringLiteral("bt_apps_helper:empty_pool()"), 60000); });
        AppTreeQuery q = query();
        q.pageLimit = 100;
        q.depth = 2;
        AppTree t = walk(q);
        QVERIFY2(t.found, qPrintable(t.error));
        const QString topKey = t.root.children.first().key; // t is walked again below
        const SupNode *pool = t.find({topKey, QStringLiteral("bt_pool")});
        QVERIFY(pool);
        QCOMPARE(pool->childrenTotal, 100000);
        QCOMPARE(pool->children.size(), 100);
        QCOMPARE(pool->totals.processes, 100001);
        QCOMPARE(t.root.children.first().totals.processes, 100008);
        QCOMPARE(pool->restart, QStringLiteral("permanent")); // bt_top's spec of it, by default
        const SupNode first = pool->children.first();
        QCOMPARE(first.restart, QStringLiteral("temporary")); // the template's, for every child
        QVERIFY(first.key.startsWith(QLatin1Char('<')));
        QCOMPARE(first.key, first.pidText);
        // The next page, by the supervisor's pid.
        const QString poolPid = pool->pidText;
        q.offsets.insert(poolPid, 100);
        t = walk(q);
        const SupNode *next = t.find({topKey, QStringLiteral("bt_pool")});
        QVERIFY(next);
        QCOMPARE(next->childrenOffset, 100);
        QCOMPARE(next->children.size(), 100);
        QVERIFY(!keysOf(next).contains(first.key));

        // A walk reads at most so many processes: a tree larger than that says so, its
        // supervisors are all read, and what it could not read is marked rather than counted.
        q.offsets.insert(poolPid, 99900); // the last page: past what the walk reads
        q.maxReads = 50000;
        t = walk(q);
        QVERIFY(t.found);
        QCOMPARE(t.readsCapped, 50000);
        QVERIFY(t.truncated);
        const SupNode *capped = t.find({topKey, QStringLiteral("bt_pool")});
        QVERIFY(capped);
        QCOMPARE(capped->childrenTotal, 100000);
        QVERIFY(capped->totals.processes <= 50000);
        QCOMPARE(capped->status, SupNode::Status::Running);
        int notRead = 0;
        for (const SupNode &c : capped->children)
            notRead += c.status == SupNode::Status::NotRead;
        QVERIFY2(notRead > 0, "the page of a capped walk lists children it did not read");
        cleanup.dismiss();
        QCOMPARE(m_node.eval(QStringLiteral("bt_apps_helper:empty_pool()"), 60000), QStringLiteral("ok"));
    }

    // A killed worker is back under a new pid at the next walk.
    void killedWorkerShowsItsRestart()
    {
        const AppTree before = walk(query());
        const SupNode *w1 = before.find({before.root.children.first().key, QStringLiteral("bt_w1")});
        QVERIFY(w1);
        const QString oldPid = w1->pidText;
        m_node.eval(QStringLiteral("exit(whereis(bt_w1), kill), ok"));
        QTRY_VERIFY_WITH_TIMEOUT(m_node.eval(QStringLiteral("is_pid(whereis(bt_w1))")) == QLatin1String("true"), 10000);
        const AppTree after = walk(query());
        const SupNode *again = after.find({after.root.children.first().key, QStringLiteral("bt_w1")});
        QVERIFY(again);
        QVERIFY(!again->pidText.isEmpty());
        QVERIFY(again->pidText != oldPid);
        QCOMPARE(again->status, SupNode::Status::Running);
    }

    void unknownApplicationSaysSo()
    {
        AppTreeQuery q;
        q.app = QStringLiteral("bt_no_such_app_") + TestNode::randomToken(6).toLower();
        const AppTree t = walk(q);
        QVERIFY(!t.found);
        QVERIFY(!t.error.isEmpty());
        // No atom was made for it.
        QCOMPARE(m_node.eval(QStringLiteral("try binary_to_existing_atom(<<\"%1\">>, utf8) catch error:badarg -> none end").arg(q.app)),
                 QStringLiteral("none"));
    }

    // The process ranking's app: word lists one application's processes, or those of none.
    void processFilterByApplication()
    {
        ProcessQuery q;
        q.filter = QStringLiteral("app:bt_app");
        q.limit = 100;
        q.intervalMs = 250;
        ProcessRanking page;
        QString error;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         QSignalSpy pages(&m_session->processes, &ProcessCollector::pageReady);
                         QSignalSpy failures(&m_session->processes, &Collector::failed);
                         m_session->processes.fetch(q);
                         if (!pages.wait(10000)) {
                             error = failures.isEmpty() ? QStringLiteral("no page") : failures.first().first().toString();
                             return false;
                         }
                         page = pages.takeLast().first().value<ProcessRanking>();
                         return page.isFinal();
                     },
                     30000),
                 qPrintable(error));
        const qint64 expected = m_node.evalInt(QStringLiteral("bt_apps_helper:app_procs()"));
        QCOMPARE(qint64(page.rows.size()), expected);
        for (const ProcessRow &r : std::as_const(page.rows))
            QCOMPARE(r.application, QStringLiteral("bt_app"));
    }

    // Module names as an Elixir developer writes them, on a node running Elixir.
    void elixirNodeShowsElixirModuleNames()
    {
        TestNode::Options o;
        if (!TestNode::elixirOptions(&o))
            QSKIP("Elixir is not installed (scripts/deps.sh installs it)");
        TestNode node(o);
        QVERIFY(node.start());
        QVERIFY(node.loadModule(QStringLiteral(
            "-module('Elixir.BtApps.Sup'). -export([start/2, stop/1, init/1, worker/0]). "
            "start(_, _) -> supervisor:start_link({local, 'Elixir.BtApps.Sup'}, 'Elixir.BtApps.Sup', []). stop(_) -> ok. "
            "init([]) -> {ok, {#{strategy => one_for_one}, [#{id => 'Elixir.BtApps.Worker', start => {'Elixir.BtApps.Sup', worker, []}}]}}. "
            "worker() -> {ok, spawn_link(fun() -> receive stop -> ok end end)}.")));
        QCOMPARE(node.eval(QStringLiteral("begin {ok, _} = application:ensure_all_started(elixir), "
                                          "ok = application:load({application, bt_ex, [{description, \"ex\"}, {vsn, \"1.0.0\"}, {modules, []}, {registered, []}, {applications, [kernel, stdlib, elixir]}, {mod, {'Elixir.BtApps.Sup', []}}]}), "
                                          "application:start(bt_ex) end")),
                 QStringLiteral("ok"));
        auto *client = new NodeClient;
        client->connectToNode(node.connectOptions());
        NodeSession session(client, AgentClient::Options{});
        session.setPaused(true);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), NodeSession::State::Live, 30000);
        QVERIFY(session.agent()->runsElixir());
        QSignalSpy trees(session.appTree(), &AppTreeCollector::treeReady);
        AppTreeQuery q;
        q.app = QStringLiteral("bt_ex");
        session.appTree()->setQuery(q);
        QVERIFY(trees.wait(20000));
        const AppTree t = trees.takeLast().first().value<AppTree>();
        QVERIFY2(t.found, qPrintable(t.error));
        const TermFormatter f = session.formatter();
        const SupNode &top = t.root.children.first();
        QCOMPARE(top.label(f), QStringLiteral("BtApps.Sup"));
        QCOMPARE(top.modulesText(f), QStringLiteral("BtApps.Sup"));
        QCOMPARE(top.children.size(), 1);
        QCOMPARE(top.children.first().label(f), QStringLiteral("BtApps.Worker"));
    }

private:
    TestNode m_node;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestApps)
#include "tst_apps.moc"
