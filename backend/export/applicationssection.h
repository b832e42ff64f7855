// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/appsample.h"
#include "snapshotsection.h"

#include <optional>

namespace beamtop {

class RankingWait;

// The snapshot's "applications" section: every application of the node with what its
// processes add up to, from the session's applications feed, as AppColumns::document writes
// it plus "available": true:
//   {available, applications: [{name, version, description, status, start_type,
//    process_count, memory, message_queue_len, reductions_per_sec}], outside: {process_count,
//    memory, message_queue_len, reductions_per_sec}, partial, aged_ms, process_count}.
// The totals come from the agent's background sweep; the first snapshot waits about a second
// for the first sweep to complete (RankingWait), then takes what it has, marked partial.
// Without an agent that can (reduced mode, an older agent) or when the read fails:
// {"available": false, "error": ...}.
class ApplicationsSection : public SnapshotSection
{
    Q_OBJECT
public:
    ApplicationsSection(NodeSession *session, QObject *parent = nullptr);

    void start() override;
    void giveUp() override;
    void addTo(QJsonObject *doc, const TermFormatter &f) const override;
    void writeText(QTextStream &out, const TermFormatter &f) const override;

protected:
    void reset() override;
    void unavailable(const QString &error) override;

private:
    void onSample(const AppsSample &sample);

    RankingWait *m_wait;
    std::optional<AppsSample> m_sample;
    int m_snapshots = 0; // begun so far
};

} // namespace beamtop
