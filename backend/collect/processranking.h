#pragma once

#include "term/term.h"
#include "term/termformatter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QVector>

namespace beamtop {

// What to rank and which rows to show.
struct ProcessQuery
{
    enum class Sort { Memory, Reductions, MessageQueueLen, TotalHeapSize, BinaryMemory };
    enum class Mode { Absolute, Window }; // Window: change per second over the interval

    Sort sort = Sort::Memory;
    Mode mode = Mode::Absolute;
    QString filter;      // case-insensitive text, matched on the node
    int offset = 0;
    int limit = 50;      // at most 500 per page (the agent's cap)
    int intervalMs = 1000;
    QVector<NodeId> pinned; // rows refreshed beside the page (selection, open details)

    static QString sortName(Sort s); // memory, reductions, message_queue_len, ...
    static bool parseSort(const QString &name, Sort *out);
    bool sameRanking(const ProcessQuery &o) const { return sort == o.sort && mode == o.mode && filter == o.filter; }
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

    bool exited() const { return status == QLatin1String("exited"); }
    // Registered name, else label, else the initial call: what a person calls the process.
    QString displayName(const TermFormatter &f) const;
    QJsonObject toJson(const TermFormatter &f) const;
    static bool fromTerm(const Term &t, ProcessRow *out);
};

struct ProcessPage
{
    ProcessQuery query;
    qint64 total = 0;          // rows in the ranking
    QVector<ProcessRow> rows;  // rows at query.offset
    QVector<ProcessRow> pinned;
    qint64 processCount = 0;
    qint64 rankedAgoMs = -1;   // age of the complete ranking; -1 none yet
    qint64 lastSweepMs = -1;   // how long the last full sweep took
    bool rankingComplete = false;
    bool windowValid = false;  // window mode: values are rates (a previous sweep existed)
    qint64 sweepDone = 0, sweepTotal = 0; // progress of the first sweep
    bool reducedMode = false;  // ranking unavailable: rows in pid order
    bool hasNodeTime = false;  // the agent said when it read the rows:
    qint64 nodeTimeMs = 0;     // the node's monotonic clock then (may be negative)
    QDateTime receivedAt;

    static bool fromTerm(const Term &t, ProcessPage *out, QString *error);
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::ProcessPage)
