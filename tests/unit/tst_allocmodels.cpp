// SPDX-License-Identifier: GPL-3.0-or-later
// The Memory page's models on hand-made allocator samples, each under QAbstractItemModelTester
// from before its first fill: the allocator tree (types that can be expanded before their
// instances come; expansion and selection that survive refreshes, which are differences, never
// resets), the fragmentation list worst first by weight, the mseg cache's hit rates marked
// below 0.80, a type's settings with their emulator flags.
#include "allocfragmentmodel.h"
#include "allocsettingsmodel.h"
#include "format.h"
#include "alloctreemodel.h"
#include "msegcachemodel.h"

#include "collect/allocsample.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace beamtop;

namespace {

constexpr qint64 MiB = 1024 * 1024;

AllocCarriers carriers(qint64 count, qint64 size, qint64 blocks, qint64 blocksSize)
{
    // Peaks a little above the current values.
    return AllocCarriers{count, size, blocks, blocksSize, count + 1, size + MiB, blocks + 10, blocksSize + MiB};
}

AllocInstance instance(int n, qint64 mbcsSize, qint64 mbcsUsed)
{
    AllocInstance i;
    i.instance = n;
    i.mbcs = carriers(2, mbcsSize, 100, mbcsUsed);
    return i;
}

AllocType type(const QString &name, int instances, qint64 mbcsSize, qint64 mbcsUsed, qint64 sbcsSize = 0)
{
    AllocType t;
    t.name = name;
    t.instances = instances;
    t.mbcs = carriers(4, mbcsSize, 1000, mbcsUsed);
    t.sbcs = carriers(sbcsSize > 0 ? 3 : 0, sbcsSize, sbcsSize > 0 ? 3 : 0, sbcsSize);
    t.settings = {{QStringLiteral("sbct"), QStringLiteral("524288")}, {QStringLiteral("as"), QStringLiteral("aoffcbf")}};
    return t;
}

// binary_alloc is mostly empty (fragmented), eheap_alloc full, ets_alloc in between.
AllocSample sample(qint64 binaryUsed = 8 * MiB)
{
    AllocSample s;
    s.types = {type(QStringLiteral("eheap_alloc"), 3, 20 * MiB, 18 * MiB), type(QStringLiteral("binary_alloc"), 3, 64 * MiB, binaryUsed, 2 * MiB),
               type(QStringLiteral("ets_alloc"), 3, 8 * MiB, 5 * MiB)};
    s.totals.allocated = 94 * MiB;
    s.totals.used = 31 * MiB;
    s.totals.erlangTotal = 40 * MiB;
    AllocFragment a{QStringLiteral("binary_alloc"), 1, 40 * MiB, 4 * MiB, 0, 0};
    AllocFragment b{QStringLiteral("binary_alloc"), 2, 20 * MiB, 3 * MiB, 2 * MiB, 2 * MiB};
    AllocFragment c{QStringLiteral("ets_alloc"), 0, 8 * MiB, 5 * MiB, 0, 0};
    s.fragments = {a, b, c};
    s.mseg = {MsegCache{0, 900, 1000, 5, 5 * MiB}, MsegCache{1, 799, 1000, 2, MiB}, MsegCache{2, 0, 0, 0, 0}};
    return s;
}

AllocSample withInstances(AllocSample s, const QString &typeName, qint64 scale = 1)
{
    for (AllocType &t : s.types) {
        if (t.name == typeName)
            t.instanceRows = {instance(0, 4 * MiB * scale, MiB), instance(1, 30 * MiB, 3 * MiB * scale), instance(2, 30 * MiB, 4 * MiB)};
    }
    return s;
}

} // namespace

class TestAllocModels : public QObject
{
    Q_OBJECT
private slots:
    void treeShowsTypesAndLabelsPeaks()
    {
        AllocTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSample(sample());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex binary = model.typeIndex(QStringLiteral("binary_alloc"));
        QVERIFY(binary.isValid());
        QCOMPARE(binary.row(), 1); // the node's order
        // No instances asked for yet, but the row can be expanded.
        QCOMPARE(model.rowCount(binary), 0);
        QVERIFY(model.hasChildren(binary));
        QVERIFY(!model.hasChildren(binary.siblingAtColumn(AllocTreeModel::Usage)));

        const QModelIndex usage = binary.siblingAtColumn(AllocTreeModel::Usage);
        const double u = usage.data(RowTableModel::RawValueRole).toDouble();
        QVERIFY(qAbs(u - double(8 * MiB + 2 * MiB) / double(66 * MiB)) < 1e-9);
        QCOMPARE(usage.data(RowTableModel::UsageRole).toDouble(), u);
        QVERIFY(usage.data(Qt::DisplayRole).toString().contains(QLatin1Char('%')));
        // Fragmented and big enough to matter: the bar takes the warning accent; a full one not.
        QCOMPARE(usage.data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Warning));
        QCOMPARE(model.typeIndex(QStringLiteral("eheap_alloc")).siblingAtColumn(AllocTreeModel::Usage).data(RowTableModel::LevelRole).toInt(),
                 int(RowTableModel::Level::Normal));
        // Exact bytes on hover.
        const QModelIndex size = binary.siblingAtColumn(AllocTreeModel::CarriersSize);
        QCOMPARE(size.data(RowTableModel::RawValueRole).toLongLong(), 66 * MiB);
        QVERIFY2(size.data(Qt::ToolTipRole).toString().contains(QLocale().toString(66 * MiB)),
                 qPrintable(size.data(Qt::ToolTipRole).toString()));
        QCOMPARE(binary.siblingAtColumn(AllocTreeModel::Unused).data(RowTableModel::RawValueRole).toLongLong(), 56 * MiB);

