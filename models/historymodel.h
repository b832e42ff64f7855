// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "history/historystore.h"

namespace beamtop {

// The table beside the load charts: per recorded metric over the range shown (the whole window,
// or the zoomed part), its current value, least, greatest, mean and trend per minute. The row
// key is the metric's key ("memory_total_bytes"). Node-wide metrics come first, then one row per
// scheduler.
class HistoryModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Metric, Current, Min, Max, Mean, Trend, ColumnCount };
    Q_ENUM(Column)
    // The trend shows once the samples span this long.
    static constexpr qint64 MinTrendSpanMs = 30 * 1000;

    explicit HistoryModel(QObject *parent = nullptr);
    void setStats(const QVector<HistoryMetric> &metrics, const QVector<HistoryStats> &stats);

    // A value of this unit for people ("12.4 MiB", "43.1 %", "1,204/s"), and exactly.
    static QString formatValue(MetricUnit unit, double value);
    static QString exactValue(MetricUnit unit, double value);
    // A change per minute: "+1.2 MiB/min", "−3.0 pts/min" (utilisation in percentage points).
    static QString formatTrend(MetricUnit unit, double perMinute);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
};

} // namespace beamtop
