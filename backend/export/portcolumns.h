// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/portranking.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

class QTextStream;

namespace beamtop {

// How ports and sockets are written out, the same in the desktop's export, `beamtop-cli ports`
// and the snapshot: the keys (the CSV columns, in this order; a JSON row is PortRow::toJson,
// which has them all), the head of a JSON document of a ranking, and the table for people.
class PortColumns
{
    Q_DECLARE_TR_FUNCTIONS(PortColumns)
public:
    // id, type, name, owner, local, peer, state, recv_oct, send_oct, recv_per_s, send_per_s,
    // recv_cnt, send_cnt, queue_size, memory, os_pid
    static QStringList keys();
    // {"node", "taken_at" (UTC), "sort", "mode" (absolute|window), "type" (null: all),
    //  "filter" (null if none)}
    static QJsonObject head(const QString &node, const PortQuery &query, const QDateTime &takenAt);
    // How complete and fresh the page is (RankingFields), partial when not PortRanking::isFinal.
    static void addRanking(QJsonObject *doc, const PortRanking &page);
    // The same for people: "ranked 34 % of 1,200 ports and sockets so far (partial)".
    static QString rankingLine(const PortRanking &page);
    // What a sort is called for people: "I/O", "bytes received", ...; per second in window mode.
    static QString sortText(const PortQuery &query);
    // A fixed-width table: id, type, owner, local, peer, state, received, sent, rates, queue,
    // name; a dash for what is unknown; at most maxRows rows (-1: all).
    static void writeTable(QTextStream &out, const QVector<PortRow> &rows, const TermFormatter &f, int maxRows = -1);
    // "5 tcp, 1 udp, 12 file, ..." (types with none left out); "none" when there are none.
    static QString countsText(const PortTypeCounts &counts);
};

} // namespace beamtop
