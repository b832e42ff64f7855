// SPDX-License-Identifier: GPL-3.0-or-later
#include "portcollector.h"

#include <utility>

namespace beamtop {

PortCollector::PortCollector(AgentClient *agent, QObject *parent)
    : RankedCollectorOf(QStringLiteral("port"), agent, parent)
{
}

void PortCollector::refresh()
{
    RankedCollectorOf::refresh();
    // Counting by type reads every port's name: cheap, but not worth doing every tick.
    if (!m_typesAsked.isValid() || m_typesAsked.elapsed() >= TypesIntervalMs)
        fetchTypes();
}

void PortCollector::fetchTypes()
{
    if (m_typesInFlight || !fullMode() || !agent()->can("port_types"))
        return;
    m_typesInFlight = true;
    m_typesAsked.start();
    const int gen = m_typesGen;
    const Term args = Term::map({{Term::atom("timeout_ms"), Term::integer(timeoutMs())},
                                 {Term::atom("max_bytes"), Term::integer(64 << 10)}});
    agent()->request("port_types", args, timeoutMs() + 1000, this, [this, gen](const AgentReply &r) {
        if (gen != m_typesGen)
            return; // from before the link was lost
        m_typesInFlight = false;
        PortTypeCounts counts;
        if (!r.ok())
            return emit typesFailed(r.message);
        if (!PortTypeCounts::fromTerm(r.value, &counts))
            return emit typesFailed(tr("The agent sent port counts Beamtop does not understand."));
        counts.receivedAt = QDateTime::currentDateTimeUtc();
        m_types = counts;
        emit typesReady(m_types);
    });
}

void PortCollector::linkLost()
{
    m_seen.clear();
    m_shown.clear();
    m_typesInFlight = false;
    m_typesAsked.invalidate();
    ++m_typesGen;
}

void PortCollector::rankedReady(const RankedQuery &, const RankingStatus &status, const QVector<Term> &rows,
                                const QVector<Term> &extra)
{
    deliver(PortRanking::fromReply(fetching(), status, rows, extra));
}

void PortCollector::fetchReduced(int gen, const RankedQuery &)
{
    // Listing sockets and reading every port's counters needs code on the node.
    if (fullMode())
        fail(gen, tr("The agent on this node comes from an older Beamtop and cannot list ports; reconnect to load this one."));
    else
        fail(gen, tr("Listing ports and sockets needs the agent, which is not loaded on this node."));
}

void PortCollector::deliver(PortRanking page)
{
    // A closed port shows what was last shown for it, not the zeros a read of nothing gives.
    auto idOf = [](const PortRow &r) { return r.idText; };
    m_shown.fill(page.rows, page.receivedAt, idOf);
    m_shown.fill(page.pinned, page.receivedAt, idOf);
    // Rates on the node's clock: the time replies spend in transit must not show as a change.
    // Without it (no agent clock) there are no rates.
    QHash<QString, Seen> seen;
    const qint64 now = page.nodeTimeMs;
    auto rate = [&](PortRow &row) {
        if (row.gone || !page.hasNodeTime)
            return; // a closed port's rates are the ones last shown
        const auto it = m_seen.constFind(row.idText);
        if (it != m_seen.constEnd() && now > it->atMs && row.recvOct >= it->recvOct && row.sendOct >= it->sendOct) {
            const double ms = double(now - it->atMs);
            row.recvPerS = double(row.recvOct - it->recvOct) * 1000.0 / ms;
            row.sendPerS = double(row.sendOct - it->sendOct) * 1000.0 / ms;
        } else if (it != m_seen.constEnd() && now <= it->atMs) {
            seen.insert(row.idText, *it); // no newer reading: measure from the older one next time
            return;
        }
        seen.insert(row.idText, {row.recvOct, row.sendOct, now});
    };
    // The node measured the byte rate it ranked by over its window: until a refresh gives
    // rates of our own, show that rather than nothing.
    const bool windowBytes = page.query.mode == PortQuery::Mode::Window && page.windowValid;
    for (PortRow &row : page.rows) {
        rate(row);
        if (windowBytes && !row.gone && row.rankValue >= 0) {
            if (page.query.sort == PortQuery::Sort::RecvOct && row.recvPerS < 0)
                row.recvPerS = double(row.rankValue);
            else if (page.query.sort == PortQuery::Sort::SendOct && row.sendPerS < 0)
                row.sendPerS = double(row.rankValue);
        }
    }
    for (PortRow &row : page.pinned)
        rate(row);
    m_seen = seen; // bounded by the rows shown
    // The node placed the rows by what they had when it ranked them; they show what they have now.
    orderByShown(page.rows, [&page](const PortRow &r) { return page.shownValue(r); });
    m_shown.remember(page.rows, page.pinned, idOf);
    emit pageReady(page);
}

} // namespace beamtop
