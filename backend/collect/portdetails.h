// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/term.h"
#include "term/termformatter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QVector>

namespace beamtop {

// Everything the agent's `port_details` says of one port or socket, for the details window and
// `beamtop-cli port`. A port that is gone (or never existed) has alive false and only its id.
struct PortDetails
{
    // One socket option as the port answered it: unsupported is the option not existing for
    // this kind of port, not a failure.
    struct Option
    {
        enum class Status { Ok, Unsupported, Error };
        QString name;   // "nodelay", "socket:rcvbuf"
        Status status = Status::Ok;
        Term value;     // the value (Ok) or the reason (Error); an Error term when Unsupported

        static QString statusName(Status s); // ok, unsupported, error
    };

    bool alive = false;
    Term id;                // port() or {'$socket', Ref}: sent back as-is
    QString idText;         // #Port<0.5>, #Socket<0.1.2.3>
    QString type;           // tcp, udp, sctp, socket, spawn, file, other
    QString name;           // driver name, command, or domain/type/protocol
    Term owner;             // pid or undefined
    Term ownerName;         // atom, {label, Text}, {M, F, A} or undefined
    QString local, peer;    // addresses; empty when none
    QString state;          // "connected, busy"
    QVector<QPair<QString, Term>> info;   // port_info/1 (+ memory, queue_size, ...) or socket:info/1
    QVector<Term> links, monitors, monitoredBy; // each capped at 100 by the agent
    qint64 linksTotal = 0, monitorsTotal = 0, monitoredByTotal = 0;
    QVector<QPair<QString, qint64>> stats; // inet:getstat/1 or the socket's counters; empty else
    QVector<Option> options;
    qint64 sampledAtMs = 0; // the node's monotonic clock
    QDateTime receivedAt;   // when Beamtop read it (UTC)

    bool isSocket() const { return id.isTaggedTuple("$socket", 2); }
    // The value of an info key, or an Error term when absent.
    Term infoValue(const QString &key) const;
    // The owner as a person names it: its registered name, label or initial call, else its pid.
    QString ownerText(const TermFormatter &f) const;

    // Reads the reply's map ({ok, Map} already unwrapped). False with *error set when it is not
    // a details map at all; unknown or ill-typed optional entries are left empty, never fatal.
    static bool fromTerm(const Term &map, PortDetails *out, QString *error = nullptr);
    // snake_case keys, stable: `beamtop-cli port --format json`.
    QJsonObject toJson(const TermFormatter &f) const;
};

// One port's live figures, for a details window's charts (the agent's `port_sample`).
struct PortSample
{
    qint64 timeMs = 0;      // when it arrived, UTC ms since the epoch
    qint64 recvOct = -1, sendOct = -1; // -1 unknown
    qint64 recvCnt = -1, sendCnt = -1; // -1 for plain ports (no packets)
    qint64 queueSize = -1;  // -1 for sockets
    qint64 memory = -1;     // -1 for sockets
    double recvPerS = -1, sendPerS = -1; // bytes/s since the previous sample, node clock; -1 unknown
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::PortDetails)
Q_DECLARE_METATYPE(beamtop::PortSample)
