#pragma once

#include "collect/processranking.h"
#include "snapshotsection.h"

#include <optional>

namespace beamtop {

class RankingWait;

// The snapshot's "processes" section: the top 50 by memory from the session's process
// ranking, {"sort", "ranking_complete", "count", "coverage", "ranked_at", "partial", "top":
// [rows]}. It sets the standing query of the session's process collector and subscribes to the
// Processes feed. The first snapshot waits for a complete ranking for about a second
// (RankingWait), then takes what the node has ranked so far, marked partial; later ones (--repeat)
// take their tick's page, better as the ranking completes.
class ProcessesSection : public SnapshotSection
{
    Q_OBJECT
public:
    static constexpr int TopRows = 50;
    static constexpr int TextRows = 10; // the text shows the first of them

    ProcessesSection(NodeSession *session, QObject *parent = nullptr);

    void start() override;
    void giveUp() override;
    void addTo(QJsonObject *doc, const TermFormatter &f) const override;
    void writeText(QTextStream &out, const TermFormatter &f) const override;

protected:
    void reset() override;

private:
    void onPage(const ProcessRanking &page);

    ProcessQuery m_query;
    std::optional<ProcessRanking> m_page;
    RankingWait *m_wait;
    int m_snapshots = 0; // begun so far
};

} // namespace beamtop
