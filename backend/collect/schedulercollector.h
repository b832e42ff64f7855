// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collector.h"
#include "schedulersample.h"

#include <QObject>
#include <optional>

namespace beamtop {

// Reads the node's schedulers: one agent call in full mode (the agent's server holds the
// scheduler_wall_time flag for as long as Beamtop is attached), a few plain BIF calls in reduced
// mode (wall times only when something on the node already keeps the flag on). At most one
// reading is in flight; utilisation is computed against the previous reading.
class SchedulerCollector : public Collector
{
    Q_OBJECT
public:
    explicit SchedulerCollector(AgentClient *agent, QObject *parent = nullptr);

    void fetch();
    const std::optional<SchedulerSample> &last() const { return m_last; }
    // With no earlier reading, take two this many ms apart, so the first sample delivered
    // already has utilisation. 0 (default): the first sample has none, the second has.
    void setFirstWindowMs(int ms) { m_firstWindowMs = qBound(0, ms, 2000); }
    // Forgets the previous reading (another node).
    void reset();

signals:
    void sampleReady(const beamtop::SchedulerSample &sample);

private:
    void fetchReduced(int gen, int windowMs);
    void deliver(int gen, const Term &map);

    int m_firstWindowMs = 0;
    std::optional<SchedulerSample> m_last;
};

} // namespace beamtop
