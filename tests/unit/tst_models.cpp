// SPDX-License-Identifier: GPL-3.0-or-later
// The System page's models: the model contract (QAbstractItemModelTester, attached before any
// data), updates as differences (dataChanged, not resets), raw values and levels.
#include "activitymodel.h"
#include "collect/systemsample.h"
#include "memorymodel.h"
#include "nodefactsmodel.h"
#include "systemlimitsmodel.h"
#include "modeltestutil.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace beamtop;

namespace {

SystemSample sample(int tick = 0)
{
    SystemSample s;
    s.takenAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + tick * 1000, Qt::UTC);
    s.node = QStringLiteral("app@host");
    s.otpRelease = QStringLiteral("25");
    s.ertsVersion = QStringLiteral("13.1.5");
    s.systemArchitecture = QStringLiteral("x86_64-pc-linux-gnu");
    s.osFamily = QStringLiteral("unix");
    s.osName = QStringLiteral("linux");
    s.osVersion = QStringLiteral("6.1.0");
    s.uptimeMs = 3'600'000 + tick * 1000;
    s.wordsize = 8;
    s.logicalProcessors = s.logicalProcessorsOnline = s.logicalProcessorsAvailable = 8;
    s.schedulers = s.schedulersOnline = 8;
    s.dirtyCpuSchedulers = s.dirtyCpuSchedulersOnline = 8;
    s.dirtyIoSchedulers = 10;
    s.asyncThreads = 1;
    s.processCount = 100 + tick;
    s.processLimit = 262144;
    s.portCount = 10;
    s.portLimit = 65536;
    s.atomCount = 20000;
    s.atomLimit = 1048576;
    s.etsCount = 30;
    s.etsLimit = 10000;
    s.runQueue = tick % 3;
    s.reductions = 1'000'000 + tick * 50'000;
    s.ioInputBytes = 5'000'000 + tick * 1000;
    s.ioOutputBytes = 2'000'000 + tick * 500;
    s.gcCount = 4000 + tick * 10;
    s.gcWordsReclaimed = 9'000'000 + tick * 20'000;
    s.contextSwitches = 70'000 + tick * 100;
    s.memory.processes = 20 << 20;
    s.memory.processesUsed = 19 << 20;
    s.memory.atom = 1 << 20;
    s.memory.atomUsed = 900 << 10;
    s.memory.binary = 2 << 20;
    s.memory.code = 10 << 20;
    s.memory.ets = 3 << 20;
    s.memory.system = 30 << 20;
    s.memory.total = s.memory.processes + s.memory.system;
    s.memory.persistentTerm = 64 << 10;
    return s;
}

using Spies = beamtop::test::ModelSpies;

