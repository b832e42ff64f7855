// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QAbstractTableModel>

namespace beamtop {

// What the load charts draw: one row per point in time over the range shown, a column per
// metric (after the Time column). A point is a sample or a bucket of several; the raw role is
// its mean, MinRole/MaxRole its extremes, so a chart can draw the envelope and a peak never
// disappears. Rows are keyed by time: setFrames() removes the points that left the range,
// inserts the new ones and emits dataChanged for points whose values changed (the newest
// bucket filling up), so a tick costs a few rows, not a reset.
class HistoryChartModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, FirstMetric };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole, // mean (double), or the time in ms for the Time column
        MinRole,
        MaxRole,
        SamplesRole, // how many samples the point stands for
        TimeRole,    // where the point sits in time, ms since the epoch (UTC), every column
        KeyRole,     // the point's stable key (its time on the bucket grid)
        MetricKeyRole, // the column's metric ("memory_total_bytes"); header and cells
    };
    Q_ENUM(Role)

    explicit HistoryChartModel(QObject *parent = nullptr);

    // A new set of metrics resets the model (the shape changed); otherwise the difference is
    // applied.
    void setFrames(const QVector<HistoryMetric> &metrics, const QVector<HistoryFrame> &frames);
    void clear();

    const QVector<HistoryMetric> &metrics() const { return m_metrics; }
    int columnOf(const QString &metricKey) const; // -1 if absent
    // The row whose point is nearest in time, or -1.
    int rowNearest(qint64 timeMs) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static bool sameValues(const HistoryFrame &a, const HistoryFrame &b);
    void assertGuiThread() const;

    QVector<HistoryMetric> m_metrics;
    QVector<HistoryFrame> m_frames;
};

} // namespace beamtop
