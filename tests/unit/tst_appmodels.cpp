// SPDX-License-Identifier: GPL-3.0-or-later
// The Applications page's models on hand-built values, each under QAbstractItemModelTester from
// before its first fill. The applications table: its columns, numbers for people with the exact
// value on hover and the raw value for sorting, "—" for what a loaded-only application or an
// unknown rate lacks, the "(no application)" row, a second sample applied by difference (rows
// kept, dataChanged, never a reset), Elixir names. The supervision tree: nested supervisors
// keyed and ordered as the AppTree has them, a reorder applied by moves, a paged supervisor's
// child count, a supervisor that did not answer warned with its error, gone rows dimmed, search
// by name, pid and module (Elixir module names in Elixir syntax).
#include "appstablemodel.h"
#include "format.h"
#include "rankedtablemodel.h"
#include "suptreemodel.h"

#include "collect/appsample.h"
#include "collect/apptree.h"
#include "modeltestutil.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace beamtop;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

AppTotals totals(qint64 procs, qint64 memory, qint64 queue = 0, double redsPerSec = -1)
{
    AppTotals t;
    t.processes = procs;
    t.memory = memory;
    t.messageQueue = queue;
    t.reductions = procs * 1000;
    t.reductionsPerSec = redsPerSec;
    return t;
}

AppRow app(const char *name, AppRow::Status status, const AppTotals *t = nullptr)
{
    AppRow a;
    a.nameText = s(name);
    a.name = Term::atom(a.nameText);
    a.description = s("The ") + a.nameText + s(" application");
    a.version = s("1.2.3");
    a.status = status;
    if (status == AppRow::Status::Running)
        a.startType = s("permanent");
    if (t) {
        a.hasTotals = true;
        a.totals = *t;
    }
    return a;
}

AppsSample appsSample(qint64 kernelMemory = 3500000)
{
    AppsSample sample;
    const AppTotals kernel = totals(42, kernelMemory, 7, 1234.5);
    const AppTotals myapp = totals(12, 800000, 0, -1);
    sample.apps = {app("kernel", AppRow::Status::Running, &kernel), app("myapp", AppRow::Status::Running, &myapp),
                   app("stdlib", AppRow::Status::Loaded)};
    sample.outside = totals(5, 9000000, 3, 10);
    sample.processCount = 59;
    return sample;
}

QModelIndex cell(const QAbstractItemModel &m, const QString &key, int column)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.index(r, 0).data(RowTableModel::KeyRole).toString() == key)
            return m.index(r, column);
    }
    return {};
}

Term pidTerm(quint64 n)
{
    NodeId id;
    id.node = QByteArrayLiteral("a@host");
    id.id = n;
    return Term::pid(id);
}

SupNode proc(const char *key, SupNode::Kind kind, quint64 pid, qint64 memory, QVector<SupNode> children = {})
{
    SupNode n;
    n.key = s(key);
    n.kind = kind;
    n.id = Term::atom(n.key);
    n.pid = pidTerm(pid);
    n.pidText = QStringLiteral("<0.%1.0>").arg(pid);
    n.name = Term::atom("undefined");
    n.restart = s("permanent");
    n.shutdown = kind == SupNode::Kind::Supervisor ? s("infinity") : s("5000");
    n.modules = Term::list({Term::atom(n.key)});
    n.own = totals(1, memory, 1, 10);
    n.totals = n.own;
    if (kind == SupNode::Kind::Supervisor) {
        n.strategy = s("one_for_one");
        n.intensity = 3;
        n.periodS = 5;
        n.childrenTotal = int(children.size());
    }
    for (const SupNode &c : children) {
        n.totals.processes += c.totals.processes;
        n.totals.memory += c.totals.memory;
        n.totals.messageQueue += c.totals.messageQueue;
        n.totals.reductionsPerSec += c.totals.reductionsPerSec;
    }
    n.children = std::move(children);
    return n;
}

SupNode worker(const char *key, quint64 pid, qint64 memory = 1000)
{
    return proc(key, SupNode::Kind::Worker, pid, memory);
}

