// SPDX-License-Identifier: GPL-3.0-or-later
#include "msegcachemodel.h"

#include "alloctreemodel.h"
#include "collect/allocfindings.h"
#include "collect/allocsample.h"
#include "format.h"

namespace beamtop {

static_assert(MsegCacheModel::MinGoodHitRate == AllocFindings::MsegMinHitRate,
              "the table colours what the finding names");

MsegCacheModel::MsegCacheModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString MsegCacheModel::columnKey(int column)
{
    static const char *const keys[ColumnCount] = {"instance", "hit_rate", "hits", "calls", "cached_segments"};
    return column >= 0 && column < ColumnCount ? QLatin1String(keys[column]) : QString();
}

QString MsegCacheModel::headerText(int column) const
{
    switch (Column(column)) {
    case Instance: return tr("Instance");
    case HitRate: return tr("Hit rate");
    case Hits: return tr("Hits");
    case Calls: return tr("Calls");
    case CachedSegments: return tr("Cached");
    case ColumnCount: break;
    }
    return {};
}

QString MsegCacheModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case HitRate:
        return tr("Carriers that came from mseg_alloc's cache per carrier asked for, since the node started. "
                  "Below %1 the cache is too small for the churn: see +MMmcs.")
            .arg(Format::percent(MinGoodHitRate, 0));
    case Hits: return tr("Carriers served from the cache.");
    case Calls: return tr("Carriers asked for (allocations and reallocations of segments).");
    case CachedSegments: return tr("Segments in the cache now, and their size.");
    default: return {};
    }
}

void MsegCacheModel::setSample(const AllocSample &sample)
{
    QVector<Row> rows;
    for (const MsegCache &m : sample.mseg) {
        Row row;
        row.key = QString::number(m.instance);
        const double rate = m.hitRate();
        // Only a cache that was asked something can be poor.
        row.level = m.calls > 0 && rate < MinGoodHitRate ? Level::Warning : Level::Normal;
        const QString who = AllocTreeModel::instanceLabel(m.instance);
        row.cells = {
            Cell{who, m.instance, tr("mseg_alloc instance %1 (%2)").arg(m.instance).arg(who)},
            Cell{m.calls > 0 ? Format::percent(rate) : tr("no calls"), rate,
                 tr("%1 of %2 calls hit the cache (%3)").arg(Format::count(m.hits), Format::count(m.calls), Format::percent(rate, 3)),
                 qBound(0.0, rate, 1.0)},
            Cell{Format::count(m.hits), m.hits, {}},
            Cell{Format::count(m.calls), m.calls, {}},
            Cell{Format::count(m.cachedSegments), m.cachedSegments,
                 tr("%1 segments, %2").arg(Format::count(m.cachedSegments), Format::exactBytes(m.segmentsSize))},
        };
        rows.append(row);
    }
    applyRows(std::move(rows));
}

} // namespace beamtop
