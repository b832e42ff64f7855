// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmetrics.h"

#include "collect/systemsample.h"
#include "history/loadmetrics.h"

#include <QLocale>

#include <cmath>

namespace beamtop {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

struct Fixed
{
    const char *key;
    MetricUnit unit;
    AlertEntityKind entity;
    const char *label;
};

// The metrics the history does not record: derived from the system sample, or read from a
// ranking.
const Fixed FixedMetrics[] = {
    {"memory_machine_ratio", MetricUnit::Ratio, AlertEntityKind::None,
     QT_TRANSLATE_NOOP("AlertMetrics", "Memory: share of the machine's")},
    {"memory_system_bytes", MetricUnit::Bytes, AlertEntityKind::None, QT_TRANSLATE_NOOP("AlertMetrics", "Memory: system")},
    {"memory_persistent_term_bytes", MetricUnit::Bytes, AlertEntityKind::None,
     QT_TRANSLATE_NOOP("AlertMetrics", "Memory: persistent terms")},
    {"process_usage_ratio", MetricUnit::Ratio, AlertEntityKind::None,
     QT_TRANSLATE_NOOP("AlertMetrics", "Processes: share of the limit")},
    {"port_usage_ratio", MetricUnit::Ratio, AlertEntityKind::None, QT_TRANSLATE_NOOP("AlertMetrics", "Ports: share of the limit")},
    {"atom_usage_ratio", MetricUnit::Ratio, AlertEntityKind::None, QT_TRANSLATE_NOOP("AlertMetrics", "Atoms: share of the limit")},
    {"ets_usage_ratio", MetricUnit::Ratio, AlertEntityKind::None,
     QT_TRANSLATE_NOOP("AlertMetrics", "ETS tables: share of the limit")},
    {"run_queue_per_scheduler", MetricUnit::Count, AlertEntityKind::None,
     QT_TRANSLATE_NOOP("AlertMetrics", "Run queue per online scheduler")},
    {"atom_count", MetricUnit::Count, AlertEntityKind::None, QT_TRANSLATE_NOOP("AlertMetrics", "Atoms")},
    {"ets_count", MetricUnit::Count, AlertEntityKind::None, QT_TRANSLATE_NOOP("AlertMetrics", "ETS tables")},
    {"process_message_queue_max", MetricUnit::Count, AlertEntityKind::Process,
     QT_TRANSLATE_NOOP("AlertMetrics", "Largest message queue (a process)")},
    {"process_memory_max", MetricUnit::Bytes, AlertEntityKind::Process,
     QT_TRANSLATE_NOOP("AlertMetrics", "Largest process memory (a process)")},
    {"process_memory_growth_max", MetricUnit::BytesPerSecond, AlertEntityKind::Process,
     QT_TRANSLATE_NOOP("AlertMetrics", "Fastest-growing process memory (a process)")},
    {"ets_memory_max", MetricUnit::Bytes, AlertEntityKind::EtsTable,
     QT_TRANSLATE_NOOP("AlertMetrics", "Largest ETS table memory (a table)")},
    {"ets_size_max", MetricUnit::Count, AlertEntityKind::EtsTable,
     QT_TRANSLATE_NOOP("AlertMetrics", "Most objects in an ETS table (a table)")},
    {"ets_memory_growth_max", MetricUnit::BytesPerSecond, AlertEntityKind::EtsTable,
     QT_TRANSLATE_NOOP("AlertMetrics", "Fastest-growing ETS table (a table)")},
    {"port_queue_max", MetricUnit::Bytes, AlertEntityKind::Port,
     QT_TRANSLATE_NOOP("AlertMetrics", "Largest port queue (a port)")},
    {"port_queue_growth_max", MetricUnit::BytesPerSecond, AlertEntityKind::Port,
     QT_TRANSLATE_NOOP("AlertMetrics", "Fastest-growing port queue (a port)")},
    {"dist_queue_max", MetricUnit::Bytes, AlertEntityKind::DistLink,
     QT_TRANSLATE_NOOP("AlertMetrics", "Largest distribution queue (a connected node)")},
};

AlertMetric fromFixed(const Fixed &f)
{
    return {QLatin1String(f.key), f.unit, f.entity, AlertMetrics::tr(f.label)};
}

// The LoadMetrics columns a node has whatever its schedulers and allocators, for the catalogue
// before a node is seen.
QVector<HistoryMetric> genericHistory()
{
    SystemSample s;
    s.schedulers = s.schedulersOnline = 1;
    return LoadMetrics::metricsFor(s, true);
}

MetricUnit historyUnit(const QString &key)
{
    for (const HistoryMetric &m : genericHistory())
        if (m.key == key)
            return m.unit;
    if (key.startsWith(QLatin1String("scheduler_utilization_")))
        return MetricUnit::Ratio;
    if (key.endsWith(QLatin1String("_bytes")))
        return MetricUnit::Bytes;
    return MetricUnit::Count;
}

bool isHistoryKey(const QString &key)
{
    for (const HistoryMetric &m : genericHistory())
        if (m.key == key)
            return true;
    int type = 0, index = 0;
    QString alloc;
    bool used = false;
    return LoadMetrics::parseSchedulerKey(key, &type, &index) || LoadMetrics::parseAllocKey(key, &alloc, &used);
}

double ratio(qint64 count, qint64 limit)
{
    return limit > 0 ? double(count) / double(limit) : NaN;
}

} // namespace

