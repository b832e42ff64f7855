// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/term.h"

#include <QDateTime>
#include <QVector>

namespace beamtop {

// Walking a whole ranking page by page (an export): the agent keeps the ranking as it is for
// holdMs after each request, and the page continues after tuple position afterPos of
// generation afterGen (the previous page's RankingStatus::gen and lastPos) rather than at the
// query's offset, which entities leaving the ranking would shift. A page of another generation
// (the hold lapsed) starts at the offset again, and says so by its gen. A walk that is over
// says release once, so the ranking is not kept stale for holdMs more.
struct RankedWalk
{
    int holdMs = 0;
    qint64 afterGen = 0; // 0: the page at the query's offset
    qint64 afterPos = 0;
    bool release = false;
};

// What to rank on the node and which rows of the ranking to send, for any kind of entity the
// agent can rank (its kinds/0: process today; ports, sockets and ETS tables in their views).
struct RankedQuery
{
    static constexpr int MaxRows = 500; // the agent's cap per page

    QString kind;        // the agent's kind name: process, ...
    QString sort;        // the agent's metric name: memory, reductions, ...
    bool window = false; // rank by change per second over the interval (sliding window)
    QString filter;      // case-insensitive text, matched on the node
    int offset = 0;
    int limit = 50;
    int intervalMs = 1000; // how fresh the ranking should be
    QVector<Term> pinned;  // entities read beside the page (selection, open details)
    RankedWalk walk;       // walking the whole ranking: see RankedWalk

    bool sameRanking(const RankedQuery &o) const
    {
        return kind == o.kind && sort == o.sort && window == o.window && filter == o.filter;
    }
    // The request's arguments for the agent's rank request.
    QVector<std::pair<Term, Term>> toArgs() const;
};

// How complete and how fresh a ranked answer is, whatever the kind.
struct RankingStatus
{
    qint64 total = 0;          // rows in the ranking (entities matching the filter)
    qint64 count = 0;          // entities of this kind on the node
    qint64 rankedAgoMs = -1;   // age of the complete ranking; -1 none yet
    qint64 lastSweepMs = -1;   // how long the last full sweep took
    bool rankingComplete = false;
    bool windowValid = false;  // window mode: values are rates (a previous sweep existed)
    qint64 sweepDone = 0, sweepTotal = 0; // progress of the sweep before the first ranking
    bool reducedMode = false;  // no ranking (no agent): rows in the node's order
    bool hasNodeTime = false;  // the agent said when it read the rows:
    qint64 nodeTimeMs = 0;     // the node's monotonic clock then (may be negative)
    qint64 rowsCut = 0;        // rows left out to keep the reply under its byte cap
    double budget = -1;        // the agent's budget (share of one scheduler), -1 unknown
    qint64 gen = 0;            // the ranking's generation (complete rankings made), 0 none yet
    qint64 lastPos = 0;        // where the page ended, for RankedWalk::afterPos
    bool more = false;         // the complete ranking goes on after lastPos
    QDateTime receivedAt;

    // Share of the entities ranked so far: 1 once a ranking is complete.
    double coverage() const;
    // Reads the agent's rank reply (everything but the rows).
    void readTerm(const Term &reply);
};

// A page of a ranking: its status, the rows at query.offset, and the pinned rows.
template <typename Query, typename Row>
struct RankedPage : RankingStatus
{
    Query query;
    QVector<Row> rows;
    QVector<Row> pinned;
};

} // namespace beamtop
