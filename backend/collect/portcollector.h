// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portranking.h"
#include "rank/rankedcollector.h"
#include "rank/rankedrows.h"

#include <QElapsedTimer>
#include <QHash>

namespace beamtop {

// Pages of the port ranking (ports and OTP sockets), which only the agent can give. Computes
// bytes received and sent per second between refreshes on the node's clock; puts a page's
// rows in order of the values they show; shows a port that closed with its last figures. While
// refreshed it also asks how many ports of each type the node has, at most every 5 s.
class PortCollector : public RankedCollectorOf<PortQuery>
{
    Q_OBJECT
public:
    using Page = PortRanking; // what pageReady delivers

    explicit PortCollector(AgentClient *agent, QObject *parent = nullptr);

    // fetch and setQuery (the standing query of the Ports feed): RankedCollectorOf.
    // The tick: fetches the standing query unless a page is still on its way, and the counts
    // by type when the last are TypesIntervalMs old.
    void refresh();
    // Asks for the counts by type now (a snapshot, say), whatever their age.
    void fetchTypes();
    // The last counts by type received; receivedAt invalid if none yet.
    const PortTypeCounts &types() const { return m_types; }

    static constexpr int TypesIntervalMs = 5000;

signals:
    void pageReady(const beamtop::PortRanking &page);
    void typesReady(const beamtop::PortTypeCounts &types);
    // The counts by type could not be read (the page itself is unaffected).
    void typesFailed(const QString &error);

protected:
    void rankedReady(const RankedQuery &q, const RankingStatus &status, const QVector<Term> &rows,
                     const QVector<Term> &extra) override;
    void fetchReduced(int gen, const RankedQuery &q) override;
    void linkLost() override;

private:
    void deliver(PortRanking page);

    struct Seen
    {
        qint64 recvOct, sendOct;
        qint64 atMs; // the node's clock
    };
    QHash<QString, Seen> m_seen;   // idText -> counters last seen, for rates
    LastShown<PortRow> m_shown;    // the rows last delivered, for ports found closed
    PortTypeCounts m_types;
    QElapsedTimer m_typesAsked;    // since port_types was last asked; invalid: never
    bool m_typesInFlight = false;
    int m_typesGen = 0;            // counts link losses, so a reply from before one is dropped
};

} // namespace beamtop