        // Summed peaks say what they are, in the header and on the cell.
        const QString tip = model.headerData(AllocTreeModel::CarriersSizeMax, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("per-instance peaks (not simultaneous)")) && tip.contains(QStringLiteral("same time")), qPrintable(tip));
        QVERIFY(binary.siblingAtColumn(AllocTreeModel::CarriersSizeMax).data(Qt::ToolTipRole).toString().contains(QStringLiteral("same time")));
        // The settings in the name's tooltip.
        QVERIFY(binary.data(Qt::ToolTipRole).toString().contains(QStringLiteral("sbct=524288")));
        QCOMPARE(binary.data(AllocTreeModel::TypeNameRole).toString(), QStringLiteral("binary_alloc"));
        QCOMPARE(AllocTreeModel::columnKey(AllocTreeModel::CarriersSize), QStringLiteral("carriers_size"));
    }

    void expansionAndSelectionSurviveRefresh()
    {
        AllocTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSortRole(RowTableModel::RawValueRole);
        proxy.setSourceModel(&model);
        QTreeView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(AllocTreeModel::CarriersSize, Qt::DescendingOrder);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        model.setSample(sample());
        QCOMPARE(proxy.index(0, 0).data(AllocTreeModel::TypeNameRole).toString(), QStringLiteral("binary_alloc"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        // Expanded before the instances come (the page asks the collector for them then).
        const QModelIndex binary = proxy.mapFromSource(model.typeIndex(QStringLiteral("binary_alloc")));
        // Through a proxy too, or the view would draw no arrow to click.
        QVERIFY(proxy.hasChildren(binary));
        view.expand(binary);
        QVERIFY(view.isExpanded(binary));
        model.setSample(withInstances(sample(), QStringLiteral("binary_alloc")));
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(model.rowCount(model.typeIndex(QStringLiteral("binary_alloc"))), 3);
        QVERIFY(view.isExpanded(binary));
        const QModelIndex global = proxy.index(0, 0, binary);
        QVERIFY(global.isValid());
        // Instances sort by number whatever their label.
        view.sortByColumn(AllocTreeModel::Name, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0, binary).data().toString(), QStringLiteral("global"));
        QCOMPARE(proxy.index(1, 0, binary).data().toString(), QStringLiteral("scheduler 1"));
        QCOMPARE(proxy.index(1, 0, binary).data(AllocTreeModel::InstanceRole).toInt(), 1);
        QCOMPARE(proxy.index(1, 0, binary).data(AllocTreeModel::TypeNameRole).toString(), QStringLiteral("binary_alloc"));
        QVERIFY(!proxy.index(1, 0, binary).data(Qt::ToolTipRole).toString().isEmpty());

        // Select scheduler 2's row, then refresh with other numbers (its usage changes).
        const QPersistentModelIndex sched2 = proxy.index(2, 0, binary);
        view.selectionModel()->setCurrentIndex(sched2, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        changes.clear();
        model.setSample(withInstances(sample(9 * MiB), QStringLiteral("binary_alloc"), 2));
        QVERIFY(changes.count() > 0);
        QCOMPARE(resets.count(), 0);
        QVERIFY(view.isExpanded(proxy.mapFromSource(model.typeIndex(QStringLiteral("binary_alloc")))));
        QVERIFY(sched2.isValid());
        QCOMPARE(view.currentIndex().data(AllocTreeModel::InstanceRole).toInt(), 2);
        QVERIFY(view.selectionModel()->isRowSelected(sched2.row(), sched2.parent()));

        // The instances no longer asked for go as a remove, and the type stays expandable.
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        model.setSample(sample());
        QCOMPARE(removes.count(), 1);
        QCOMPARE(resets.count(), 0);
        QVERIFY(model.hasChildren(model.typeIndex(QStringLiteral("binary_alloc"))));
        // A type that goes away is a remove too.
        AllocSample fewer = sample();
        fewer.types.removeLast();
        model.setSample(fewer);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.count(), 0);
    }

    void fragmentsWorstFirstByWeight()
    {
        AllocFragmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RowTableModel::RawValueRole);
        proxy.setDynamicSortFilter(true);
        proxy.sort(AllocFragmentModel::Unused, Qt::DescendingOrder);
        model.setSample(sample());
        QCOMPARE(model.rowCount(), 3);
        const QStringList worst{QStringLiteral("binary_alloc/1"), QStringLiteral("binary_alloc/2"), QStringLiteral("ets_alloc/0")};
        QCOMPARE(model.sortedWorstFirst(), worst);
        QCOMPARE(proxy.index(0, 0).data(RowTableModel::KeyRole).toString(), worst.first());
        const int row = model.rowOf(QStringLiteral("binary_alloc/1"));
        QCOMPARE(model.index(row, AllocFragmentModel::Unused).data(RowTableModel::RawValueRole).toLongLong(), 36 * MiB);
        QVERIFY(qAbs(model.index(row, AllocFragmentModel::Usage).data(RowTableModel::UsageRole).toDouble() - 0.1) < 1e-9);
        QCOMPARE(model.index(row, AllocFragmentModel::Instance).data().toString(), QStringLiteral("scheduler 1"));
        QCOMPARE(model.index(row, AllocFragmentModel::Usage).data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Warning));

        // The ranks change: the rows stay in place (a change, not a reset), the sorted view
        // follows, and the selection stays on its instance.
        QItemSelectionModel selection(&model);
        selection.select(model.index(model.rowOf(QStringLiteral("ets_alloc/0")), 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        AllocSample next = sample();
        next.fragments = {AllocFragment{QStringLiteral("ets_alloc"), 0, 90 * MiB, 5 * MiB, 0, 0}, next.fragments.at(0),
                          AllocFragment{QStringLiteral("eheap_alloc"), 3, 10 * MiB, 9 * MiB, 0, 0}};
        model.setSample(next);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.sortedWorstFirst(),
                 (QStringList{QStringLiteral("ets_alloc/0"), QStringLiteral("binary_alloc/1"), QStringLiteral("eheap_alloc/3")}));
        QCOMPARE(proxy.index(0, 0).data(RowTableModel::KeyRole).toString(), QStringLiteral("ets_alloc/0"));
        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(RowTableModel::KeyRole).toString(), QStringLiteral("ets_alloc/0"));
    }

    void msegHitRatesBelowTheEdgeAreMarked()
    {
        MsegCacheModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AllocSample s = sample();
        s.mseg.append(MsegCache{3, 800, 1000, 0, 0}); // exactly the edge: not below it
        model.setSample(s);
        QCOMPARE(model.rowCount(), 4);
        auto level = [&](const QString &key) {
            return RowTableModel::Level(model.index(model.rowOf(key), MsegCacheModel::HitRate).data(RowTableModel::LevelRole).toInt());
        };
        QCOMPARE(level(QStringLiteral("0")), RowTableModel::Level::Normal);
        QCOMPARE(level(QStringLiteral("1")), RowTableModel::Level::Warning);
        QCOMPARE(level(QStringLiteral("2")), RowTableModel::Level::Normal); // no calls: nothing missed
        QCOMPARE(level(QStringLiteral("3")), RowTableModel::Level::Normal);
        const QModelIndex rate = model.index(model.rowOf(QStringLiteral("1")), MsegCacheModel::HitRate);
        QVERIFY(qAbs(rate.data(RowTableModel::UsageRole).toDouble() - 0.799) < 1e-9);
        QVERIFY2(rate.data(Qt::ToolTipRole).toString().contains(QLocale().toString(1000)), qPrintable(rate.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("2")), MsegCacheModel::HitRate).data().toString(), QStringLiteral("no calls"));
        QCOMPARE(model.index(0, MsegCacheModel::Instance).data().toString(), QStringLiteral("global"));
        // A refresh with other counts changes cells, never resets.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        s.mseg[1].hits = 950;
        model.setSample(s);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(level(QStringLiteral("1")), RowTableModel::Level::Normal);
    }

    void settingsNameTheirFlags()
    {
        AllocSettingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AllocSample s = sample();
        model.setType(s.type(QStringLiteral("binary_alloc")));
        QCOMPARE(model.rowCount(), 2);
        const int sbct = model.rowOf(QStringLiteral("sbct"));
        // A size for people, the node's figure exactly on hover.
        QCOMPARE(model.index(sbct, AllocSettingsModel::Value).data().toString(), Format::bytes(524288));
        QVERIFY(model.index(sbct, AllocSettingsModel::Value).data(Qt::ToolTipRole).toString().contains(QLocale().toString(524288)));
        QCOMPARE(model.index(sbct, AllocSettingsModel::Flag).data().toString(), QStringLiteral("+MBsbct"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("as")), AllocSettingsModel::Value).data().toString(), QStringLiteral("aoffcbf"));

        // The node's no-limit value reads as such, not as twenty digits.
        AllocType ll;
        ll.name = QStringLiteral("ll_alloc");
        ll.settings = {{QStringLiteral("sbct"), QStringLiteral("18446744073709551615")},
                       {QStringLiteral("mmmbc"), QStringLiteral("18446744073709551615")}};
        model.setType(&ll);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("sbct")), AllocSettingsModel::Value).data().toString(), tr("unlimited"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("mmmbc")), AllocSettingsModel::Value).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("18446744073709551615"));
        model.setType(s.type(QStringLiteral("eheap_alloc")));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("as")), AllocSettingsModel::Flag).data().toString(), QStringLiteral("+MHas"));
        model.setType(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestAllocModels)
#include "tst_allocmodels.moc"
