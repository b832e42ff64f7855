// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"

namespace beamtop {

struct AllocSample;
struct SchedulerSample;
struct SystemSample;

// The metrics Beamtop records about a node's load, shared by the desktop's history and
// `beamtop-cli record`, so both write the same columns:
//   scheduler_utilization_total, scheduler_utilization_1..N (normal schedulers),
//   scheduler_utilization_dirty_cpu_1..N, scheduler_utilization_dirty_io_1..N,
//   scheduler_utilization_spread, run_queue, run_queue_imbalance,
//   memory_{total,processes,binary,ets,atom,code}_bytes, process_count, port_count,
//   reductions_per_s, io_in_bytes_per_s, io_out_bytes_per_s, gc_per_s, gc_words_reclaimed_per_s,
// and, when the node lists its allocators (SystemSample::allocators), for each alloc_util type
// alloc_<short>_allocated_bytes and alloc_<short>_used_bytes (<short> is the name without
// "_alloc": alloc_binary_allocated_bytes), then alloc_allocated_bytes, alloc_used_bytes,
// alloc_unused_bytes and memory_rss_bytes (NaN on a node without an RSS reading); and, when
// the node runs Mnesia, mnesia_commits_per_s, mnesia_failures_per_s, mnesia_restarts_per_s and
// mnesia_log_writes_per_s.
// Utilisation is a ratio, 0..1. New columns go at the end, so existing ones keep their place.
struct LoadMetrics
{
    // The columns for a node with the schedulers this sample reports (the counts never change
    // while a node runs, so the columns stay put).
    static QVector<HistoryMetric> metricsFor(const SystemSample &system);
    // The same with the Mnesia columns or without, whatever this sample says: a recorder that
    // has seen Mnesia keeps its columns (empty) after it stops, so the set does not shrink.
    static QVector<HistoryMetric> metricsFor(const SystemSample &system, bool withMnesia);
    static bool isMnesiaKey(const QString &key);
    // One value per metric; NaN where not known yet (rates and utilisation need two samples)
    // or not read (no scheduler sample).
    static QVector<double> values(const QVector<HistoryMetric> &metrics, const SystemSample &system,
                                  const SchedulerSample *schedulers, const AllocSample *allocators = nullptr);

    // For people: "Scheduler 3", "Memory: binary", ... (translated).
    static QString label(const QString &key);
    // The per-type allocator keys: "binary_alloc" gives alloc_binary_allocated_bytes and
    // alloc_binary_used_bytes.
    static QString allocatedKey(const QString &typeName);
    static QString usedKey(const QString &typeName);
    // The allocator type a per-type key is about ("binary_alloc") and whether it is the used
    // bytes (else allocated); false for other keys, the totals included.
    static bool parseAllocKey(const QString &key, QString *typeName, bool *used);
    // The scheduler a per-scheduler key is about ("scheduler_utilization_dirty_cpu_2" gives
    // dirty CPU, 2); false for other keys.
    static bool parseSchedulerKey(const QString &key, int *type, int *index);
};

} // namespace beamtop
