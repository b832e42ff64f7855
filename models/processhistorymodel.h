#pragma once

#include <QAbstractTableModel>
#include <QVector>

namespace beamtop {

// One process's figures over time, for the details window's live charts: a row per point,
// a column per figure after Time. Bounded: when full, neighbouring points merge in pairs and
// keep the larger value, so an hour-long window costs as much as a minute-long one and a peak
// never disappears (heaptrack's chart model does the same).
class ProcessHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Memory, ReductionsPerS, MessageQueueLen, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole, // the number: the largest the point stands for (ms since the epoch for Time)
        SamplesRole,                 // how many samples the point stands for
        TimeRole,                    // the point's time, ms since the epoch, on every column
        MinRole,                     // the least and greatest value the point stands for
        MaxRole,
    };
    Q_ENUM(Role)

    static constexpr int DefaultMaxPoints = 240;

    explicit ProcessHistoryModel(QObject *parent = nullptr);

    // reductionsPerS < 0: unknown (the first sample); that point has no value for it.
    void addSample(qint64 timeMs, qint64 memory, double reductionsPerS, qint64 messageQueueLen);
    void setMaxPoints(int points); // at least 4; the next sample applies it
    int maxPoints() const { return m_max; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Point
    {
        qint64 timeMs = 0;
        double value[ColumnCount] = {}; // the greatest
        double least[ColumnCount] = {};
        int samples = 1;
    };
    void assertGuiThread() const;
    void mergePairs();

    QVector<Point> m_points;
    int m_max = DefaultMaxPoints;
};

} // namespace beamtop
