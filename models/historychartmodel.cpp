// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychartmodel.h"

#include "historymodel.h"
#include "history/loadmetrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace beamtop {

namespace {

bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

QVariant number(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}

} // namespace

HistoryChartModel::HistoryChartModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryChartModel::assertGuiThread() const
{
    Q_ASSERT_X(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread(),
               "HistoryChartModel", "models change only in the GUI thread");
}

int HistoryChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_frames.size());
}

int HistoryChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMetric + int(m_metrics.size());
}

int HistoryChartModel::columnOf(const QString &metricKey) const
{
    for (int i = 0; i < m_metrics.size(); ++i) {
        if (m_metrics.at(i).key == metricKey)
            return FirstMetric + i;
    }
    return -1;
}

int HistoryChartModel::rowNearest(qint64 timeMs) const
{
    if (m_frames.isEmpty())
        return -1;
    const auto it = std::lower_bound(m_frames.cbegin(), m_frames.cend(), timeMs,
                                     [](const HistoryFrame &f, qint64 t) { return f.timeMs() < t; });
    const int after = int(it - m_frames.cbegin());
    if (after >= m_frames.size())
        return int(m_frames.size()) - 1;
    if (after == 0)
        return 0;
    return timeMs - m_frames.at(after - 1).timeMs() <= m_frames.at(after).timeMs() - timeMs ? after - 1 : after;
}

QVariant HistoryChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryFrame &f = m_frames.at(index.row());
    const int m = index.column() - FirstMetric;
    switch (role) {
    case TimeRole:
        return f.timeMs();
    case KeyRole:
        return f.key;
    case SamplesRole:
        return f.samples;
    case MetricKeyRole:
        return m >= 0 ? QVariant(m_metrics.at(m).key) : QVariant();
    default:
        break;
    }
    if (m < 0) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(f.timeMs()).toLocalTime();
        switch (role) {
        case Qt::DisplayRole: return QLocale().toString(t.time(), QStringLiteral("HH:mm:ss"));
        case Qt::ToolTipRole:
            if (f.samples > 1)
                return tr("%1 – %2, %Ln samples", nullptr, f.samples)
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(f.firstMs).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(f.lastMs).toLocalTime().time(), QStringLiteral("HH:mm:ss")));
            return QLocale().toString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case RawValueRole: return f.timeMs();
        case MinRole: return f.firstMs;
        case MaxRole: return f.lastMs;
        default: return {};
        }
    }
    const MetricUnit unit = m_metrics.at(m).unit;
    const double mean = f.mean.at(m);
    switch (role) {
    case Qt::DisplayRole:
        return HistoryModel::formatValue(unit, mean);
    case Qt::ToolTipRole:
        if (f.samples > 1 && !std::isnan(mean))
            return tr("%1 (mean of %Ln samples; min %2, max %3)", nullptr, f.samples)
                .arg(HistoryModel::exactValue(unit, mean), HistoryModel::exactValue(unit, f.min.at(m)),
                     HistoryModel::exactValue(unit, f.max.at(m)));
        return HistoryModel::exactValue(unit, mean);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return number(mean);
    case MinRole:
        return number(f.min.at(m));
    case MaxRole:
        return number(f.max.at(m));
    default:
        return {};
    }
}

QVariant HistoryChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const int m = section - FirstMetric;
    switch (role) {
    case Qt::DisplayRole:
        return m < 0 ? tr("Time") : LoadMetrics::label(m_metrics.at(m).key);
    case Qt::ToolTipRole:
        return m < 0 ? QVariant() : QVariant(m_metrics.at(m).key);
    case Qt::InitialSortOrderRole:
        return m < 0 ? Qt::AscendingOrder : Qt::DescendingOrder;
    case MetricKeyRole:
        return m < 0 ? QVariant() : QVariant(m_metrics.at(m).key);
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryChartModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(MinRole, "min");
    names.insert(MaxRole, "max");
    names.insert(SamplesRole, "samples");
    names.insert(TimeRole, "time");
    names.insert(KeyRole, "key");
    names.insert(MetricKeyRole, "metricKey");
    return names;
}

void HistoryChartModel::clear()
{
    assertGuiThread();
    if (m_frames.isEmpty() && m_metrics.isEmpty())
        return;
    beginResetModel();
    m_frames.clear();
    m_metrics.clear();
    endResetModel();
}

bool HistoryChartModel::sameValues(const HistoryFrame &a, const HistoryFrame &b)
{
    if (a.samples != b.samples || a.firstMs != b.firstMs || a.lastMs != b.lastMs || a.mean.size() != b.mean.size())
        return false;
    for (int m = 0; m < a.mean.size(); ++m) {
        if (!same(a.mean.at(m), b.mean.at(m)) || !same(a.min.at(m), b.min.at(m)) || !same(a.max.at(m), b.max.at(m)))
            return false;
    }
    return true;
}

void HistoryChartModel::setFrames(const QVector<HistoryMetric> &metrics, const QVector<HistoryFrame> &frames)
{
    assertGuiThread();
    if (metrics != m_metrics) {
        beginResetModel();
        m_metrics = metrics;
        m_frames = frames;
        endResetModel();
        return;
    }
    // Both lists are sorted by key: walk them together. Gone keys are removed and new ones
    // inserted in runs; points with the same key get dataChanged when their values moved.
    int i = 0; // position in m_frames, which becomes the new list as we go
    int j = 0;
    while (j < frames.size() || i < m_frames.size()) {
        if (i < m_frames.size() && (j >= frames.size() || m_frames.at(i).key < frames.at(j).key)) {
            int last = i;
            while (last + 1 < m_frames.size() && (j >= frames.size() || m_frames.at(last + 1).key < frames.at(j).key))
                ++last;
            beginRemoveRows({}, i, last);
            m_frames.remove(i, last - i + 1);
            endRemoveRows();
            continue;
        }
        if (i >= m_frames.size() || frames.at(j).key < m_frames.at(i).key) {
            int last = j;
            while (last + 1 < frames.size() && (i >= m_frames.size() || frames.at(last + 1).key < m_frames.at(i).key))
                ++last;
            beginInsertRows({}, i, i + (last - j));
            for (int k = j; k <= last; ++k)
                m_frames.insert(i + (k - j), frames.at(k));
            endInsertRows();
            i += last - j + 1;
            j = last + 1;
            continue;
        }
        // Same key: a run of rows whose values changed gets one dataChanged.
        int first = -1;
        while (i < m_frames.size() && j < frames.size() && m_frames.at(i).key == frames.at(j).key) {
            if (!sameValues(m_frames.at(i), frames.at(j))) {
                m_frames[i] = frames.at(j);
                if (first < 0)
                    first = i;
            } else if (first >= 0) {
                emit dataChanged(index(first, 0), index(i - 1, columnCount() - 1));
                first = -1;
            }
            ++i;
            ++j;
        }
        if (first >= 0)
            emit dataChanged(index(first, 0), index(i - 1, columnCount() - 1));
    }
}

} // namespace beamtop
