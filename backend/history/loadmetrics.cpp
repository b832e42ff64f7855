// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadmetrics.h"

#include "collect/allocsample.h"
#include "collect/schedulersample.h"
#include "collect/systemsample.h"

#include <QCoreApplication>

#include <limits>

namespace beamtop {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

const QString UtilPrefix = QStringLiteral("scheduler_utilization_");
const QString DirtyCpuPrefix = QStringLiteral("scheduler_utilization_dirty_cpu_");
const QString DirtyIoPrefix = QStringLiteral("scheduler_utilization_dirty_io_");
const QString AllocPrefix = QStringLiteral("alloc_");
const QString AllocatedSuffix = QStringLiteral("_allocated_bytes");
const QString UsedSuffix = QStringLiteral("_used_bytes");
const QString AllocSuffix = QStringLiteral("_alloc");

struct Fixed
{
    const char *key;
    MetricUnit unit;
};

// After the per-scheduler columns, in this order.
const Fixed FixedMetrics[] = {
    {"scheduler_utilization_spread", MetricUnit::Ratio},
    {"run_queue", MetricUnit::Count},
    {"run_queue_imbalance", MetricUnit::Count},
    {"memory_total_bytes", MetricUnit::Bytes},
    {"memory_processes_bytes", MetricUnit::Bytes},
    {"memory_binary_bytes", MetricUnit::Bytes},
    {"memory_ets_bytes", MetricUnit::Bytes},
    {"memory_atom_bytes", MetricUnit::Bytes},
    {"memory_code_bytes", MetricUnit::Bytes},
    {"process_count", MetricUnit::Count},
    {"port_count", MetricUnit::Count},
    {"reductions_per_s", MetricUnit::PerSecond},
    {"io_in_bytes_per_s", MetricUnit::BytesPerSecond},
    {"io_out_bytes_per_s", MetricUnit::BytesPerSecond},
    {"gc_per_s", MetricUnit::PerSecond},
    {"gc_words_reclaimed_per_s", MetricUnit::PerSecond},
};

// After the per-type allocator columns.
const Fixed AllocTotals[] = {
    {"alloc_allocated_bytes", MetricUnit::Bytes},
    {"alloc_used_bytes", MetricUnit::Bytes},
    {"alloc_unused_bytes", MetricUnit::Bytes},
    {"memory_rss_bytes", MetricUnit::Bytes},
};

// Last, when the node runs Mnesia (it may start after the other columns exist).
const Fixed MnesiaMetrics[] = {
    {"mnesia_commits_per_s", MetricUnit::PerSecond},
    {"mnesia_failures_per_s", MetricUnit::PerSecond},
    {"mnesia_restarts_per_s", MetricUnit::PerSecond},
    {"mnesia_log_writes_per_s", MetricUnit::PerSecond},
};

double known(double v)
{
    return v < 0 ? NaN : v;
}

// "binary_alloc" -> "binary"
QString shortName(const QString &typeName)
{
    return typeName.endsWith(AllocSuffix) ? typeName.chopped(AllocSuffix.size()) : typeName;
}

} // namespace

QVector<HistoryMetric> LoadMetrics::metricsFor(const SystemSample &s)
{
    return metricsFor(s, s.hasMnesia);
}

bool LoadMetrics::isMnesiaKey(const QString &key)
{
    return key.startsWith(QLatin1String("mnesia_"));
}

QVector<HistoryMetric> LoadMetrics::metricsFor(const SystemSample &s, bool withMnesia)
{
    QVector<HistoryMetric> out;
    out.append({QStringLiteral("scheduler_utilization_total"), MetricUnit::Ratio});
    for (qint64 i = 1; i <= s.schedulers; ++i)
        out.append({UtilPrefix + QString::number(i), MetricUnit::Ratio});
    for (qint64 i = 1; i <= s.dirtyCpuSchedulers; ++i)
        out.append({DirtyCpuPrefix + QString::number(i), MetricUnit::Ratio});
    for (qint64 i = 1; i <= s.dirtyIoSchedulers; ++i)
        out.append({DirtyIoPrefix + QString::number(i), MetricUnit::Ratio});
    for (const Fixed &f : FixedMetrics)
        out.append({QLatin1String(f.key), f.unit});
    // A node that does not list its allocators (an older agent, the reduced mode) cannot be
    // read for them either: no columns that would stay empty.
    if (!s.allocators.isEmpty()) {
        for (const QString &type : s.allocators) {
            out.append({allocatedKey(type), MetricUnit::Bytes});
            out.append({usedKey(type), MetricUnit::Bytes});
        }
        for (const Fixed &f : AllocTotals)
            out.append({QLatin1String(f.key), f.unit});
    }
    if (withMnesia)
        for (const Fixed &f : MnesiaMetrics)
            out.append({QLatin1String(f.key), f.unit});
    return out;
}

QString LoadMetrics::allocatedKey(const QString &typeName)
{
    return AllocPrefix + shortName(typeName) + AllocatedSuffix;
}

