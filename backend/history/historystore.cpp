// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace beamtop {

namespace {

constexpr qint64 Lowest = std::numeric_limits<qint64>::min();
constexpr qint64 Highest = std::numeric_limits<qint64>::max();
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

struct LevelSpec
{
    qint64 widthMs;
    int capacity;
};

// Raw samples for the last hour or so, then 10 s buckets for 6 h, then 60 s buckets for a day
// and one more (the oldest bucket is partly outside the window). Each width divides the next,
// so the levels' edges line up.
constexpr LevelSpec Levels[] = {
    {0, 4096},
    {10 * 1000, 6 * 360},
    {60 * 1000, 24 * 60 + 1},
};

qint64 alignDown(qint64 t, qint64 step)
{
    const qint64 r = t % step;
    return r < 0 ? t - r - step : t - r;
}

qint64 alignUp(qint64 t, qint64 step)
{
    const qint64 down = alignDown(t, step);
    return down == t ? t : down + step;
}

double lesser(double a, double b)
{
    if (std::isnan(a))
        return b;
    return std::isnan(b) || a <= b ? a : b;
}

double greater(double a, double b)
{
    if (std::isnan(a))
        return b;
    return std::isnan(b) || a >= b ? a : b;
}

} // namespace

HistoryStore::HistoryStore(qint64 windowMs) : m_windowMs(qBound(MinWindowMs, windowMs, MaxWindowMs))
{
    for (const LevelSpec &spec : Levels) {
        Level l;
        l.widthMs = spec.widthMs;
        l.capacity = spec.capacity;
        m_levels.push_back(std::move(l));
    }
}

QVector<qint64> HistoryStore::levelWidths()
{
    QVector<qint64> out;
    for (const LevelSpec &spec : Levels)
        out.append(spec.widthMs);
    return out;
}

void HistoryStore::setMetrics(const QVector<HistoryMetric> &metrics, bool keepWhenExtended)
{
    if (metrics == m_metrics)
        return;
    const bool extends = keepWhenExtended && !m_metrics.isEmpty() && metrics.size() > m_metrics.size()
                         && std::equal(m_metrics.cbegin(), m_metrics.cend(), metrics.cbegin());
    if (!extends || m_count == 0) {
        m_metrics = metrics;
        clear();
        return;
    }
    const int n = int(metrics.size());
    for (Level &l : m_levels)
        widen(l, n);
    m_metrics = metrics;
}

void HistoryStore::widen(Level &l, int n)
{
    const int stride = l.widthMs == 0 ? n : 3 * n;
    std::vector<double> values(size_t(l.allocated) * size_t(stride), NaN);
    for (int p = 0; p < l.allocated; ++p)
        std::copy_n(l.values.begin() + ptrdiff_t(p) * l.stride, l.stride, values.begin() + ptrdiff_t(p) * stride);
    l.values = std::move(values);
    l.stride = stride;
    if (l.open) {
        l.openMin.resize(size_t(n), NaN);
        l.openMax.resize(size_t(n), NaN);
        l.openSum.resize(size_t(n), 0.0);
        l.openN.resize(size_t(n), 0);
    }
}

int HistoryStore::indexOf(const QString &key) const
{
    for (int i = 0; i < m_metrics.size(); ++i) {
        if (m_metrics.at(i).key == key)
            return i;
    }
    return -1;
}

void HistoryStore::clear()
{
    const int n = int(m_metrics.size());
    for (Level &l : m_levels) {
        l.stride = l.widthMs == 0 ? n : 3 * n;
        l.values = {};
        l.first = {};
        l.last = {};
        l.samples = {};
        l.allocated = l.head = l.size = 0;
        l.lostBeforeMs = Lowest;
        l.open = false;
        l.openMin = {};
        l.openMax = {};
        l.openSum = {};
        l.openN = {};
    }
    m_lastMs = Lowest;
    m_count = 0;
}

