// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/mnesiasample.h"
#include "snapshotsection.h"

#include <optional>

namespace beamtop {

// The snapshot's "mnesia" section: the first Mnesia reading of the tick, as
// MnesiaSample::toJson writes it: {running, role, db_nodes, running_db_nodes,
// stopped_db_nodes, ..., transactions: {commits, failures, restarts, log_writes}, tables:
// [{name, storage_type, type, size, memory_bytes, replicas: {ram, disc, disc_only, external},
// ...}], held_locks, lock_queue, ongoing_transactions}; {"running": false, ...} on a node
// without Mnesia. Without a reading (an agent that cannot read it, the reduced mode, a failed
// read): {"available": false, "error"}.
class MnesiaSection : public SnapshotSection
{
    Q_OBJECT
public:
    MnesiaSection(NodeSession *session, QObject *parent = nullptr);

    void start() override;
    void giveUp() override;
    void addTo(QJsonObject *doc, const TermFormatter &f) const override;
    void writeText(QTextStream &out, const TermFormatter &f) const override;

protected:
    void reset() override;

private:
    std::optional<MnesiaSample> m_sample;
};

} // namespace beamtop
