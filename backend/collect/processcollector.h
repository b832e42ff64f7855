// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "processranking.h"
#include "rank/rankedcollector.h"
#include "rank/rankedrows.h"

#include <QElapsedTimer>
#include <QHash>

namespace beamtop {

// Pages of the process ranking. With the agent the node ranks (within its CPU budget) and sends
// only the rows asked for; in reduced mode rows come in pid order, a page at a time. Computes
// reductions per second between refreshes, leaving Beamtop's own reads out; puts a page's rows
// in order of the values they show; shows a process that exited with its last figures.
class ProcessCollector : public RankedCollectorOf<ProcessQuery>
{
    Q_OBJECT
public:
    using Page = ProcessRanking; // what pageReady delivers

    explicit ProcessCollector(AgentClient *agent, QObject *parent = nullptr);

    // fetch, setQuery (the standing query of the Processes feed), refresh: RankedCollectorOf.

    static constexpr qint64 ReducedModeProcessLimit = 200000;

signals:
    void pageReady(const beamtop::ProcessRanking &page);

protected:
    void rankedReady(const RankedQuery &q, const RankingStatus &status, const QVector<Term> &rows,
                     const QVector<Term> &extra) override;
    void fetchReduced(int gen, const RankedQuery &q) override;
    void linkLost() override
    {
        m_seen.clear();
        m_shown.clear();
    }

private:
    void fetchReducedRows(int gen, const QVector<Term> &pids);
    void deliver(ProcessRanking page);

    QElapsedTimer m_clock;
    struct Seen
    {
        qint64 reductions;
        qint64 reads; // the agent's count of its reads; -1 without the agent
        qint64 atMs;
    };
    QHash<QString, Seen> m_seen; // pidText -> last reductions seen, for reductions/s
    bool m_seenNodeClock = false; // m_seen holds node times (agent) rather than m_clock times
    LastShown<ProcessRow> m_shown; // the rows last delivered, for processes found exited
};

} // namespace beamtop