void HistoryStore::setWindowMs(qint64 ms)
{
    m_windowMs = qBound(MinWindowMs, ms, MaxWindowMs);
    if (!isEmpty())
        trim(cutoffMs());
}

qint64 HistoryStore::cutoffMs() const
{
    return m_lastMs == Lowest ? Lowest : m_lastMs - m_windowMs;
}

bool HistoryStore::append(qint64 timeMs, const QVector<double> &values)
{
    if (timeMs <= m_lastMs || m_metrics.isEmpty())
        return false;
    if (m_count == 0 && m_levels.front().stride != m_metrics.size())
        clear(); // strides follow the metrics
    const int n = int(m_metrics.size());
    QVarLengthArray<double, 64> row(n);
    for (int m = 0; m < n; ++m)
        row[m] = m < values.size() ? values.at(m) : NaN;

    push(m_levels.front(), timeMs, timeMs, 1, row.constData());
    for (size_t k = 1; k < m_levels.size(); ++k) {
        Level &l = m_levels[k];
        const qint64 start = alignDown(timeMs, l.widthMs);
        if (l.open && start != l.openStart)
            closeBucket(l);
        if (!l.open) {
            l.open = true;
            l.openStart = start;
            l.openFirst = timeMs;
            l.openSamples = 0;
            l.openMin.assign(size_t(n), NaN);
            l.openMax.assign(size_t(n), NaN);
            l.openSum.assign(size_t(n), 0.0);
            l.openN.assign(size_t(n), 0);
        }
        l.openLast = timeMs;
        ++l.openSamples;
        for (int m = 0; m < n; ++m) {
            const double v = row[m];
            if (std::isnan(v))
                continue;
            l.openMin[size_t(m)] = lesser(l.openMin[size_t(m)], v);
            l.openMax[size_t(m)] = greater(l.openMax[size_t(m)], v);
            l.openSum[size_t(m)] += v;
            ++l.openN[size_t(m)];
        }
    }
    m_lastMs = timeMs;
    ++m_count;
    trim(cutoffMs());
    return true;
}

void HistoryStore::closeBucket(Level &l)
{
    const int n = int(m_metrics.size());
    QVarLengthArray<double, 192> packed(3 * n);
    for (int m = 0; m < n; ++m) {
        const int count = l.openN[size_t(m)];
        packed[3 * m] = l.openMin[size_t(m)];
        packed[3 * m + 1] = l.openMax[size_t(m)];
        packed[3 * m + 2] = count > 0 ? l.openSum[size_t(m)] / count : NaN;
    }
    push(l, l.openFirst, l.openLast, l.openSamples, packed.constData());
    l.open = false;
}

void HistoryStore::grow(Level &l)
{
    const int next = std::min(l.capacity, std::max(64, l.allocated * 2));
    const bool raw = l.widthMs == 0;
    std::vector<double> values(size_t(next) * size_t(l.stride));
    std::vector<qint64> first(static_cast<size_t>(next));
    std::vector<qint64> last(raw ? 0 : static_cast<size_t>(next));
    std::vector<int> samples(raw ? 0 : static_cast<size_t>(next));
    for (int i = 0; i < l.size; ++i) {
        const int p = l.physical(i);
        std::copy_n(l.values.begin() + ptrdiff_t(p) * l.stride, l.stride, values.begin() + ptrdiff_t(i) * l.stride);
        first[size_t(i)] = l.first[size_t(p)];
        if (!raw) {
            last[size_t(i)] = l.last[size_t(p)];
            samples[size_t(i)] = l.samples[size_t(p)];
        }
    }
    l.values = std::move(values);
    l.first = std::move(first);
    l.last = std::move(last);
    l.samples = std::move(samples);
    l.allocated = next;
    l.head = 0;
}

