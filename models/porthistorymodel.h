#pragma once

#include <QAbstractTableModel>
#include <QVector>

namespace beamtop {

// One port's rates and queue over time, for its details window's live charts: a row per point,
// a column per figure after Time. Bounded like ProcessHistoryModel: when full, neighbouring
// points merge in pairs keeping the larger value, so a peak never disappears. Unknown figures
// (the first sample's rates; a socket's queue) have no value, and a chart leaves a gap.
class PortHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, RecvPerS, SendPerS, QueueSize, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole, // the largest the point stands for (ms since the epoch for Time)
        SamplesRole,                 // how many samples the point stands for
        TimeRole,                    // the point's time, ms since the epoch, on every column
        MinRole,                     // the least and greatest value the point stands for
        MaxRole,
    };
    Q_ENUM(Role)

    static constexpr int DefaultMaxPoints = 240;

    explicit PortHistoryModel(QObject *parent = nullptr);

    // Negative: unknown.
    void addSample(qint64 timeMs, double recvPerS, double sendPerS, qint64 queueSize);
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
        double value[ColumnCount] = {}; // the greatest; NaN unknown
        double least[ColumnCount] = {};
        int samples = 1;
    };
    void assertGuiThread() const;
    void mergePairs();

    QVector<Point> m_points;
    int m_max = DefaultMaxPoints;
};

} // namespace beamtop
