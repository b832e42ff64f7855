// SPDX-License-Identifier: GPL-3.0-or-later
// The history store (bounded memory, downsampling that keeps extremes, stitching, window,
// statistics), its CSV/JSON export, the load metrics, scheduler readings from the agent's
// terms, and the models the load page shows, each under QAbstractItemModelTester.
#include "collect/allocsample.h"
#include "collect/schedulersample.h"
#include "collect/systemsample.h"
#include "historychartmodel.h"
#include "historymodel.h"
#include "history/historystore.h"
#include "history/historywriter.h"
#include "history/loadmetrics.h"
#include "modeltestutil.h"
#include "schedulermodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace beamtop;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 T0 = 1'750'000'000'000; // some time in 2025, ms
constexpr qint64 Hour = 3600 * 1000;

QVector<HistoryMetric> metrics(int n)
{
    QVector<HistoryMetric> out;
    for (int i = 0; i < n; ++i)
        out.append({QStringLiteral("m%1_count").arg(i), MetricUnit::Count});
    return out;
}

// Counts model signals: a refresh must come as inserts/removes/dataChanged, never a reset.
using SignalCount = beamtop::test::ModelSpies;

Term atom(const char *a)
{
    return Term::atom(a);
}

// A scheduler reading as the agent sends it: normal, dirty CPU and dirty IO counts, and per
// scheduler {Id, Active, Total}.
Term schedulerTerm(int normal, int cpu, int io, const QVector<std::pair<qint64, qint64>> &wall, qint64 atUs,
                   const QVector<qint64> &queues = {})
{
    QVector<Term> w;
    for (int i = 0; i < wall.size(); ++i)
        w.append(Term::tuple({Term::integer(i + 1), Term::integer(wall.at(i).first), Term::integer(wall.at(i).second)}));
    QVector<Term> q;
    for (qint64 v : queues)
        q.append(Term::integer(v));
    return Term::map({{atom("wall_time"), Term::list(w)},
                      {atom("run_queues"), Term::list(q)},
                      {atom("schedulers"), Term::integer(normal)},
                      {atom("schedulers_online"), Term::integer(normal)},
                      {atom("dirty_cpu_schedulers"), Term::integer(cpu)},
                      {atom("dirty_cpu_schedulers_online"), Term::integer(cpu)},
                      {atom("dirty_io_schedulers"), Term::integer(io)},
                      {atom("enabled_before"), atom("false")},
                      {atom("sampled_at_us"), Term::integer(atUs)}});
}

