// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace beamtop {

// The one time axis the load charts share. Live, it follows the newest data over a span (the
// history window, or less after zooming in); after a pan or a zoom away from the newest data it
// holds a fixed range until goLive(). Every linked chart shows range() and the same hover time,
// so zooming one zooms all.
class ChartTimeLink : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MinSpanMs = 10 * 1000;

    explicit ChartTimeLink(QObject *parent = nullptr);

    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    qint64 span() const { return m_to - m_from; }
    bool isLive() const { return m_live; }
    qint64 hoverMs() const { return m_hover; } // -1: none

    // What the data covers: [earliestMs, latestMs]. Live, the range ends at latestMs and
    // reaches back the live span, or to earliestMs while the data is younger than that.
    void setData(qint64 earliestMs, qint64 latestMs);
    // The longest span (the history window); live mode follows with it.
    void setMaximumSpanMs(qint64 ms);
    qint64 maximumSpanMs() const { return m_maxSpan; }
    qint64 liveSpanMs() const { return m_liveSpan; }

    // factor < 1 zooms in, > 1 out, around anchorMs (live: around the newest data, staying live).
    void zoom(double factor, qint64 anchorMs = -1);
    void pan(qint64 deltaMs); // leaves live mode unless it reaches the newest data
    void setRange(qint64 fromMs, qint64 toMs);
    void goLive(); // follow the newest data again, over the whole window
    void setHover(qint64 timeMs);

signals:
    void rangeChanged(qint64 fromMs, qint64 toMs);
    void liveChanged(bool live);
    void hoverChanged(qint64 timeMs);

private:
    void apply(qint64 fromMs, qint64 toMs, bool live);
    void applyLive();

    qint64 m_earliest = 0, m_latest = 0;
    qint64 m_from = 0, m_to = 0;
    qint64 m_maxSpan = 15 * 60 * 1000;
    qint64 m_liveSpan = 15 * 60 * 1000;
    qint64 m_hover = -1;
    bool m_live = true;
};

} // namespace beamtop