void HistoryStore::push(Level &l, qint64 first, qint64 last, int samples, const double *values)
{
    if (l.size == l.capacity) {
        // Out of room: the oldest frame goes, and the level remembers it is no longer whole.
        const int p = l.physical(0);
        l.lostBeforeMs = l.widthMs == 0 ? l.first[size_t(p)] + 1 : alignDown(l.first[size_t(p)], l.widthMs) + l.widthMs;
        popFront(l);
    }
    if (l.size == l.allocated)
        grow(l);
    const int p = (l.head + l.size) % l.allocated;
    std::copy_n(values, l.stride, l.values.begin() + ptrdiff_t(p) * l.stride);
    l.first[size_t(p)] = first;
    if (l.widthMs != 0) {
        l.last[size_t(p)] = last;
        l.samples[size_t(p)] = samples;
    }
    ++l.size;
}

void HistoryStore::popFront(Level &l)
{
    l.head = (l.head + 1) % l.allocated;
    --l.size;
}

void HistoryStore::trim(qint64 cutoff)
{
    for (Level &l : m_levels) {
        while (l.size > 0) {
            const qint64 end = l.widthMs == 0 ? l.first[size_t(l.physical(0))]
                                              : alignDown(l.first[size_t(l.physical(0))], l.widthMs) + l.widthMs - 1;
            if (end >= cutoff)
                break;
            popFront(l);
        }
    }
}

qint64 HistoryStore::frameStart(const Level &l, int i) const
{
    const qint64 first = i == l.size ? l.openFirst : l.first[size_t(l.physical(i))];
    return l.widthMs == 0 ? first : alignDown(first, l.widthMs);
}

// A frame where it lies, read in place: a raw sample (one value per metric) or a bucket (min,
// max and mean per metric); the open bucket is packed into a scratch buffer first.
struct HistoryStore::FrameView
{
    qint64 key = 0, firstMs = 0, lastMs = 0, widthMs = 0;
    int samples = 0;
    const double *v = nullptr;

    double min(int m) const { return widthMs == 0 ? v[m] : v[3 * m]; }
    double max(int m) const { return widthMs == 0 ? v[m] : v[3 * m + 1]; }
    double mean(int m) const { return widthMs == 0 ? v[m] : v[3 * m + 2]; }
    qint64 timeMs() const { return firstMs + (lastMs - firstMs) / 2; }
};

namespace {

// Which part of time each level answers for: [lower, upper).
struct Segment
{
    int level;
    qint64 lower, upper;
};

} // namespace

template<typename Visit>
void HistoryStore::visit(qint64 fromMs, qint64 toMs, Visit &&visitFrame) const
{
    if (isEmpty())
        return;
    // From the finest level down: a level that lost samples still in the window answers only
    // from the next coarser level's first bucket edge after its loss; the coarser level
    // answers for the time before that edge, and so on.
    QVarLengthArray<Segment, 4> segments;
    const qint64 cutoff = cutoffMs();
    qint64 upper = Highest;
    for (size_t k = 0; k < m_levels.size(); ++k) {
        const Level &l = m_levels[k];
        qint64 lower = Lowest;
        if (k + 1 < m_levels.size() && l.lostBeforeMs > cutoff)
            lower = std::min(upper, alignUp(l.lostBeforeMs, m_levels[k + 1].widthMs));
        segments.append({int(k), lower, upper});
        if (lower == Lowest)
            break;
        upper = lower;
    }
    const int n = int(m_metrics.size());
    std::vector<double> open(size_t(3 * n));
    for (int s = int(segments.size()) - 1; s >= 0; --s) {
        const Segment &seg = segments[s];
        const Level &l = m_levels[size_t(seg.level)];
        const int count = frameCount(l);
        for (int i = 0; i < count; ++i) {
            const qint64 start = frameStart(l, i);
            if (start < seg.lower)
                continue;
            if (start >= seg.upper || start > toMs)
                break;
            FrameView f;
            f.widthMs = l.widthMs;
            if (i == l.size) { // the open bucket
                for (int m = 0; m < n; ++m) {
                    const int c = l.openN[size_t(m)];
                    open[size_t(3 * m)] = l.openMin[size_t(m)];
                    open[size_t(3 * m + 1)] = l.openMax[size_t(m)];
                    open[size_t(3 * m + 2)] = c > 0 ? l.openSum[size_t(m)] / c : NaN;
                }
                f.key = l.openStart;
                f.firstMs = l.openFirst;
                f.lastMs = l.openLast;
                f.samples = l.openSamples;
                f.v = open.data();
            } else {
                const int p = l.physical(i);
                f.firstMs = l.first[size_t(p)];
                f.key = start;
                f.lastMs = l.widthMs == 0 ? f.firstMs : l.last[size_t(p)];
                f.samples = l.widthMs == 0 ? 1 : l.samples[size_t(p)];
                f.v = l.values.data() + ptrdiff_t(p) * l.stride;
            }
            if (f.lastMs < fromMs || f.lastMs < cutoff)
                continue;
            visitFrame(f);
        }
    }
}