QVariant raw(const RowTableModel &m, const QString &key, int column)
{
    return m.index(m.rowOf(key), column).data(RowTableModel::RawValueRole);
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private:
    template<typename Model>
    void exercise()
    {
        Model m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSample(sample(0));
        QVERIFY(m.rowCount() > 0);
        QCOMPARE(m.columnCount(), int(Model::ColumnCount));
        m.setSample(sample(1));
        m.setSample(sample(1));
        SystemSample elixir = sample(2);
        elixir.elixirVersion = QStringLiteral("1.15.7");
        m.setSample(elixir);
        m.setSample(sample(3));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        m.setSample(sample(4));
        for (int c = 0; c < m.columnCount(); ++c)
            QVERIFY(!m.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    template<typename Model>
    void refreshWithoutReset()
    {
        Model m;
        m.setSample(sample(4));
        Spies spies(&m);
        SystemSample next = sample(5);
        next.memory.binary += 4096;
        next.memory.system += 4096;
        next.memory.total += 4096;
        next.computeRates(sample(4));
        m.setSample(next);
        QVERIFY2(spies.changed.count() >= 1, m.metaObject()->className());
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.layout.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.removed.count(), 0);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void contract()
    {
        exercise<NodeFactsModel>();
        exercise<SystemLimitsModel>();
        exercise<MemoryModel>();
        exercise<ActivityModel>();
    }

    void refreshEmitsDataChangedNotReset()
    {
        SystemLimitsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&m);
        m.setSample(sample(0));
        QCOMPARE(spies.inserted.count(), 1); // one block for the first data
        QCOMPARE(spies.reset.count(), 0);
        spies.clear();

        m.setSample(sample(0)); // nothing changed: not a single signal
        QCOMPARE(spies.changed.count(), 0);

        m.setSample(sample(1)); // only the process count moved: one dataChanged, that row
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.layout.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.removed.count(), 0);
        QCOMPARE(spies.changed.count(), 1);
        const QModelIndex tl = spies.changed.first().at(0).toModelIndex();
        const QModelIndex br = spies.changed.first().at(1).toModelIndex();
        QCOMPARE(tl.row(), m.rowOf(QStringLiteral("processes")));
        QCOMPARE(br.row(), tl.row());
        QCOMPARE(tl.column(), int(SystemLimitsModel::Count));
        QCOMPARE(br.column(), int(SystemLimitsModel::Usage));
        QCOMPARE(raw(m, QStringLiteral("processes"), SystemLimitsModel::Count).toLongLong(), 101);
    }

    void everyModelRefreshesWithoutReset()
    {
        refreshWithoutReset<NodeFactsModel>();
        refreshWithoutReset<SystemLimitsModel>();
        refreshWithoutReset<MemoryModel>();
        refreshWithoutReset<ActivityModel>();
    }

    void rowsComeAndGoByKey()
    {
        NodeFactsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSample(sample(0));
        QCOMPARE(m.rowOf(QStringLiteral("elixir_version")), -1);
        Spies spies(&m);
        SystemSample ex = sample(0);
        ex.elixirVersion = QStringLiteral("1.15.7");
        m.setSample(ex);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.reset.count(), 0);
        const int row = m.rowOf(QStringLiteral("elixir_version"));
        QCOMPARE(row, m.rowOf(QStringLiteral("erts_version")) + 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), row);
        m.setSample(sample(0));
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(spies.reset.count(), 0);
    }

    void factsAreFormattedWithRawValues()
    {
        NodeFactsModel m;
        SystemSample s = sample(0);
        s.uptimeMs = (3 * 24 + 4) * 3600000LL;
        m.setSample(s);
        const int uptime = m.rowOf(QStringLiteral("uptime"));
        QCOMPARE(m.index(uptime, NodeFactsModel::Value).data().toString(), QStringLiteral("3 d 4 h"));
        QCOMPARE(m.index(uptime, NodeFactsModel::Value).data(RowTableModel::RawValueRole).toLongLong(), s.uptimeMs);
        QVERIFY(m.index(uptime, NodeFactsModel::Value).data(Qt::ToolTipRole).toString().contains(QLatin1String("273,600,000")));
        QCOMPARE(m.index(m.rowOf(QStringLiteral("otp_release")), NodeFactsModel::Value).data().toString(), QStringLiteral("25"));
    }

    void limitsCarryLevels_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<int>("level");
        QTest::newRow("half") << qint64(5000) << int(RowTableModel::Level::Normal);
        QTest::newRow("just under") << qint64(8499) << int(RowTableModel::Level::Normal);
        QTest::newRow("warning") << qint64(8500) << int(RowTableModel::Level::Warning);
        QTest::newRow("critical") << qint64(9600) << int(RowTableModel::Level::Critical);
    }
    void limitsCarryLevels()
    {
        QFETCH(qint64, count);
        QFETCH(int, level);
        SystemLimitsModel m;
        SystemSample s = sample(0);
        s.etsCount = count; // of 10000
        m.setSample(s);
        const int row = m.rowOf(QStringLiteral("ets"));
        QCOMPARE(m.index(row, 0).data(RowTableModel::LevelRole).toInt(), level);
        QCOMPARE(m.index(row, SystemLimitsModel::Usage).data(RowTableModel::UsageRole).toDouble(), double(count) / 10000.0);
        QVERIFY(!m.index(row, SystemLimitsModel::Count).data(RowTableModel::UsageRole).isValid());
    }

    void memoryPartsAddUpToTheTotal()
    {
        MemoryModel m;
        const SystemSample s = sample(0);
        m.setSample(s);
        qint64 sum = 0;
        int parts = 0;
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.index(r, 0).data(RowTableModel::ChartPartRole).toBool()) {
                sum += m.index(r, MemoryModel::Size).data(RowTableModel::RawValueRole).toLongLong();
                ++parts;
            }
        }
        QCOMPARE(parts, 6);
        QCOMPARE(sum, s.memory.total);
        QCOMPARE(raw(m, QStringLiteral("other_system"), MemoryModel::Size).toLongLong(), qint64(14 << 20));
        QCOMPARE(m.index(m.rowOf(QStringLiteral("binary")), MemoryModel::Size).data().toString(), QStringLiteral("2.0 MiB"));
        QCOMPARE(m.index(m.rowOf(QStringLiteral("binary")), MemoryModel::Size).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2,097,152 bytes"));
    }

    void ratesNeedTwoSamples()
    {
        ActivityModel m;
        m.setSample(sample(0));
        const int row = m.rowOf(QStringLiteral("reductions"));
        QCOMPARE(m.index(row, ActivityModel::PerSecond).data().toString(), QStringLiteral("—"));
        QVERIFY(!m.index(row, ActivityModel::PerSecond).data(RowTableModel::RawValueRole).isValid());
        SystemSample s = sample(1);
        s.computeRates(sample(0));
        m.setSample(s);
        QCOMPARE(m.index(row, ActivityModel::PerSecond).data(RowTableModel::RawValueRole).toDouble(), 50000.0);
        QCOMPARE(m.index(row, ActivityModel::PerSecond).data().toString(), QStringLiteral("50,000/s"));
    }

    void metricColumnsSortDescendingFirst()
    {
        SystemLimitsModel limits;
        QCOMPARE(limits.headerData(SystemLimitsModel::Name, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::AscendingOrder));
        QCOMPARE(limits.headerData(SystemLimitsModel::Usage, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
        MemoryModel memory;
        QCOMPARE(memory.headerData(MemoryModel::Size, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
        QCOMPARE(int(RowTableModel::RawValueRole), int(Qt::UserRole));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
