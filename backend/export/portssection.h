// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/portcollector.h"
#include "portcolumns.h"
#include "rankedsection.h"

namespace beamtop {

// The snapshot's "ports" section: how many ports and sockets of each type the node has and the
// top 20 by I/O (bytes received and sent) from the session's port ranking:
//   {"available": true, "counts": {"tcp": n, ...} (null when they could not be read),
//    "ports": n, "sockets": n, "total": n, "port_limit": n, "sort": "io", "count",
//    "coverage", "ranked_at", "partial", "top": [rows as PortRow::toJson]}
// Like the processes section (RankedSection), the first snapshot waits about a second for a
// complete ranking, then takes what the node has ranked so far, marked partial. Without an agent
// that ranks ports (reduced mode, an older agent) or when the read fails:
// {"available": false, "error": ...}.
class PortsSection : public RankedSection<PortCollector, PortColumns>
{
    Q_OBJECT
public:
    static constexpr int TopRows = 20;

    PortsSection(NodeSession *session, QObject *parent = nullptr);

    void giveUp() override;
    void addTo(QJsonObject *doc, const TermFormatter &f) const override;
    void writeText(QTextStream &out, const TermFormatter &f) const override;

protected:
    void reset() override;
    void readFailed(const QString &error) override { unavailable(error); }
    // Ready once the page is answered and the counts are known (or could not be read).
    void readyIfComplete() override;
    void unavailable(const QString &error) override;

private:
    std::optional<PortTypeCounts> m_types;
    QString m_typesError;
};

} // namespace beamtop