QVector<HistoryFrame> HistoryStore::frames(qint64 fromMs, qint64 toMs, qint64 gridMs) const
{
    const int n = int(m_metrics.size());
    QVector<HistoryFrame> out;
    bool merging = false; // the last frame in out is a grid cell still taking frames
    visit(fromMs, toMs, [&](const FrameView &f) {
        const bool merge = gridMs > 0 && f.widthMs < gridMs;
        const qint64 cell = merge ? alignDown(f.firstMs, gridMs) : f.key;
        if (merge && merging && out.last().key == cell) {
            HistoryFrame &into = out.last();
            for (int m = 0; m < n; ++m) {
                into.min[m] = lesser(into.min[m], f.min(m));
                into.max[m] = greater(into.max[m], f.max(m));
                const double a = into.mean[m], b = f.mean(m);
                if (std::isnan(a))
                    into.mean[m] = b;
                else if (!std::isnan(b))
                    into.mean[m] = (a * into.samples + b * f.samples) / double(into.samples + f.samples);
            }
            into.lastMs = f.lastMs;
            into.samples += f.samples;
            return;
        }
        HistoryFrame h;
        h.key = cell;
        h.firstMs = f.firstMs;
        h.lastMs = f.lastMs;
        h.samples = f.samples;
        h.min.resize(n);
        h.max.resize(n);
        h.mean.resize(n);
        for (int m = 0; m < n; ++m) {
            h.min[m] = f.min(m);
            h.max[m] = f.max(m);
            h.mean[m] = f.mean(m);
        }
        out.append(std::move(h));
        merging = merge;
    });
    return out;
}

int HistoryStore::frameCount(qint64 fromMs, qint64 toMs) const
{
    int count = 0;
    visit(fromMs, toMs, [&](const FrameView &) { ++count; });
    return count;
}

