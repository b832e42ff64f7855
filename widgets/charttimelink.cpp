// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttimelink.h"

#include <QtGlobal>

namespace beamtop {

ChartTimeLink::ChartTimeLink(QObject *parent) : QObject(parent) {}

void ChartTimeLink::setData(qint64 earliestMs, qint64 latestMs)
{
    m_earliest = earliestMs;
    m_latest = latestMs;
    if (m_live)
        applyLive();
}

void ChartTimeLink::applyLive()
{
    // While the data is younger than the span, the axis starts where the data starts (but
    // spans at least MinSpanMs), so a fresh recording fills the chart rather than its last pixels.
    const qint64 span = qBound(MinSpanMs, m_latest - m_earliest, m_liveSpan);
    apply(m_latest - span, m_latest, true);
}

void ChartTimeLink::setMaximumSpanMs(qint64 ms)
{
    m_maxSpan = qMax(MinSpanMs, ms);
    m_liveSpan = m_maxSpan;
    if (m_live)
        applyLive();
    else
        setRange(m_from, m_to);
}

void ChartTimeLink::zoom(double factor, qint64 anchorMs)
{
    if (factor <= 0)
        return;
    const qint64 span = qBound(MinSpanMs, qint64(double(this->span()) * factor), m_maxSpan);
    if (m_live && (anchorMs < 0 || anchorMs >= m_to - this->span() / 10)) {
        // Zooming at the newest data keeps following it.
        m_liveSpan = span;
        applyLive();
        return;
    }
    const qint64 anchor = anchorMs < 0 ? m_from + this->span() / 2 : anchorMs;
    const double left = this->span() > 0 ? double(anchor - m_from) / double(this->span()) : 0.5;
    const qint64 from = anchor - qint64(left * double(span));
    setRange(from, from + span);
}

void ChartTimeLink::pan(qint64 deltaMs)
{
    setRange(m_from + deltaMs, m_to + deltaMs);
}

void ChartTimeLink::setRange(qint64 fromMs, qint64 toMs)
{
    qint64 span = qBound(MinSpanMs, toMs - fromMs, m_maxSpan);
    // Not past the newest data (that is live mode), not far before the oldest.
    if (fromMs + span >= m_latest) {
        m_liveSpan = span;
        applyLive();
        return;
    }
    const qint64 floor = qMin(m_earliest, m_latest - span);
    if (fromMs < floor)
        fromMs = floor;
    apply(fromMs, fromMs + span, false);
}

void ChartTimeLink::goLive()
{
    m_liveSpan = m_maxSpan;
    applyLive();
}

void ChartTimeLink::setHover(qint64 timeMs)
{
    if (timeMs == m_hover)
        return;
    m_hover = timeMs;
    emit hoverChanged(timeMs);
}

void ChartTimeLink::apply(qint64 fromMs, qint64 toMs, bool live)
{
    const bool liveChange = live != m_live;
    const bool rangeChange = fromMs != m_from || toMs != m_to;
    m_from = fromMs;
    m_to = toMs;
    m_live = live;
    if (rangeChange)
        emit rangeChanged(m_from, m_to);
    if (liveChange)
        emit liveChanged(m_live);
}

} // namespace beamtop
