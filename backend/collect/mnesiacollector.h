// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collector.h"
#include "mnesiasample.h"

namespace beamtop {

// Reads Mnesia on the node each time fetch() is called (the agent's `mnesia`): the database,
// its tables, locks and ongoing transactions. Each of Mnesia's reads is timed on the node on
// its own, so a stuck Mnesia gives a sample naming what it could not read rather than a
// failure. Ongoing transactions get an age: the time since this collector first saw their tid
// (Mnesia keeps no start time), oldest first. Needs the agent.
class MnesiaCollector : public Collector
{
    Q_OBJECT
public:
    explicit MnesiaCollector(AgentClient *agent, QObject *parent = nullptr);

    void fetch();
    // The node's agent can read Mnesia (false: fetch() fails at once).
    bool isAvailable() const { return fullMode() && agent()->can("mnesia"); }
    // The last reading delivered (not running before the first; see hasSample()).
    const MnesiaSample &last() const { return m_last; }
    bool hasSample() const { return m_hasSample; }
    // Each Mnesia read's own bound on the node (the agent keeps it within 50..2000 ms).
    void setItemTimeoutMs(int ms) { m_itemTimeoutMs = ms; }

signals:
    void sampleReady(const beamtop::MnesiaSample &sample);

protected:
    void linkLost() override;

private:
    void deliver(int gen, const Term &value);

    MnesiaSample m_last;
    bool m_hasSample = false;
    int m_itemTimeoutMs = 500;
    QHash<QString, qint64> m_firstSeen; // tid text -> first seen (UTC ms)
};

} // namespace beamtop
