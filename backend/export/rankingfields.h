// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rank/rankedquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace beamtop {

// How complete and how fresh a ranked answer is, written the same way by every ranked command
// and snapshot section, whatever the kind:
//   "count"     entities of the kind on the node
//   "coverage"  share of them ranked so far, 0..1 (1 once a ranking is complete)
//   "ranked_at" when the ranking the rows come from was completed (ISO 8601, UTC); null before
//               the first complete ranking
//   "partial"   the rows are not yet a complete answer: the first ranking is still in progress
//               (or, in window mode, the rates are not yet measured over a whole window)
// and, for people, one line: "ranked 34 % of 1,000,000 processes so far (partial)" or "ranking
// complete, 0.4 s old".
class RankingFields
{
    Q_DECLARE_TR_FUNCTIONS(RankingFields)
public:
    // When the ranking was completed, in UTC; invalid before the first complete ranking.
    static QDateTime rankedAt(const RankingStatus &s);
    static void addTo(QJsonObject *doc, const RankingStatus &s, bool partial);
    // entities: the count in words, "1,000,000 processes".
    static QString line(const RankingStatus &s, bool partial, const QString &entities);
    // "34 %", "0.05 %": never 100 % while partial, never 0 % once something is ranked.
    static QString percent(double share);
    // "0.4 s", "12 s", "3 min 20 s", "2 h 5 min".
    static QString duration(qint64 ms);
};

} // namespace beamtop
