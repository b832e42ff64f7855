// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/etsranking.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

class QTextStream;

namespace beamtop {

// How ETS tables are written out, the same in the desktop's export, `beamtop-cli ets` and the
// snapshot: the keys (the CSV columns, in this order; a JSON row is EtsRow::toJson, which has
// them all), the head of a JSON document of a ranking, and the table for people.
class EtsColumns
{
    Q_DECLARE_TR_FUNCTIONS(EtsColumns)
public:
    // id, name, type, protection, size, memory_bytes, size_per_s, memory_per_s, owner,
    // owner_name, heir, keypos, named, read_concurrency, write_concurrency,
    // decentralized_counters, compressed, fixed
    static QStringList keys();
    // {"node", "taken_at" (UTC), "sort", "mode" (absolute|window), "type", "protection",
    //  "filter" (null when not chosen)}
    static QJsonObject head(const QString &node, const EtsQuery &query, const QDateTime &takenAt);
    static void addRanking(QJsonObject *doc, const EtsRanking &page);
    // "ranked 34 % of 1,200 tables so far (partial)".
    static QString rankingLine(const EtsRanking &page);
    // "memory", "rows"; their change per second in window mode ("growth in memory").
    static QString sortText(const EtsQuery &query);
    // A fixed-width table: table, type, protection, rows, memory, the change per second of
    // both, owner; a dash for what is unknown; at most maxRows rows (-1: all).
    static void writeTable(QTextStream &out, const QVector<EtsRow> &rows, const TermFormatter &f, int maxRows = -1);
};

} // namespace beamtop
