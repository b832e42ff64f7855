// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/distsample.h"
#include "snapshotsection.h"

#include <optional>

namespace beamtop {

// The snapshot's "distribution" section: the first distribution reading of the tick, as
// DistSample::toJson writes it: {this_node, net_ticktime, dist_buf_busy_limit, nodes: [{node,
// type, own, address, recv_oct, send_oct, recv_per_s, send_per_s, in_msgs, out_msgs,
// queue_size, busy, quiet_ms}]}. Rates and quiet times need an earlier reading, so the first
// snapshot of a session has them null; later ones (--repeat) have them. Without a reading (an
// agent that cannot read it, the reduced mode, a failed read): {"available": false, "error"}.
class DistributionSection : public SnapshotSection
{
    Q_OBJECT
public:
    DistributionSection(NodeSession *session, QObject *parent = nullptr);

    void start() override;
    void giveUp() override;
    void addTo(QJsonObject *doc, const TermFormatter &f) const override;
    void writeText(QTextStream &out, const TermFormatter &f) const override;

protected:
    void reset() override;
    void unavailable(const QString &error) override;

private:
    std::optional<DistSample> m_sample;
};

} // namespace beamtop
