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
class ProcessCollector : public RankedCollector
{
    Q_OBJECT
public:
    explicit ProcessCollector(AgentClient *agent, QObject *parent = nullptr);

    // Fetches a page now; a fetch in flight is superseded.
    void fetch(const ProcessQuery &query);
    // The standing query, which the session's tick refreshes while the Processes feed has a
    // subscriber. A change (another ranking, other rows) fetches at once: scrolling wants
    // other rows now. The same query again waits for the tick, unless now (after an action
    // that changed the node, say).
    void setQuery(const ProcessQuery &query, bool now = false);
    const ProcessQuery &query() const { return m_standing; }
    // The tick: fetches the standing query, unless a page is still on its way (replacing it
    // every tick would starve a slow node).
    void refresh();

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

    ProcessQuery m_query;    // the one being fetched
    ProcessQuery m_standing; // what the tick refreshes
    bool m_hasStanding = false;
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
