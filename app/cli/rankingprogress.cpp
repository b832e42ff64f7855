// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankingprogress.h"

#include "export/rankingfields.h"

#include <QTextStream>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace beamtop {

namespace {
constexpr int BarWidth = 12;
constexpr qint64 MinRateMs = 1500; // the rate over at least this long (the sweep starts in bursts)

int terminalWidth()
{
    winsize ws{};
    if (ioctl(fileno(stderr), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 10)
        return ws.ws_col;
    return 80;
}

// The next step up the user could try: 10 %, then 50 %; none from there.
double fasterBudget(double budget)
{
    if (budget <= 0)
        return -1;
    if (budget < 0.1)
        return 0.1;
    if (budget < 0.5)
        return 0.5;
    return -1;
}
} // namespace

RankingProgress::RankingProgress(QTextStream &err) : m_err(err), m_enabled(isatty(fileno(stderr)) != 0)
{
    m_clock.start();
}

void RankingProgress::update(const RankingStatus &s)
{
    if (!m_enabled)
        return;
    // Before the first ranking completes, the first sweep's progress; after it (window mode
    // measuring its first window), the next sweep's.
    const bool sweeping = s.sweepTotal > 0;
    const double share = sweeping ? qBound(0.0, double(s.sweepDone) / double(s.sweepTotal), 1.0) : s.coverage();
    const qint64 now = m_clock.elapsed();
    qint64 leftMs = -1;
    if (sweeping) {
        if (m_fromDone < 0 || s.sweepDone < m_fromDone) { // a new sweep began
            m_fromDone = s.sweepDone;
            m_fromMs = now;
        } else if (now - m_fromMs >= MinRateMs && s.sweepDone > m_fromDone) {
            const double perMs = double(s.sweepDone - m_fromDone) / double(now - m_fromMs);
            leftMs = qint64(double(s.sweepTotal - s.sweepDone) / perMs);
        }
    }
    // Complete but not final: window mode, measuring its first window.
    const QString what = s.rankingComplete ? tr("measuring change") : tr("ranking");
    m_err << '\r' << text(what, share, leftMs, s.budget, terminalWidth() - 1) << "\x1b[K";
    m_err.flush();
    m_shown = true;
}

void RankingProgress::clear()
{
    if (!m_shown)
        return;
    m_err << "\r\x1b[K";
    m_err.flush();
    m_shown = false;
}

QString RankingProgress::text(const QString &what, double share, qint64 leftMs, double budget, int width)
{
    const int filled = qBound(0, int(share * BarWidth), BarWidth);
    const QString bar = QStringLiteral("%1 [%2%3] %4")
                            .arg(what, QString(filled, QLatin1Char('#')), QString(BarWidth - filled, QLatin1Char('-')),
                                 RankingFields::percent(share));
    const QString dot = QStringLiteral(" · ");
    if (leftMs < 0)
        return QString(bar + dot + tr("estimating time left")).left(width);
    const QString left = RankingFields::duration(leftMs);
    // The sweep runs on the budget's tokens, so its rate grows with the budget.
    const double faster = fasterBudget(budget);
    const QString b = QString::number(budget, 'g', 3), b2 = QString::number(faster, 'g', 3);
    const QString t2 = faster > 0 ? RankingFields::duration(qint64(double(leftMs) * budget / faster)) : QString();
    // The longest that fits: a line that wraps cannot be redrawn in place.
    QStringList candidates;
    if (faster > 0) {
        candidates << bar + dot + tr("~%1 left at --budget %2").arg(left, b) + dot
                + tr("--budget %1 (more CPU on the node) would take ~%2").arg(b2, t2)
                   << bar + dot + tr("~%1 left at --budget %2").arg(left, b) + dot + tr("--budget %1: ~%2").arg(b2, t2)
                   << bar + dot + tr("~%1 left").arg(left) + dot + tr("--budget %1: ~%2").arg(b2, t2);
    } else if (budget > 0) {
        candidates << bar + dot + tr("~%1 left at --budget %2").arg(left, b);
    }
    candidates << bar + dot + tr("~%1 left").arg(left) << bar;
    for (const QString &c : std::as_const(candidates))
        if (c.size() <= width)
            return c;
    return bar.left(width);
}

} // namespace beamtop
