// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collector.h"
#include "systemsample.h"

#include <QObject>
#include <optional>

namespace beamtop {

// Fetches system samples: one agent call in full mode, a batch of plain BIF calls in reduced
// mode. At most one fetch is in flight; rates are computed against the previous sample.
class SystemCollector : public Collector
{
    Q_OBJECT
public:
    explicit SystemCollector(AgentClient *agent, QObject *parent = nullptr);

    void fetch();
    const std::optional<SystemSample> &last() const { return m_last; }

signals:
    void sampleReady(const beamtop::SystemSample &sample);

private:
    void deliver(int gen, const Term &map);

    std::optional<SystemSample> m_last;
    bool m_memoryAtomsExist = false; // erlang:memory() was read on this node: it adds no atoms
};

} // namespace beamtop
