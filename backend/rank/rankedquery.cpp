// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankedquery.h"

namespace beamtop {

QVector<std::pair<Term, Term>> RankedQuery::toArgs() const
{
    QVector<std::pair<Term, Term>> args{
        {Term::atom("kind"), Term::atom(kind)},
        {Term::atom("sort"), Term::atom(sort)},
        {Term::atom("mode"), Term::atom(window ? "window" : "absolute")},
        {Term::atom("filter"), Term::binary(filter.toUtf8())},
        {Term::atom("offset"), Term::integer(offset)},
        {Term::atom("limit"), Term::integer(qBound(0, limit, MaxRows))},
        {Term::atom("interval_ms"), Term::integer(intervalMs)},
        {Term::atom("ids"), Term::list(pinned)},
    };
    if (walk.holdMs > 0)
        args.append({Term::atom("hold_ms"), Term::integer(walk.holdMs)});
    if (walk.release)
        args.append({Term::atom("release"), Term::atom("true")});
    if (walk.afterGen > 0)
        args.append({Term::atom("resume"), Term::tuple({Term::integer(walk.afterGen), Term::integer(walk.afterPos)})});
    return args;
}

double RankingStatus::coverage() const
{
    if (rankingComplete || reducedMode)
        return 1.0;
    return sweepTotal > 0 ? qBound(0.0, double(sweepDone) / double(sweepTotal), 1.0) : 0.0;
}

void RankingStatus::readTerm(const Term &t)
{
    total = t.value("total").toInt();
    count = t.value("count").toInt();
    const Term ago = t.value("ranked_at_ms_ago");
    rankedAgoMs = ago.isInteger() ? qMax<qint64>(0, ago.toInt()) : -1;
    const Term sweepMs = t.value("last_sweep_ms");
    lastSweepMs = sweepMs.isInteger() ? sweepMs.toInt() : -1;
    rankingComplete = ago.isInteger();
    windowValid = t.value("window_valid").toBool();
    const Term sampledAt = t.value("sampled_at_ms");
    hasNodeTime = sampledAt.isInteger();
    nodeTimeMs = hasNodeTime ? sampledAt.toInt() : 0;
    const Term sweep = t.value("sweep");
    if (sweep.isMap()) {
        sweepDone = sweep.value("done").toInt();
        sweepTotal = sweep.value("total").toInt();
    }
    const Term cut = t.value("rows_cut");
    rowsCut = cut.isInteger() ? cut.toInt() : 0;
    const Term b = t.value("budget");
    budget = b.isNumber() ? b.toDouble() : -1;
    const Term g = t.value("gen");
    gen = g.isInteger() ? g.toInt() : 0;
    const Term last = t.value("last_pos");
    lastPos = last.isInteger() ? last.toInt() : 0;
    more = t.value("more").toBool();
    receivedAt = QDateTime::currentDateTimeUtc();
}

} // namespace beamtop
