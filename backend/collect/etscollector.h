// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "etsranking.h"
#include "rank/rankedcollector.h"
#include "rank/rankedrows.h"

#include <QHash>

namespace beamtop {

// Pages of the ETS table ranking, which only the agent can give: every table of the node,
// private ones included (their metadata is readable by anyone). Computes each row's size and
// memory change per second between refreshes on the node's clock (the trend column); puts a
// page's rows in order of the values they show; shows a deleted table with its last figures.
class EtsCollector : public RankedCollectorOf<EtsQuery>
{
    Q_OBJECT
public:
    using Page = EtsRanking; // what pageReady delivers

    explicit EtsCollector(AgentClient *agent, QObject *parent = nullptr);

signals:
    void pageReady(const beamtop::EtsRanking &page);

protected:
    void rankedReady(const RankedQuery &q, const RankingStatus &status, const QVector<Term> &rows,
                     const QVector<Term> &extra) override;
    void fetchReduced(int gen, const RankedQuery &q) override;
    void linkLost() override;

private:
    struct Seen
    {
        qint64 size, memory;
        qint64 atMs; // the node's clock
    };
    QHash<QString, Seen> m_seen; // idText -> figures last seen, for rates
    LastShown<EtsRow> m_shown;   // the rows last delivered, for tables found deleted
};

// Samples one ETS table each time fetch() is called (the session's tick) through the agent's
// `ets_info`, for the details window's charts; rates on the node's clock. deleted() once the
// table is gone.
class EtsSampler : public Sampler
{
    Q_OBJECT
public:
    EtsSampler(AgentClient *agent, const Term &id, QObject *parent = nullptr);

    Term id() const { return m_id; }
    void fetch() override;

signals:
    // row's sizePerS and memoryPerS are set from the second sample on; timeMs is this
    // machine's clock (the charts' axis).
    void sampled(const beamtop::EtsRow &row, qint64 timeMs);
    void deleted();

protected:
    void linkLost() override { m_hasLast = false; }

private:
    void deliver(int gen, const Term &map);

    Term m_id;
    bool m_deleted = false;
    bool m_hasLast = false;
    qint64 m_lastSize = 0, m_lastMemory = 0, m_lastAtMs = 0;
};

} // namespace beamtop
