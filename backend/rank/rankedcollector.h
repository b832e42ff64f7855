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

} // namespace beamtop
