// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/collector.h"
#include "rankedquery.h"

namespace beamtop {

// Pages of a ranking the agent keeps on the node, for one kind of entity. The node ranks
// within the agent's budget and sends only the rows asked for; only the newest request's
// answer is delivered. A subclass turns the rows into its value type (rankedReady) and, if
// its kind can be listed without the agent, does so in fetchReduced.
class RankedCollector : public Collector
{
    Q_OBJECT
public:
    RankedCollector(const QString &kind, AgentClient *agent, QObject *parent = nullptr);

    QString kind() const { return m_kind; }

protected:
    // Starts a fetch of q (q.kind is set here); one in flight is superseded.
    void fetchRanked(RankedQuery q);
    // The agent's answer to q: the fetch is finished; rows and extra as the agent sent them.
    virtual void rankedReady(const RankedQuery &q, const RankingStatus &status, const QVector<Term> &rows,
                             const QVector<Term> &extra) = 0;
    // No agent, or an agent that cannot rank this kind: fetch gen is running, end it with
    // finish() or fail(). By default it fails with a sentence that says so.
    virtual void fetchReduced(int gen, const RankedQuery &q);

private:
    QString m_kind;
};

// A RankedCollector whose kind has a query of its own (ProcessQuery, PortQuery: sort, mode,
// filter, offset, limit, intervalMs, pinned, toRanked()), with the standing query the session's
// tick refreshes. A subclass builds its page from fetching() in rankedReady.
template <typename Q>
class RankedCollectorOf : public RankedCollector
{
public:
    using Query = Q;
    using RankedCollector::RankedCollector;

    // Fetches a page now; a fetch in flight is superseded. walk: see RankedWalk (exports).
    void fetch(const Query &query, const RankedWalk &walk = {})
    {
        m_query = query;
        RankedQuery q = query.toRanked();
        q.walk = walk;
        fetchRanked(q);
    }
    // The standing query, which the session's tick refreshes while the kind's feed has a
    // subscriber. A change (another ranking, other rows) fetches at once: scrolling wants other
    // rows now. The same query again waits for the tick, unless now (after an action that
    // changed the node, say).
    void setQuery(const Query &query, bool now = false)
    {
        const bool changed = !m_hasStanding || !query.sameRanking(m_standing) || query.offset != m_standing.offset
            || query.limit != m_standing.limit || query.pinned != m_standing.pinned
            || query.intervalMs != m_standing.intervalMs;
        m_standing = query;
        m_hasStanding = true;
        if (changed || now)
            fetch(query);
    }
    const Query &query() const { return m_standing; }
    // The tick: fetches the standing query, unless a page is still on its way (replacing it
    // every tick would starve a slow node).
    void refresh()
    {
        if (m_hasStanding && !isBusy())
            fetch(m_standing);
    }

protected:
    // The query being fetched (the answer in rankedReady is for it).
    const Query &fetching() const { return m_query; }

private:
    Query m_query;    // the one being fetched
    Query m_standing; // what the tick refreshes
    bool m_hasStanding = false;
};

} // namespace beamtop
