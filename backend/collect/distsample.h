// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/term.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace beamtop {

// One connected node as the observed node sees its link to it.
struct DistNode
{
    QString node;           // alive@host
    bool hidden = false;    // a hidden connection: C nodes like Beamtop, remsh shells, ...
    bool own = false;       // Beamtop's own connection (this session's C node)
    QString address;        // peer address, "127.0.0.1:40000"; empty when unknown
    qint64 recvOct = -1, sendOct = -1; // -1 unknown
    qint64 queueSize = -1;  // bytes waiting on the controller; -1 unknown
    qint64 inMsgs = -1, outMsgs = -1;
    double recvPerS = -1, sendPerS = -1; // bytes/s between readings, node clock; -1 unknown
    qint64 quietMs = -1;    // since recv_oct last changed, by the client's readings; -1 unknown
    qint64 busyLimit = -1;  // the node's dist_buf_busy_limit (the sample's busyLimit)

    // The output queue has reached dist_buf_busy_limit: senders to this node are suspended.
    bool busy() const { return queueSize >= 0 && busyLimit > 0 && queueSize >= busyLimit; }
    QString typeName() const; // normal, hidden
    // Reads one entry of the reply's nodes list; rates, quiet time and own are left unknown.
    static bool fromTerm(const Term &map, DistNode *out);
    QJsonObject toJson() const;
};

// The node's distribution: every link to another node, read with the agent's `dist`.
struct DistSample
{
    QString thisNode;
    int netTicktime = -1;    // seconds; -1 unknown
    qint64 busyLimit = -1;   // dist_buf_busy_limit, bytes
    QVector<DistNode> nodes;
    qint64 sampledAtMs = 0;  // the node's monotonic clock
    QDateTime at;            // when Beamtop read it (UTC)

    const DistNode *find(const QString &node) const;
    // Reads the reply's map; rates and quiet times stay unknown (see computeRates). False with
    // *error set when the map is not a dist reply.
    static bool fromTerm(const Term &map, DistSample *out, QString *error = nullptr);
    // Bytes per second against an earlier reading (node clock), per node present in both with
    // counters that did not go back (a reconnected link starts again from zero).
    void computeRates(const DistSample &previous);
    // The rates shown for the same nodes in an earlier reading (a reading too close to the
    // base to measure its own).
    void takeRatesOf(const DistSample &shown);
    // Marks the entry of selfNode (Beamtop's own C node) as own.
    void markOwn(const QString &selfNode);
    // The snapshot's `distribution` section and `beamtop-cli dist --format json`.
    QJsonObject toJson() const;
};

// How long each link has been quiet, by Beamtop's own readings: the node keeps no "last heard"
// time, so a link is quiet since the first reading that saw its recv_oct at the value it still
// has. A link whose recv_oct changed since the previous reading is quiet for 0 ms; one seen for
// the first time is unknown (-1).
class DistQuietTracker
{
public:
    // Sets quietMs on every node of sample (at sample.at) and remembers the readings.
    void apply(DistSample *sample);
    void clear() { m_since.clear(); }

private:
    QHash<QString, std::pair<qint64, qint64>> m_since; // node -> (recv_oct, first seen, UTC ms)
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::DistSample)
