// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "allocsample.h"
#include "collector.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <optional>

namespace beamtop {

// Reads the node's memory allocators: one agent `alloc` request per fetch, which takes one
// allocator dump and one erlang:memory() on the node and answers with a compact summary (per
// type always; per instance only for the types asked for; the worst fragments; the mseg cache
// per instance). The allocators' settings come with the first reply on a link and are kept.
// Needs the agent (the reduced mode would have to ship whole dumps): without it, failed() says
// so. At most one fetch is in flight.
class AllocCollector : public Collector
{
    Q_OBJECT
public:
    explicit AllocCollector(AgentClient *agent, QObject *parent = nullptr);

    // True when the agent on this node can answer (an older agent already running may not).
    bool isAvailable() const;
    void fetch();
    const std::optional<AllocSample> &last() const { return m_last; }

    // The types whose instances come with every sample (the tree rows a view has expanded);
    // "all" types with setAllInstances(true). A change is fetched at once when `now`.
    void setInstanceTypes(const QStringList &types, bool now = false);
    void setAllInstances(bool all, bool now = false);
    QStringList instanceTypes() const { return m_instanceTypes; }
    bool allInstances() const { return m_allInstances; }
    // How many of the worst fragments each sample carries (default 20).
    void setFragmentCount(int n) { m_fragmentCount = qBound(0, n, 1000); }

signals:
    void sampleReady(const beamtop::AllocSample &sample);

protected:
    void linkLost() override;

private:
    void deliver(int gen, const Term &value);

    std::optional<AllocSample> m_last;
    QStringList m_instanceTypes;
    bool m_allInstances = false;
    int m_fragmentCount = 20;
    bool m_haveSettings = false;
    QHash<QString, QVector<std::pair<QString, QString>>> m_settings;
    QVector<std::pair<QString, QVector<std::pair<QString, QString>>>> m_otherSettings;
};

} // namespace beamtop
