// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartaxis.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace beamtop::ChartAxis {

namespace {

// The units are the chart's words: they keep ChartWidget's translation context.
QString trChart(const char *text)
{
    return QCoreApplication::translate("beamtop::ChartWidget", text);
}

} // namespace

Scale scaleFor(MetricUnit unit, double largest)
{
    const bool perSecond = unit == MetricUnit::BytesPerSecond || unit == MetricUnit::PerSecond;
    auto pick = [&](const char *const *names, double step) {
        int i = 0;
        double d = 1;
        while (names[i + 1] && largest >= d * step) {
            d *= step;
            ++i;
        }
        const QString name = *names[i] ? trChart(names[i]) : QString();
        if (!perSecond)
            return Scale{d, name};
        //: An axis unit per second: %1 is "KiB", "M" or nothing (a plain count)
        return Scale{d, QCoreApplication::translate("beamtop::ChartWidget", "%1/s").arg(name)};
    };
    static const char *const bytes[] = {
        //: Axis unit: bytes
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "B"),
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "KiB"),
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "MiB"),
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "GiB"),
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "TiB"),
        nullptr};
    static const char *const counts[] = {
        "",
        //: Axis unit: thousands
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "k"),
        //: Axis unit: millions
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "M"),
        //: Axis unit: billions
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "G"),
        nullptr};
    switch (unit) {
    case MetricUnit::Ratio:
        //: Axis unit: percent
        return {0.01, QCoreApplication::translate("beamtop::ChartWidget", "%")};
    case MetricUnit::Bytes:
    case MetricUnit::BytesPerSecond:
        return pick(bytes, 1024);
    case MetricUnit::Count:
    case MetricUnit::PerSecond:
        return pick(counts, 1000);
    }
    return {};
}

double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * p >= v - 1e-12 * p)
            return m * p;
    }
    return 10 * p;
}

ValueAxis valueAxis(MetricUnit unit, double lo, double hi)
{
    ValueAxis axis;
    axis.scale = scaleFor(unit, std::max(std::fabs(hi), std::fabs(lo)));
    const double divisor = axis.scale.divisor;
    axis.top = unit == MetricUnit::Ratio ? 100.0 : niceCeiling(hi / divisor * 1.05);
    if (unit == MetricUnit::Ratio && hi > 1.0)
        axis.top = niceCeiling(hi / divisor);
    axis.bottom = lo < 0 ? -niceCeiling(-lo / divisor * 1.05) : 0.0;
    const double step = axis.step();
    axis.labelFormat = step >= 1 || step == 0 ? QStringLiteral("%.0f")
                       : step >= 0.1          ? QStringLiteral("%.1f")
                                              : QStringLiteral("%.2f");
    return axis;
}

TimeAxis timeAxis(qint64 fromMs, qint64 toMs)
{
    const qint64 span = toMs - fromMs;
    return {fromMs, std::max(toMs, fromMs + 1),
            span <= 15 * 60 * 1000   ? QStringLiteral("HH:mm:ss")
            : span <= 24 * 3600 * 1000 ? QStringLiteral("HH:mm")
                                       : QStringLiteral("dd HH:mm")};
}

bool countsForValueAxis(qint64 timeMs, qint64 fromMs, qint64 toMs)
{
    return timeMs >= fromMs - (toMs - fromMs) / 20 && timeMs <= toMs;
}

int nearestIndex(const QVector<qint64> &sortedTimes, qint64 timeMs)
{
    if (sortedTimes.isEmpty())
        return -1;
    const auto it = std::lower_bound(sortedTimes.cbegin(), sortedTimes.cend(), timeMs);
    const int after = int(it - sortedTimes.cbegin());
    if (after >= sortedTimes.size())
        return int(sortedTimes.size()) - 1;
    if (after == 0)
        return 0;
    return timeMs - sortedTimes.at(after - 1) <= sortedTimes.at(after) - timeMs ? after - 1 : after;
}

double wheelZoomFactor(int angleDelta)
{
    if (angleDelta == 0)
        return 0;
    return angleDelta > 0 ? 0.8 : 1.25;
}

qint64 dragPanMs(double dxPixels, double plotWidth, qint64 spanMs)
{
    if (plotWidth <= 0)
        return 0;
    return -qint64(dxPixels / plotWidth * double(spanMs));
}

qint64 keyPanMs(qint64 spanMs)
{
    return spanMs / 4;
}

} // namespace beamtop::ChartAxis
