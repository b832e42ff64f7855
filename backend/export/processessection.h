#pragma once

#include "collect/processranking.h"
#include "snapshotsection.h"

#include <QTimer>

#include <optional>

namespace beamtop {

// The snapshot's "processes" section: the top 50 by memory from the session's process
// ranking, {"sort", "ranking_complete", "top": [rows]}. It sets the standing query of the
// session's process collector and subscribes to the Processes feed; a node still ranking for
// the first time is asked again shortly, until the ranking is complete or the snapshot gives up.
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
    QTimer m_retry;
};

} // namespace beamtop
