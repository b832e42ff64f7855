// SPDX-License-Identifier: GPL-3.0-or-later
#include "distcollector.h"

#include "node/nodeclient.h"

namespace beamtop {

DistCollector::DistCollector(AgentClient *agent, QObject *parent) : Collector(agent, parent) {}

void DistCollector::fetch()
{
    if (isBusy())
        return;
    const int gen = begin();
    if (!gen)
        return;
    if (!fullMode())
        return fail(gen, tr("The distribution view needs the agent, which is not loaded on this node."));
    if (!agent()->can("dist"))
        return fail(gen, tr("The agent on this node is older and cannot read the distribution."));
    askAgent(gen, "dist", {}, 1 << 20, [this, gen](const Term &v) { deliver(gen, v); });
}

void DistCollector::linkLost()
{
    // A new link is a new C node connection: counters and quiet times start again.
    m_hasBase = false;
    m_quiet.clear();
}

void DistCollector::deliver(int gen, const Term &value)
{
    DistSample s;
    if (!DistSample::fromTerm(value, &s))
        return fail(gen, tr("The agent sent a distribution reading Beamtop does not understand."));
    if (!finish(gen))
        return;
    // Rates need a span: one message of 100 KB between two readings a few milliseconds apart
    // (a page shown, then the tick) would read as megabytes per second. A reading closer than
    // MinRateSpanMs to the base shows the rates last shown and leaves the base in place, so the
    // next rates cover all that happened since.
    if (!m_hasBase) {
        m_base = s;
        m_hasBase = true;
    } else if (s.sampledAtMs - m_base.sampledAtMs >= MinRateSpanMs) {
        s.computeRates(m_base);
        m_base = s;
    } else {
        s.takeRatesOf(m_last);
    }
    s.markOwn(node()->info().selfNode);
    m_quiet.apply(&s);
    m_last = s;
    emit sampleReady(s);
}

} // namespace beamtop
