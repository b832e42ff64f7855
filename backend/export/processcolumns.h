// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/processranking.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

class QTextStream;

namespace beamtop {

// How processes are written out, the same in the desktop's export, `beamtop-cli top` and the
// snapshot: the keys (the CSV columns, in this order; a JSON row is ProcessRow::toJson, which
// has them all), the head of a JSON document of a ranking, and the table for people.
class ProcessColumns
{
    Q_DECLARE_TR_FUNCTIONS(ProcessColumns)
public:
    static QStringList keys();
    // {"node", "taken_at" (UTC), "sort", "mode" (absolute|window), "filter" (null if none)}
    static QJsonObject head(const QString &node, const ProcessQuery &query, const QDateTime &takenAt);
    // How complete and fresh the page is (RankingFields): "count", "coverage", "ranked_at",
    // "partial" (not final: ProcessRanking::isFinal).
    static void addRanking(QJsonObject *doc, const ProcessRanking &page);
    // The same for people: "ranked 34 % of 1,000,000 processes so far (partial)".
    static QString rankingLine(const ProcessRanking &page);
    // A fixed-width table: pid, name, memory, reductions/s, queue, binaries, status, current
    // function; at most maxRows rows (-1: all).
    static void writeTable(QTextStream &out, const QVector<ProcessRow> &rows, const TermFormatter &f, int maxRows = -1);
};

} // namespace beamtop
