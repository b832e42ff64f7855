// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collector.h"

#include <QMetaType>
#include <QStringList>

namespace beamtop {

// The nodes a node is connected to, as it sees them.
struct ClusterSample
{
    QStringList visible;
    QStringList hidden; // hidden nodes: C nodes like Beamtop, remsh shells, ...
};

// Reads the node's connected nodes each time fetch() is called: one agent request, or two
// plain erlang:nodes/1 calls in reduced mode.
class ClusterCollector : public Collector
{
    Q_OBJECT
public:
    explicit ClusterCollector(AgentClient *agent, QObject *parent = nullptr);

    void fetch();

signals:
    void sampleReady(const beamtop::ClusterSample &sample);

private:
    void deliver(int gen, const Term &visible, const Term &hidden);
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::ClusterSample)
