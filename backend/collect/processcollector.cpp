// SPDX-License-Identifier: GPL-3.0-or-later
#include "processcollector.h"

#include <utility>

namespace beamtop {

ProcessCollector::ProcessCollector(AgentClient *agent, QObject *parent)
    : RankedCollectorOf(QStringLiteral("process"), agent, parent)
{
    m_clock.start();
}

void ProcessCollector::rankedReady(const RankedQuery &, const RankingStatus &status, const QVector<Term> &rows,
                                   const QVector<Term> &extra)
{
    deliver(ProcessRanking::fromReply(fetching(), status, rows, extra));
}

void ProcessCollector::fetchReduced(int gen, const RankedQuery &)
{
    // Without the agent there is no ranking: list pids in order, one page of rows at a time.
    callAll(gen, {{QStringLiteral("count"), QStringLiteral("erlang"), QStringLiteral("system_info"), {Term::atom("process_count")}}},
            [this, gen](const Replies &count) {
                const CallResult &c = count.value(QStringLiteral("count"));
                if (!c.ok())
                    return fail(gen, c.message);
                if (c.value.toInt() > ReducedModeProcessLimit)
                    return fail(gen, tr("This node has %L1 processes: listing them needs the agent, which is not loaded.")
                                         .arg(c.value.toInt()));
                callAll(gen, {{QStringLiteral("all"), QStringLiteral("erlang"), QStringLiteral("processes"), {}}},
                        [this, gen](const Replies &all) {
                            const CallResult &a = all.value(QStringLiteral("all"));
                            if (!a.ok())
                                return fail(gen, a.message);
                            fetchReducedRows(gen, a.value.elements());
                        });
            });
}

void ProcessCollector::fetchReducedRows(int gen, const QVector<Term> &pids)
{
    const ProcessQuery q = fetching();
    const int first = qMin(q.offset, int(pids.size()));
    const int last = qMin(q.offset + q.limit, int(pids.size()));
    const Term items = Term::list({Term::atom("registered_name"), Term::atom("initial_call"), Term::atom("current_function"),
                                   Term::atom("memory"), Term::atom("reductions"), Term::atom("message_queue_len"),
                                   Term::atom("total_heap_size"), Term::atom("status")});
    QVector<Call> calls;
    for (int i = first; i < last; ++i)
        calls.append({QString::number(i), QStringLiteral("erlang"), QStringLiteral("process_info"), {pids[i], items}});
    callAll(gen, calls, [this, gen, pids, first, last, q](const Replies &replies) {
        if (!finish(gen))
            return;
        ProcessRanking page;
        page.query = q;
        page.total = pids.size();
        page.count = pids.size();
        page.reducedMode = true;
        page.rankingComplete = true;
        page.receivedAt = QDateTime::currentDateTimeUtc();
        for (int i = first; i < last; ++i) {
            ProcessRow row;
            row.pid = pids[i].nodeId();
            row.pidText = QStringLiteral("<0.%1.%2>").arg(row.pid.id).arg(row.pid.serial);
            const CallResult r = replies.value(QString::number(i));
            if (r.ok() && r.value.isList()) {
                const Term v = r.value;
                const Term name = v.value("registered_name");
                row.name = name.isAtom() && !name.isList() ? name : Term::atom("undefined");
                row.initialCall = v.value("initial_call");
                row.currentFunction = v.value("current_function");
                row.memory = v.value("memory").toInt();
                row.reductions = v.value("reductions").toInt();
                row.messageQueueLen = v.value("message_queue_len").toInt();
                row.totalHeapSize = v.value("total_heap_size").toInt();
                row.status = v.value("status").atomName();
            } else {
                row.status = QStringLiteral("exited");
                row.gone = true;
            }
            page.rows.append(row);
        }
        deliver(page);
    });
}

void ProcessCollector::deliver(ProcessRanking page)
{
    // Rates from the node's clock when it gives one: the time replies spend in transit (and
    // waiting behind other calls) must not show up as a change in reductions/s.
    const bool nodeClock = page.hasNodeTime;
    if (nodeClock != m_seenNodeClock)
        m_seen.clear();
    m_seenNodeClock = nodeClock;
    const qint64 now = nodeClock ? page.nodeTimeMs : m_clock.elapsed();
    // Reading a process is a process_info signal the target handles and is charged one
    // reduction for. Those are Beamtop's, not the process's: an idle process must show 0/s,
    // whichever views read it. The agent counts its reads of the processes on screen (ranking
    // sweeps, rows, details windows); without it, this page's own read is the one to leave out.
    QHash<QString, int> readsThisPage;
    for (const ProcessRow &row : std::as_const(page.rows))
        ++readsThisPage[row.pidText];
    for (const ProcessRow &row : std::as_const(page.pinned))
        ++readsThisPage[row.pidText];
    // An exited process shows what was last shown for it, not the zeros a read of nothing gives.
    auto pidOf = [](const ProcessRow &r) { return r.pidText; };
    m_shown.fill(page.rows, page.receivedAt, pidOf);
    m_shown.fill(page.pinned, page.receivedAt, pidOf);
    QHash<QString, Seen> seen;
    auto rate = [&](ProcessRow &row) {
        if (row.gone)
            return; // its rate is the one last shown
        const auto it = m_seen.constFind(row.pidText);
        if (it != m_seen.constEnd() && now > it->atMs && row.reductions >= it->reductions) {
            const qint64 own = row.agentReads >= 0 && it->reads >= 0 ? qMax<qint64>(0, row.agentReads - it->reads)
                                                                     : readsThisPage.value(row.pidText);
            const qint64 change = qMax<qint64>(0, row.reductions - it->reductions - own);
            row.reductionsPerS = double(change) * 1000.0 / double(now - it->atMs);
        }
        seen.insert(row.pidText, {row.reductions, row.agentReads, now});
    };
    const bool windowReds = page.query.mode == ProcessQuery::Mode::Window && page.query.sort == ProcessQuery::Sort::Reductions
        && page.windowValid;
    for (ProcessRow &row : page.rows) {
        rate(row);
        if (windowReds && !row.gone && row.reductionsPerS < 0 && row.rankValue >= 0)
            row.reductionsPerS = double(row.rankValue); // the node measured it over the window
    }
    for (ProcessRow &row : page.pinned)
        rate(row);
    m_seen = seen; // bounded by the rows shown
    // The node placed the rows by what they had when it ranked them; they show what they have
    // now. In order of what they show, so the sorted column reads sorted (not in reduced mode:
    // there is no ranking, rows come in pid order).
    if (!page.reducedMode)
        orderByShown(page.rows, [&page](const ProcessRow &r) { return page.shownValue(r); });
    m_shown.remember(page.rows, page.pinned, pidOf);
    emit pageReady(page);
}

} // namespace beamtop
