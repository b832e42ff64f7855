// SPDX-License-Identifier: GPL-3.0-or-later
#include "serieshistorymodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <cmath>

namespace beamtop {

SeriesHistoryModel::SeriesHistoryModel(const QStringList &titles, QObject *parent)
    : QAbstractTableModel(parent), m_titles(titles)
{
}

void SeriesHistoryModel::assertGuiThread() const
{
    Q_ASSERT_X(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread(),
               "SeriesHistoryModel", "models change only in the GUI thread");
}

int SeriesHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int SeriesHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size()) + 1;
}

QVariant SeriesHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point &p = m_points.at(index.row());
    const int c = index.column();
    const bool time = c == TimeColumn;
    const double v = time ? 0 : p.value.at(c);
    if (!time && std::isnan(v)) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return QStringLiteral("—");
        if (role == RawValueRole || role == MinRole || role == MaxRole)
            return {};
    }
    switch (role) {
    case RawValueRole: return time ? QVariant(p.timeMs) : QVariant(v);
    case SamplesRole: return p.samples;
    case TimeRole: return p.timeMs;
    case MinRole: return time ? QVariant() : QVariant(p.least.at(c));
    case MaxRole: return time ? QVariant() : QVariant(v);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (time) {
            const QString t = QDateTime::fromMSecsSinceEpoch(p.timeMs).toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
            return p.samples > 1 && role == Qt::ToolTipRole ? tr("%1 (the largest of %n samples)", nullptr, p.samples).arg(t) : t;
        }
        return valueText(c, v, p.least.at(c), p.samples, role);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((time ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SeriesHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == TimeColumn)
        return tr("Time");
    if (section > 0 && section <= m_titles.size())
        return m_titles.at(section - 1);
    return {};
}

void SeriesHistoryModel::setMaxPoints(int points)
{
    m_max = qMax(4, points);
}

void SeriesHistoryModel::clear()
{
    assertGuiThread();
    if (m_points.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_points.size()) - 1);
    m_points.clear();
    endRemoveRows();
}

void SeriesHistoryModel::mergePairs()
{
    // Points 2i and 2i+1 become point i, keeping the larger of each figure and the later time.
    const int n = int(m_points.size());
    const int kept = (n + 1) / 2;
    const int columns = columnCount();
    QVector<Point> merged;
    merged.reserve(kept);
    for (int i = 0; i < n; i += 2) {
        Point p = m_points.at(i);
        if (i + 1 < n) {
            const Point &q = m_points.at(i + 1);
            p.timeMs = q.timeMs;
            for (int c = TimeColumn + 1; c < columns; ++c) {
                p.value[c] = std::fmax(p.value.at(c), q.value.at(c)); // a NaN (unknown) yields to a number
                p.least[c] = std::fmin(p.least.at(c), q.least.at(c));
            }
            p.samples += q.samples;
        }
        merged.append(p);
    }
    beginRemoveRows({}, kept, n - 1);
    m_points.resize(kept);
    endRemoveRows();
    m_points = merged;
    emit dataChanged(index(0, 0), index(kept - 1, columns - 1));
}

void SeriesHistoryModel::addPoint(qint64 timeMs, const QVector<double> &values)
{
    assertGuiThread();
    Q_ASSERT(values.size() == m_titles.size());
    if (m_points.size() >= m_max)
        mergePairs();
    Point p;
    p.timeMs = timeMs;
    p.value.reserve(columnCount());
    p.value.append(0); // Time's place
    p.value.append(values);
    p.least = p.value;
    const int row = int(m_points.size());
    beginInsertRows({}, row, row);
    m_points.append(p);
    endInsertRows();
}

} // namespace beamtop
