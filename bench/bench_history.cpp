// SPDX-License-Identifier: GPL-3.0-or-later
// What history costs: fills a HistoryStore with a window of samples at an interval (24 hours at
// 1 s by default) for nodes of a few sizes, and reports the bytes it holds (its own count, and
// the process's resident memory growth as the kernel sees it, after handing freed buffers back
// with malloc_trim), the time per sample appended,
// and what the Load page does once per tick over the full window: stitched frames with stats,
// and the frames merged for the charts.
//
//   build/bench/bench_history [--hours 24] [--interval-ms 1000] [--schedulers 2:2:10,16:16:10,128:128:10]
#include "collect/systemsample.h"
#include "history/historystore.h"
#include "history/loadmetrics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cmath>
#include <memory>

#include <malloc.h>
#include <unistd.h>

using namespace beamtop;

namespace {

qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 2) + QStringLiteral(" MiB");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption hours(QStringLiteral("hours"), QStringLiteral("Window and recording length."), QStringLiteral("H"), QStringLiteral("24"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"), QStringLiteral("Sample interval."), QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption scheds(QStringLiteral("schedulers"),
                                    QStringLiteral("Node sizes as normal:dirty_cpu:dirty_io, comma-separated."), QStringLiteral("LIST"),
                                    QStringLiteral("2:2:10,16:16:10,128:128:10"));
    p.addOptions({hours, interval, scheds});
    p.process(app);
    const qint64 windowMs = qint64(p.value(hours).toDouble() * 3600 * 1000);
    const qint64 stepMs = p.value(interval).toLongLong();
    QTextStream out(stdout);
    out << "History of " << p.value(hours) << " h at " << stepMs << " ms (" << windowMs / stepMs << " samples)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("schedulers"), -12).arg(QStringLiteral("metrics"), 8).arg(QStringLiteral("store bytes"), 14)
               .arg(QStringLiteral("RSS growth"), 14).arg(QStringLiteral("bound"), 12).arg(QStringLiteral("all raw"), 12)
               .arg(QStringLiteral("append"), 10).arg(QStringLiteral("tick: stats"), 12).arg(QStringLiteral("tick: chart"), 12);

    const QStringList sizes = p.value(scheds).split(QLatin1Char(','));
    for (const QString &size : sizes) {
        const QStringList n = size.split(QLatin1Char(':'));
        if (n.size() != 3)
            return 2;
        SystemSample sys;
        sys.schedulers = n.at(0).toInt();
        sys.dirtyCpuSchedulers = n.at(1).toInt();
        sys.dirtyIoSchedulers = n.at(2).toInt();
        const QVector<HistoryMetric> metrics = LoadMetrics::metricsFor(sys);
        const int m = int(metrics.size());

        const qint64 rssBefore = residentBytes();
        auto store = std::make_unique<HistoryStore>(windowMs);
        store->setMetrics(metrics);
        QVector<double> v(m);
        const qint64 t0 = 1'750'000'000'000;
        const qint64 samples = windowMs / stepMs;
        QElapsedTimer clock;
        clock.start();
        for (qint64 i = 0; i < samples; ++i) {
            // Values that move, so no bucket is trivially constant.
            for (int k = 0; k < m; ++k)
                v[k] = 1000.0 * k + std::fmod(double(i * (k + 7)), 997.0);
            store->append(t0 + i * stepMs, v);
        }
        const double appendUs = double(clock.nsecsElapsed()) / 1000.0 / double(samples);
        // Buffers freed while the rings grew stay with the allocator until trimmed; what the
        // store holds is what is left after giving them back.
        malloc_trim(0);
        const qint64 rssGrowth = residentBytes() - rssBefore;

        // One Load page tick over the whole window: frames + stats, then frames on the chart grid.
        const qint64 from = store->lastMs() - windowMs, to = store->lastMs();
        clock.restart();
        const QVector<HistoryStats> stats = store->stats(from, to);
        const int frames = store->frameCount(from, to);
        const double statsMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        const qint64 grid = qMax<qint64>(1000, (to - from) / 720);
        const QVector<HistoryFrame> chart = store->frames(from, to, grid);
        const double chartMs = double(clock.nsecsElapsed()) / 1e6;
        Q_UNUSED(stats)

        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(size, -12).arg(m, 8).arg(mib(store->memoryBytes()), 14).arg(mib(rssGrowth), 14)
                   .arg(mib(HistoryStore::capacityBytes(m)), 12)
                   .arg(mib(samples * m * qint64(sizeof(double))), 12)
                   .arg(QString::number(appendUs, 'f', 2) + QStringLiteral(" µs"), 10)
                   .arg(QString::number(statsMs, 'f', 1) + QStringLiteral(" ms"), 12)
                   .arg(QString::number(chartMs, 'f', 1) + QStringLiteral(" ms"), 12);
        out << QStringLiteral("             %1 frames stitched (%2 samples), %3 on the chart grid\n")
                   .arg(frames).arg(store->sampleCount()).arg(chart.size());
        out.flush();
    }
    return 0;
}