QString LoadMetrics::usedKey(const QString &typeName)
{
    return AllocPrefix + shortName(typeName) + UsedSuffix;
}

bool LoadMetrics::parseAllocKey(const QString &key, QString *typeName, bool *used)
{
    if (!key.startsWith(AllocPrefix))
        return false;
    const bool isUsed = key.endsWith(UsedSuffix);
    if (!isUsed && !key.endsWith(AllocatedSuffix))
        return false;
    // alloc_allocated_bytes and alloc_used_bytes (the totals) have no type between the two.
    const qsizetype length = key.size() - AllocPrefix.size() - (isUsed ? UsedSuffix : AllocatedSuffix).size();
    if (length <= 0)
        return false;
    *typeName = key.mid(AllocPrefix.size(), length) + AllocSuffix;
    *used = isUsed;
    return true;
}

bool LoadMetrics::parseSchedulerKey(const QString &key, int *type, int *index)
{
    QString rest;
    SchedulerSample::Type t = SchedulerSample::Type::Normal;
    if (key.startsWith(DirtyCpuPrefix)) {
        t = SchedulerSample::Type::DirtyCpu;
        rest = key.mid(DirtyCpuPrefix.size());
    } else if (key.startsWith(DirtyIoPrefix)) {
        t = SchedulerSample::Type::DirtyIo;
        rest = key.mid(DirtyIoPrefix.size());
    } else if (key.startsWith(UtilPrefix)) {
        rest = key.mid(UtilPrefix.size());
    } else {
        return false;
    }
    bool ok = false;
    const int i = rest.toInt(&ok);
    if (!ok || i < 1)
        return false;
    *type = int(t);
    *index = i;
    return true;
}

QVector<double> LoadMetrics::values(const QVector<HistoryMetric> &metrics, const SystemSample &s,
                                    const SchedulerSample *sched, const AllocSample *alloc)
{
    QVector<double> out;
    out.reserve(metrics.size());
    const double rate = s.hasRates ? 1.0 : NaN; // NaN times anything stays NaN
    const double mnesiaRate = s.hasMnesiaRates ? 1.0 : NaN;
    for (const HistoryMetric &m : metrics) {
        const QString &k = m.key;
        double v = NaN;
        int type = 0, index = 0;
        QString allocType;
        bool used = false;
        if (k == QLatin1String("scheduler_utilization_total")) {
            v = sched ? known(sched->total) : NaN;
        } else if (k == QLatin1String("scheduler_utilization_spread")) {
            v = sched ? known(sched->spread) : NaN;
        } else if (parseSchedulerKey(k, &type, &index)) {
            if (sched) {
                for (const SchedulerSample::Scheduler &x : sched->items) {
                    if (int(x.type) == type && x.index == index) {
                        v = known(x.utilization);
                        break;
                    }
                }
            }
        } else if (k == QLatin1String("run_queue")) {
            v = double(s.runQueue);
        } else if (k == QLatin1String("run_queue_imbalance")) {
            v = sched ? double(sched->runQueueImbalance()) : NaN;
        } else if (k == QLatin1String("memory_total_bytes")) {
            v = double(s.memory.total);
        } else if (k == QLatin1String("memory_processes_bytes")) {
            v = double(s.memory.processes);
        } else if (k == QLatin1String("memory_binary_bytes")) {
            v = double(s.memory.binary);
        } else if (k == QLatin1String("memory_ets_bytes")) {
            v = double(s.memory.ets);
        } else if (k == QLatin1String("memory_atom_bytes")) {
            v = double(s.memory.atom);
        } else if (k == QLatin1String("memory_code_bytes")) {
            v = double(s.memory.code);
        } else if (k == QLatin1String("process_count")) {
            v = double(s.processCount);
        } else if (k == QLatin1String("port_count")) {
            v = double(s.portCount);
        } else if (k == QLatin1String("reductions_per_s")) {
            v = rate * s.reductionsPerS;
        } else if (k == QLatin1String("io_in_bytes_per_s")) {
            v = rate * s.ioInputBytesPerS;
        } else if (k == QLatin1String("io_out_bytes_per_s")) {
            v = rate * s.ioOutputBytesPerS;
        } else if (k == QLatin1String("gc_per_s")) {
            v = rate * s.gcPerS;
        } else if (k == QLatin1String("gc_words_reclaimed_per_s")) {
            v = rate * s.gcWordsReclaimedPerS;
        } else if (k == QLatin1String("mnesia_commits_per_s")) {
            v = mnesiaRate * s.mnesiaCommitsPerS;
        } else if (k == QLatin1String("mnesia_failures_per_s")) {
            v = mnesiaRate * s.mnesiaFailuresPerS;
        } else if (k == QLatin1String("mnesia_restarts_per_s")) {
            v = mnesiaRate * s.mnesiaRestartsPerS;
        } else if (k == QLatin1String("mnesia_log_writes_per_s")) {
            v = mnesiaRate * s.mnesiaLogWritesPerS;
        } else if (k == QLatin1String("alloc_allocated_bytes")) {
            v = alloc ? double(alloc->totals.allocated) : NaN;
        } else if (k == QLatin1String("alloc_used_bytes")) {
            v = alloc ? double(alloc->totals.used) : NaN;
        } else if (k == QLatin1String("alloc_unused_bytes")) {
            v = alloc ? double(alloc->totals.unused()) : NaN;
        } else if (k == QLatin1String("memory_rss_bytes")) {
            v = alloc && alloc->totals.rss ? double(*alloc->totals.rss) : NaN;
        } else if (parseAllocKey(k, &allocType, &used)) {
            const AllocType *t = alloc ? alloc->type(allocType) : nullptr;
            v = t ? double(used ? t->blocksSize() : t->carriersSize()) : NaN;
        }
        out.append(v);
    }
    return out;
}

