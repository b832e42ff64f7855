// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "format.h"
#include "history/loadmetrics.h"

#include <QLocale>

#include <cmath>

namespace beamtop {

HistoryModel::HistoryModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString HistoryModel::headerText(int column) const
{
    switch (Column(column)) {
    case Metric: return tr("Metric");
    case Current: return tr("Now");
    case Min: return tr("Min");
    case Max: return tr("Max");
    case Mean: return tr("Mean");
    case Trend: return tr("Trend");
    case ColumnCount: break;
    }
    return {};
}

QString HistoryModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Current: return tr("The latest sample in the range shown.");
    case Min: return tr("The least value over the range shown, down to single samples.");
    case Max: return tr("The greatest value over the range shown, down to single samples.");
    case Mean: return tr("The mean over the range shown.");
    case Trend: return tr("How fast the value moves: the slope of a straight line through the range shown, per minute.");
    default: return {};
    }
}

QString HistoryModel::formatValue(MetricUnit unit, double v)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    switch (unit) {
    case MetricUnit::Ratio: return Format::percent(v);
    case MetricUnit::Bytes: return Format::bytes(qint64(std::llround(v)));
    case MetricUnit::Count:
        return v == std::floor(v) ? Format::count(qint64(v)) : QLocale().toString(v, 'f', 1);
    case MetricUnit::PerSecond: return Format::perSecond(v);
    case MetricUnit::BytesPerSecond: return Format::bytesPerSecond(v);
    }
    return {};
}

QString HistoryModel::exactValue(MetricUnit unit, double v)
{
    if (std::isnan(v))
        return tr("No value");
    const QLocale loc;
    switch (unit) {
    case MetricUnit::Ratio: return Format::percent(v, 3);
    case MetricUnit::Bytes: return Format::exactBytes(qint64(std::llround(v)));
    case MetricUnit::Count:
        return v == std::floor(v) ? Format::count(qint64(v)) : loc.toString(v, 'f', 3);
    case MetricUnit::PerSecond: return tr("%1 per second").arg(loc.toString(v, 'f', 2));
    case MetricUnit::BytesPerSecond: return tr("%1 bytes per second").arg(loc.toString(v, 'f', 1));
    }
    return {};
}

QString HistoryModel::formatTrend(MetricUnit unit, double perMinute)
{
    if (std::isnan(perMinute))
        return QStringLiteral("—");
    const QLocale loc;
    const QString sign = perMinute > 0 ? QStringLiteral("+") : perMinute < 0 ? QStringLiteral("−") : QString();
    const double a = std::fabs(perMinute);
    QString magnitude;
    switch (unit) {
    case MetricUnit::Ratio:
        magnitude = tr("%1 pts").arg(loc.toString(a * 100.0, 'f', 1));
        break;
    case MetricUnit::Bytes:
        magnitude = Format::bytes(qint64(std::llround(a)));
        break;
    case MetricUnit::Count:
        magnitude = loc.toString(a, 'f', a >= 100 ? 0 : 1);
        break;
    case MetricUnit::PerSecond:
        magnitude = Format::perSecond(a);
        break;
    case MetricUnit::BytesPerSecond:
        magnitude = Format::bytesPerSecond(a);
        break;
    }
    return tr("%1%2/min").arg(sign, magnitude);
}

void HistoryModel::setStats(const QVector<HistoryMetric> &metrics, const QVector<HistoryStats> &stats)
{
    QVector<Row> head, schedulers;
    const QString none = QStringLiteral("—");
    for (int i = 0; i < metrics.size() && i < stats.size(); ++i) {
        const HistoryMetric &m = metrics.at(i);
        const HistoryStats &st = stats.at(i);
        Row r;
        r.key = m.key;
        const QString label = LoadMetrics::label(m.key);
        auto cell = [&](double v) {
            if (!st.valid || std::isnan(v))
                return Cell{none, {}, tr("No samples with a value yet.")};
            return Cell{formatValue(m.unit, v), v, exactValue(m.unit, v)};
        };
        // A slope through a few seconds says little about the next minute.
        Cell trend{none, {}, tr("Needs samples over at least %1 s.").arg(MinTrendSpanMs / 1000)};
        if (st.valid && st.samples > 1 && st.spanMs >= MinTrendSpanMs) {
            trend = Cell{formatTrend(m.unit, st.trendPerMinute), st.trendPerMinute,
                         tr("%1 per minute over %Ln samples", nullptr, int(qMin<qint64>(st.samples, INT_MAX)))
                             .arg(exactValue(m.unit, st.trendPerMinute))};
        }
        r.cells = {Cell{label, label, m.key}, cell(st.current), cell(st.min), cell(st.max), cell(st.mean), trend};
        int type = 0, index = 0;
        if (LoadMetrics::parseSchedulerKey(m.key, &type, &index))
            schedulers.append(r);
        else
            head.append(r);
    }
    applyRows(head + schedulers);
}

} // namespace beamtop