QVector<HistoryStats> HistoryStore::stats(qint64 fromMs, qint64 toMs) const
{
    const int n = int(m_metrics.size());
    QVector<HistoryStats> out(n);
    // Least squares on (minutes since the first frame, mean), weighted by samples; sums kept
    // relative to the first point so large values (bytes) keep their precision.
    struct Sums
    {
        double w = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, y0 = 0, sum = 0;
        qint64 firstMs = 0, lastMs = 0;
    };
    std::vector<Sums> sums(static_cast<size_t>(n));
    bool first = true;
    double x0 = 0;
    visit(fromMs, toMs, [&](const FrameView &f) {
        if (first) {
            x0 = double(f.timeMs());
            first = false;
        }
        const double wt = f.samples;
        const double x = (double(f.timeMs()) - x0) / 60000.0;
        for (int m = 0; m < n; ++m) {
            const double y = f.mean(m);
            if (std::isnan(y))
                continue;
            HistoryStats &st = out[m];
            Sums &a = sums[size_t(m)];
            if (!st.valid) {
                st.valid = true;
                st.min = f.min(m);
                st.max = f.max(m);
                a.y0 = y;
                a.firstMs = f.firstMs;
            } else {
                st.min = lesser(st.min, f.min(m));
                st.max = greater(st.max, f.max(m));
            }
            st.current = y; // the newest frame with a value: the raw level's last sample
            st.samples += f.samples;
            a.lastMs = f.lastMs;
            const double dy = y - a.y0;
            a.w += wt;
            a.sx += wt * x;
            a.sy += wt * dy;
            a.sxx += wt * x * x;
            a.sxy += wt * x * dy;
            a.sum += wt * y;
        }
    });
    for (int m = 0; m < n; ++m) {
        HistoryStats &st = out[m];
        const Sums &a = sums[size_t(m)];
        if (!st.valid)
            continue;
        st.spanMs = a.lastMs - a.firstMs;
        st.mean = a.sum / a.w;
        const double denominator = a.w * a.sxx - a.sx * a.sx;
        st.trendPerMinute = denominator > 1e-12 ? (a.w * a.sxy - a.sx * a.sy) / denominator : 0.0;
    }
    return out;
}

qint64 HistoryStore::firstMs() const
{
    // Where frames() starts, without building frames: the first frame within the window of the
    // coarsest level the stitching reaches (from the finest, down to the first whole level).
    const qint64 cutoff = cutoffMs();
    qint64 first = 0;
    for (size_t k = 0; k < m_levels.size(); ++k) {
        const Level &l = m_levels[k];
        for (int i = 0; i < frameCount(l); ++i) {
            const bool open = i == l.size;
            const qint64 last = open ? l.openLast : l.widthMs == 0 ? l.first[size_t(l.physical(i))] : l.last[size_t(l.physical(i))];
            if (last < cutoff)
                continue;
            first = open ? l.openFirst : l.first[size_t(l.physical(i))];
            break;
        }
        if (l.lostBeforeMs <= cutoff)
            break;
    }
    return first;
}

qint64 HistoryStore::sampleCount() const
{
    qint64 n = 0;
    visit(Lowest, Highest, [&](const FrameView &f) { n += f.samples; });
    return n;
}

qint64 HistoryStore::memoryBytes() const
{
    qint64 bytes = qint64(sizeof(*this)) + qint64(m_levels.capacity() * sizeof(Level));
    for (const Level &l : m_levels) {
        bytes += qint64(l.values.capacity() * sizeof(double) + l.first.capacity() * sizeof(qint64)
                        + l.last.capacity() * sizeof(qint64) + l.samples.capacity() * sizeof(int));
        bytes += qint64((l.openMin.capacity() + l.openMax.capacity() + l.openSum.capacity()) * sizeof(double)
                        + l.openN.capacity() * sizeof(int));
    }
    for (const HistoryMetric &m : m_metrics)
        bytes += qint64(sizeof(HistoryMetric)) + m.key.capacity() * qint64(sizeof(QChar));
    return bytes;
}

qint64 HistoryStore::capacityBytes(int metricCount)
{
    const qint64 n = metricCount;
    qint64 bytes = qint64(sizeof(HistoryStore)) + qint64(std::size(Levels) * sizeof(Level));
    for (const LevelSpec &spec : Levels) {
        if (spec.widthMs == 0) {
            bytes += spec.capacity * (n * qint64(sizeof(double)) + qint64(sizeof(qint64)));
        } else {
            bytes += spec.capacity * (3 * n * qint64(sizeof(double)) + 2 * qint64(sizeof(qint64)) + qint64(sizeof(int)));
            bytes += n * (3 * qint64(sizeof(double)) + qint64(sizeof(int)));
        }
    }
    // The metrics' names, up to 64 characters each.
    bytes += n * (qint64(sizeof(HistoryMetric)) + 64 * qint64(sizeof(QChar)));
    return bytes;
}

} // namespace beamtop
