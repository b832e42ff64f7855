// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace beamtop {

// Figures of one entity over time, for a details window's live charts (a process's, a
// port's): a row per point, a column per series after Time. Bounded: when full, neighbouring
// points merge in pairs and keep the larger value, so an hour-long window costs as much as a
// minute-long one and a peak never disappears (heaptrack's chart model does the same). An
// unknown figure (NaN: the first sample's rate, a socket's queue) has no value, and a chart
// leaves a gap rather than a drop to 0. A kind names its series and says how a value reads.
class SeriesHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole, // the number: the largest the point stands for (ms since the epoch for Time)
        SamplesRole,                 // how many samples the point stands for
        TimeRole,                    // the point's time, ms since the epoch, on every column
        MinRole,                     // the least and greatest value the point stands for
        MaxRole,
    };
    Q_ENUM(Role)

    static constexpr int TimeColumn = 0;
    static constexpr int DefaultMaxPoints = 240;

    void setMaxPoints(int points); // at least 4; the next sample applies it
    int maxPoints() const { return m_max; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // titles: the series' headers, one per column after Time.
    SeriesHistoryModel(const QStringList &titles, QObject *parent);

    // One value per series, in column order; NaN for unknown.
    void addPoint(qint64 timeMs, const QVector<double> &values);
    // How a known value of a series reads (DisplayRole) or shows on hover (ToolTipRole);
    // least and samples: what the point stands for.
    virtual QString valueText(int column, double value, double least, int samples, int role) const = 0;

private:
    struct Point
    {
        qint64 timeMs = 0;
        QVector<double> value; // the greatest, by column (Time's unused)
        QVector<double> least;
        int samples = 1;
    };
    void assertGuiThread() const;
    void mergePairs();

    QStringList m_titles;
    QVector<Point> m_points;
    int m_max = DefaultMaxPoints;
};

} // namespace beamtop