QString LoadMetrics::label(const QString &key)
{
    QString allocType;
    bool used = false;
    if (parseAllocKey(key, &allocType, &used))
        return used ? QCoreApplication::translate("LoadMetrics", "Used: %1").arg(allocType)
                    : QCoreApplication::translate("LoadMetrics", "Allocated: %1").arg(allocType);
    int type = 0, index = 0;
    if (parseSchedulerKey(key, &type, &index)) {
        switch (SchedulerSample::Type(type)) {
        case SchedulerSample::Type::Normal: return QCoreApplication::translate("LoadMetrics", "Scheduler %1").arg(index);
        case SchedulerSample::Type::DirtyCpu: return QCoreApplication::translate("LoadMetrics", "Dirty CPU scheduler %1").arg(index);
        case SchedulerSample::Type::DirtyIo: return QCoreApplication::translate("LoadMetrics", "Dirty I/O scheduler %1").arg(index);
        }
    }
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"scheduler_utilization_total", QT_TRANSLATE_NOOP("LoadMetrics", "Scheduler utilisation")},
        {"scheduler_utilization_spread", QT_TRANSLATE_NOOP("LoadMetrics", "Busiest minus idlest scheduler")},
        {"run_queue", QT_TRANSLATE_NOOP("LoadMetrics", "Run queue")},
        {"run_queue_imbalance", QT_TRANSLATE_NOOP("LoadMetrics", "Run queue imbalance")},
        {"memory_total_bytes", QT_TRANSLATE_NOOP("LoadMetrics", "Memory: total")},
        {"memory_processes_bytes", QT_TRANSLATE_NOOP("LoadMetrics", "Memory: processes")},
        {"memory_binary_bytes", QT_TRANSLATE_NOOP("LoadMetrics", "Memory: binary")},
        {"memory_ets_bytes", QT_TRANSLATE_NOOP("LoadMetrics", "Memory: ETS")},
        {"memory_atom_bytes", QT_TRANSLATE_NOOP("LoadMetrics", "Memory: atoms")},
        {"memory_code_bytes", QT_TRANSLATE_NOOP("LoadMetrics", "Memory: code")},
        {"process_count", QT_TRANSLATE_NOOP("LoadMetrics", "Processes")},
        {"port_count", QT_TRANSLATE_NOOP("LoadMetrics", "Ports")},
        {"reductions_per_s", QT_TRANSLATE_NOOP("LoadMetrics", "Reductions/s")},
        {"io_in_bytes_per_s", QT_TRANSLATE_NOOP("LoadMetrics", "I/O in/s")},
        {"io_out_bytes_per_s", QT_TRANSLATE_NOOP("LoadMetrics", "I/O out/s")},
        {"gc_per_s", QT_TRANSLATE_NOOP("LoadMetrics", "Garbage collections/s")},
        {"gc_words_reclaimed_per_s", QT_TRANSLATE_NOOP("LoadMetrics", "Words reclaimed/s")},
        {"alloc_allocated_bytes", QT_TRANSLATE_NOOP("LoadMetrics", "Allocators: allocated")},
        {"alloc_used_bytes", QT_TRANSLATE_NOOP("LoadMetrics", "Allocators: used")},
        {"alloc_unused_bytes", QT_TRANSLATE_NOOP("LoadMetrics", "Allocators: unused")},
        {"memory_rss_bytes", QT_TRANSLATE_NOOP("LoadMetrics", "Memory: resident (RSS)")},
        {"mnesia_commits_per_s", QT_TRANSLATE_NOOP("LoadMetrics", "Mnesia: commits/s")},
        {"mnesia_failures_per_s", QT_TRANSLATE_NOOP("LoadMetrics", "Mnesia: failures/s")},
        {"mnesia_restarts_per_s", QT_TRANSLATE_NOOP("LoadMetrics", "Mnesia: restarts/s")},
        {"mnesia_log_writes_per_s", QT_TRANSLATE_NOOP("LoadMetrics", "Mnesia: log writes/s")},
    };
    for (const auto &l : labels) {
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("LoadMetrics", l.label);
    }
    return key;
}

} // namespace beamtop
