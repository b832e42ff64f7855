// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace beamtop {

// How a reader that wants one answer from a ranking the node may still be building waits for it
// (beamtop-cli top, the snapshot's processes section): it asks again every retryMs() until the
// answer is final or the first-answer deadline passes, and then answers with what the node has
// ranked so far, marked partial. So a first answer comes within about a second at any size,
// complete when the node can rank that fast. This is the one place a fetch is started outside
// the session's tick; each ask is an ordinary rank request, charged to the agent's budget.
class RankingWait : public QObject
{
    Q_OBJECT
public:
    static constexpr int RetryMs = 200;
    // From the session going live; connecting and loading the agent come before, so the first
    // answer reaches the user within about a second.
    static constexpr int FirstAnswerMs = 800;

    // askAgain starts a fetch of the same query now (ProcessCollector::setQuery(query, true)).
    explicit RankingWait(std::function<void()> askAgain, QObject *parent = nullptr);

    // Starts waiting: deadlineMs from now an answer is due whatever it is; 0: the next page is
    // the answer; -1: only a final page is.
    void begin(int deadlineMs = FirstAnswerMs);
    // Ends the wait (an answer was given): no more asking.
    void stop();
    bool isWaiting() const { return m_waiting; }
    // The deadline has passed: any page is the answer now.
    bool isDue() const { return m_due; }
    void setRetryMs(int ms) { m_retry.setInterval(ms); }
    int retryMs() const { return m_retry.interval(); }

    // A page came while waiting; final: it is complete for its query. True when it is the answer
    // (final, or due); the caller answers and calls stop(). Otherwise asks again in retryMs().
    bool offer(bool final);

signals:
    // The deadline passed before a final page: answer now with the latest page. (Before any
    // page came, the next one is the answer: offer() says so.)
    void due();

private:
    std::function<void()> m_askAgain;
    QTimer m_retry;
    QTimer m_deadline;
    bool m_waiting = false;
    bool m_due = false;
};

} // namespace beamtop
