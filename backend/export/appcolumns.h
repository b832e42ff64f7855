// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/appsample.h"
#include "collect/apptree.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

class QTextStream;

namespace beamtop {

// How applications and supervision trees are written out, the same in `beamtop-cli apps`,
// `beamtop-cli tree` and the snapshot's "applications" section:
//  - the keys (the CSV columns, in this order) and the rows: AppsSample::toJson's, one per
//    application; names as the node has the atom ("kernel", "Elixir.Foo"), the key a script
//    can look up;
//  - the line saying how complete and fresh the totals are;
//  - the table for people (names in the node's syntax, sizes and counts formatted, a dash
//    for what is unknown) and the tree drawn with box-drawing characters, each node with its
//    subtree's totals.
class AppColumns
{
    Q_DECLARE_TR_FUNCTIONS(AppColumns)
public:
    // name, version, description, status, start_type, process_count, memory,
    // message_queue_len, reductions_per_sec
    static QStringList keys();
    // The applications as rows with keys() (totals null for the ones only loaded).
    static QVector<QJsonObject> rows(const AppsSample &sample);
    // AppsSample::toJson: {"applications": [rows], "outside": {process_count, memory,
    // message_queue_len, reductions_per_sec}, "partial", "aged_ms", "process_count"}.
    static QJsonObject document(const AppsSample &sample);

    // "totals from a sweep 2.1 s ago (it took 4 ms)", or how far the first sweep has come,
    // marked partial; with what the application controller did not say when it did not answer.
    static QString sweepLine(const AppsSample &sample);
    // "12 running, 3 loaded only" (the loaded ones left out when there are none).
    static QString countsText(const AppsSample &sample);
    // A table with a row per application and a last row for the processes of none:
    // name, status, version, start type, processes, memory, reductions/s, message queue,
    // description.
    static void writeTable(QTextStream &out, const AppsSample &sample, const TermFormatter &f);

    // The tree for people: one line per node, drawn with box-drawing characters, with its
    // pid, its subtree's processes, memory, reductions/s and message queue, and what it is
    // (a supervisor's flags, a worker's restart type, a supervisor that did not answer, how
    // many of a paged supervisor's children are shown), then what the tree leaves out.
    static void writeTree(QTextStream &out, const AppTree &tree, const TermFormatter &f);
    // What a node is, as the tree's last column says it.
    static QString nodeInfo(const SupNode &node);
    // "one_for_one, 3 in 5 s"; empty when the supervisor did not report its flags.
    static QString flagsText(const SupNode &node);
    // What a sort is called for people: "start order", "processes", "memory", ...
    static QString sortText(AppTreeQuery::Sort sort);
};

} // namespace beamtop
