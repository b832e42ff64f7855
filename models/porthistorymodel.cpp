#include "porthistorymodel.h"

#include "format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <cmath>

namespace beamtop {

PortHistoryModel::PortHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void PortHistoryModel::assertGuiThread() const
{
    Q_ASSERT_X(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread(),
               "PortHistoryModel", "models change only in the GUI thread");
}

int PortHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int PortHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point &p = m_points.at(index.row());
    const int c = index.column();
    const double v = p.value[c];
    if (c != Time && std::isnan(v)) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return QStringLiteral("—");
        if (role == RawValueRole || role == MinRole || role == MaxRole)
            return {};
    }
    switch (role) {
    case RawValueRole: return c == Time ? QVariant(p.timeMs) : QVariant(v);
    case SamplesRole: return p.samples;
    case TimeRole: return p.timeMs;
    case MinRole: return c == Time ? QVariant() : QVariant(p.least[c]);
    case MaxRole: return c == Time ? QVariant() : QVariant(v);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (c) {
        case Time: {
            const QString t = QDateTime::fromMSecsSinceEpoch(p.timeMs).toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
            return p.samples > 1 && role == Qt::ToolTipRole ? tr("%1 (the largest of %n samples)", nullptr, p.samples).arg(t) : t;
        }
        case RecvPerS:
        case SendPerS: return Format::bytesPerSecond(v);
        case QueueSize:
            return role == Qt::ToolTipRole ? Format::exactBytes(qint64(v)) : Format::bytes(qint64(v));
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((c == Time ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PortHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case RecvPerS: return tr("Received/s");
    case SendPerS: return tr("Sent/s");
    case QueueSize: return tr("Queue");
    }
    return {};
}

void PortHistoryModel::addSample(qint64 timeMs, double recvPerS, double sendPerS, qint64 queueSize)
{
    assertGuiThread();
    if (m_points.size() >= m_max)
        mergePairs();
    Point p;
    p.timeMs = timeMs;
    const double unknown = std::nan("");
    p.value[RecvPerS] = recvPerS < 0 ? unknown : recvPerS;
    p.value[SendPerS] = sendPerS < 0 ? unknown : sendPerS;
    p.value[QueueSize] = queueSize < 0 ? unknown : double(queueSize);
    for (int c = RecvPerS; c < ColumnCount; ++c)
        p.least[c] = p.value[c];
    const int row = int(m_points.size());
    beginInsertRows({}, row, row);
    m_points.append(p);
    endInsertRows();
}

void PortHistoryModel::setMaxPoints(int points)
{
    m_max = qMax(4, points);
}

void PortHistoryModel::clear()
{
    assertGuiThread();
    if (m_points.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_points.size()) - 1);
    m_points.clear();
    endRemoveRows();
}

void PortHistoryModel::mergePairs()
{
    // Points 2i and 2i+1 become point i, keeping the larger of each figure and the later time.
    const int n = int(m_points.size());
    const int kept = (n + 1) / 2;
    QVector<Point> merged;
    merged.reserve(kept);
    for (int i = 0; i < n; i += 2) {
        Point p = m_points.at(i);
        if (i + 1 < n) {
            const Point &q = m_points.at(i + 1);
            p.timeMs = q.timeMs;
            for (int c = RecvPerS; c < ColumnCount; ++c) {
                p.value[c] = std::fmax(p.value[c], q.value[c]); // a NaN (unknown) yields to a number
                p.least[c] = std::fmin(p.least[c], q.least[c]);
            }
            p.samples += q.samples;
        }
        merged.append(p);
    }
    beginRemoveRows({}, kept, n - 1);
    m_points.resize(kept);
    endRemoveRows();
    m_points = merged;
    emit dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1));
}

} // namespace beamtop
