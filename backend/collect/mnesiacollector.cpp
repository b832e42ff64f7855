// SPDX-License-Identifier: GPL-3.0-or-later
#include "mnesiacollector.h"

#include <algorithm>

namespace beamtop {

MnesiaCollector::MnesiaCollector(AgentClient *agent, QObject *parent) : Collector(agent, parent) {}

void MnesiaCollector::fetch()
{
    if (isBusy())
        return;
    const int gen = begin();
    if (!gen)
        return;
    if (!isAvailable())
        return fail(gen, fullMode() ? tr("The agent on this node is older and cannot read Mnesia.")
                                    : tr("Mnesia is read by the agent, which is not loaded on this node."));
    // Every table is read one field at a time, each bounded by the item timeout: the request's
    // own bound leaves room for a few slow ones on top of the usual.
    askAgent(gen, "mnesia", {{Term::atom("timeout_item_ms"), Term::integer(m_itemTimeoutMs)}}, 4 << 20,
             [this, gen](const Term &v) { deliver(gen, v); });
}

void MnesiaCollector::linkLost()
{
    // Transactions seen on the old link may have ended meanwhile: ages start again.
    m_firstSeen.clear();
}

void MnesiaCollector::deliver(int gen, const Term &value)
{
    MnesiaSample s;
    if (!MnesiaSample::fromTerm(value, &s))
        return fail(gen, tr("The agent sent a Mnesia reading Beamtop does not understand."));
    if (!finish(gen))
        return;
    // Mnesia keeps no start time for a transaction: its age is how long Beamtop has seen it.
    // Only the capped list is seen, so one beyond the cap gets its age when it enters it.
    const qint64 now = s.at.toMSecsSinceEpoch();
    QHash<QString, qint64> seen;
    for (MnesiaTransaction &t : s.transactions.items) {
        const QString key = t.tid.text + QLatin1Char('/') + t.pid;
        const qint64 first = m_firstSeen.value(key, now);
        seen.insert(key, first);
        t.ageMs = qMax<qint64>(0, now - first);
    }
    if (s.transactions.isRead())
        m_firstSeen = seen; // ended transactions are forgotten
    // Oldest first; between equal ages the lower counter started first.
    std::stable_sort(s.transactions.items.begin(), s.transactions.items.end(),
                     [](const MnesiaTransaction &a, const MnesiaTransaction &b) {
                         if (a.ageMs != b.ageMs)
                             return a.ageMs > b.ageMs;
                         return a.tid.counter < b.tid.counter;
                     });
    m_last = s;
    m_hasSample = true;
    emit sampleReady(s);
}

} // namespace beamtop
