// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankedcollector.h"

namespace beamtop {

RankedCollector::RankedCollector(const QString &kind, AgentClient *agent, QObject *parent)
    : Collector(agent, parent), m_kind(kind)
{
}

void RankedCollector::fetchRanked(RankedQuery q)
{
    q.kind = m_kind;
    const int gen = begin(); // whatever is in flight is now stale
    if (!gen)
        return;
    if (!fullMode() || !agent()->canRank(m_kind.toLatin1().constData()))
        return fetchReduced(gen, q);
    // A page of 500 rows of formatted terms stays well under this; past it the agent cuts rows.
    askAgent(gen, "rank", q.toArgs(), 4 << 20, [this, gen, q](const Term &v) {
        if (!v.isMap())
            return fail(gen, tr("The agent sent a ranking Beamtop does not understand."));
        if (!finish(gen))
            return;
        RankingStatus status;
        status.readTerm(v);
        rankedReady(q, status, v.value("rows").elements(), v.value("extra").elements());
    });
}

void RankedCollector::fetchReduced(int gen, const RankedQuery &)
{
    fail(gen, tr("Ranking needs the agent, which is not loaded on this node."));
}

} // namespace beamtop
