// SPDX-License-Identifier: GPL-3.0-or-later
// How applications and supervision trees are written out for beamtop-cli apps / tree and the
// snapshot (AppColumns), on hand-made values: the CSV keys and rows (null totals for an
// application only loaded), the line about the sweep, the table for people with the row of
// the processes of no application, and the tree drawn with its totals, flags, a supervisor
// that did not answer, a paged supervisor and the processes linked but not children.
#include "collect/appsample.h"
#include "collect/apptree.h"
#include "export/appcolumns.h"
#include "export/rowwriter.h"

#include <QLocale>
#include <QTest>
#include <QTextStream>

using namespace beamtop;

namespace {

AppTotals totals(qint64 procs, qint64 memory, qint64 queue, double redsPerSec)
{
    AppTotals t;
    t.processes = procs;
    t.memory = memory;
    t.messageQueue = queue;
    t.reductions = 1000;
    t.reductionsPerSec = redsPerSec;
    return t;
}

AppRow app(const QString &name, AppRow::Status status, const QString &startType, bool withTotals,
           const AppTotals &t = {})
{
    AppRow a;
    a.name = Term::atom(name);
    a.nameText = name;
    a.version = QStringLiteral("1.2.3");
    a.description = QStringLiteral("The %1 app").arg(name);
    a.status = status;
    a.startType = startType;
    a.hasTotals = withTotals;
    a.totals = t;
    return a;
}

// kernel running with totals, demo loaded only; 5 processes of no application.
AppsSample sample()
{
    AppsSample s;
    s.apps = {app(QStringLiteral("demo"), AppRow::Status::Loaded, QString(), false),
              app(QStringLiteral("kernel"), AppRow::Status::Running, QStringLiteral("permanent"),
                  true, totals(40, 2 << 20, 3, 1234.4))};
    s.outside = totals(5, 10240, 0, -1);
    s.agedMs = 1500;
    s.lastSweepMs = 4;
    s.processCount = 45;
    return s;
}

SupNode node(const QString &key, SupNode::Kind kind, const QString &pid, const AppTotals &t)
{
    SupNode n;
    n.key = key;
    n.kind = kind;
    n.id = Term::atom(key);
    n.name = Term::atom("undefined");
    n.pidText = pid;
    n.totals = t;
    n.own = totals(pid.isEmpty() ? 0 : 1, 1000, 0, 0);
    return n;
}

// demo: demo_sup (one_for_one, 3 in 5 s) with a worker, a supervisor that did not answer,
// a simple_one_for_one supervisor showing 2 of its 1,000 children, and one linked process.
AppTree tree()
{
    AppTree t;
    t.app = QStringLiteral("demo");
    t.found = true;
    t.appProcesses = 1010;
    SupNode top = node(QStringLiteral("demo_sup"), SupNode::Kind::Supervisor,
                       QStringLiteral("<0.90.0>"), totals(1007, 5 << 20, 7, 10));
    top.strategy = QStringLiteral("one_for_one");
    top.intensity = 3;
    top.periodS = 5;
    top.restart = QStringLiteral("permanent");
    top.childrenTotal = 3;
    SupNode worker = node(QStringLiteral("worker"), SupNode::Kind::Worker,
                          QStringLiteral("<0.91.0>"), totals(1, 2048, 7, 10));
    worker.restart = QStringLiteral("permanent");
    SupNode silent = node(QStringLiteral("silent_sup"), SupNode::Kind::Supervisor,
                          QStringLiteral("<0.92.0>"), totals(1, 2048, 0, 0));
    silent.status = SupNode::Status::NotAnswering;
    silent.error = QStringLiteral("timeout");
    SupNode pool = node(QStringLiteral("pool_sup"), SupNode::Kind::Supervisor,
                        QStringLiteral("<0.93.0>"), totals(1001, 3 << 20, 0, 0));
    pool.strategy = QStringLiteral("simple_one_for_one");
    pool.intensity = 0;
    pool.periodS = 1;
    pool.childrenTotal = 1000;
    for (const char *p : {"<0.94.0>", "<0.95.0>"}) {
        SupNode c =
            node(QLatin1String(p), SupNode::Kind::Worker, QLatin1String(p), totals(1, 1024, 0, 0));
        c.id = Term::atom("undefined");
        pool.children.append(c);
    }
    SupNode group = node(QStringLiteral("$linked"), SupNode::Kind::LinkedGroup, QString(),
                         totals(1, 1024, 0, -1));
    group.id = Term::atom("undefined");
    group.childrenTotal = 1;
    SupNode linked = node(QStringLiteral("<0.99.0>"), SupNode::Kind::Linked,
                          QStringLiteral("<0.99.0>"), totals(1, 1024, 0, -1));
    linked.id = Term::atom("undefined");
    group.children = {linked};
    top.children = {worker, silent, pool, group};
    SupNode root = node(QStringLiteral("demo"), SupNode::Kind::Supervisor,
                        QStringLiteral("<0.89.0>"), totals(1008, 6 << 20, 7, 10));
    root.childrenTotal = 1;
    root.children = {top};
    t.root = root;
    return t;
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestAppColumns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void csvRows()
    {
        QCOMPARE(AppColumns::keys(),
                 QStringList({QStringLiteral("name"), QStringLiteral("version"),
                              QStringLiteral("description"), QStringLiteral("status"),
                              QStringLiteral("start_type"), QStringLiteral("process_count"),
                              QStringLiteral("memory"), QStringLiteral("message_queue_len"),
                              QStringLiteral("reductions_per_sec")}));
        const QVector<QJsonObject> rows = AppColumns::rows(sample());
        QCOMPARE(rows.size(), 2);
        RowWriter csv(RowWriter::Format::Csv, AppColumns::keys());
        QByteArray text = csv.begin();
        for (const QJsonObject &r : rows)
            text += csv.row(r);
        QCOMPARE(
            text,
            QByteArray(
                "name,version,description,status,start_type,process_count,memory,message_queue_len,"
                "reductions_per_sec\r\n"
                "demo,1.2.3,The demo app,loaded,,,,,\r\n"
                "kernel,1.2.3,The kernel app,running,permanent,40,2097152,3,1234\r\n"));
        const QJsonObject doc = AppColumns::document(sample());
        QCOMPARE(doc.value(QStringLiteral("outside"))
                     .toObject()
                     .value(QStringLiteral("process_count"))
                     .toInt(),
                 5);
        QVERIFY(doc.value(QStringLiteral("outside"))
                    .toObject()
                    .value(QStringLiteral("reductions_per_sec"))
                    .isNull());
        QCOMPARE(doc.value(QStringLiteral("partial")).toBool(), false);
    }

    void sweepLine()
    {
        AppsSample s = sample();
        QCOMPARE(
            AppColumns::sweepLine(s),
            QStringLiteral("totals from a sweep of 45 processes 1.5 s ago (the sweep took 4 ms)"));
        QCOMPARE(AppColumns::countsText(s), QStringLiteral("1 running, 1 loaded only"));
        s.partial = true;
        s.sweepDone = 1200;
        s.sweepTotal = 10000;
        QCOMPARE(AppColumns::sweepLine(s),
                 QStringLiteral("totals so far from the first sweep of the processes: 1,200 of "
                                "10,000 counted (partial)"));
        s.infoOk = false;
        s.infoError = QStringLiteral("timeout");
        QVERIFY(AppColumns::sweepLine(s).endsWith(
            QLatin1String("did not answer (timeout): loaded applications only, without status")));
    }

    void table()
    {
        QString text;
        QTextStream out(&text);
        AppColumns::writeTable(out, sample(), TermFormatter());
        out.flush();
        const QStringList l = lines(text);
        QCOMPARE(l.size(), 4);
        QVERIFY(l.at(0).startsWith(QLatin1String("NAME")));
        // An application only loaded has no totals: dashes, not zeros.
        QCOMPARE(l.at(1).simplified(), QStringLiteral("demo loaded 1.2.3 - - - - - The demo app"));
        QCOMPARE(
            l.at(2).simplified(),
            QStringLiteral("kernel running 1.2.3 permanent 40 2.00 MiB 1,234 3 The kernel app"));
        QCOMPARE(l.at(3).simplified(),
                 QStringLiteral("(no application) - - - 5 10.00 KiB - 0 processes whose group "
                                "leader belongs to no application"));
        // Figures right-aligned under their header.
        const int procs = l.at(0).indexOf(QLatin1String("PROCS")) + 5;
        QCOMPARE(l.at(2).mid(procs - 2, 2), QStringLiteral("40"));
        QCOMPARE(l.at(1).at(procs - 1), QLatin1Char('-'));

        // Names in the node's syntax.
        TermFormatter::Options o;
        o.syntax = TermSyntax::Elixir;
        text.clear();
        AppColumns::writeTable(out, sample(), TermFormatter(o));
        out.flush();
        QVERIFY2(lines(text).at(2).startsWith(QLatin1String(":kernel ")), qPrintable(text));
    }

    void treeText()
    {
        QString text;
        QTextStream out(&text);
        AppColumns::writeTree(out, tree(), TermFormatter());
        out.flush();
        const QStringList l = lines(text);
        auto simple = [&](int i) { return l.at(i).simplified(); };
        QCOMPARE(l.size(), 13);
        QCOMPARE(simple(0), QStringLiteral("NAME PID PROCS MEMORY REDS/S MSGQ WHAT"));
        QCOMPARE(simple(1), QStringLiteral("demo <0.89.0> 1,008 6.00 MiB 10 7 application"));
        QCOMPARE(simple(2), QStringLiteral("\u2514\u2500 demo_sup <0.90.0> 1,007 5.00 MiB 10 7 "
                                           "supervisor one_for_one, 3 in 5 s, "
                                           "permanent"));
        QCOMPARE(simple(3),
                 QStringLiteral("\u251c\u2500 worker <0.91.0> 1 2.00 KiB 10 7 worker, permanent"));
        QCOMPARE(simple(4), QStringLiteral("\u251c\u2500 silent_sup <0.92.0> 1 2.00 KiB 0 0 "
                                           "supervisor, NOT ANSWERING: timeout"));
        QCOMPARE(simple(5), QStringLiteral("\u251c\u2500 pool_sup <0.93.0> 1,001 3.00 MiB 0 0 "
                                           "supervisor simple_one_for_one, 0 in "
                                           "1 s, 2 of 1,000 children"));
        QCOMPARE(simple(6),
                 QStringLiteral("\u2502 \u251c\u2500 <0.94.0> <0.94.0> 1 1.00 KiB 0 0 worker"));
        QCOMPARE(simple(7),
                 QStringLiteral("\u2502 \u251c\u2500 <0.95.0> <0.95.0> 1 1.00 KiB 0 0 worker"));
        QCOMPARE(simple(8),
                 QStringLiteral("\u2502 \u2514\u2500 \u2026 998 more children not shown"));
        QCOMPARE(
            simple(9),
            QStringLiteral(
                "\u2514\u2500 (linked, not children) - 1 1.00 KiB - 0 linked to the supervisor, "
                "not its children"));
        QCOMPARE(simple(10),
                 QStringLiteral("\u2514\u2500 <0.99.0> <0.99.0> 1 1.00 KiB - 0 linked"));
        QCOMPARE(simple(11),
                 QStringLiteral(
                     "Supervisors that did not answer in time: 1 (their children are not shown)."));
        QCOMPARE(simple(12),
                 QStringLiteral(
                     "2 of the application's 1,010 processes are outside its supervision tree."));
        // Each level indented by three columns under its parent's branch.
        QVERIFY(l.at(3).startsWith(QStringLiteral("   \u251c\u2500 worker")));
        QVERIFY(l.at(6).startsWith(QStringLiteral("   \u2502  \u251c\u2500 <0.94.0>")));
        QVERIFY(l.at(10).startsWith(QStringLiteral("      \u2514\u2500 <0.99.0>")));
    }

    void outsideTreeTruncatedAndPaged()
    {
        AppTree t = tree();
        t.appProcesses = 1012;
        t.truncated = true;
        // Children of the top supervisor not shown are said after its page, before the linked.
        t.root.children[0].childrenTotal = 5;
        QString text;
        QTextStream out(&text);
        AppColumns::writeTree(out, t, TermFormatter());
        out.flush();
        QVERIFY2(text.contains(QLatin1String("The node stopped the walk at its limit")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(
                     "supervisor one_for_one, 3 in 5 s, permanent, 3 of 5 children\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n   \u251c\u2500 \u2026 2 more children not "
                                              "shown\n   \u2514\u2500 (linked, not children) ")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(
                     "4 of the application's 1,012 processes are outside its supervision tree.")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestAppColumns)
#include "tst_appcolumns.moc"
