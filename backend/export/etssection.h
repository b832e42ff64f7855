// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/etscollector.h"
#include "etscolumns.h"
#include "rankedsection.h"

namespace beamtop {

// The snapshot's "ets" section: the 500 largest tables by memory from the session's ETS
// ranking, {"available": true, "sort": "memory", "count", "coverage", "ranked_at", "partial",
// "top": [rows as EtsRow::toJson: name, id, type, protection, size, memory_bytes, owner...]}.
// Like the processes section (RankedSection), the first snapshot waits about a second for a
// complete ranking, then takes what the node has ranked so far, marked partial. Without an
// agent that ranks tables (reduced mode, an older agent) or when the read fails:
// {"available": false, "error": ...}.
class EtsSection : public RankedSection<EtsCollector, EtsColumns>
{
    Q_OBJECT
public:
    static constexpr int TopRows = 500;

    EtsSection(NodeSession *session, QObject *parent = nullptr);

    void giveUp() override;
    void addTo(QJsonObject *doc, const TermFormatter &f) const override;
    void writeText(QTextStream &out, const TermFormatter &f) const override;

protected:
    void reset() override;
    void readFailed(const QString &error) override { unavailable(error); }
};

} // namespace beamtop