SystemSample systemSample(int schedulers, int cpu, int io)
{
    SystemSample s;
    s.node = QStringLiteral("a@b");
    s.schedulers = s.schedulersOnline = schedulers;
    s.dirtyCpuSchedulers = s.dirtyCpuSchedulersOnline = cpu;
    s.dirtyIoSchedulers = io;
    s.memory.total = 123456789;
    s.memory.binary = 1000;
    s.processCount = 42;
    s.portCount = 7;
    s.runQueue = 3;
    return s;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void keepsRawSamplesAsTheyCame()
    {
        HistoryStore store;
        store.setMetrics(metrics(2));
        QVERIFY(store.append(T0, {1, 10}));
        QVERIFY(store.append(T0 + 1000, {2, NaN}));
        QVERIFY(store.append(T0 + 2000, {3, 30}));
        QVERIFY(!store.append(T0 + 2000, {9, 9})); // not newer: ignored
        const QVector<HistoryFrame> f = store.frames(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        QCOMPARE(f.size(), 3);
        QCOMPARE(f.at(1).key, T0 + 1000);
        QCOMPARE(f.at(1).samples, 1);
        QCOMPARE(f.at(1).mean.at(0), 2.0);
        QVERIFY(std::isnan(f.at(1).mean.at(1)));
        QCOMPARE(store.sampleCount(), 3);
        QCOMPARE(store.firstMs(), T0);
        QCOMPARE(store.lastMs(), T0 + 2000);
        // Another set of metrics starts over.
        store.setMetrics(metrics(3));
        QVERIFY(store.isEmpty());
    }

    void memoryIsBoundedForADayAtOneSecond()
    {
        const int n = 40;
        HistoryStore store(HistoryStore::MaxWindowMs);
        store.setMetrics(metrics(n));
        QVector<double> v(n);
        qint64 afterADay = 0;
        // 30 hours at 1 s: past the window, every level full.
        for (qint64 i = 0; i < 30 * 3600; ++i) {
            for (int m = 0; m < n; ++m)
                v[m] = double((i * 7 + m) % 1000);
            QVERIFY(store.append(T0 + i * 1000, v));
            if (i == 24 * 3600)
                afterADay = store.memoryBytes();
        }
        QVERIFY2(store.memoryBytes() <= HistoryStore::capacityBytes(n),
                 qPrintable(QStringLiteral("%1 > %2").arg(store.memoryBytes()).arg(HistoryStore::capacityBytes(n))));
        QCOMPARE(store.memoryBytes(), afterADay); // it stopped growing
        // A day of samples is still answered for, all of it; the oldest 60 s bucket may reach a
        // little past the window's start.
        QVERIFY2(store.sampleCount() >= 24 * 3600 + 1 && store.sampleCount() < 24 * 3600 + 61,
                 qPrintable(QString::number(store.sampleCount())));
        QVERIFY(store.firstMs() <= store.lastMs() - HistoryStore::MaxWindowMs + 60 * 1000);
        QCOMPARE(store.firstMs(), store.frames(std::numeric_limits<qint64>::min(), store.lastMs()).first().firstMs);
        // And it is far below keeping every sample.
        QVERIFY(store.memoryBytes() < qint64(24 * 3600) * n * qint64(sizeof(double)) / 4);
    }

    void downsamplingKeepsPeaksAndDips()
    {
        HistoryStore store(12 * Hour);
        store.setMetrics(metrics(1));
        const qint64 spikeAt = 2 * Hour + 17'000, dipAt = 3 * Hour + 41'000;
        for (qint64 t = 0; t < 10 * Hour; t += 1000) {
            const double v = t == spikeAt ? 1000.0 : t == dipAt ? -5.0 : 10.0;
            store.append(T0 + t, {v});
        }
        const QVector<HistoryFrame> all = store.frames(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        // Hours ago, so held in buckets, not raw samples.
        auto frameAt = [&](qint64 t) {
            for (const HistoryFrame &f : all) {
                if (f.firstMs <= T0 + t && f.lastMs >= T0 + t)
                    return f;
            }
            return HistoryFrame{};
        };
        const HistoryFrame spike = frameAt(spikeAt), dip = frameAt(dipAt);
        QVERIFY(spike.samples > 1);
        QCOMPARE(spike.max.at(0), 1000.0);
        QCOMPARE(spike.min.at(0), 10.0);
        QCOMPARE(dip.min.at(0), -5.0);
        QVERIFY(spike.mean.at(0) > 10.0 && spike.mean.at(0) < 1000.0);
        const HistoryStats st = store.stats().at(0);
        QCOMPARE(st.max, 1000.0);
        QCOMPARE(st.min, -5.0);
        QCOMPARE(st.current, 10.0);
        QCOMPARE(st.samples, 10 * 3600);
        // The mean over every sample, whatever resolution holds them.
        QVERIFY(qAbs(st.mean - (10.0 * (10 * 3600 - 2) + 1000.0 - 5.0) / (10 * 3600)) < 1e-9);
        // Downsampled on a coarse grid for drawing, the extremes still show.
        double max = 0, min = 1e9;
        for (const HistoryFrame &f : store.frames(T0, T0 + 10 * Hour, 10 * 60 * 1000)) {
            max = qMax(max, f.max.at(0));
            min = qMin(min, f.min.at(0));
        }
        QCOMPARE(max, 1000.0);
        QCOMPARE(min, -5.0);
    }

    void stitchedFramesCoverTheWindowOnce()
    {
        HistoryStore store(6 * Hour);
        store.setMetrics(metrics(1));
        // An uneven interval, so samples do not sit on bucket edges.
        qint64 t = T0 + 137;
        qint64 n = 0;
        while (t < T0 + 5 * Hour) {
            store.append(t, {1.0});
            t += 700 + (n % 3) * 150;
            ++n;
        }
        const QVector<HistoryFrame> all = store.frames(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        qint64 counted = 0;
        bool sawBuckets = false, sawRaw = false;
        for (int i = 0; i < all.size(); ++i) {
            counted += all.at(i).samples;
            sawBuckets = sawBuckets || all.at(i).samples > 1;
            sawRaw = sawRaw || all.at(i).samples == 1;
            if (i > 0) {
                QVERIFY(all.at(i - 1).key < all.at(i).key);
                QVERIFY(all.at(i - 1).lastMs < all.at(i).firstMs);
            }
        }
        QVERIFY(sawBuckets && sawRaw);
        QCOMPARE(store.firstMs(), all.first().firstMs);
        QCOMPARE(counted, n); // nothing lost, nothing twice
        QCOMPARE(all.last().lastMs, store.lastMs());
        // The newest part is raw, one frame per sample.
        QCOMPARE(all.last().samples, 1);
    }

    void windowDropsWhatIsOlder()
    {
        HistoryStore store(HistoryStore::MinWindowMs);
        store.setMetrics(metrics(1));
        for (qint64 i = 0; i < 300; ++i)
            store.append(T0 + i * 1000, {double(i)});
        QCOMPARE(store.firstMs(), T0 + 239 * 1000);
        QCOMPARE(store.sampleCount(), 61);
        QCOMPARE(store.stats().at(0).min, 239.0);
        store.setWindowMs(HistoryStore::MaxWindowMs); // longer: nothing comes back
        QCOMPARE(store.sampleCount(), 61);
        store.setWindowMs(1); // clamped to the minimum
        QCOMPARE(store.windowMs(), HistoryStore::MinWindowMs);
    }

    void statsGiveTrendPerMinute()
    {
        HistoryStore store(Hour);
        store.setMetrics(metrics(2));
        // Metric 0 rises 2 per minute; metric 1 is flat with one NaN at the start.
        for (qint64 s = 0; s <= 600; s += 2)
            store.append(T0 + s * 1000, {5.0 + 2.0 * s / 60.0, s == 0 ? NaN : 7.0});
        const QVector<HistoryStats> st = store.stats();
        QVERIFY(qAbs(st.at(0).trendPerMinute - 2.0) < 1e-9);
        QCOMPARE(st.at(0).current, 25.0);
        QCOMPARE(st.at(0).min, 5.0);
        QCOMPARE(st.at(0).max, 25.0);
        QVERIFY(qAbs(st.at(0).mean - 15.0) < 1e-9);
        QVERIFY(qAbs(st.at(1).trendPerMinute) < 1e-12);
        QCOMPARE(st.at(1).samples, 300);
        QCOMPARE(st.at(0).spanMs, 600'000);
        QCOMPARE(st.at(1).spanMs, 598'000);
        // Over a part of the range only.
        const QVector<HistoryStats> part = store.stats(T0 + 60'000, T0 + 120'000);
        QCOMPARE(part.at(0).min, 7.0);
        QCOMPARE(part.at(0).max, 9.0);
    }

    void gridKeysStayPutAsTimeMovesOn()
    {
        HistoryStore store(Hour);
        store.setMetrics(metrics(1));
        for (qint64 s = 0; s < 600; ++s)
            store.append(T0 + s * 250, {double(s)});
        const QVector<HistoryFrame> before = store.frames(T0, T0 + 150'000, 5000);
        for (qint64 s = 600; s < 640; ++s)
            store.append(T0 + s * 250, {double(s)});
        const QVector<HistoryFrame> after = store.frames(T0, T0 + 160'000, 5000);
        QVERIFY(before.size() >= 29);
        for (int i = 0; i + 1 < before.size(); ++i) { // all but the newest cell are unchanged
            QCOMPARE(after.at(i).key, before.at(i).key);
            QCOMPARE(after.at(i).key % 5000, 0);
            QCOMPARE(after.at(i).samples, 20);
            QCOMPARE(after.at(i).max.at(0), before.at(i).max.at(0));
        }
    }

    void exportsCsv()
    {
        HistoryStore store;
        QVector<HistoryMetric> ms = {{QStringLiteral("scheduler_utilization_total"), MetricUnit::Ratio},
                                     {QStringLiteral("memory_total_bytes"), MetricUnit::Bytes},
                                     {QStringLiteral("reductions_per_s"), MetricUnit::PerSecond}};
        store.setMetrics(ms);
        store.append(T0, {0.25, 1048576, NaN});
        store.append(T0 + 1000, {0.5, 2097152, 1234.5});
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        QVERIFY(HistoryWriter::write(&buf, HistoryWriter::Format::Csv, store, QStringLiteral("a@b"), T0, T0 + 1000));
        const QList<QByteArray> lines = buf.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QByteArray("time,unix_ms,scheduler_utilization_total,memory_total_bytes,reductions_per_s"));
        QCOMPARE(lines.at(1), QByteArray("2025-06-15T15:06:40.000Z,1750000000000,0.25,1048576,"));
        QCOMPARE(lines.at(2), QByteArray("2025-06-15T15:06:41.000Z,1750000001000,0.5,2097152,1234.5"));

        // The zoomed part only.
        QBuffer part;
        part.open(QIODevice::WriteOnly);
        QVERIFY(HistoryWriter::write(&part, HistoryWriter::Format::Csv, store, QStringLiteral("a@b"), T0 + 500, T0 + 1000));
        QCOMPARE(part.data().trimmed().split('\n').size(), 2);
    }

    void exportsBucketsWithTheirExtremes()
    {
        HistoryStore store(6 * Hour);
        store.setMetrics(metrics(1));
        for (qint64 s = 0; s < 3 * 3600; ++s)
            store.append(T0 + s * 1000, {s == 100 ? 99.0 : 1.0});
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        QVERIFY(HistoryWriter::write(&buf, HistoryWriter::Format::Csv, store, QString(), std::numeric_limits<qint64>::min(),
                                     std::numeric_limits<qint64>::max()));
        const QList<QByteArray> lines = buf.data().trimmed().split('\n');
        QCOMPARE(lines.at(0), QByteArray("time,unix_ms,samples,m0_count,m0_count_min,m0_count_max"));
        qint64 samples = 0;
        bool peak = false;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split(',');
            QCOMPARE(cells.size(), 6);
            samples += cells.at(2).toLongLong();
            peak = peak || cells.at(5) == "99";
        }
        QCOMPARE(samples, 3 * 3600);
        QVERIFY(peak);
    }

    void exportsJson()
    {
        HistoryStore store;
        store.setMetrics({{QStringLiteral("process_count"), MetricUnit::Count}, {QStringLiteral("io_in_bytes_per_s"), MetricUnit::BytesPerSecond}});
        store.append(T0, {10, NaN});
        store.append(T0 + 1000, {11, 512.25});
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        QVERIFY(HistoryWriter::write(&buf, HistoryWriter::Format::Json, store, QStringLiteral("a@b"), T0, T0 + 5000));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(buf.data(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("beamtop.history/1"));
        QCOMPARE(o.value(QStringLiteral("node")).toString(), QStringLiteral("a@b"));
        QCOMPARE(o.value(QStringLiteral("metrics")).toArray().at(1).toObject().value(QStringLiteral("unit")).toString(),
                 QStringLiteral("bytes_per_s"));
        const QJsonArray samples = o.value(QStringLiteral("samples")).toArray();
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples.at(0).toObject().value(QStringLiteral("unix_ms")).toDouble(), double(T0));
        QVERIFY(samples.at(0).toObject().value(QStringLiteral("io_in_bytes_per_s")).isNull());
        QCOMPARE(samples.at(1).toObject().value(QStringLiteral("io_in_bytes_per_s")).toDouble(), 512.25);
        QCOMPARE(samples.at(1).toObject().value(QStringLiteral("process_count")).toInt(), 11);

        // Keys in the CSV's order, the metrics as given (not sorted, as QJsonObject would):
        // process_count comes before io_in_bytes_per_s, and the head reads schema first.
        const QByteArray text = buf.data();
        QVERIFY(text.startsWith("{\"schema\":\"beamtop.history/1\",\"node\":\"a@b\","));
        const QByteArray lastRow = text.mid(text.lastIndexOf("{\"time\""));
        const qsizetype at[] = {lastRow.indexOf("\"time\""), lastRow.indexOf("\"unix_ms\""),
                                lastRow.indexOf("\"process_count\":11"), lastRow.indexOf("\"io_in_bytes_per_s\":512.25")};
        for (qsizetype i = 0; i < 4; ++i)
            QVERIFY2(at[i] >= 0 && (i == 0 || at[i] > at[i - 1]), lastRow.constData());
        // Buckets: each metric's mean, then its _min and _max, like the CSV's columns.
        QBuffer buckets;
        buckets.open(QIODevice::WriteOnly);
        HistoryWriter bw(&buckets, HistoryWriter::Format::Json);
        bw.begin(QStringLiteral("a\"b"), store.metrics(), true);
        HistoryFrame frame;
        frame.key = frame.firstMs = frame.lastMs = T0;
        frame.samples = 2;
        frame.mean = {10.5, 0.1};
        frame.min = {10, 0};
        frame.max = {11, 0.2};
        bw.writeFrame(frame);
        QVERIFY(bw.end());
        QVERIFY2(buckets.data().contains("{\"time\":\"2025-06-15T15:06:40.000Z\",\"unix_ms\":1750000000000,\"samples\":2,"
                                         "\"process_count\":10.5,\"process_count_min\":10,\"process_count_max\":11,"
                                         "\"io_in_bytes_per_s\":0.1,"),
                 buckets.data().constData());
        QCOMPARE(QJsonDocument::fromJson(buckets.data()).object().value(QStringLiteral("node")).toString(), QStringLiteral("a\"b"));

        // Streaming, with no rows at all, is still a document.
        QBuffer empty;
        empty.open(QIODevice::WriteOnly);
        HistoryWriter w(&empty, HistoryWriter::Format::Json);
        w.begin(QStringLiteral("a@b"), store.metrics());
        QVERIFY(w.end());
        QVERIFY(QJsonDocument::fromJson(empty.data()).object().value(QStringLiteral("samples")).toArray().isEmpty());
    }

    void loadMetricsNameTheColumns()
    {
        const SystemSample sys = systemSample(2, 1, 1);
        const QVector<HistoryMetric> ms = LoadMetrics::metricsFor(sys);
        QStringList keys;
        for (const HistoryMetric &m : ms)
            keys << m.key;
        for (const char *k : {"scheduler_utilization_total", "scheduler_utilization_1", "scheduler_utilization_2",
                              "scheduler_utilization_dirty_cpu_1", "scheduler_utilization_dirty_io_1",
                              "memory_total_bytes", "memory_processes_bytes", "memory_binary_bytes", "memory_ets_bytes",
                              "memory_atom_bytes", "memory_code_bytes", "process_count", "port_count",
                              "reductions_per_s", "io_in_bytes_per_s", "io_out_bytes_per_s", "gc_per_s",
                              "gc_words_reclaimed_per_s", "run_queue"})
            QVERIFY2(keys.contains(QLatin1String(k)), k);
        QCOMPARE(keys.indexOf(QStringLiteral("scheduler_utilization_total")), 0);

        SchedulerSample a, b;
        QVERIFY(SchedulerSample::fromTerm(schedulerTerm(2, 1, 1, {{0, 0}, {0, 0}, {0, 0}, {0, 0}}, 0), &a, nullptr));
        QVERIFY(SchedulerSample::fromTerm(schedulerTerm(2, 1, 1, {{900, 1000}, {100, 1000}, {0, 1000}, {500, 1000}}, 1'000'000), &b, nullptr));
        b.computeUtilization(a);
        const QVector<double> v = LoadMetrics::values(ms, sys, &b);
        QCOMPARE(v.at(keys.indexOf(QStringLiteral("scheduler_utilization_1"))), 0.9);
        QCOMPARE(v.at(keys.indexOf(QStringLiteral("scheduler_utilization_dirty_io_1"))), 0.5);
        QCOMPARE(v.at(keys.indexOf(QStringLiteral("scheduler_utilization_total"))), 1000.0 / 3000.0);
        QCOMPARE(v.at(keys.indexOf(QStringLiteral("memory_total_bytes"))), 123456789.0);
        QVERIFY(std::isnan(v.at(keys.indexOf(QStringLiteral("reductions_per_s"))))); // no rates yet
        const QVector<double> none = LoadMetrics::values(ms, sys, nullptr);
        QVERIFY(std::isnan(none.at(0)));
        QCOMPARE(none.at(keys.indexOf(QStringLiteral("process_count"))), 42.0);
        QCOMPARE(LoadMetrics::label(QStringLiteral("scheduler_utilization_dirty_cpu_1")), QStringLiteral("Dirty CPU scheduler 1"));
    }

    void loadMetricsRecordTheAllocators()
    {
        // Without the node's list of allocators (an older agent, the reduced mode): no columns.
        SystemSample sys = systemSample(2, 0, 0);
        const int base = int(LoadMetrics::metricsFor(sys).size());
        sys.allocators = {QStringLiteral("binary_alloc"), QStringLiteral("eheap_alloc")};
        const QVector<HistoryMetric> ms = LoadMetrics::metricsFor(sys);
        QStringList keys;
        for (const HistoryMetric &m : ms)
            keys << m.key;
        // After every existing column, so those keep their place in a recording.
        QCOMPARE(keys.mid(base), (QStringList{QStringLiteral("alloc_binary_allocated_bytes"), QStringLiteral("alloc_binary_used_bytes"),
                                              QStringLiteral("alloc_eheap_allocated_bytes"), QStringLiteral("alloc_eheap_used_bytes"),
                                              QStringLiteral("alloc_allocated_bytes"), QStringLiteral("alloc_used_bytes"),
                                              QStringLiteral("alloc_unused_bytes"), QStringLiteral("memory_rss_bytes")}));
        for (int i = base; i < ms.size(); ++i)
            QCOMPARE(ms.at(i).unit, MetricUnit::Bytes);
        QCOMPARE(LoadMetrics::allocatedKey(QStringLiteral("binary_alloc")), QStringLiteral("alloc_binary_allocated_bytes"));
        QCOMPARE(LoadMetrics::usedKey(QStringLiteral("eheap_alloc")), QStringLiteral("alloc_eheap_used_bytes"));
        QString type;
        bool used = true;
        QVERIFY(LoadMetrics::parseAllocKey(QStringLiteral("alloc_binary_allocated_bytes"), &type, &used));
        QCOMPARE(type, QStringLiteral("binary_alloc"));
        QVERIFY(!used);
        QVERIFY(LoadMetrics::parseAllocKey(QStringLiteral("alloc_eheap_used_bytes"), &type, &used));
        QCOMPARE(type, QStringLiteral("eheap_alloc"));
        QVERIFY(used);
        for (const char *k : {"alloc_allocated_bytes", "alloc_used_bytes", "alloc_unused_bytes", "memory_rss_bytes", "memory_total_bytes"})
            QVERIFY2(!LoadMetrics::parseAllocKey(QLatin1String(k), &type, &used), k);

        // binary_alloc: 10 MB of carriers (8 multiblock, 2 single-block), 3 MB of blocks. The
        // node's eheap_alloc did not come in this reading: its columns stay empty.
        AllocSample a;
        AllocType bin;
        bin.name = QStringLiteral("binary_alloc");
        bin.instances = 3;
        bin.mbcs.carriersSize = 8'000'000;
        bin.mbcs.blocksSize = 1'000'000;
        bin.sbcs.carriersSize = 2'000'000;
        bin.sbcs.blocksSize = 2'000'000;
        a.types = {bin};
        a.totals.allocated = 10'000'000;
        a.totals.used = 3'000'000;
        a.totals.erlangTotal = 123456789;
        const QVector<double> v = LoadMetrics::values(ms, sys, nullptr, &a);
        auto at = [&](const char *key) { return v.at(keys.indexOf(QLatin1String(key))); };
        QCOMPARE(at("alloc_binary_allocated_bytes"), 10'000'000.0);
        QCOMPARE(at("alloc_binary_used_bytes"), 3'000'000.0);
        QVERIFY(std::isnan(at("alloc_eheap_allocated_bytes")));
        QVERIFY(std::isnan(at("alloc_eheap_used_bytes")));
        QCOMPARE(at("alloc_allocated_bytes"), 10'000'000.0);
        QCOMPARE(at("alloc_used_bytes"), 3'000'000.0);
        QCOMPARE(at("alloc_unused_bytes"), 7'000'000.0);
        QVERIFY(std::isnan(at("memory_rss_bytes"))); // not Linux, or not read
        QCOMPARE(at("memory_total_bytes"), 123456789.0);
        a.totals.rss = 200'000'000;
        QCOMPARE(LoadMetrics::values(ms, sys, nullptr, &a).at(keys.indexOf(QStringLiteral("memory_rss_bytes"))), 200'000'000.0);

        // No allocator reading (it failed): every allocator column empty, the rest as before.
        const QVector<double> none = LoadMetrics::values(ms, sys, nullptr, nullptr);
        for (int i = base; i < ms.size(); ++i)
            QVERIFY2(std::isnan(none.at(i)), qPrintable(keys.at(i)));
        QCOMPARE(none.at(keys.indexOf(QStringLiteral("process_count"))), 42.0);

        QCOMPARE(LoadMetrics::label(QStringLiteral("alloc_binary_allocated_bytes")), QStringLiteral("Allocated: binary_alloc"));
        QCOMPARE(LoadMetrics::label(QStringLiteral("alloc_binary_used_bytes")), QStringLiteral("Used: binary_alloc"));
        QCOMPARE(LoadMetrics::label(QStringLiteral("alloc_unused_bytes")), QStringLiteral("Allocators: unused"));
        QCOMPARE(LoadMetrics::label(QStringLiteral("alloc_used_bytes")), QStringLiteral("Allocators: used"));
        QCOMPARE(LoadMetrics::label(QStringLiteral("memory_rss_bytes")), QStringLiteral("Memory: resident (RSS)"));
    }

    void schedulerSampleFromTheAgent()
    {
        // 2 normal, 1 dirty CPU, 1 dirty IO; run queues: 2 normal, then the dirty CPU and IO queues.
        SchedulerSample first, second;
        QVERIFY(SchedulerSample::fromTerm(schedulerTerm(2, 1, 1, {{100, 1000}, {100, 1000}, {0, 1000}, {0, 1000}}, 5'000'000), &first, nullptr));
        QVERIFY(first.wallTimeAvailable);
        QVERIFY(!first.hasUtilization);
        QVERIFY(SchedulerSample::fromTerm(schedulerTerm(2, 1, 1, {{1090, 2000}, {110, 2000}, {0, 2000}, {250, 2000}}, 6'000'000, {4, 0, 1, 2}),
                                          &second, nullptr));
        second.computeUtilization(first);
        QVERIFY(second.hasUtilization);
        QCOMPARE(second.intervalS, 1.0);
        QCOMPARE(second.items.size(), 4);
        QCOMPARE(second.items.at(0).utilization, 0.99);
        QCOMPARE(second.items.at(1).utilization, 0.01);
        QCOMPARE(second.items.at(2).type, SchedulerSample::Type::DirtyCpu);
        QCOMPARE(second.items.at(3).type, SchedulerSample::Type::DirtyIo);
        QCOMPARE(second.items.at(3).utilization, 0.25);
        QCOMPARE(second.items.at(1).sleep(), 0.99);
        QCOMPARE(second.total, (990.0 + 10.0 + 0.0) / 3000.0);
        QCOMPARE(second.dirtyIo, 0.25);
        QCOMPARE(second.busiestId, 1);
        QCOMPARE(second.idlestId, 2);
        QVERIFY(qAbs(second.spread - 0.98) < 1e-12);
        QCOMPARE(second.runQueueImbalance(), 4);
        QCOMPARE(second.items.at(2).runQueue, 1); // the dirty CPU queue, shared
        QCOMPARE(second.totalRunQueue(), 7);
        const QJsonObject json = second.toJson();
        QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), 4);
        QCOMPARE(json.value(QStringLiteral("items")).toArray().at(3).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("dirty_io"));
        QCOMPARE(json.value(QStringLiteral("utilization_total")).toDouble(), second.total);

        // Counters that went backwards (the flag was off in between): no figure, not a wrong one.
        SchedulerSample reset;
        QVERIFY(SchedulerSample::fromTerm(schedulerTerm(2, 1, 1, {{5, 10}, {5, 10}, {0, 10}, {0, 10}}, 7'000'000), &reset, nullptr));
        reset.computeUtilization(second);
        QVERIFY(!reset.hasUtilization);
        QCOMPARE(reset.items.at(0).utilization, -1.0);

        // A windowed reading carries its first half: utilisation in one call.
        Term windowed = schedulerTerm(2, 1, 1, {{600, 2000}, {100, 2000}, {0, 2000}, {0, 2000}}, 2'000'000);
        QVector<std::pair<Term, Term>> pairs = windowed.mapPairs();
        pairs.append({atom("previous"), schedulerTerm(2, 1, 1, {{100, 1000}, {100, 1000}, {0, 1000}, {0, 1000}}, 1'000'000)});
        SchedulerSample one;
        QVERIFY(SchedulerSample::fromTerm(Term::map(pairs), &one, nullptr));
        QVERIFY(one.hasUtilization);
        QCOMPARE(one.items.at(0).utilization, 0.5);

        // Without wall times (the flag is off): run queues only.
        Term off = Term::map({{atom("wall_time"), atom("undefined")}, {atom("run_queues"), Term::list({Term::integer(3)})},
                              {atom("schedulers"), Term::integer(1)}, {atom("schedulers_online"), Term::integer(1)},
                              {atom("dirty_cpu_schedulers"), Term::integer(0)}, {atom("dirty_cpu_schedulers_online"), Term::integer(0)},
                              {atom("dirty_io_schedulers"), Term::integer(0)}});
        SchedulerSample noWall;
        QVERIFY(SchedulerSample::fromTerm(off, &noWall, nullptr));
        QVERIFY(!noWall.wallTimeAvailable);
        QCOMPARE(noWall.items.at(0).runQueue, 3);

        QString error;
        QVERIFY(!SchedulerSample::fromTerm(Term::integer(1), &noWall, &error));
        QVERIFY(!error.isEmpty());
    }

    void schedulerModelUpdatesByDifference()
    {
        SchedulerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SchedulerSample a, b, c;
        QVERIFY(SchedulerSample::fromTerm(schedulerTerm(2, 1, 1, {{0, 0}, {0, 0}, {0, 0}, {0, 0}}, 0, {0, 0, 0, 0}), &a, nullptr));
        QVERIFY(SchedulerSample::fromTerm(schedulerTerm(2, 1, 1, {{500, 1000}, {0, 1000}, {0, 1000}, {0, 1000}}, 1'000'000, {2, 0, 0, 0}), &b, nullptr));
        b.computeUtilization(a);
        model.setSample(a);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, SchedulerModel::Utilization).data().toString(), QStringLiteral("—"));
        SignalCount count(&model);
        model.setSample(b);
        QCOMPARE(count.reset.count(), 0);
        QCOMPARE(count.inserted.count() + count.removed.count(), 0);
        QVERIFY(count.changed.count() >= 1);
        const int row = model.rowOf(QStringLiteral("normal.1"));
        QCOMPARE(row, 0);
        QCOMPARE(model.index(row, SchedulerModel::Utilization).data(RowTableModel::RawValueRole).toDouble(), 0.5);
        QCOMPARE(model.index(row, SchedulerModel::Utilization).data(RowTableModel::UsageRole).toDouble(), 0.5);
        QCOMPARE(model.index(row, SchedulerModel::Utilization).data().toString(), QStringLiteral("50.0 %"));
        QCOMPARE(model.index(row, SchedulerModel::Sleep).data().toString(), QStringLiteral("50.0 %"));
        QCOMPARE(model.index(row, SchedulerModel::RunQueue).data(RowTableModel::RawValueRole).toLongLong(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("dirty_io.1")), 3);
        QCOMPARE(model.headerData(SchedulerModel::Utilization, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
        count.clear();
        model.setSample(b); // the same again: nothing to say
        QCOMPARE(count.changed.count() + count.reset.count(), 0);
    }

    void historyModelShowsStatsPerMetric()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryStore store;
        store.setMetrics(LoadMetrics::metricsFor(systemSample(2, 0, 0)));
        const int mem = store.indexOf(QStringLiteral("memory_total_bytes"));
        QVector<double> v(store.metrics().size(), 0.5);
        for (int s = 0; s < 10; ++s) {
            v[mem] = 1048576.0 * (s + 1);
            store.append(T0 + s * 6000, v);
        }
        model.setStats(store.metrics(), store.stats());
        QCOMPARE(model.rowCount(), store.metrics().size());
        // Node-wide first, per scheduler last.
        QCOMPARE(model.index(0, HistoryModel::Metric).data(RowTableModel::KeyRole).toString(),
                 QStringLiteral("scheduler_utilization_total"));
        QCOMPARE(model.index(model.rowCount() - 1, HistoryModel::Metric).data(RowTableModel::KeyRole).toString(),
                 QStringLiteral("scheduler_utilization_2"));
        const int row = model.rowOf(QStringLiteral("memory_total_bytes"));
        QCOMPARE(model.index(row, HistoryModel::Current).data().toString(), QStringLiteral("10.0 MiB"));
        QCOMPARE(model.index(row, HistoryModel::Max).data(RowTableModel::RawValueRole).toDouble(), 10485760.0);
        QCOMPARE(model.index(row, HistoryModel::Trend).data().toString(), QStringLiteral("+10.0 MiB/min"));
        QCOMPARE(model.index(row, HistoryModel::Current).data(Qt::ToolTipRole).toString(), QStringLiteral("10,485,760 bytes"));

        SignalCount count(&model);
        v[mem] = 0;
        store.append(T0 + 60'000, v);
        model.setStats(store.metrics(), store.stats());
        QCOMPARE(count.reset.count(), 0);
        QCOMPARE(count.inserted.count() + count.removed.count(), 0);
        QVERIFY(count.changed.count() >= 1);
        QCOMPARE(model.index(row, HistoryModel::Current).data().toString(), QStringLiteral("0 B"));
    }

    void chartModelAppliesDifferences()
    {
        HistoryChartModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryStore store;
        store.setMetrics({{QStringLiteral("scheduler_utilization_total"), MetricUnit::Ratio},
                          {QStringLiteral("memory_total_bytes"), MetricUnit::Bytes}});
        for (int s = 0; s < 20; ++s)
            store.append(T0 + s * 1000, {s / 20.0, 1000.0 + s});
        model.setFrames(store.metrics(), store.frames(T0, T0 + 19'000));
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.columnOf(QStringLiteral("memory_total_bytes")), 2);
        QCOMPARE(model.index(3, 2).data(HistoryChartModel::RawValueRole).toDouble(), 1003.0);
        QCOMPARE(model.index(3, 2).data(HistoryChartModel::TimeRole).toLongLong(), T0 + 3000);
        QCOMPARE(model.index(5, 1).data().toString(), QStringLiteral("25.0 %"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, HistoryChartModel::MetricKeyRole).toString(),
                 QStringLiteral("memory_total_bytes"));
        QCOMPARE(model.rowNearest(T0 + 3400), 3);
        QCOMPARE(model.rowNearest(T0 + 3600), 4);

        // The live range moves on by two samples: two rows leave at the top, two arrive below.
        SignalCount count(&model);
        store.append(T0 + 20'000, {1.0, 2000.0});
        store.append(T0 + 21'000, {0.5, 2001.0});
        model.setFrames(store.metrics(), store.frames(T0 + 2000, T0 + 21'000));
        QCOMPARE(count.reset.count(), 0);
        QCOMPARE(count.removed.count(), 1);
        QCOMPARE(count.inserted.count(), 1);
        QCOMPARE(count.changed.count(), 0);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.index(0, 0).data(HistoryChartModel::KeyRole).toLongLong(), T0 + 2000);
        QCOMPARE(model.index(19, 2).data(HistoryChartModel::RawValueRole).toDouble(), 2001.0);

        // On a grid the newest cell fills up: one dataChanged, no new row.
        model.setFrames(store.metrics(), store.frames(T0, T0 + 21'000, 10'000));
        count.clear();
        store.append(T0 + 21'500, {0.0, 0.0});
        model.setFrames(store.metrics(), store.frames(T0, T0 + 21'500, 10'000));
        QCOMPARE(count.reset.count() + count.inserted.count() + count.removed.count(), 0);
        QCOMPARE(count.changed.count(), 1);
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, 2).data(HistoryChartModel::MinRole).toDouble(), 0.0);
        QCOMPARE(model.index(last, 2).data(HistoryChartModel::MaxRole).toDouble(), 2001.0);
        QCOMPARE(model.index(last, 2).data(HistoryChartModel::SamplesRole).toInt(), 3);
        QVERIFY(model.index(last, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("3 samples")));

        // Other metrics: a reset, the shape changed.
        model.setFrames({{QStringLiteral("x_count"), MetricUnit::Count}}, {});
        QCOMPARE(count.reset.count(), 1);
        QCOMPARE(model.columnCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