QVector<AlertMetric> AlertMetrics::catalogue(const QVector<HistoryMetric> &history)
{
    QVector<AlertMetric> out;
    for (const Fixed &f : FixedMetrics)
        out.append(fromFixed(f));
    const QVector<HistoryMetric> &hist = history.isEmpty() ? genericHistory() : history;
    for (const HistoryMetric &m : hist) {
        bool dup = false;
        for (const AlertMetric &a : out)
            dup = dup || a.key == m.key;
        if (!dup)
            out.append({m.key, m.unit, AlertEntityKind::None, LoadMetrics::label(m.key)});
    }
    return out;
}

QVector<AlertMetric> AlertMetrics::entityMetrics()
{
    QVector<AlertMetric> out;
    for (const Fixed &f : FixedMetrics)
        if (f.entity != AlertEntityKind::None)
            out.append(fromFixed(f));
    return out;
}

bool AlertMetrics::find(const QString &key, AlertMetric *out)
{
    for (const Fixed &f : FixedMetrics) {
        if (key == QLatin1String(f.key)) {
            *out = fromFixed(f);
            return true;
        }
    }
    if (isHistoryKey(key)) {
        *out = {key, historyUnit(key), AlertEntityKind::None, LoadMetrics::label(key)};
        return true;
    }
    return false;
}

bool AlertMetrics::isEntityKey(const QString &key)
{
    for (const Fixed &f : FixedMetrics)
        if (key == QLatin1String(f.key))
            return f.entity != AlertEntityKind::None;
    return false;
}

QHash<QString, double> AlertMetrics::nodeValues(const SystemSample &s, const QVector<HistoryMetric> &metrics,
                                                const QVector<double> &values)
{
    QHash<QString, double> out;
    for (int i = 0; i < metrics.size() && i < values.size(); ++i)
        out.insert(metrics.at(i).key, values.at(i));
    out.insert(QStringLiteral("memory_machine_ratio"),
               s.machineMemory > 0 ? double(s.memory.total) / double(s.machineMemory) : NaN);
    out.insert(QStringLiteral("memory_system_bytes"), double(s.memory.system));
    out.insert(QStringLiteral("memory_persistent_term_bytes"), double(s.memory.persistentTerm));
    out.insert(QStringLiteral("process_usage_ratio"), ratio(s.processCount, s.processLimit));
    out.insert(QStringLiteral("port_usage_ratio"), ratio(s.portCount, s.portLimit));
    out.insert(QStringLiteral("atom_usage_ratio"), ratio(s.atomCount, s.atomLimit));
    out.insert(QStringLiteral("ets_usage_ratio"), ratio(s.etsCount, s.etsLimit));
    const qint64 online = s.schedulersOnline > 0 ? s.schedulersOnline : s.schedulers;
    out.insert(QStringLiteral("run_queue_per_scheduler"), online > 0 ? double(s.runQueue) / double(online) : NaN);
    out.insert(QStringLiteral("process_count"), double(s.processCount));
    out.insert(QStringLiteral("port_count"), double(s.portCount));
    out.insert(QStringLiteral("atom_count"), double(s.atomCount));
    out.insert(QStringLiteral("ets_count"), double(s.etsCount));
    return out;
}

QString AlertMetrics::formatValue(const QString &key, double v)
{
    if (std::isnan(v))
        return tr("unknown");
    AlertMetric m;
    const MetricUnit unit = find(key, &m) ? m.unit : MetricUnit::Count;
    const QLocale locale;
    auto bytes = [&locale](double b) {
        static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        double x = std::fabs(b);
        while (x >= 1024 && u < 4) {
            x /= 1024;
            ++u;
        }
        const double shown = b < 0 ? -x : x;
        if (u == 0)
            return QString(locale.toString(qint64(std::llround(b))) + QStringLiteral(" B"));
        return QString(locale.toString(shown, 'f', 1) + QLatin1Char(' ') + QLatin1String(units[u]));
    };
    switch (unit) {
    case MetricUnit::Ratio: {
        // Small shares keep two significant digits: a threshold of 0.01 % is not "0.0 %".
        const double pct = v * 100;
        const QString n = pct != 0 && std::fabs(pct) < 1 ? locale.toString(pct, 'g', 2) : locale.toString(pct, 'f', 1);
        return QString(n + QStringLiteral(" %"));
    }
    case MetricUnit::Bytes: return bytes(v);
    case MetricUnit::BytesPerSecond: return QString(bytes(v) + QStringLiteral("/s"));
    case MetricUnit::PerSecond:
        return QString((std::fabs(v) >= 100 ? locale.toString(qint64(std::llround(v))) : locale.toString(v, 'f', 1))
                       + QStringLiteral("/s"));
    case MetricUnit::Count:
        return v == std::floor(v) && std::fabs(v) < 1e15 ? locale.toString(qint64(v)) : locale.toString(v, 'f', 2);
    }
    return QString::number(v);
}

} // namespace beamtop
