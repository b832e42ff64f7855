// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rank/rankedquery.h"
#include "term/term.h"
#include "term/termformatter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QPair>
#include <QStringList>
#include <QVector>

namespace beamtop {

// What to rank and which rows to show: the ports' (and sockets') RankedQuery, with the metrics
// as an enum and the type restriction apart from the text.
struct PortQuery
{
    // Io: received plus sent bytes (in window mode: bytes per second).
    enum class Sort { Io, RecvOct, SendOct, RecvCnt, SendCnt, QueueSize, Memory };
    enum class Mode { Absolute, Window }; // Window: change per second over the interval

    Sort sort = Sort::Io;
    Mode mode = Mode::Absolute;
    QString type;        // one of typeNames(), or empty for every type
    QString filter;      // case-insensitive text, matched on the node
    int offset = 0;
    int limit = 50;      // at most RankedQuery::MaxRows per page
    int intervalMs = 1000;
    QVector<Term> pinned; // ids (port or {'$socket', Ref}) refreshed beside the page

    static QString sortName(Sort s); // io, recv_oct, send_oct, recv_cnt, send_cnt, queue_size, memory
    static bool parseSort(const QString &name, Sort *out);
    // The types the agent knows: tcp, udp, sctp, socket, spawn, file, other.
    static QStringList typeNames();
    static bool isTypeName(const QString &name) { return typeNames().contains(name); }
    bool sameRanking(const PortQuery &o) const
    {
        return sort == o.sort && mode == o.mode && type == o.type && filter == o.filter;
    }
    // The filter sent is `type:<type> <text>` when a type is chosen.
    RankedQuery toRanked() const;
};

struct PortRow
{
    Term id;                 // port() or {'$socket', Ref}: sent back as-is
    QString idText;          // #Port<0.5>, #Socket<0.1.2.3>
    QString type;            // tcp, udp, ...; empty when gone
    QString name;            // driver, command or domain/type/protocol; empty when unknown
    Term owner;              // pid or undefined
    Term ownerName;          // atom, {label, Text}, {M, F, A} or undefined
    QString local, peer;     // addresses; empty when none
    QString state;           // listening, connected, ..., closed
    qint64 recvOct = 0, sendOct = 0;
    qint64 recvCnt = -1, sendCnt = -1; // -1: not counted (plain ports)
    qint64 queueSize = -1;   // bytes waiting in the port's queue; -1 unknown (sockets)
    qint64 memory = -1;      // -1 unknown (sockets)
    qint64 osPid = -1;
    qint64 rankValue = -1;   // what the ranking sorted on (per second in window mode)
    double recvPerS = -1, sendPerS = -1; // between this refresh and the previous, node clock; -1 unknown
    // The port or socket has closed since it was ranked. Its figures are then the ones last
    // shown for it, read at seenAt, or none (seenAt invalid: hasValues() is false).
    bool gone = false;
    QDateTime seenAt;        // when the figures were read (the page's arrival); see gone

    bool closed() const { return gone || state == QLatin1String("closed"); }
    // False for a closed port Beamtop never read open: its figures are not zeros but unknown.
    bool hasValues() const { return !gone || seenAt.isValid(); }
    // The figures of the row last shown for this entity (type, name, owner, addresses,
    // counters, rates); the id, the gone mark, the state and the rank value stay this row's.
    void takeValuesOf(const PortRow &shown);
    // The owner's registered name, label or initial call, else its pid; empty when none.
    QString ownerText(const TermFormatter &f) const;
    // Keys as in export/portcolumns.h; unknown figures are null.
    QJsonObject toJson(const TermFormatter &f) const;
    // The agent's row: a tuple of 17 (see the issue 12 contract).
    static bool fromTerm(const Term &t, PortRow *out);
};

// A page of the port ranking, as the Network page, `beamtop-cli ports` and the snapshot read it.
struct PortRanking : RankedPage<PortQuery, PortRow>
{
    // The answer is final for its query: the ranking is complete and, in window mode,
    // measured over a window.
    bool isFinal() const
    {
        return rankingComplete && (query.mode == PortQuery::Mode::Absolute || windowValid || reducedMode);
    }
    // The figure of row in the column the page is sorted by, as shown: the fresh value in
    // absolute mode; in window mode the rates shown (recv/s, send/s, their sum for io) or the
    // node's change per second for the other metrics. A closed port never read open, or an
    // unknown figure, shows what it was ranked by.
    double shownValue(const PortRow &row) const;

    static PortRanking fromReply(const PortQuery &query, const RankingStatus &status, const QVector<Term> &rows,
                                 const QVector<Term> &extra);
};

// The agent's port_types reply: how many ports and sockets of each type the node has.
struct PortTypeCounts
{
    QVector<QPair<QString, qint64>> counts; // type -> number, in the agent's order
    qint64 ports = 0, sockets = 0;
    qint64 portLimit = -1;                  // erlang:system_info(port_limit); -1 unknown
    QDateTime receivedAt;

    qint64 total() const { return ports + sockets; }
    qint64 count(const QString &type) const; // 0 for a type not listed
    // {"counts": {type: n}, "ports": n, "sockets": n, "port_limit": n|null}
    QJsonObject toJson() const;
    static bool fromTerm(const Term &t, PortTypeCounts *out);
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::PortRow)
Q_DECLARE_METATYPE(beamtop::PortRanking)
Q_DECLARE_METATYPE(beamtop::PortTypeCounts)
