// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace beamtop {

struct SystemSample;

// What an entity metric ranks: the largest (or fastest-growing) process, ETS table or port,
// answered from the node's ranking (the agent's ranking engine), not from a scan of its own.
enum class AlertEntityKind { None, Process, EtsTable, Port, DistLink };

struct AlertMetric
{
    QString key;
    MetricUnit unit = MetricUnit::Count;
    AlertEntityKind entity = AlertEntityKind::None;
    QString label; // for people, translated: "Largest message queue"

    bool isEntity() const { return entity != AlertEntityKind::None; }
};

// The metrics a rule can watch:
// - node metrics, from each system sample and the row of history recorded with it: every
//   LoadMetrics key (memory_total_bytes, run_queue, scheduler_utilization_total,
//   reductions_per_s, alloc_*, mnesia_*, ...), and derived ones: memory_system_bytes,
//   memory_persistent_term_bytes, memory_machine_ratio (the node's total memory over the
//   machine's), process_usage_ratio, port_usage_ratio, atom_usage_ratio, ets_usage_ratio (count
//   over limit), run_queue_per_scheduler (over the online schedulers), process_count,
//   port_count, atom_count, ets_count;
// - entity metrics, one value per entity among the largest few of a ranking:
//   process_message_queue_max, process_memory_max, process_memory_growth_max (bytes/s),
//   ets_memory_max, ets_size_max, ets_memory_growth_max (bytes/s), port_queue_max,
//   port_queue_growth_max (bytes/s), dist_queue_max (bytes waiting on a distribution link, one
//   per connected node, from the `dist` request).
class AlertMetrics
{
    Q_DECLARE_TR_FUNCTIONS(AlertMetrics)
public:
    // The fixed metrics (derived node metrics and entity metrics), then the history's own
    // (the node's LoadMetrics set, when given), without duplicates.
    static QVector<AlertMetric> catalogue(const QVector<HistoryMetric> &history = {});
    static QVector<AlertMetric> entityMetrics();
    // The metric for a key: a fixed one or a LoadMetrics key (known by its form even before a
    // node is seen: alloc_binary_used_bytes, scheduler_utilization_3); false otherwise.
    static bool find(const QString &key, AlertMetric *out);
    static bool isEntityKey(const QString &key);
    // Every node metric's value for one sample and the history row recorded with it (NaN
    // where unknown: the machine's memory on a node that does not say it, a rate before its
    // second sample).
    static QHash<QString, double> nodeValues(const SystemSample &system, const QVector<HistoryMetric> &metrics,
                                             const QVector<double> &values);
    // A value for people in the metric's unit: "85.0 %", "1.2 GiB", "12,000", "3.4 MiB/s".
    static QString formatValue(const QString &key, double value);
};

} // namespace beamtop
