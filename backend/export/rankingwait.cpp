// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankingwait.h"

#include <utility>

namespace beamtop {

RankingWait::RankingWait(std::function<void()> askAgain, QObject *parent) : QObject(parent), m_askAgain(std::move(askAgain))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_waiting)
            m_askAgain();
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_waiting)
            return;
        m_due = true;
        emit due();
    });
}

void RankingWait::begin(int deadlineMs)
{
    m_waiting = true;
    m_due = deadlineMs == 0;
    m_retry.stop();
    if (deadlineMs > 0)
        m_deadline.start(deadlineMs);
    else
        m_deadline.stop();
}

void RankingWait::stop()
{
    m_waiting = false;
    m_due = false;
    m_retry.stop();
    m_deadline.stop();
}

bool RankingWait::offer(bool final)
{
    if (!m_waiting)
        return false;
    if (final || m_due)
        return true;
    // Asked again after the page, not on a clock: a slow node is never asked twice at once.
    m_retry.start();
    return false;
}

} // namespace beamtop
