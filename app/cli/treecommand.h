// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/apptree.h"
#include "command.h"

#include <optional>

namespace beamtop {

// beamtop-cli tree APP: one application's supervision tree, read once by the session's tree
// collector (the agent's app_tree): each supervisor's children in start order or the heaviest
// first (--sort), down to --depth levels below the top supervisor and at most --limit
// children per supervisor (the node sorts before it pages, so the heaviest of 100,000 come
// first), each node with its subtree's processes, memory, reductions per second and message
// queue. The application is named as the node's syntax writes it (my_app, :my_app). The
// applications' totals are read alongside (waiting about a second for the agent's first sweep)
// to say how many of the application's processes are outside its tree, and to tell a library
// application (running, no tree) from one that is not running. Text draws the tree; JSON is
// AppTree::toJson with the node and the query.
class RankingWait;

class TreeCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString name() const override { return QStringLiteral("tree"); }
    QString arguments() const override { return tr("APP"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;

    // start, processes, memory, reductions, message_queue (and the agent's message_queue_len).
    static bool parseSort(const QString &word, AppTreeQuery::Sort *out);

private:
    void onTree(const AppTree &tree);
    void onApps();
    void printWhenReady();
    void print(const AppTree &tree);

    QString m_target; // as given
    AppTreeQuery m_query;
    // The applications' totals, read alongside the walk for how many of the application's
    // processes are outside its tree (the agent knows it only after a sweep).
    RankingWait *m_appsWait = nullptr;
    bool m_appsDone = false;
    std::optional<AppTree> m_tree;
    int m_walks = 0;
    static constexpr qint64 SecondWalkMaxUs = 200000; // a walk of 0.2 s: tens of thousands of processes
};

} // namespace beamtop
