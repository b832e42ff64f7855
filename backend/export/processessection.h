// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/processcollector.h"
#include "processcolumns.h"
#include "rankedsection.h"

namespace beamtop {

// The snapshot's "processes" section: the top 50 by memory from the session's process
// ranking, {"sort", "ranking_complete", "count", "coverage", "ranked_at", "partial", "top":
// [rows]}. It sets the standing query of the session's process collector and subscribes to the
// Processes feed. The first snapshot waits for a complete ranking for about a second
// (RankingWait), then takes what the node has ranked so far, marked partial; later ones (--repeat)
// take their tick's page, better as the ranking completes (RankedSection).
class ProcessesSection : public RankedSection<ProcessCollector, ProcessColumns>
{
    Q_OBJECT
public:
    static constexpr int TopRows = 50;

    ProcessesSection(NodeSession *session, QObject *parent = nullptr);

    void giveUp() override;
    void addTo(QJsonObject *doc, const TermFormatter &f) const override;
    void writeText(QTextStream &out, const TermFormatter &f) const override;

protected:
    void readFailed(const QString &error) override;
};

} // namespace beamtop
