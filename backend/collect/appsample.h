// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/term.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace beamtop {

// What the processes of one application (or of none) add up to: attributed by group leader,
// as the Processes page's application column is, and summed on the node by the agent's
// background sweep (see ARCHITECTURE.md, "Applications"), never by a scan per refresh.
struct AppTotals
{
    qint64 processes = 0;
    qint64 memory = 0;          // bytes
    qint64 messageQueue = 0;    // messages, summed
    qint64 reductions = 0;      // summed over the processes alive at the sweep
    double reductionsPerSec = -1; // between the last two complete sweeps; -1: not known yet

    bool operator==(const AppTotals &o) const;
    // {Procs, Memory, MessageQueue, Reductions, RedsPerSec | undefined}, as the agent sends it
    // for an application and for a supervision subtree; false (out untouched) for anything else.
    static bool fromTerm(const Term &t, AppTotals *out);
    QJsonObject toJson() const; // process_count, memory, message_queue_len, reductions_per_sec
};

// One application the node knows: running, starting or only loaded.
struct AppRow
{
    enum class Status { Loaded, Starting, Running };

    Term name;             // the application's atom, formatted by the view's TermFormatter
    QString nameText;      // the atom's text as the node has it ("kernel", "Elixir.Foo"): the key
    QString description;
    QString version;
    Status status = Status::Loaded;
    QString startType;     // permanent | transient | temporary; empty when not running
    bool hasTotals = false; // running, and the sweep has counted it
    AppTotals totals;

    QString statusText() const;        // running | starting | loaded (the JSON's words)
    static QString statusText(Status s);
};

// Every application of the node, and what the processes outside any application add up to.
struct AppsSample
{
    QVector<AppRow> apps; // in name order
    AppTotals outside;    // processes whose group leader belongs to no application
    bool infoOk = true;   // the application controller answered (false: names from the
                          // loaded list only, no status or start type; infoError says why)
    QString infoError;
    // The sweep behind the totals: complete, or how far the first one has come.
    bool partial = false;          // totals from a sweep not yet complete (the first one)
    qint64 sweepDone = 0, sweepTotal = 0;
    qint64 agedMs = -1;            // since the totals' sweep completed; -1: none completed yet
    qint64 lastSweepMs = -1;       // how long that sweep took
    qint64 processCount = 0;       // the node's process count now
    qint64 sampledAtMs = 0;        // the node's monotonic clock (ms) when read

    const AppRow *find(const QString &nameText) const;
    static AppsSample fromTerm(const Term &value); // the agent's `apps` reply value
    // The snapshot section's array: name, version, description, status, start_type,
    // process_count, memory, message_queue_len, reductions_per_sec (running ones).
    QJsonObject toJson() const;
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::AppsSample)
