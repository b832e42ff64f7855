// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rank/rankedquery.h"
#include "term/term.h"
#include "term/termformatter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <QVector>

namespace beamtop {

// What to rank and which rows to show: the ETS tables' RankedQuery. Growth is window mode:
// the node ranks by the change per second of the chosen metric.
struct EtsQuery
{
    enum class Sort { Memory, Size }; // memory in bytes, size in objects
    enum class Mode { Absolute, Window };

    Sort sort = Sort::Memory;
    Mode mode = Mode::Absolute;
    QString type;       // set, ordered_set, bag, duplicate_bag, or empty for every type
    QString protection; // public, protected, private, or empty for every protection
    QString filter;     // case-insensitive text on id, name, type and owner, matched on the node
    int offset = 0;
    int limit = 50;
    int intervalMs = 1000; // in window mode the window; see AbsoluteRankMs otherwise
    QVector<Term> pinned; // table ids (atoms or references) read beside the page

    // In absolute mode the node re-ranks the whole list at most this often, whatever the
    // refresh: the rows on screen are read fresh at every refresh, but re-ranking 50,000 tables
    // every second would cost the node as much as observer_cli's ETS view (bench_ets). A table
    // that balloons reaches the top within this time (and the status line says how old the
    // ranking is). Growth (window mode) ranks over the window asked for.
    static constexpr int AbsoluteRankMs = 10000;

    static QString sortName(Sort s); // memory, size
    static bool parseSort(const QString &name, Sort *out);
    static QStringList typeNames();
    static QStringList protectionNames();
    bool sameRanking(const EtsQuery &o) const
    {
        return sort == o.sort && mode == o.mode && type == o.type && protection == o.protection && filter == o.filter;
    }
    // The filter sent is `type:<t> protection:<p> <text>`, leaving out what is not chosen.
    RankedQuery toRanked() const;
};

struct EtsRow
{
    Term id;                    // atom (named table) or reference: sent back as-is
    QString idText;             // the name, or #Ref<...>
    QString name;               // the name given at ets:new (named or not); empty when gone
    bool named = false;
    QString type;               // set, ordered_set, bag, duplicate_bag; empty when gone
    QString protection;         // public, protected, private; empty when gone
    qint64 size = -1;           // objects; -1 unknown
    qint64 memory = -1;         // bytes; -1 unknown
    Term owner;                 // pid or undefined
    Term ownerName;             // atom, {label, Text}, {M, F, A} or undefined
    Term heir;                  // pid or none
    int keypos = 0;
    bool readConcurrency = false;
    QString writeConcurrency;   // true, false, auto
    bool decentralizedCounters = false;
    bool compressed = false;
    bool fixed = false;
    qint64 rankValue = -1;      // what the ranking sorted on (per second in window mode)
    // Change per second between this refresh and the previous one, on the node's clock;
    // kUnknownRate when not measured yet.
    double sizePerS = kUnknownRate, memoryPerS = kUnknownRate;
    // The table was deleted since it was ranked: the figures are the ones last shown, read at
    // seenAt, or none (seenAt invalid: hasValues() is false).
    bool gone = false;
    QDateTime seenAt;

    static constexpr double kUnknownRate = -1e300; // rates may be negative: a shrinking table

    bool hasValues() const { return !gone || seenAt.isValid(); }
    bool hasSizeRate() const { return sizePerS != kUnknownRate; }
    bool hasMemoryRate() const { return memoryPerS != kUnknownRate; }
    // Which way the table is going, from the change per second of the page's metric:
    // 1 growing, -1 shrinking, 0 steady or unknown.
    int trend(EtsQuery::Sort sort) const;
    void takeValuesOf(const EtsRow &shown);
    // The owner's registered name, label or initial call, else its pid; empty when none.
    QString ownerText(const TermFormatter &f) const;
    QString heirText(const TermFormatter &f) const; // the heir's pid, or empty for none
    // Keys as in export/etscolumns.h; unknown figures are null.
    QJsonObject toJson(const TermFormatter &f) const;
    // The agent's row: a tuple of 18 (see the issue 13 contract); a deleted table comes as
    // {gone, Row}.
    static bool fromTerm(const Term &t, EtsRow *out);
};

// A page of the ETS ranking, as the ETS page, `beamtop-cli ets` and the snapshot read it.
struct EtsRanking : RankedPage<EtsQuery, EtsRow>
{
    bool isFinal() const
    {
        return rankingComplete && (query.mode == EtsQuery::Mode::Absolute || windowValid || reducedMode);
    }
    // The figure of row in the column the page is sorted by, as shown: the fresh value in
    // absolute mode, the change per second in window mode (the collector's own rate once it
    // has one, the node's window rate before).
    double shownValue(const EtsRow &row) const;

    static EtsRanking fromReply(const EtsQuery &query, const RankingStatus &status, const QVector<Term> &rows,
                                const QVector<Term> &extra);
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::EtsRow)
Q_DECLARE_METATYPE(beamtop::EtsRanking)
