#pragma once

#include "collect/portranking.h"
#include "snapshotsection.h"

#include <optional>

namespace beamtop {

class RankingWait;

// The snapshot's "ports" section: how many ports and sockets of each type the node has and the
// top 20 by I/O (bytes received and sent) from the session's port ranking:
//   {"available": true, "counts": {"tcp": n, ...} (null when they could not be read),
//    "ports": n, "sockets": n, "total": n, "port_limit": n, "sort": "io", "count",
//    "coverage", "ranked_at", "partial", "top": [rows as PortRow::toJson]}
// Like the processes section, the first snapshot waits about a second for a complete ranking
// (RankingWait), then takes what the node has ranked so far, marked partial. Without an agent
// that ranks ports (reduced mode, an older agent) or when the read fails:
// {"available": false, "error": ...}.
class PortsSection : public SnapshotSection
{
    Q_OBJECT
public:
    static constexpr int TopRows = 20;
    static constexpr int TextRows = 10; // the text shows the first of them

    PortsSection(NodeSession *session, QObject *parent = nullptr);

    void start() override;
    void giveUp() override;
    void addTo(QJsonObject *doc, const TermFormatter &f) const override;
    void writeText(QTextStream &out, const TermFormatter &f) const override;

protected:
    void reset() override;

private:
    bool available() const;
    void onPage(const PortRanking &page);
    void unavailable(const QString &error);
    // Ready once the page is answered and the counts are known (or could not be read).
    void readyIfComplete();

    PortQuery m_query;
    std::optional<PortRanking> m_page;
    bool m_pageAnswered = false;
    std::optional<PortTypeCounts> m_types;
    QString m_typesError;
    QString m_error; // the whole section is unavailable
    RankingWait *m_wait;
    int m_snapshots = 0; // begun so far
};

} // namespace beamtop
