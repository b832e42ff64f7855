// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rank/rankedquery.h"
#include "term/term.h"
#include "term/termformatter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QVector>

namespace beamtop {

// What to rank and which rows to show: the processes' RankedQuery, with the metrics as an enum.
struct ProcessQuery
{
    enum class Sort { Memory, Reductions, MessageQueueLen, TotalHeapSize, BinaryMemory };
    enum class Mode { Absolute, Window }; // Window: change per second over the interval

    Sort sort = Sort::Memory;
    Mode mode = Mode::Absolute;
    QString filter;      // case-insensitive text, matched on the node
    int offset = 0;
    int limit = 50;      // at most RankedQuery::MaxRows per page
    int intervalMs = 1000;
    QVector<NodeId> pinned; // rows refreshed beside the page (selection, open details)

    static QString sortName(Sort s); // memory, reductions, message_queue_len, ...
    static bool parseSort(const QString &name, Sort *out);
    bool sameRanking(const ProcessQuery &o) const { return sort == o.sort && mode == o.mode && filter == o.filter; }
    RankedQuery toRanked() const;
};

struct ProcessRow
{
    NodeId pid;
    QString pidText;        // <0.123.0> as the node prints it
    Term name;              // atom, {label, Text} or undefined
    Term initialCall;       // {M, F, A} through proc_lib, or undefined
    Term currentFunction;   // {M, F, A}
    qint64 memory = 0, reductions = 0, messageQueueLen = 0, binaryMemory = 0, totalHeapSize = 0;
    QString status;         // running, waiting, ..., exited
    QString application;    // from the group leader; empty if none
    qint64 rankValue = -1;  // what the ranking sorted on (per second in window mode)
    double reductionsPerS = -1; // between this refresh and the previous one; -1 unknown
    qint64 agentReads = -1; // how often the agent has read the process since it came on screen
    // The process has exited since it was ranked (status exited). Its figures are then the
    // ones last shown for it, read at seenAt, or none (seenAt invalid: hasValues() is false).
    bool gone = false;
    QDateTime seenAt;       // when the figures were read (the page's arrival); see gone

    bool exited() const { return gone || status == QLatin1String("exited"); }
    // False for an exited process Beamtop never read alive: its figures are not zeros but unknown.
    bool hasValues() const { return !exited() || seenAt.isValid(); }
    // The figures of the row last shown for this process (name, calls, metrics, rate); the
    // pid, the exited status and mark, the rank value and the read count stay this row's.
    void takeValuesOf(const ProcessRow &shown);
    // Registered name, else label, else the initial call: what a person calls the process.
    QString displayName(const TermFormatter &f) const;
    QJsonObject toJson(const TermFormatter &f) const;
    static bool fromTerm(const Term &t, ProcessRow *out);
};

// A page of the process ranking, as the Processes page, `beamtop-cli top` and the export read it.
struct ProcessRanking : RankedPage<ProcessQuery, ProcessRow>
{
    // The answer is final for its query: the ranking is complete and, in window mode, measured
    // over a window (or there is no ranking at all: reduced mode).
    bool isFinal() const
    {
        return rankingComplete && (query.mode == ProcessQuery::Mode::Absolute || windowValid || reducedMode);
    }
    // The figure of row in the column the page is sorted by, as shown: the fresh value in
    // absolute mode; in window mode the reductions/s shown, or the node's change per second for
    // the other metrics. An exited process never read alive shows none: what it was ranked by.
    double shownValue(const ProcessRow &row) const;

    // The agent's rank reply for query.
    static ProcessRanking fromReply(const ProcessQuery &query, const RankingStatus &status, const QVector<Term> &rows,
                                    const QVector<Term> &extra);
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::ProcessRanking)
