// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QString>
#include <QVector>

namespace beamtop {

// The arithmetic behind a time series chart, apart from any chart type so it can be tested
// alone: how a value axis reads (unit, nice range, decimals), what the time axis shows, which
// row the pointer is nearest, and how far the wheel, a drag or a key zooms and pans. The
// zoom and pan limits themselves are ChartTimeLink's.
namespace ChartAxis {

// Ticks on every axis, so the range divides into TickCount - 1 steps.
constexpr int TickCount = 5;
// What the Zoom In / Zoom Out keys and menu entries multiply the span by.
constexpr double ZoomInFactor = 0.5;
constexpr double ZoomOutFactor = 2.0;

// How a value axis reads: the values are divided by divisor and the axis says the unit
// ("MiB", "k/s", "%"; empty for a plain count).
struct Scale
{
    double divisor = 1;
    QString unit;
};

// The scale for values of unit whose largest magnitude is largest: the largest power of 1024
// (bytes) or 1000 (counts) not above it. Ratios read as percent.
Scale scaleFor(MetricUnit unit, double largest);

// The least of 1, 2, 2.5, 5 times a power of ten that is at least v; 1 for v <= 0.
double niceCeiling(double v);

// A value axis that holds every shown value, lo to hi (unscaled), with some headroom: from 0
// (or a nice negative number) to a nice number, in the unit's scale. Ratios span 0–100 %
// unless a value is above 100 %.
struct ValueAxis
{
    Scale scale;
    double bottom = 0;
    double top = 1;
    QString labelFormat; // printf style: as many decimals as a step needs
    double step() const { return (top - bottom) / (TickCount - 1); }
};
ValueAxis valueAxis(MetricUnit unit, double lo, double hi);

// The time axis over [fromMs, toMs]: never empty, with seconds only while they matter.
struct TimeAxis
{
    qint64 fromMs = 0;
    qint64 toMs = 1;
    QString format; // QDateTime format
};
TimeAxis timeAxis(qint64 fromMs, qint64 toMs);

// Whether a point at timeMs counts toward the value axis of a chart showing [fromMs, toMs]:
// a little before the range too, so a line entering at the left edge stays on the chart.
bool countsForValueAxis(qint64 timeMs, qint64 fromMs, qint64 toMs);

// The index of the time nearest timeMs in sortedTimes (ascending; the earlier one on a tie),
// or -1 when there are none.
int nearestIndex(const QVector<qint64> &sortedTimes, qint64 timeMs);

// The zoom factor for a wheel turn of angleDelta (eighths of a degree): below 1 zooms in,
// above 1 out, 0 for no turn.
double wheelZoomFactor(int angleDelta);
// How far a drag of dxPixels across a plot plotWidth pixels wide showing spanMs moves the
// range: the data follows the pointer. 0 when the plot has no width.
qint64 dragPanMs(double dxPixels, double plotWidth, qint64 spanMs);
// How far the arrow keys move a range of spanMs.
qint64 keyPanMs(qint64 spanMs);

} // namespace ChartAxis

} // namespace beamtop
