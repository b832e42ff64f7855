// SPDX-License-Identifier: GPL-3.0-or-later
#include "etscollector.h"

#include <utility>

namespace beamtop {

EtsCollector::EtsCollector(AgentClient *agent, QObject *parent)
    : RankedCollectorOf(QStringLiteral("ets"), agent, parent)
{
}

void EtsCollector::linkLost()
{
    m_seen.clear();
    m_shown.clear();
}

void EtsCollector::fetchReduced(int gen, const RankedQuery &)
{
    // Ranking every table within a budget needs code on the node; ets:all/0 and ets:info/1 on
    // each table from here would be observer_cli's cost, which this view exists to avoid.
    if (fullMode())
        fail(gen, tr("The agent on this node comes from an older Beamtop and cannot list ETS tables; reconnect to load this one."));
    else
        fail(gen, tr("Listing ETS tables needs the agent, which is not loaded on this node."));
}

void EtsCollector::rankedReady(const RankedQuery &, const RankingStatus &status, const QVector<Term> &rows,
                               const QVector<Term> &extra)
{
    EtsRanking page = EtsRanking::fromReply(fetching(), status, rows, extra);
    auto idOf = [](const EtsRow &r) { return r.idText; };
    m_shown.fill(page.rows, page.receivedAt, idOf);
    m_shown.fill(page.pinned, page.receivedAt, idOf);
    // Rates on the node's clock, so the replies' trip does not show as a change. A table can
    // shrink: negative rates are real.
    QHash<QString, Seen> seen;
    const qint64 now = page.nodeTimeMs;
    auto rate = [&](EtsRow &row) {
        if (row.gone || !page.hasNodeTime || row.size < 0 || row.memory < 0)
            return;
        const auto it = m_seen.constFind(row.idText);
        if (it != m_seen.constEnd() && now <= it->atMs) {
            seen.insert(row.idText, *it); // no newer reading: measure from the older one next time
            return;
        }
        if (it != m_seen.constEnd()) {
            const double s = double(now - it->atMs) / 1000.0;
            row.sizePerS = double(row.size - it->size) / s;
            row.memoryPerS = double(row.memory - it->memory) / s;
        }
        seen.insert(row.idText, {row.size, row.memory, now});
    };
    // Until a refresh gives rates of our own, window mode shows the node's rate of the metric
    // it ranked by.
    const bool window = page.query.mode == EtsQuery::Mode::Window && page.windowValid;
    for (EtsRow &row : page.rows) {
        rate(row);
        if (window && !row.gone) {
            if (page.query.sort == EtsQuery::Sort::Size && !row.hasSizeRate())
                row.sizePerS = double(row.rankValue);
            else if (page.query.sort == EtsQuery::Sort::Memory && !row.hasMemoryRate())
                row.memoryPerS = double(row.rankValue);
        }
    }
    for (EtsRow &row : page.pinned)
        rate(row);
    m_seen = seen; // bounded by the rows shown
    orderByShown(page.rows, [&page](const EtsRow &r) { return page.shownValue(r); });
    m_shown.remember(page.rows, page.pinned, idOf);
    emit pageReady(page);
}

EtsSampler::EtsSampler(AgentClient *agent, const Term &id, QObject *parent) : Sampler(agent, parent), m_id(id) {}

void EtsSampler::fetch()
{
    if (m_deleted || isBusy())
        return;
    const int gen = begin();
    if (!gen)
        return;
    if (!fullMode() || !agent()->can("ets_info"))
        return fail(gen, tr("Sampling an ETS table needs the agent, which is not loaded on this node."));
    askAgent(gen, "ets_info", {{Term::atom("table"), m_id}}, 16 << 10, [this, gen](const Term &v) { deliver(gen, v); });
}

void EtsSampler::deliver(int gen, const Term &map)
{
    const Term alive = map.value("alive");
    if (!map.isMap() || (!alive.isAtom("true") && !alive.isAtom("false")))
        return fail(gen, tr("The agent sent a sample Beamtop does not understand."));
    if (!finish(gen))
        return;
    EtsRow row;
    if (!alive.toBool() || !EtsRow::fromTerm(map.value("row"), &row) || row.gone) {
        m_deleted = true;
        emit deleted();
        return;
    }
    const Term atTerm = map.value("sampled_at_ms");
    const qint64 at = atTerm.toInt(0);
    const bool advanced = atTerm.isInteger() && (!m_hasLast || at > m_lastAtMs);
    if (m_hasLast && advanced) {
        const double seconds = double(at - m_lastAtMs) / 1000.0;
        row.sizePerS = double(row.size - m_lastSize) / seconds;
        row.memoryPerS = double(row.memory - m_lastMemory) / seconds;
    }
    if (advanced) {
        m_lastSize = row.size;
        m_lastMemory = row.memory;
        m_lastAtMs = at;
        m_hasLast = true;
    }
    row.seenAt = QDateTime::currentDateTimeUtc();
    emit sampled(row, row.seenAt.toMSecsSinceEpoch());
}

} // namespace beamtop
