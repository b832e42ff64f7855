// SPDX-License-Identifier: GPL-3.0-or-later
// beamtop-cli apps and tree, and the snapshot's applications section, on a real node running a
// small application loaded from source: a top supervisor (one_for_one) with a worker holding
// 7 messages, a rest_for_one supervisor of two workers, a simple_one_for_one pool of 5 workers
// of different sizes, a supervisor that does not answer (suspended) and a process linked to
// the top supervisor that is not its child; plus an application only loaded. Checks the
// counts against the node's own view (processes by group leader), the tree's structure and
// totals in text and JSON, paging and sorting, an unknown application, and the reduced mode.
#include "clirun.h"
#include "testnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using beamtop::test::CliRun;
using beamtop::test::runCli;
using beamtop::test::TestNode;

namespace {

// One module is the application callback and every supervisor (init/1 by kind). Workers idle;
// a pooled worker holds a list of Words integers, so their memories differ.
const char *const DemoSource = R"erl(
-module(bt_demo).
-behaviour(application).
-behaviour(supervisor).
-export([start/2, stop/1, init/1, start_worker/1, start_pooled/1, start_sup/2]).

start(_Type, _Args) -> supervisor:start_link({local, bt_demo_sup}, bt_demo, top).
stop(_State) -> ok.

start_sup(Name, Kind) -> supervisor:start_link({local, Name}, bt_demo, Kind).

start_worker(Name) ->
    Pid = spawn_link(fun() -> idle() end),
    register(Name, Pid),
    {ok, Pid}.

start_pooled(Words) ->
    {ok, spawn_link(fun() -> Held = lists:seq(1, Words), holding(Held) end)}.

idle() -> receive stop -> ok end.
holding(Held) -> receive stop -> length(Held) end.

init(top) ->
    spawn_link(fun() -> idle() end),
    {ok, {#{strategy => one_for_one, intensity => 3, period => 5},
          [#{id => worker_a, start => {bt_demo, start_worker, [bt_worker_a]}},
           #{id => bt_mid_sup, start => {bt_demo, start_sup, [bt_mid_sup, mid]}, type => supervisor},
           #{id => bt_pool_sup, start => {bt_demo, start_sup, [bt_pool_sup, pool]}, type => supervisor},
           #{id => bt_stuck_sup, start => {bt_demo, start_sup, [bt_stuck_sup, stuck]}, type => supervisor}]}};
init(mid) ->
    {ok, {#{strategy => rest_for_one, intensity => 1, period => 10},
          [#{id => mid_one, start => {bt_demo, start_worker, [bt_mid_one]}, restart => transient},
           #{id => mid_two, start => {bt_demo, start_worker, [bt_mid_two]}, restart => temporary}]}};
init(pool) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 0, period => 1},
          [#{id => pooled, start => {bt_demo, start_pooled, []}, restart => temporary}]}};
init(stuck) ->
    {ok, {#{strategy => one_for_all, intensity => 2, period => 3},
          [#{id => stuck_child, start => {bt_demo, start_worker, [bt_stuck_child]}}]}}.
)erl";

const char *const StartDemo = R"erl(
ok = application:load({application, bt_demo, [{description, "Beamtop demo"}, {vsn, "1.0.0"},
    {modules, [bt_demo]}, {registered, []}, {applications, [kernel, stdlib]}, {mod, {bt_demo, []}}]}),
ok = application:load({application, bt_idle, [{description, "idle app"}, {vsn, "0.1"}, {modules, []},
    {registered, []}, {applications, [kernel, stdlib]}]}),
ok = application:start(bt_demo),
[{ok, _} = supervisor:start_child(bt_pool_sup, [W]) || W <- [1000, 50000, 10, 20000, 5]],
[bt_worker_a ! {queued, N} || N <- lists:seq(1, 7)],
ok = sys:suspend(bt_stuck_sup),
started
)erl";

// The processes of bt_demo: the application master and its helper, the top supervisor, the
// worker, the linked process, the mid supervisor and its 2 workers, the pool supervisor and its
// 5 workers, the stuck supervisor and its worker.
constexpr int DemoProcesses = 16;
// The tree: everything but the master pair, the linked process (not a child) and the stuck
// supervisor's worker (the stuck supervisor cannot say it has one).
constexpr int TreeProcesses = 12;

QJsonObject parse(const QByteArray &text)
{
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(text, &e).object();
    return e.error == QJsonParseError::NoError ? o : QJsonObject();
}

QJsonObject byKey(const QJsonArray &list, const QString &field, const QString &value)
{
    for (const QJsonValue &v : list)
        if (v.toObject().value(field).toString() == value)
            return v.toObject();
    return {};
}

int count(const QJsonObject &node)
{
    return node.value(QStringLiteral("totals"))
        .toObject()
        .value(QStringLiteral("process_count"))
        .toInt(-1);
}

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The line of the tree whose name cell is name, right after a branch; -1 when none.
int treeLine(const QStringList &l, const QString &name)
{
    for (int i = 0; i < l.size(); ++i) {
        const int at = l.at(i).indexOf(QStringLiteral("\u2500 ") + name + QLatin1Char(' '));
        if (at >= 0)
            return i;
    }
    return -1;
}

// Where a tree line's name starts (its depth: 3 columns a level).
int nameColumn(const QString &line)
{
    return int(line.indexOf(QStringLiteral("\u2500 "))) + 2;
}

} // namespace

class TestAppsCli : public QObject
{
    Q_OBJECT
private:
    CliRun cli(const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("--node"), m_node->nodeName(),
                                  QStringLiteral("--cookie-file"), m_cookieFile} +
                          args,
                      30000);
    }

    // Each command loads its own agent: the next must not find the previous one's.
    void waitForAgentGone()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_node->traceLeft(), QStringLiteral("clean"), 15000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_node = std::make_unique<TestNode>();
        QVERIFY(m_node->start());
        m_cookieFile = m_node->writeCookieFile(m_dir.path());
        QVERIFY(m_node->loadModule(QString::fromLatin1(DemoSource)));
        QCOMPARE(m_node->eval(QString::fromLatin1(StartDemo)), QStringLiteral("started"));
        // The node's own view: processes whose group leader is the application's master.
        QCOMPARE(
            m_node->evalInt(QStringLiteral("Master = application_controller:get_master(bt_demo), "
                                           "length([P || P <- processes(), process_info(P, "
                                           "group_leader) =:= {group_leader, Master}])")),
            qint64(DemoProcesses));
    }

    void cleanupTestCase()
    {
        if (m_node)
            m_node->stop();
    }

    void cleanup() { waitForAgentGone(); }

    // Every application with its totals; the loaded one without; the processes of none apart.
    void appsJson()
    {
        const CliRun r =
            cli({QStringLiteral("apps"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());
        const QJsonObject doc = parse(r.out);
        QCOMPARE(doc.value(QStringLiteral("node")).toString(), m_node->nodeName());
        QVERIFY(doc.value(QStringLiteral("taken_at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(doc.value(QStringLiteral("partial")).toBool(true),
                 false); // a small node: the first sweep completes
        const QJsonArray apps = doc.value(QStringLiteral("applications")).toArray();
        QStringList names;
        for (const QJsonValue &v : apps)
            names << v.toObject().value(QStringLiteral("name")).toString();
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
        QVERIFY2(names.contains(QLatin1String("kernel")) && names.contains(QLatin1String("stdlib")),
                 r.out.constData());

        const QJsonObject demo = byKey(apps, QStringLiteral("name"), QStringLiteral("bt_demo"));
        QCOMPARE(demo.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QCOMPARE(demo.value(QStringLiteral("start_type")).toString(), QStringLiteral("temporary"));
        QCOMPARE(demo.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(demo.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Beamtop demo"));
        QCOMPARE(demo.value(QStringLiteral("process_count")).toInt(), DemoProcesses);
        QVERIFY(demo.value(QStringLiteral("message_queue_len")).toInt() >=
                7); // the worker's 7 (and calls the stuck one holds)
        QVERIFY(demo.value(QStringLiteral("memory")).toDouble() >
                50000 * 8); // the pool's largest list alone
        // The command waits for the second sweep (a second after the first): rates are known.
        QVERIFY2(demo.value(QStringLiteral("reductions_per_sec")).isDouble(), r.out.constData());
        QVERIFY(doc.value(QStringLiteral("outside"))
                    .toObject()
                    .value(QStringLiteral("reductions_per_sec"))
                    .toDouble() > 0);

        const QJsonObject idle = byKey(apps, QStringLiteral("name"), QStringLiteral("bt_idle"));
        QCOMPARE(idle.value(QStringLiteral("status")).toString(), QStringLiteral("loaded"));
        QVERIFY(idle.value(QStringLiteral("start_type")).isNull());
        QVERIFY(idle.value(QStringLiteral("process_count")).isNull());
        QVERIFY(idle.value(QStringLiteral("memory")).isNull());

        const QJsonObject kernel = byKey(apps, QStringLiteral("name"), QStringLiteral("kernel"));
        QCOMPARE(kernel.value(QStringLiteral("start_type")).toString(),
                 QStringLiteral("permanent"));
        QVERIFY(kernel.value(QStringLiteral("process_count")).toInt() >= 10);
        // init, erts' own processes, and Beamtop's: no application.
        QVERIFY(doc.value(QStringLiteral("outside"))
                    .toObject()
                    .value(QStringLiteral("process_count"))
                    .toInt() > 0);
        QVERIFY(doc.value(QStringLiteral("process_count")).toInt() > DemoProcesses + 10);
    }

    // The same rows as CSV, the header the keys.
    void appsCsv()
    {
        const CliRun r =
            cli({QStringLiteral("apps"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> l = r.out.trimmed().split('\n');
        QCOMPARE(l.first().trimmed(),
                 QByteArray("name,version,description,status,start_type,process_count,memory,"
                            "message_queue_len,reductions_per_sec"));
        QByteArray demo, idle;
        for (const QByteArray &line : l) {
            if (line.startsWith("bt_demo,"))
                demo = line.trimmed();
            if (line.startsWith("bt_idle,"))
                idle = line.trimmed();
        }
        QVERIFY2(demo.startsWith(QByteArray("bt_demo,1.0.0,Beamtop demo,running,temporary," +
                                            QByteArray::number(DemoProcesses) + ',')),
                 r.out.constData());
        QCOMPARE(idle, QByteArray("bt_idle,0.1,idle app,loaded,,,,,"));
    }

    // For people: the counts, how fresh, a row per application, dashes for the loaded one,
    // the processes of none last. --format table is text.
    void appsTable()
    {
        const CliRun r =
            cli({QStringLiteral("apps"), QStringLiteral("--format"), QStringLiteral("table")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList l = lines(r.out);
        QVERIFY2(l.size() >= 8, r.out.constData());
        QVERIFY2(l.at(0).startsWith(QStringLiteral("Applications of %1: ").arg(m_node->nodeName())),
                 qPrintable(l.at(0)));
        QVERIFY2(l.at(0).endsWith(QLatin1String(", 1 loaded only")), qPrintable(l.at(0)));
        QVERIFY2(l.at(1).startsWith(QLatin1String("totals from a sweep of ")), qPrintable(l.at(1)));
        QVERIFY(l.at(2).startsWith(QLatin1String("NAME")));
        QString demo, idle;
        for (const QString &line : l) {
            if (line.startsWith(QLatin1String("bt_demo ")))
                demo = line.simplified();
            if (line.startsWith(QLatin1String("bt_idle ")))
                idle = line.simplified();
        }
        QVERIFY2(demo.startsWith(
                     QStringLiteral("bt_demo running 1.0.0 temporary %1 ").arg(DemoProcesses)),
                 qPrintable(demo));
        QVERIFY2(demo.endsWith(QLatin1String(" Beamtop demo")), qPrintable(demo));
        QCOMPARE(idle, QStringLiteral("bt_idle loaded 0.1 - - - - - idle app"));
        QVERIFY(l.last().startsWith(QLatin1String("(no application) ")));
    }

    // The tree for people: each node under its parent, with its subtree's totals and what it
    // is; the supervisor that did not answer marked; what lies outside the tree said.
    void treeText()
    {
        const CliRun r = cli({QStringLiteral("tree"), QStringLiteral("bt_demo")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());
        const QStringList l = lines(r.out);
        QVERIFY2(l.at(0).startsWith(
                     QStringLiteral("Supervision tree of bt_demo on %1, children by start order")
                         .arg(m_node->nodeName())),
                 qPrintable(l.at(0)));
        const int header = int(l.indexOf(
            QRegularExpression(QStringLiteral("^NAME +PID +PROCS +MEMORY +REDS/S +MSGQ +WHAT$"))));
        QVERIFY2(header > 0, r.out.constData());
        // The application, then its top supervisor, then every node of the tree, then the notes.
        QVERIFY2(l.at(header + 1).startsWith(QLatin1String("bt_demo ")),
                 qPrintable(l.at(header + 1)));
        const QStringList app = l.at(header + 1).simplified().split(QLatin1Char(' '));
        QCOMPARE(app.at(2), QString::number(TreeProcesses));
        QCOMPARE(app.last(), QStringLiteral("application"));
        QVERIFY2(l.at(header + 2).startsWith(QStringLiteral("\u2514\u2500 bt_demo_sup ")),
                 qPrintable(l.at(header + 2)));
        QVERIFY2(l.at(header + 2)
                     .simplified()
                     .endsWith(QLatin1String(" supervisor one_for_one, 3 in 5 s")),
                 qPrintable(l.at(header + 2)));
        QCOMPARE(l.at(header + 2).simplified().split(QLatin1Char(' ')).at(3),
                 QString::number(TreeProcesses));
        // 1 application + 1 top + 4 children + 2 mid workers + 5 pooled + the linked group and
        // its process, then two notes.
        QCOMPARE(l.size(), header + 1 + 15 + 2);

        // The top supervisor's children, a level below it.
        const int top = nameColumn(l.at(header + 2));
        for (const char *child : {"bt_worker_a", "bt_mid_sup", "bt_pool_sup", "bt_stuck_sup",
                                  "(linked, not children)"}) {
            const int i = treeLine(l, QLatin1String(child));
            QVERIFY2(i > header + 2, child);
            QCOMPARE(nameColumn(l.at(i)), top + 3);
        }
        // The linked group comes last.
        QVERIFY(l.at(treeLine(l, QStringLiteral("(linked, not children)")))
                    .startsWith(QStringLiteral("   \u2514\u2500 ")));

        auto cells = [&](const QString &name) {
            const QString line = l.at(treeLine(l, name));
            return line.mid(nameColumn(line)).simplified();
        };
        QVERIFY2(
            cells(QStringLiteral("bt_worker_a")).endsWith(QLatin1String(" 7 worker, permanent")),
            qPrintable(cells(QStringLiteral("bt_worker_a"))));
        QVERIFY(cells(QStringLiteral("bt_worker_a")).contains(QLatin1String(" 1 ")));
        const QString mid = cells(QStringLiteral("bt_mid_sup"));
        QCOMPARE(mid.split(QLatin1Char(' ')).at(2), QStringLiteral("3"));
        QVERIFY2(mid.endsWith(QLatin1String("supervisor rest_for_one, 1 in 10 s, permanent")),
                 qPrintable(mid));
        QVERIFY(cells(QStringLiteral("bt_mid_one")).endsWith(QLatin1String("worker, transient")));
        QVERIFY(cells(QStringLiteral("bt_mid_two")).endsWith(QLatin1String("worker, temporary")));
        QCOMPARE(nameColumn(l.at(treeLine(l, QStringLiteral("bt_mid_one")))), top + 6);
        const QString pool = cells(QStringLiteral("bt_pool_sup"));
        QCOMPARE(pool.split(QLatin1Char(' ')).at(2), QStringLiteral("6"));
        QVERIFY2(pool.endsWith(QLatin1String("supervisor simple_one_for_one, 0 in 1 s, permanent")),
                 qPrintable(pool));
        // The pooled workers by pid, under the pool, with the tree's line down the side.
        const int poolAt = treeLine(l, QStringLiteral("bt_pool_sup"));
        for (int i = poolAt + 1; i <= poolAt + 5; ++i) {
            QVERIFY2(l.at(i).startsWith(QStringLiteral("   \u2502  ")), qPrintable(l.at(i)));
            QVERIFY2(l.at(i).mid(nameColumn(l.at(i))).startsWith(QLatin1String("<0.")),
                     qPrintable(l.at(i)));
            QVERIFY(l.at(i).simplified().endsWith(QLatin1String("worker, temporary")));
        }
        QVERIFY(l.at(poolAt + 5).contains(QStringLiteral("\u2514\u2500 <0.")));
        const QString stuck = cells(QStringLiteral("bt_stuck_sup"));
        QVERIFY2(stuck.contains(QLatin1String("NOT ANSWERING: ")), qPrintable(stuck));
        QCOMPARE(stuck.split(QLatin1Char(' ')).at(2), QStringLiteral("1"));
        const int linked = treeLine(l, QStringLiteral("(linked, not children)"));
        QVERIFY(l.at(linked).simplified().endsWith(
            QLatin1String("linked to the supervisor, not its children")));
        QVERIFY2(l.at(linked + 1).simplified().endsWith(QLatin1String(" linked")),
                 qPrintable(l.at(linked + 1)));

        QCOMPARE(l.at(l.size() - 2),
                 QStringLiteral(
                     "Supervisors that did not answer in time: 1 (their children are not shown)."));
        QCOMPARE(
            l.last(),
            QStringLiteral("%1 of the application's %2 processes are outside its supervision tree.")
                .arg(DemoProcesses - TreeProcesses)
                .arg(DemoProcesses));
    }

    // The tree as JSON: the same structure, every node's kind, flags and totals, subtree totals
    // that add up.
    void treeJson()
    {
        const CliRun r = cli({QStringLiteral("tree"), QStringLiteral("bt_demo"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = parse(r.out);
        QCOMPARE(doc.value(QStringLiteral("node")).toString(), m_node->nodeName());
        QCOMPARE(doc.value(QStringLiteral("application")).toString(), QStringLiteral("bt_demo"));
        QCOMPARE(doc.value(QStringLiteral("found")).toBool(), true);
        QCOMPARE(doc.value(QStringLiteral("truncated")).toBool(true), false);
        QCOMPARE(doc.value(QStringLiteral("sort")).toString(), QStringLiteral("start"));
        QCOMPARE(doc.value(QStringLiteral("app_process_count")).toInt(), DemoProcesses);
        const QJsonObject app = doc.value(QStringLiteral("tree")).toObject();
        QCOMPARE(app.value(QStringLiteral("key")).toString(), QStringLiteral("bt_demo"));
        QCOMPARE(app.value(QStringLiteral("kind")).toString(), QStringLiteral("supervisor"));
        QCOMPARE(count(app), TreeProcesses);
        const QJsonArray appChildren = app.value(QStringLiteral("children")).toArray();
        QCOMPARE(appChildren.size(), 1);

        const QJsonObject top = appChildren.first().toObject();
        // The top supervisor has no child spec: it is keyed by its registered name.
        QCOMPARE(top.value(QStringLiteral("key")).toString(), QStringLiteral("bt_demo_sup"));
        QCOMPARE(top.value(QStringLiteral("label")).toString(), QStringLiteral("bt_demo_sup"));
        QCOMPARE(top.value(QStringLiteral("name")).toString(), QStringLiteral("bt_demo_sup"));
        QCOMPARE(top.value(QStringLiteral("flags")).toObject(),
                 QJsonObject({{QStringLiteral("strategy"), QStringLiteral("one_for_one")},
                              {QStringLiteral("intensity"), 3},
                              {QStringLiteral("period"), 5}}));
        QCOMPARE(count(top), TreeProcesses);
        QCOMPARE(top.value(QStringLiteral("children_total")).toInt(), 4);
        const QJsonArray children = top.value(QStringLiteral("children")).toArray();
        QCOMPARE(children.size(), 5); // 4 children and the linked group, last
        QCOMPARE(children.last().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("linked_group"));

        const QJsonObject worker =
            byKey(children, QStringLiteral("key"), QStringLiteral("worker_a"));
        QCOMPARE(worker.value(QStringLiteral("kind")).toString(), QStringLiteral("worker"));
        QCOMPARE(worker.value(QStringLiteral("name")).toString(), QStringLiteral("bt_worker_a"));
        QCOMPARE(worker.value(QStringLiteral("restart")).toString(), QStringLiteral("permanent"));
        QCOMPARE(worker.value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("message_queue_len"))
                     .toInt(),
                 7);
        QCOMPARE(count(worker), 1);
        QVERIFY(worker.value(QStringLiteral("pid")).toString().startsWith(QLatin1String("<0.")));

        const QJsonObject mid =
            byKey(children, QStringLiteral("key"), QStringLiteral("bt_mid_sup"));
        QCOMPARE(mid.value(QStringLiteral("flags"))
                     .toObject()
                     .value(QStringLiteral("strategy"))
                     .toString(),
                 QStringLiteral("rest_for_one"));
        QCOMPARE(count(mid), 3);
        const QJsonArray midChildren = mid.value(QStringLiteral("children")).toArray();
        QCOMPARE(midChildren.size(), 2);
        QCOMPARE(byKey(midChildren, QStringLiteral("key"), QStringLiteral("mid_one"))
                     .value(QStringLiteral("restart"))
                     .toString(),
                 QStringLiteral("transient"));

        const QJsonObject pool =
            byKey(children, QStringLiteral("key"), QStringLiteral("bt_pool_sup"));
        QCOMPARE(pool.value(QStringLiteral("flags"))
                     .toObject()
                     .value(QStringLiteral("strategy"))
                     .toString(),
                 QStringLiteral("simple_one_for_one"));
        QCOMPARE(pool.value(QStringLiteral("children_total")).toInt(), 5);
        QCOMPARE(count(pool), 6);
        const QJsonArray pooled = pool.value(QStringLiteral("children")).toArray();
        QCOMPARE(pooled.size(), 5);
        for (const QJsonValue &v : pooled) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("worker"));
            QCOMPARE(c.value(QStringLiteral("key")).toString(),
                     c.value(QStringLiteral("pid")).toString()); // dynamic: by pid
            QCOMPARE(c.value(QStringLiteral("restart")).toString(), QStringLiteral("temporary"));
            QCOMPARE(count(c), 1);
        }

        const QJsonObject stuck =
            byKey(children, QStringLiteral("key"), QStringLiteral("bt_stuck_sup"));
        QCOMPARE(stuck.value(QStringLiteral("status")).toString(), QStringLiteral("not_answering"));
        QVERIFY(!stuck.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(!stuck.contains(QStringLiteral("children")));
        QCOMPARE(count(stuck), 1);

        const QJsonObject group = children.last().toObject();
        QCOMPARE(group.value(QStringLiteral("key")).toString(), QStringLiteral("$linked"));
        const QJsonArray linked = group.value(QStringLiteral("children")).toArray();
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("linked"));

        // The top supervisor's totals: itself and its children's subtrees (not the linked ones).
        const qint64 sum = 1 + count(worker) + count(mid) + count(pool) + count(stuck);
        QCOMPARE(sum, qint64(TreeProcesses));
    }

    // Sorted on the node before it pages: with --limit 2 by memory, the pool shows its two
    // largest workers (those of the full list), says how many there are and how many are not
    // shown; --depth 1 keeps the pool's count but not its children.
    void treePagedAndSorted()
    {
        const CliRun all =
            cli({QStringLiteral("tree"), QStringLiteral("bt_demo"), QStringLiteral("--sort"),
                 QStringLiteral("memory"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        auto poolOf = [](const QJsonObject &doc) {
            const QJsonObject top = doc.value(QStringLiteral("tree"))
                                        .toObject()
                                        .value(QStringLiteral("children"))
                                        .toArray()
                                        .first()
                                        .toObject();
            return byKey(top.value(QStringLiteral("children")).toArray(), QStringLiteral("key"),
                         QStringLiteral("bt_pool_sup"));
        };
        const QJsonArray allPooled =
            poolOf(parse(all.out)).value(QStringLiteral("children")).toArray();
        QCOMPARE(allPooled.size(), 5);
        double previous = -1;
        for (const QJsonValue &v : allPooled) {
            const double m = v.toObject()
                                 .value(QStringLiteral("totals"))
                                 .toObject()
                                 .value(QStringLiteral("memory"))
                                 .toDouble();
            if (previous >= 0)
                QVERIFY(m <= previous);
            previous = m;
        }
        // The top's children by memory too: the pool (the big lists) first.
        const QJsonObject allDoc = parse(all.out);
        const QJsonObject top = allDoc.value(QStringLiteral("tree"))
                                    .toObject()
                                    .value(QStringLiteral("children"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(top.value(QStringLiteral("children"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toString(),
                 QStringLiteral("bt_pool_sup"));

        waitForAgentGone();
        const CliRun paged =
            cli({QStringLiteral("tree"), QStringLiteral("bt_demo"), QStringLiteral("--sort"),
                 QStringLiteral("memory"), QStringLiteral("--limit"), QStringLiteral("2"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(paged.exitCode == 0, paged.err.constData());
        const QJsonObject pool = poolOf(parse(paged.out));
        QCOMPARE(pool.value(QStringLiteral("children_total")).toInt(), 5);
        QCOMPARE(count(pool), 6); // the totals count every child, shown or not
        const QJsonArray shown = pool.value(QStringLiteral("children")).toArray();
        QCOMPARE(shown.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(shown.at(i).toObject().value(QStringLiteral("pid")).toString(),
                     allPooled.at(i).toObject().value(QStringLiteral("pid")).toString());

        waitForAgentGone();
        const CliRun text =
            cli({QStringLiteral("tree"), QStringLiteral("bt_demo"), QStringLiteral("--sort"),
                 QStringLiteral("memory"), QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QStringList l = lines(text.out);
        QVERIFY(l.at(0).endsWith(QLatin1String("children by memory")));
        const int at = treeLine(l, QStringLiteral("bt_pool_sup"));
        QVERIFY2(at > 0, text.out.constData());
        QVERIFY2(l.at(at).endsWith(QLatin1String("permanent, 2 of 5 children")),
                 qPrintable(l.at(at)));
        QVERIFY(l.at(at + 1).contains(
            allPooled.at(0).toObject().value(QStringLiteral("pid")).toString()));
        QVERIFY(l.at(at + 2).contains(
            allPooled.at(1).toObject().value(QStringLiteral("pid")).toString()));
        QCOMPARE(l.at(at + 3),
                 QStringLiteral("   \u2502  \u2514\u2500 \u2026 3 more children not shown"));
        // The top supervisor's 4 children, 2 shown: the rest said before the linked group.
        const int topAt = treeLine(l, QStringLiteral("bt_demo_sup"));
        QVERIFY2(l.at(topAt).endsWith(QLatin1String("2 of 4 children")), qPrintable(l.at(topAt)));
        QVERIFY(text.out.contains(
            QStringLiteral("   \u251c\u2500 \u2026 2 more children not shown\n").toUtf8()));

        waitForAgentGone();
        const CliRun shallow =
            cli({QStringLiteral("tree"), QStringLiteral("bt_demo"), QStringLiteral("--depth"),
                 QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(shallow.exitCode == 0, shallow.err.constData());
        const QJsonObject shallowPool = poolOf(parse(shallow.out));
        QCOMPARE(shallowPool.value(QStringLiteral("children_total")).toInt(), 5);
        QCOMPARE(count(shallowPool), 6);
        QVERIFY(!shallowPool.contains(QStringLiteral("children")));
    }

    // An application the node does not have, only loaded, or without a tree (a library): a
    // sentence and RemoteError. Bad options: Usage.
    void unknownApplication()
    {
        const CliRun none = cli({QStringLiteral("tree"), QStringLiteral("no_such_app")});
        QCOMPARE(none.exitCode, 4);
        QVERIFY(none.out.isEmpty());
        QVERIFY2(none.err.startsWith(QStringLiteral("No application no_such_app is running on %1.")
                                         .arg(m_node->nodeName())
                                         .toUtf8()),
                 none.err.constData());
        QVERIFY2(none.err.contains("no application of that name is loaded"), none.err.constData());

        waitForAgentGone();
        const CliRun idle = cli({QStringLiteral("tree"), QStringLiteral("bt_idle"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(idle.exitCode, 4);
        QVERIFY(idle.out.isEmpty());
        QVERIFY2(idle.err.contains("the application is not running"), idle.err.constData());

        // A library application runs, with no processes: said so, not "not running".
        waitForAgentGone();
        const CliRun library = cli({QStringLiteral("tree"), QStringLiteral("stdlib")});
        QCOMPARE(library.exitCode, 4);
        QVERIFY2(library.err.startsWith("stdlib is running on ") &&
                     library.err.contains("library application"),
                 library.err.constData());

        // Refused before connecting.
        QCOMPARE(cli({QStringLiteral("tree")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tree"), QStringLiteral("bt_demo"), QStringLiteral("--sort"),
                      QStringLiteral("bytes")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("tree"), QStringLiteral("bt_demo"), QStringLiteral("--depth"),
                      QStringLiteral("-1")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("tree"), QStringLiteral("bt_demo"), QStringLiteral("--limit"),
                      QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("tree"), QStringLiteral("bt_demo"), QStringLiteral("--format"),
                      QStringLiteral("csv")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("apps"), QStringLiteral("bt_demo")}).exitCode, 2);
        const CliRun help = runCli({QStringLiteral("help"), QStringLiteral("tree")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--depth") && help.out.contains("--sort") &&
                help.out.contains("APP"));
    }

    // The snapshot's applications section: the same rows, complete on a small node.
    void snapshotSection()
    {
        const CliRun r =
            cli({QStringLiteral("snapshot"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject section = parse(r.out).value(QStringLiteral("applications")).toObject();
        QVERIFY2(section.value(QStringLiteral("available")).toBool(), r.out.constData());
        QCOMPARE(section.value(QStringLiteral("partial")).toBool(true), false);
        const QJsonArray apps = section.value(QStringLiteral("applications")).toArray();
        const QJsonObject demo = byKey(apps, QStringLiteral("name"), QStringLiteral("bt_demo"));
        QCOMPARE(demo.value(QStringLiteral("process_count")).toInt(), DemoProcesses);
        QCOMPARE(demo.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        const QStringList keys = {QStringLiteral("name"),
                                  QStringLiteral("version"),
                                  QStringLiteral("description"),
                                  QStringLiteral("status"),
                                  QStringLiteral("start_type"),
                                  QStringLiteral("process_count"),
                                  QStringLiteral("memory"),
                                  QStringLiteral("message_queue_len"),
                                  QStringLiteral("reductions_per_sec")};
        for (const QJsonValue &v : apps) {
            QStringList have = v.toObject().keys();
            have.sort();
            QStringList want = keys;
            want.sort();
            QCOMPARE(have, want);
        }
        QCOMPARE(byKey(apps, QStringLiteral("name"), QStringLiteral("bt_idle"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("loaded"));
        QVERIFY(section.value(QStringLiteral("outside"))
                    .toObject()
                    .value(QStringLiteral("process_count"))
                    .toInt() > 0);

        waitForAgentGone();
        const CliRun text =
            cli({QStringLiteral("snapshot"), QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("\nApplications ") && text.out.contains("\nbt_demo ") &&
                     text.out.contains("\n(no application) "),
                 text.out.constData());
    }

    // Without the agent: a sentence and RemoteError; the snapshot says the section is
    // unavailable rather than failing.
    void reducedMode()
    {
        for (const QStringList &args :
             {QStringList{QStringLiteral("apps")},
              QStringList{QStringLiteral("tree"), QStringLiteral("bt_demo")}}) {
            const CliRun r = cli(QStringList{QStringLiteral("--no-agent")} + args);
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains("agent"), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        const CliRun snap = cli({QStringLiteral("--no-agent"), QStringLiteral("snapshot"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(snap.exitCode == 0, snap.err.constData());
        const QJsonObject section =
            parse(snap.out).value(QStringLiteral("applications")).toObject();
        QCOMPARE(section.value(QStringLiteral("available")).toBool(true), false);
        QVERIFY(!section.value(QStringLiteral("error")).toString().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestNode> m_node;
    QString m_cookieFile;
};

QTEST_GUILESS_MAIN(TestAppsCli)
#include "tst_appscli.moc"
