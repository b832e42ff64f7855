// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankedcommand.h"

#include "export/rankingwait.h"

namespace beamtop {

namespace {
// --complete asks for progress less often than a first answer does: each ask costs the node a
// rank request, out of the same budget the sweep runs on.
constexpr int CompleteRetryMs = 500;
// --watch at an interval up to this: the second tick is the first answer's deadline, so answers
// come one per interval from the start (a deadline just before a tick would print two at once).
constexpr int TickAsDeadlineMs = 1000;
} // namespace

QStringList RankedCommand::formats() const
{
    return {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")};
}

QList<QCommandLineOption> RankedCommand::rankingOptions(const QCommandLineOption &sort, const QString &countHelp,
                                                        const QString &windowHelp, const QString &filterHelp) const
{
    return {sort,
            {QStringLiteral("count"), countHelp, tr("N"), QStringLiteral("10")},
            {QStringLiteral("window"), windowHelp, tr("MS")},
            {QStringLiteral("filter"), filterHelp, tr("TEXT")},
            {QStringLiteral("watch"), tr("Keep printing, one table or document per interval.")},
            {QStringLiteral("interval"), tr("Milliseconds between refreshes with --watch (default 1000)."), tr("MS"),
             QStringLiteral("1000")},
            formatOption(),
            prettyOption()};
}

int RankedCommand::parseStart(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    return parseFormat(p);
}

void RankedCommand::attachRanking(NodeSession *session, std::function<void()> askAgain)
{
    // --watch: a ranking per tick; once: the tick the session takes as it goes live.
    session->setRefreshIntervalMs(qMax(1, m_intervalMs));
    session->setPaused(!m_watch);
    m_wait = new RankingWait(std::move(askAgain), this);
    connect(m_wait, &RankingWait::due, this, [this] { answerLatest(); });
    if (m_complete) {
        m_wait->setRetryMs(CompleteRetryMs);
        m_progress = std::make_unique<RankingProgress>(m_err);
    }
    if (m_watch) {
        // Said on stderr when it starts and when it ends, so stdout keeps only the documents.
        connect(session, &NodeSession::lateChanged, this, [this, wasLate = false](qint64 lateForMs) mutable {
            if (lateForMs > 0 && !wasLate)
                m_err << tr("Data is late: the node has not answered for %1 s; still asking.").arg(lateForMs / 1000) << Qt::endl;
            else if (lateForMs == 0 && wasLate)
                m_err << tr("The node answers again.") << Qt::endl;
            wasLate = lateForMs > 0;
        });
    }
    connect(session, &NodeSession::refreshed, this, [this] {
        m_tickPending = true;
        // --watch at a short interval: the second tick ends the wait, its page is the answer.
        if (++m_ticks > 1 && m_watch && !m_complete && !m_answered && m_intervalMs <= TickAsDeadlineMs)
            m_wait->stop();
    });
}

void RankedCommand::beginWait()
{
    if (m_complete)
        m_wait->begin(-1);
    else if (m_watch && m_intervalMs <= TickAsDeadlineMs)
        m_wait->begin(-1); // the second tick ends the wait (attachRanking)
    else
        m_wait->begin(RankingWait::FirstAnswerMs);
}

bool RankedCommand::isWaiting() const
{
    return m_wait->isWaiting();
}

bool RankedCommand::takePage(bool final, const RankingStatus &status)
{
    if (m_wait->isWaiting()) {
        if (m_progress && !final)
            m_progress->update(status);
        return m_wait->offer(final);
    }
    // The first answer (after the wait ended at a tick), then one per tick with --watch.
    return !m_answered || m_tickPending;
}

void RankedCommand::answered()
{
    m_wait->stop();
    if (m_progress)
        m_progress->clear();
    m_answered = true;
    m_tickPending = false;
}

void RankedCommand::done()
{
    if (!m_watch)
        finish(Ok);
}

void RankedCommand::readFailed(const QString &message)
{
    if (m_progress)
        m_progress->clear();
    m_err << message << Qt::endl;
    finish(RemoteError);
}

void RankedCommand::interrupt(int signalNumber)
{
    if (m_progress)
        m_progress->clear();
    Command::interrupt(signalNumber);
}

void RankedCommand::linkLost()
{
    if (m_progress)
        m_progress->clear();
    Command::linkLost();
}

} // namespace beamtop
