// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/term.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace beamtop {

// One read the agent made with a timeout of its own: its value, or why it could not read it.
// A stuck Mnesia answers some reads and not others; each says for itself.
struct MnesiaRead
{
    enum class State { Missing, Ok, Timeout, Error };
    State state = State::Missing;
    Term value;    // Ok
    QString error; // Error: the reason as the node gave it (formatted)

    bool ok() const { return state == State::Ok; }
    // Why there is no value, for people ("timed out", "error: ...", "not sent"); empty when ok.
    QString problem() const;
    // {ok, V} | timeout | {error, R}, as the agent sends each system item.
    static MnesiaRead fromTerm(const Term &t);
    // A value sent bare where timeout / {error, R} stand for a read that failed (table fields).
    static MnesiaRead fromBare(const Term &t);
};

// A transaction id as Mnesia writes it in locks: {tid, Counter, Pid}; in the list of ongoing
// transactions only the counter (the pid is then the transaction's).
struct MnesiaTid
{
    qint64 counter = -1; // -1 when the term was not a tid
    QString pid;         // the coordinator, <0.123.0>
    QString text;        // the whole term formatted (for anything else Mnesia may send)

    bool isValid() const { return counter >= 0; }
    static MnesiaTid fromTerm(const Term &t);
    QJsonObject toJson() const;
};

// What a held lock and a waiting one share: the locked item (Oid = {Table, Key}) and the
// transaction.
struct MnesiaLockItem
{
    QString table;  // empty when the oid is not {Table, Key}
    QString key;    // formatted; "______WHOLETABLE_____" for a table lock
    MnesiaTid tid;
    QString text;   // the whole item formatted

protected:
    // Reads the oid, the tid at tidAt and text when t is a tuple of arity; false otherwise.
    bool readItem(const Term &t, int arity, int tidAt);
    QJsonObject itemJson() const;
};

// One held lock: {Oid, Kind, Tid}.
struct MnesiaLock : MnesiaLockItem
{
    QString kind;   // read, write, sticky_write, ...

    static MnesiaLock fromTerm(const Term &t);
    QJsonObject toJson() const;
};

// One waiting lock request: {Oid, Op, Pid, Tid, WaitingForTid}.
struct MnesiaQueuedLock : MnesiaLockItem
{
    QString op;
    QString pid;
    MnesiaTid waitingFor;

    static MnesiaQueuedLock fromTerm(const Term &t);
    QJsonObject toJson() const;
};

// One ongoing transaction: {Counter, Pid, Status}, with its age by the collector's readings.
struct MnesiaTransaction
{
    MnesiaTid tid;
    QString pid;    // the process running it
    QString status; // pending, committing, ... (formatted)
    qint64 ageMs = -1; // since the collector first saw this tid; -1 unknown (see MnesiaCollector)
    QString text;

    static MnesiaTransaction fromTerm(const Term &t);
    QJsonObject toJson() const;
};

// A capped list the agent sends: the first items and how many there were in all.
template <typename T>
struct MnesiaList
{
    QVector<T> items;
    qint64 total = -1; // -1: not read (see problem)
    QString problem;   // why it could not be read; empty when read

    bool isRead() const { return problem.isEmpty() && total >= 0; }
    bool isCapped() const { return total > items.size(); }
};

// One Mnesia table as this node sees it. A field whose read timed out or failed is left at its
// unknown value and named in problems.
struct MnesiaTable
{
    enum class Storage { Ram, Disc, DiscOnly, External, Remote, Unknown };

    QString name;
    bool system = false;               // the schema table
    Storage storage = Storage::Unknown; // Remote: no local copy (Mnesia says `unknown`)
    QString storageText;               // ram_copies, disc_copies, ..., {ext, ...} formatted
    QString type;                      // set, ordered_set, bag; empty unknown
    qint64 size = -1;                  // rows; -1 unknown (no local copy, or not read)
    qint64 memoryBytes = -1;           // bytes; -1 unknown
    QStringList ramCopies, discCopies, discOnlyCopies, externalCopies; // nodes per storage type
    QString whereToRead;               // a node, or "nowhere"
    int majority = -1;                 // 1 true, 0 false, -1 unknown
    QList<int> index;                  // attribute positions with an index
    QStringList attributes;
    QString loadReason;                // formatted
    int localContent = -1;             // 1 true, 0 false, -1 unknown
    QString recordName;
    QHash<QString, QString> problems;  // field (agent's key) -> why it could not be read

    bool hasLocalCopy() const { return storage != Storage::Remote && storage != Storage::Unknown; }
    int replicaCount() const
    {
        return int(ramCopies.size() + discCopies.size() + discOnlyCopies.size() + externalCopies.size());
    }
    // ram, disc, disc_only, external, remote, unknown: the name used in JSON and the CLI.
    static QString storageName(Storage s);
    static bool fromTerm(const Term &map, MnesiaTable *out);
    QJsonObject toJson() const;
};

// Mnesia on one node, read with the agent's `mnesia` request.
struct MnesiaSample
{
    enum class Role { Unknown, DiscNode, RamNode }; // schema on disc, or diskless

    bool running = false;
    bool loaded = false;  // not running: whether the application is loaded at all
    QString status;       // not running: what mnesia:system_info(is_running) said (no, stopping, ...)

    // Every system item the agent reads, by its key (db_nodes, directory, version, ...), in
    // systemKeys() order; each is a value or why it could not be read.
    QHash<QString, MnesiaRead> system;
    MnesiaRead schemaStorage;
    Role role = Role::Unknown;

    // The essentials, taken from system (empty / -1 when that item was not read).
    QStringList dbNodes, runningDbNodes, stoppedDbNodes, extraDbNodes;
    QString directory, schemaLocation, version;
    int useDir = -1;                        // 1 true, 0 false, -1 unknown
    QStringList checkpoints;
    qint64 commits = -1, failures = -1, restarts = -1, logWrites = -1; // cumulative

    MnesiaList<MnesiaLock> heldLocks;
    MnesiaList<MnesiaQueuedLock> lockQueue;
    MnesiaList<MnesiaTransaction> transactions; // MnesiaCollector sorts them oldest first

    QVector<MnesiaTable> tables;
    int tablesTotal = -1; // tables the node has; more than tables.size() when the agent capped
    qint64 sampledAtMs = 0; // node's monotonic clock
    QDateTime at;           // when Beamtop read it (UTC)

    // The system items in the order people read them.
    static const QStringList &systemKeys();
    // An item's value for people ("a@h, b@h", "true", "3"), or its problem.
    QString systemText(const QString &key) const;
    static QString roleName(Role r); // disc, ram, unknown
    const MnesiaTable *table(const QString &name) const;

    // Reads the reply's map (running or not). False with *error set when it is not a mnesia
    // reply at all; a reply with reads that failed is a good reply naming them.
    static bool fromTerm(const Term &map, MnesiaSample *out, QString *error = nullptr);
    // The snapshot's `mnesia` section and `beamtop-cli mnesia --format json`
    // ({"running": false, ...} when Mnesia does not run).
    QJsonObject toJson() const;
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::MnesiaSample)
