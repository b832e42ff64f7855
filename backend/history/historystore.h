// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include <limits>
#include <vector>

namespace beamtop {

// What a recorded number measures: how to show it and what its export column means.
enum class MetricUnit { Ratio, Bytes, Count, PerSecond, BytesPerSecond };

struct HistoryMetric
{
    QString key; // snake_case, the unit in the name: "memory_total_bytes", "reductions_per_s"
    MetricUnit unit = MetricUnit::Count;

    bool operator==(const HistoryMetric &o) const { return key == o.key && unit == o.unit; }
    bool operator!=(const HistoryMetric &o) const { return !(*this == o); }
};

// One point of history: a single sample, or a bucket of several with, per metric, the least,
// the greatest and the mean value over them (so a peak survives downsampling). NaN: no value
// (a rate before its second sample, a metric the node did not report).
struct HistoryFrame
{
    qint64 key = 0;     // stable identity: the sample's time, or the bucket's start on its grid
    qint64 firstMs = 0; // time of the first sample in it (ms since the epoch, UTC)
    qint64 lastMs = 0;  // time of the last
    int samples = 0;
    QVector<double> min, max, mean; // one per metric

    // Where the frame sits on a time axis.
    qint64 timeMs() const { return firstMs + (lastMs - firstMs) / 2; }
};

// Per metric over a range: the latest value, the extremes, the mean (weighted by samples) and
// the trend, the least-squares slope of the values over time, per minute.
struct HistoryStats
{
    bool valid = false; // some sample had a value
    double current = std::numeric_limits<double>::quiet_NaN();
    double min = 0, max = 0, mean = 0, trendPerMinute = 0;
    qint64 samples = 0;
    qint64 spanMs = 0; // from the first sample with a value to the last
};

// Every sampled metric over a rolling window (15 minutes by default, up to 24 hours), in
// bounded memory. Recent samples are kept as they came; older ones survive as buckets of 10 s
// and 60 s holding min, max and mean, so a long window costs a few megabytes and a spike an
// hour ago is still there at its full height. Levels, newest first:
//   raw    up to 4,096 samples            (68 min at a 1 s interval)
//   10 s   up to 2,160 buckets            (6 h)
//   60 s   up to 1,441 buckets            (24 h)
// Every level is filled from every sample; a query stitches them: raw where raw samples are
// still held, then 10 s buckets, then 60 s buckets, with no gap and no sample counted twice.
class HistoryStore
{
public:
    static constexpr qint64 DefaultWindowMs = 15 * 60 * 1000;
    static constexpr qint64 MinWindowMs = 60 * 1000;
    static constexpr qint64 MaxWindowMs = 24 * 3600 * 1000;

    explicit HistoryStore(qint64 windowMs = DefaultWindowMs);

    // The columns. A different set clears what is stored (another node, other schedulers);
    // with keepWhenExtended, a set that only adds columns after the existing ones (Mnesia
    // started on the node) keeps it, the new columns empty before now.
    void setMetrics(const QVector<HistoryMetric> &metrics, bool keepWhenExtended = false);
    const QVector<HistoryMetric> &metrics() const { return m_metrics; }
    int indexOf(const QString &key) const;

    // Shortening the window drops what falls out of it; lengthening cannot bring it back.
    void setWindowMs(qint64 ms);
    qint64 windowMs() const { return m_windowMs; }

    // One sample: a value per metric, NaN where there is none. Times must increase; a sample
    // not newer than the last is ignored (returns false).
    bool append(qint64 timeMs, const QVector<double> &values);
    void clear();

    bool isEmpty() const { return m_count == 0; }
    qint64 firstMs() const; // the oldest sample still held (within the window)
    qint64 lastMs() const { return m_lastMs; }
    // Samples taken within the window (what the stitched frames add up to).
    qint64 sampleCount() const;
    qint64 appendedCount() const { return m_count; }

    // The frames touching [fromMs, toMs], oldest first, at the finest resolution held. With
    // gridMs > 0, frames narrower than gridMs are merged on a grid of that step (aligned to the
    // epoch, so the same frames come back as time moves on), extremes kept.
    QVector<HistoryFrame> frames(qint64 fromMs, qint64 toMs, qint64 gridMs = 0) const;
    // Statistics of every metric over [fromMs, toMs].
    QVector<HistoryStats> stats(qint64 fromMs, qint64 toMs) const;
    QVector<HistoryStats> stats() const { return stats(std::numeric_limits<qint64>::min(), m_lastMs); }
    // How many frames frames() would give without a grid (nothing is copied).
    int frameCount(qint64 fromMs, qint64 toMs) const;

    // Bytes this store holds on the heap now, and the most it can ever hold for n metrics.
    qint64 memoryBytes() const;
    static qint64 capacityBytes(int metricCount);

    // The bucket widths, in ms (index 0 is the raw level, width 0).
    static QVector<qint64> levelWidths();

private:
    struct Level
    {
        qint64 widthMs = 0; // 0: raw samples
        int capacity = 0;
        int stride = 0;     // doubles per frame: one value per metric raw, else min, max, mean

        // A ring, grown on demand up to capacity.
        std::vector<double> values;
        std::vector<qint64> first, last;
        std::vector<int> samples;
        int allocated = 0, head = 0, size = 0;
        // Frames that ended before this time were dropped for room (not for age); everything
        // at or after it is still here.
        qint64 lostBeforeMs = std::numeric_limits<qint64>::min();

        // The bucket being filled (bucket levels).
        bool open = false;
        qint64 openStart = 0, openFirst = 0, openLast = 0;
        int openSamples = 0;
        std::vector<double> openMin, openMax, openSum;
        std::vector<int> openN;

        int physical(int i) const { return (head + i) % allocated; }
    };

    void push(Level &level, qint64 first, qint64 last, int samples, const double *values);
    void closeBucket(Level &level);
    void widen(Level &level, int metricCount);
    void trim(qint64 cutoffMs);
    void popFront(Level &level);
    void grow(Level &level);
    // Every stitched frame touching [fromMs, toMs], oldest first, read where it lies.
    struct FrameView;
    template<typename Visit>
    void visit(qint64 fromMs, qint64 toMs, Visit &&visitFrame) const;
    int frameCount(const Level &level) const { return level.size + (level.open ? 1 : 0); }
    qint64 frameStart(const Level &level, int i) const;
    qint64 cutoffMs() const;

    QVector<HistoryMetric> m_metrics;
    qint64 m_windowMs;
    qint64 m_lastMs = std::numeric_limits<qint64>::min();
    qint64 m_count = 0;
    std::vector<Level> m_levels;
};

} // namespace beamtop
