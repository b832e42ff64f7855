// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/allocfindings.h"
#include "collect/allocsample.h"
#include "snapshotsection.h"

#include <optional>

namespace beamtop {

// The snapshot's "allocators" section: the first allocator reading of the tick (the session
// reads the allocators right after the schedulers, for its history), as AllocColumns::document
// writes it:
//   types: [{name, instances, carriers_size, blocks_size, usage, mbcs: {carriers,
//            carriers_size, blocks, blocks_size, average_block_size}, sbcs: {...}, mbcs_pool,
//            sbcs_to_mbcs, sum_of_instance_peaks, settings}],
//   mseg_cache: [{instance, hits, calls, cache_hit_rate, cached_segments}],
//   fragments: [...], totals: {allocated, used, unused, usage, erlang_total, rss (or null)},
//   findings: [{rule, severity, subject, text, flags, figures}].
// The cache hit rate is per mseg_alloc instance, not per type: each scheduler's mseg_alloc
// instance serves every type of that scheduler, so it is listed under mseg_cache, not repeated
// in each type. Without an allocator reading (an agent that cannot read them, the reduced
// mode, a failed read): {"available": false, "error": ...}.
class AllocatorsSection : public SnapshotSection
{
    Q_OBJECT
public:
    AllocatorsSection(NodeSession *session, QObject *parent = nullptr);

    void giveUp() override;
    void addTo(QJsonObject *doc, const TermFormatter &f) const override;
    void writeText(QTextStream &out, const TermFormatter &f) const override;

protected:
    void reset() override;
    void unavailable(const QString &error) override;

private:
    std::optional<AllocSample> m_sample;
    QVector<AllocFinding> m_findings;
};

} // namespace beamtop
