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
    if (m_hasBase)
        s.computeRates(m_base);
    s.markOwn(node()->info().selfNode);
    m_quiet.apply(&s);
    // A reading within the same millisecond on the node as the base has no interval to it:
    // the base stays, so the next rates cover what happened since.
    if (!m_hasBase || s.sampledAtMs > m_base.sampledAtMs) {
        m_base = s;
        m_hasBase = true;
    }
    m_last = s;
    emit sampleReady(s);
}

} // namespace beamtop
