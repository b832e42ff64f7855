// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collector.h"
#include "distsample.h"

namespace beamtop {

// Reads the node's distribution links each time fetch() is called (the agent's `dist`), with
// bytes per second between readings on the node's clock, how long each link has been quiet,
// and Beamtop's own connection marked. Needs the agent.
class DistCollector : public Collector
{
    Q_OBJECT
public:
    explicit DistCollector(AgentClient *agent, QObject *parent = nullptr);

    void fetch();
    // The node's agent can read the distribution (false: fetch() fails at once).
    bool isAvailable() const { return fullMode() && agent()->can("dist"); }
    // The last reading delivered (empty before the first).
    const DistSample &last() const { return m_last; }

    // Readings closer than this on the node's clock are too close for rates of their own.
    static constexpr qint64 MinRateSpanMs = 250;

signals:
    void sampleReady(const beamtop::DistSample &sample);

protected:
    void linkLost() override;

private:
    void deliver(int gen, const Term &value);

    DistSample m_last;
    DistSample m_base; // what rates are measured against
    bool m_hasBase = false;
    DistQuietTracker m_quiet;
};

} // namespace beamtop