SupNode sup(const char *key, quint64 pid, QVector<SupNode> children)
{
    return proc(key, SupNode::Kind::Supervisor, pid, 2000, std::move(children));
}

// A simple_one_for_one supervisor of 100,000 children whose first page of 100 is loaded.
SupNode pool()
{
    QVector<SupNode> kids;
    for (int i = 0; i < 100; ++i) {
        SupNode c = worker("", quint64(1000 + i), 500);
        c.pidText = QStringLiteral("<0.%1.0>").arg(1000 + i);
        c.key = c.pidText;
        c.id = Term::atom("undefined");
        c.restart = s("temporary");
        kids.append(c);
    }
    SupNode p = sup("pool_sup", 90, kids);
    p.strategy = s("simple_one_for_one");
    p.childrenTotal = 100000;
    p.totals.processes = 100001; // the totals count every child, shown or not
    return p;
}

SupNode stuck()
{
    SupNode n = sup("stuck_sup", 95, {});
    n.status = SupNode::Status::NotAnswering;
    n.error = s("no answer within 500 ms");
    n.childrenTotal = -1;
    n.strategy.clear();
    return n;
}

SupNode linkedGroup()
{
    SupNode g;
    g.key = s("$linked");
    g.kind = SupNode::Kind::LinkedGroup;
    g.id = Term::atom("undefined");
    g.name = Term::atom("undefined");
    SupNode l = proc("", SupNode::Kind::Linked, 99, 300);
    l.pidText = s("<0.99.0>");
    l.key = l.pidText;
    l.id = Term::atom("undefined");
    l.name = Term::atom("helper_port_owner");
    l.restart.clear();
    l.shutdown.clear();
    l.modules = Term::atom("undefined");
    g.totals = l.totals;
    g.children = {l};
    return g;
}

// myapp
//   myapp_sup (registered)
//     worker_a
//     sub_sup: w1, w2
//     pool_sup: 100 of 100,000
//     stuck_sup (not answering)
//     $linked: <0.99.0>
AppTree appTree(QVector<SupNode> subChildren = {worker("w1", 83), worker("w2", 84)}, qint64 workerAMemory = 1000)
{
    SupNode top = sup("myapp_sup", 81,
                      {worker("worker_a", 82, workerAMemory), sup("sub_sup", 85, std::move(subChildren)), pool(), stuck(),
                       linkedGroup()});
    top.name = Term::atom("myapp_sup");
    SupNode root = sup("myapp", 80, {top});
    root.pidText = s("<0.80.0>");
    AppTree t;
    t.app = s("myapp");
    t.found = true;
    t.root = root;
    t.appProcesses = root.totals.processes + 2;
    return t;
}

QStringList keysUnder(const QAbstractItemModel &m, const QModelIndex &parent)
{
    QStringList keys;
    for (int r = 0; r < m.rowCount(parent); ++r)
        keys << m.index(r, 0, parent).data(RowTableModel::KeyRole).toString();
    return keys;
}

QModelIndex at(const SupTreeModel &m, const QStringList &belowApp)
{
    return m.indexForPath(QStringList{s("myapp"), s("myapp_sup")} + belowApp);
}

TermFormatter elixir()
{
    TermFormatter::Options o;
    o.syntax = TermSyntax::Elixir;
    return TermFormatter(o);
}

} // namespace

class TestAppModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void appsColumns()
    {
        AppsTableModel m;
        QAbstractItemModelTester tester(&m);
        QCOMPARE(m.columnCount(), int(AppsTableModel::ColumnCount));
        for (int c = 0; c < m.columnCount(); ++c)
            QVERIFY2(!m.headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
        QCOMPARE(m.headerData(AppsTableModel::Memory, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
        QCOMPARE(m.headerData(AppsTableModel::Name, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::AscendingOrder));
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(AppsTableModel::outsideKey(), s("$outside"));
    }

    void appsTextForPeopleAndRawValues()
    {
        AppsTableModel m;
        QAbstractItemModelTester tester(&m);
        m.setSample(appsSample());
        QCOMPARE(keysUnder(m, {}), (QStringList{s("kernel"), s("myapp"), s("stdlib"), s("$outside")}));

        const QModelIndex memory = cell(m, s("kernel"), AppsTableModel::Memory);
        QCOMPARE(memory.data().toString(), Format::bytes(3500000));
        QCOMPARE(memory.data().toString(), s("3.3 MiB"));
        QCOMPARE(memory.data(Qt::ToolTipRole).toString(), s("3,500,000 bytes"));
        QCOMPARE(memory.data(RowTableModel::RawValueRole).toLongLong(), 3500000);
        QCOMPARE(cell(m, s("kernel"), AppsTableModel::Processes).data().toString(), s("42"));
        QCOMPARE(cell(m, s("kernel"), AppsTableModel::Processes).data(RowTableModel::RawValueRole).toLongLong(), 42);
        const QModelIndex rate = cell(m, s("kernel"), AppsTableModel::ReductionsPerSec);
        QCOMPARE(rate.data().toString(), s("1,235/s"));
        QVERIFY2(rate.data(Qt::ToolTipRole).toString().contains(s("1,234.5 reductions per second")),
                 qPrintable(rate.data(Qt::ToolTipRole).toString()));
        QCOMPARE(rate.data(RowTableModel::RawValueRole).toDouble(), 1234.5);
        QCOMPARE(cell(m, s("kernel"), AppsTableModel::Status).data().toString(), s("running"));
        QCOMPARE(cell(m, s("kernel"), AppsTableModel::Status).data(RowTableModel::RawValueRole).toString(), s("running"));
        QCOMPARE(cell(m, s("kernel"), AppsTableModel::StartType).data().toString(), s("permanent"));
        QCOMPARE(cell(m, s("kernel"), AppsTableModel::Version).data().toString(), s("1.2.3"));
        QCOMPARE(cell(m, s("kernel"), AppsTableModel::Description).data().toString(), s("The kernel application"));

        // A rate not known yet, and a loaded application without processes: "—", raw -1 so that
        // they sort below every known figure.
        const QModelIndex unknownRate = cell(m, s("myapp"), AppsTableModel::ReductionsPerSec);
        QCOMPARE(unknownRate.data().toString(), s("—"));
        QCOMPARE(unknownRate.data(RowTableModel::RawValueRole).toDouble(), -1.0);
        QCOMPARE(cell(m, s("myapp"), AppsTableModel::Processes).data().toString(), s("12"));
        for (int c = AppsTableModel::Processes; c < AppsTableModel::ColumnCount; ++c) {
            const QModelIndex i = cell(m, s("stdlib"), c);
            QCOMPARE(i.data().toString(), s("—"));
            QCOMPARE(i.data(RowTableModel::RawValueRole).toDouble(), -1.0);
            QVERIFY(!i.data(Qt::ToolTipRole).toString().isEmpty());
        }
        QCOMPARE(cell(m, s("stdlib"), AppsTableModel::Status).data().toString(), s("loaded"));
        QVERIFY(cell(m, s("stdlib"), AppsTableModel::StartType).data().toString().isEmpty());

        // The processes of no application.
        QCOMPARE(cell(m, s("$outside"), AppsTableModel::Name).data().toString(), s("(no application)"));
        QCOMPARE(cell(m, s("$outside"), AppsTableModel::Status).data().toString(), s("—"));
        QCOMPARE(cell(m, s("$outside"), AppsTableModel::Processes).data(RowTableModel::RawValueRole).toLongLong(), 5);
        QCOMPARE(cell(m, s("$outside"), AppsTableModel::Memory).data().toString(), s("8.6 MiB"));
        QCOMPARE(m.app(AppsTableModel::outsideKey()), nullptr);
        QVERIFY(m.app(s("kernel")));
        QCOMPARE(m.app(s("kernel"))->totals.processes, qint64(42));
        QCOMPARE(m.app(s("nosuch")), nullptr);

        // Raw values sort every column as numbers: by memory, the outside row (9 MB) is first
        // and the loaded application without memory last.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&m);
        proxy.setSortRole(RowTableModel::RawValueRole);
        proxy.sort(AppsTableModel::Memory, Qt::DescendingOrder);
        QCOMPARE(keysUnder(proxy, {}), (QStringList{s("$outside"), s("kernel"), s("myapp"), s("stdlib")}));
        proxy.sort(AppsTableModel::Processes, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(RowTableModel::KeyRole).toString(), s("kernel"));
    }

    void appsPartialSweepSaysSo()
    {
        AppsTableModel m;
        QAbstractItemModelTester tester(&m);
        AppsSample sample = appsSample();
        sample.partial = true;
        sample.sweepDone = 20000;
        sample.sweepTotal = 1000000;
        m.setSample(sample);
        const QString tip = cell(m, s("kernel"), AppsTableModel::Memory).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(s("3,500,000 bytes")) && tip.contains(s("20,000 of 1,000,000")), qPrintable(tip));
    }

    void appsInfoErrorLeavesStatusUnknown()
    {
        AppsTableModel m;
        QAbstractItemModelTester tester(&m);
        AppsSample sample = appsSample();
        sample.infoOk = false;
        sample.infoError = s("timeout");
        m.setSample(sample);
        const QModelIndex status = cell(m, s("kernel"), AppsTableModel::Status);
        QCOMPARE(status.data().toString(), s("—"));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(s("timeout")));
    }

    void appsSecondSampleIsADifference()
    {
        AppsTableModel m;
        QAbstractItemModelTester tester(&m);
        m.setSample(appsSample());
        const QPersistentModelIndex stdlib(cell(m, s("stdlib"), 0));
        const QPersistentModelIndex outside(cell(m, s("$outside"), 0));
        test::ModelSpies spies(&m);

        m.setSample(appsSample());
        QCOMPARE(spies.changed.count(), 0);

        m.setSample(appsSample(4000000));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.removed.count(), 0);
        QCOMPARE(spies.changed.count(), 1);
        const QModelIndex tl = spies.changed.first().at(0).value<QModelIndex>();
        const QModelIndex br = spies.changed.first().at(1).value<QModelIndex>();
        QCOMPARE(tl.row(), 0);
        QCOMPARE(br.row(), 0);
        QCOMPARE(tl.column(), int(AppsTableModel::Memory));
        QCOMPARE(br.column(), int(AppsTableModel::Memory));
        QCOMPARE(cell(m, s("kernel"), AppsTableModel::Memory).data(RowTableModel::RawValueRole).toLongLong(), 4000000);

        // An application started, one gone: a row in, a row out, the others where they were.
        spies.clear();
        AppsSample next = appsSample(4000000);
        const AppTotals t = totals(3, 1000, 0, 1);
        next.apps.insert(1, app("logger", AppRow::Status::Running, &t));
        next.apps.removeAt(2); // myapp
        m.setSample(next);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(keysUnder(m, {}), (QStringList{s("kernel"), s("logger"), s("stdlib"), s("$outside")}));
        QVERIFY(stdlib.isValid());
        QCOMPARE(stdlib.data(RowTableModel::KeyRole).toString(), s("stdlib"));
        QCOMPARE(outside.data().toString(), s("(no application)"));

        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.app(s("kernel")), nullptr);
    }

    void appsElixirNames()
    {
        AppsTableModel m;
        QAbstractItemModelTester tester(&m);
        AppsSample sample = appsSample();
        sample.apps.append(app("Elixir.Phoenix.PubSub", AppRow::Status::Loaded));
        m.setSample(sample);
        const QString key = s("Elixir.Phoenix.PubSub");
        QCOMPARE(cell(m, key, AppsTableModel::Name).data().toString(), s("'Elixir.Phoenix.PubSub'"));
        test::ModelSpies spies(&m);
        m.setFormatter(elixir());
        QCOMPARE(spies.reset.count(), 0);
        QVERIFY(spies.changed.count() >= 1);
        QCOMPARE(cell(m, key, AppsTableModel::Name).data().toString(), s("Phoenix.PubSub"));
        QCOMPARE(cell(m, s("kernel"), AppsTableModel::Name).data().toString(), elixir().atom(s("kernel")));
        // The key stays the node's spelling, whatever the syntax shown.
        QCOMPARE(cell(m, key, AppsTableModel::Name).data(RowTableModel::RawValueRole).toString(), key);
        QVERIFY(m.app(key));
    }

    void treeColumnsAndNesting()
    {
        SupTreeModel m;
        QAbstractItemModelTester tester(&m);
        QCOMPARE(m.columnCount(), int(SupTreeModel::ColumnCount));
        for (int c = 0; c < m.columnCount(); ++c)
            QVERIFY(!m.headerData(c, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(m.headerData(SupTreeModel::Memory, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
        QCOMPARE(m.headerData(SupTreeModel::Restart, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::AscendingOrder));

        const AppTree tree = appTree();
        m.setTree(tree);
        QCOMPARE(keysUnder(m, {}), QStringList{s("myapp")});
        const QModelIndex top = m.indexForPath({s("myapp"), s("myapp_sup")});
        QVERIFY(top.isValid());
        QCOMPARE(keysUnder(m, top), (QStringList{s("worker_a"), s("sub_sup"), s("pool_sup"), s("stuck_sup"), s("$linked")}));
        QCOMPARE(keysUnder(m, at(m, {s("sub_sup")})), (QStringList{s("w1"), s("w2")}));
        QCOMPARE(m.rowCount(at(m, {s("stuck_sup")})), 0);
        QCOMPARE(m.nodeAt(top)->key, s("myapp_sup"));
        QCOMPARE(m.nodeAt(at(m, {s("sub_sup"), s("w2")}).siblingAtColumn(SupTreeModel::Memory))->key, s("w2"));

        // Name: the registered name, else the id; a dynamic child by its pid.
        QCOMPARE(top.data().toString(), s("myapp_sup"));
        QCOMPARE(m.index(0, SupTreeModel::Name, at(m, {s("pool_sup")})).data().toString(), s("<0.1000.0>"));
        QCOMPARE(at(m, {s("$linked"), s("<0.99.0>")}).data().toString(), s("helper_port_owner"));

        // Columns for people, raw values behind them.
        const QModelIndex workerA = at(m, {s("worker_a")});
        QCOMPARE(workerA.siblingAtColumn(SupTreeModel::Pid).data().toString(), s("<0.82.0>"));
        QCOMPARE(m.pidAt(workerA.siblingAtColumn(SupTreeModel::Memory)), s("<0.82.0>"));
        QCOMPARE(workerA.siblingAtColumn(SupTreeModel::Type).data().toString(), s("worker"));
        QCOMPARE(workerA.siblingAtColumn(SupTreeModel::Type).data(RowTableModel::RawValueRole).toString(), s("worker"));
        QCOMPARE(top.siblingAtColumn(SupTreeModel::Type).data().toString(), s("supervisor"));
        QCOMPARE(at(m, {s("$linked"), s("<0.99.0>")}).siblingAtColumn(SupTreeModel::Type).data().toString(), s("linked"));
        QCOMPARE(workerA.siblingAtColumn(SupTreeModel::Restart).data().toString(), s("permanent"));
        QCOMPARE(workerA.siblingAtColumn(SupTreeModel::Shutdown).data().toString(), s("5,000 ms"));
        QCOMPARE(top.siblingAtColumn(SupTreeModel::Shutdown).data().toString(), s("infinity"));
        QCOMPARE(workerA.siblingAtColumn(SupTreeModel::Modules).data().toString(), s("worker_a"));
        QCOMPARE(top.siblingAtColumn(SupTreeModel::Strategy).data().toString(), s("one_for_one, 3 in 5 s"));
        QVERIFY(workerA.siblingAtColumn(SupTreeModel::Strategy).data().toString().isEmpty());
        QCOMPARE(workerA.siblingAtColumn(SupTreeModel::Status).data().toString(), s("running"));
        QCOMPARE(workerA.siblingAtColumn(SupTreeModel::Status).data(RowTableModel::RawValueRole).toString(), s("running"));

        // Subtree totals, formatted, exact on hover, raw for sorting.
        const QModelIndex subMemory = at(m, {s("sub_sup")}).siblingAtColumn(SupTreeModel::Memory);
        QCOMPARE(subMemory.data(RowTableModel::RawValueRole).toLongLong(), 4000);
        QCOMPARE(subMemory.data().toString(), s("3.9 KiB"));
        const QString memTip = subMemory.data(Qt::ToolTipRole).toString();
        QVERIFY2(memTip.contains(s("4,000 bytes")) && memTip.contains(s("2,000 bytes")), qPrintable(memTip));
        QCOMPARE(at(m, {s("sub_sup")}).siblingAtColumn(SupTreeModel::Processes).data().toString(), s("3"));
        const QModelIndex rootProcs = m.index(0, SupTreeModel::Processes);
        QCOMPARE(rootProcs.data(RowTableModel::RawValueRole).toLongLong(), tree.root.totals.processes);
        QCOMPARE(rootProcs.data().toString(), Format::count(tree.root.totals.processes));
        QCOMPARE(rootProcs.data().toString(), s("100,009"));

        // The linked group has no process of its own.
        QVERIFY(m.pidAt(at(m, {s("$linked")})).isEmpty());
        QVERIFY(!m.index(0, 0, {}).data(TreeRowModel::TotalChildrenRole).isNull());
    }

    void treePagedSupervisor()
    {
        SupTreeModel m;
        QAbstractItemModelTester tester(&m);
        m.setTree(appTree());
        const QModelIndex p = at(m, {s("pool_sup")});
        QCOMPARE(m.rowCount(p), 100);
        QCOMPARE(p.data(TreeRowModel::TotalChildrenRole).toInt(), 100000);
        QCOMPARE(m.totalChildren(p), 100000);
        QVERIFY(!at(m, {s("worker_a")}).data(TreeRowModel::TotalChildrenRole).isValid());
        const QString nameTip = p.data(Qt::ToolTipRole).toString();
        QVERIFY2(nameTip.contains(s("100 of 100,000 children shown")), qPrintable(nameTip));
        const QString procTip = p.siblingAtColumn(SupTreeModel::Processes).data(Qt::ToolTipRole).toString();
        QVERIFY2(procTip.contains(s("100,001 processes")) && procTip.contains(s("100 of 100,000 children shown")),
                 qPrintable(procTip));
        QCOMPARE(p.siblingAtColumn(SupTreeModel::Strategy).data().toString(), s("simple_one_for_one, 3 in 5 s"));
        // A supervisor with all its children loaded says nothing of pages.
        QVERIFY(!at(m, {s("sub_sup")}).data(Qt::ToolTipRole).toString().contains(s("children shown")));
    }

    void treeWarnsAndDims()
    {
        SupTreeModel m;
        QAbstractItemModelTester tester(&m);
        AppTree tree = appTree();
        tree.root.children[0].children[1].children[1].status = SupNode::Status::Gone; // sub_sup/w2
        m.setTree(tree);
        const QPersistentModelIndex stuckRow(at(m, {s("stuck_sup")}));
        const QPersistentModelIndex w2(at(m, {s("sub_sup"), s("w2")}));
        QCOMPARE(QModelIndex(stuckRow).siblingAtColumn(SupTreeModel::Status).data().toString(), s("not answering"));
        QCOMPARE(QModelIndex(stuckRow).siblingAtColumn(SupTreeModel::Memory).data(RowTableModel::LevelRole).toInt(),
                 int(RowTableModel::Level::Warning));
        QCOMPARE(at(m, {s("worker_a")}).data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Normal));
        for (int c : {int(SupTreeModel::Name), int(SupTreeModel::Memory), int(SupTreeModel::Status)}) {
            const QString tip = QModelIndex(stuckRow).siblingAtColumn(c).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(s("no answer within 500 ms")), qPrintable(tip));
        }
        QVERIFY(w2.data(RankedTableModelBase::GoneRole).toBool());
        QVERIFY(!at(m, {s("sub_sup"), s("w1")}).data(RankedTableModelBase::GoneRole).toBool());
        QCOMPARE(QModelIndex(w2).siblingAtColumn(SupTreeModel::Status).data().toString(), s("gone"));

        // The colours come from the view (models are QtCore only); until then there are none.
        QVERIFY(!stuckRow.data(Qt::ForegroundRole).isValid());
        test::ModelSpies spies(&m);
        const QColor warning(0xa8, 0x5b, 0x00), dimmed(Qt::gray);
        m.setAccents(warning, dimmed);
        QVERIFY(spies.changed.count() > 0);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(QModelIndex(stuckRow).siblingAtColumn(SupTreeModel::Pid).data(Qt::ForegroundRole).value<QColor>(), warning);
        QCOMPARE(QModelIndex(w2).siblingAtColumn(SupTreeModel::Name).data(Qt::ForegroundRole).value<QColor>(), dimmed);
        QVERIFY(!at(m, {s("worker_a")}).data(Qt::ForegroundRole).isValid());

        // A supervisor that answers again: its whole row is repainted, not only its Status cell.
        spies.clear();
        AppTree answering = appTree();
        SupNode &again = answering.root.children[0].children[3];
        QCOMPARE(again.key, s("stuck_sup"));
        again.status = SupNode::Status::Running;
        again.error.clear();
        m.setTree(answering);
        bool wholeRow = false;
        for (const QList<QVariant> &args : std::as_const(spies.changed)) {
            const QModelIndex tl = args.at(0).value<QModelIndex>(), br = args.at(1).value<QModelIndex>();
            if (tl.parent() == stuckRow.parent() && tl.row() <= stuckRow.row() && br.row() >= stuckRow.row()
                && tl.column() == 0 && br.column() == SupTreeModel::ColumnCount - 1)
                wholeRow = true;
        }
        QVERIFY(wholeRow);
        QCOMPARE(spies.reset.count(), 0);
        QVERIFY(!stuckRow.data(Qt::ForegroundRole).isValid());
        QCOMPARE(stuckRow.data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Normal));
        QVERIFY(!w2.data(RankedTableModelBase::GoneRole).toBool());
    }

    void treeRefreshIsADifference()
    {
        SupTreeModel m;
        QAbstractItemModelTester tester(&m);
        m.setTree(appTree());
        const QPersistentModelIndex w1(at(m, {s("sub_sup"), s("w1")}));
        const QPersistentModelIndex pooled(m.index(50, 0, at(m, {s("pool_sup")})));
        const QString pooledKey = pooled.data(RowTableModel::KeyRole).toString();
        QSignalSpy moved(&m, &QAbstractItemModel::rowsMoved);
        test::ModelSpies spies(&m);

        m.setTree(appTree());
        QCOMPARE(spies.changed.count(), 0);
        QCOMPARE(moved.count(), 0);

        // worker_a grows; sub_sup's children come in another order, w3 is new.
        m.setTree(appTree({worker("w3", 86), worker("w2", 84), worker("w1", 83)}, 50000));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.layout.count(), 0);
        QVERIFY(moved.count() >= 1);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.removed.count(), 0);
        QVERIFY(spies.changed.count() >= 1);
        QCOMPARE(keysUnder(m, at(m, {s("sub_sup")})), (QStringList{s("w3"), s("w2"), s("w1")}));
        QVERIFY(w1.isValid());
        QCOMPARE(w1.data(RowTableModel::KeyRole).toString(), s("w1"));
        QCOMPARE(w1.row(), 2);
        QCOMPARE(m.pidAt(w1), s("<0.83.0>"));
        QCOMPARE(at(m, {s("worker_a")}).siblingAtColumn(SupTreeModel::Memory).data(RowTableModel::RawValueRole).toLongLong(),
                 50000);
        QCOMPARE(pooled.data(RowTableModel::KeyRole).toString(), pooledKey);

        // w2 stopped: one row out.
        spies.clear();
        m.setTree(appTree({worker("w3", 86), worker("w1", 83)}, 50000));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(keysUnder(m, at(m, {s("sub_sup")})), (QStringList{s("w3"), s("w1")}));

        // Another application's tree replaces the top row; not found empties the view.
        AppTree other = appTree();
        other.root.key = s("otherapp");
        m.setTree(other);
        QCOMPARE(keysUnder(m, {}), QStringList{s("otherapp")});
        QVERIFY(!w1.isValid());
        AppTree missing;
        missing.app = s("nosuch");
        missing.error = s("not running");
        m.setTree(missing);
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.nodeAt(QModelIndex()), nullptr);
        m.setTree(appTree());
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(m.search(s("worker")).isEmpty());
    }

    void treeSearch()
    {
        SupTreeModel m;
        QAbstractItemModelTester tester(&m);
        m.setTree(appTree());
        auto keysOf = [&](const QModelIndexList &found) {
            QStringList keys;
            for (const QModelIndex &i : found) {
                if (i.column() != 0)
                    return QStringList{s("column %1").arg(i.column())};
                keys << i.data(RowTableModel::KeyRole).toString();
            }
            return keys;
        };
        // By name or id, case-insensitively, in tree order (depth first).
        QCOMPARE(keysOf(m.search(s("SUB_sup"))), QStringList{s("sub_sup")});
        QCOMPARE(keysOf(m.search(s("_sup"))),
                 (QStringList{s("myapp_sup"), s("sub_sup"), s("pool_sup"), s("stuck_sup")}));
        QCOMPARE(keysOf(m.search(s("w"))), (QStringList{s("worker_a"), s("w1"), s("w2"), s("<0.99.0>")}));
        // By pid, whole or in part.
        QCOMPARE(keysOf(m.search(s("<0.84.0>"))), QStringList{s("w2")});
        QCOMPARE(keysOf(m.search(s("0.1042."))), QStringList{s("<0.1042.0>")});
        QCOMPARE(m.search(s("0.1042.")).first().parent(), at(m, {s("pool_sup")}));
        // By registered name, and among the linked processes.
        QCOMPARE(keysOf(m.search(s("port_owner"))), QStringList{s("<0.99.0>")});
        QVERIFY(m.search(s("nothing like it")).isEmpty());
        QVERIFY(m.search(s("  ")).isEmpty());
    }

    void treeElixirModules()
    {
        SupTreeModel m;
        QAbstractItemModelTester tester(&m);
        AppTree tree = appTree();
        SupNode &w1 = tree.root.children[0].children[1].children[0];
        w1.modules = Term::list({Term::atom("Elixir.MyApp.Cache.Worker")});
        w1.id = Term::atom("Elixir.MyApp.Cache");
        m.setTree(tree);
        const QModelIndex row = at(m, {s("sub_sup"), s("w1")});
        QCOMPARE(row.siblingAtColumn(SupTreeModel::Modules).data().toString(), s("'Elixir.MyApp.Cache.Worker'"));
        test::ModelSpies spies(&m);
        m.setFormatter(elixir());
        QCOMPARE(spies.reset.count(), 0);
        QVERIFY(spies.changed.count() >= 1);
        QCOMPARE(row.siblingAtColumn(SupTreeModel::Modules).data().toString(), s("MyApp.Cache.Worker"));
        QCOMPARE(row.data().toString(), s("MyApp.Cache"));
        // Found as people write it in Elixir, and as the node spells the atom.
        QCOMPARE(m.search(s("myapp.cache.worker")).size(), 1);
        QCOMPARE(m.search(s("myapp.cache.worker")).first(), row.siblingAtColumn(0));
        QCOMPARE(m.search(s("Elixir.MyApp.Cache.W")).size(), 1);
        QCOMPARE(m.search(s("Cache")).size(), 1);
    }

    void treeRepeatedKeysDoNotBreakIt()
    {
        SupTreeModel m;
        QAbstractItemModelTester tester(&m);
        m.setTree(appTree({worker("w1", 83), worker("w1", 84), worker("w2", 85)}));
        QCOMPARE(keysUnder(m, at(m, {s("sub_sup")})), (QStringList{s("w1"), s("w2")}));
        QCOMPARE(m.pidAt(at(m, {s("sub_sup"), s("w1")})), s("<0.83.0>"));
    }
};

QTEST_GUILESS_MAIN(TestAppModels)
#include "tst_appmodels.moc"
