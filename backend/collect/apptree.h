// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsample.h"
#include "term/term.h"
#include "term/termformatter.h"

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace beamtop {

// How a supervision tree is asked for: which application, the order of children (the node
// sorts before it pages, so the heaviest children of a supervisor with 100,000 come first),
// how deep, and which page of each large supervisor's children.
struct AppTreeQuery
{
    enum class Sort { Start, Processes, Memory, Reductions, MessageQueue };

    QString app;            // the application's atom text; empty: no tree
    Sort sort = Sort::Start; // Start: as the supervisor lists them (which_children's order)
    int depth = 64;          // levels below the top supervisor
    int pageLimit = 100;     // children per supervisor per page (the agent caps it at 500)
    QHash<QString, int> offsets; // a supervisor's pid text -> the offset of its children's page (sent as binaries)
    int callTimeoutMs = 500; // each call to a supervisor
    int maxReads = 0;        // processes read per walk; 0: the agent's cap (200,000)

    bool operator==(const AppTreeQuery &o) const;
    bool operator!=(const AppTreeQuery &o) const { return !(*this == o); }
    static QString sortWord(Sort s); // start | processes | memory | reductions | message_queue_len
    static bool sortFromWord(const QString &word, Sort *out);
};

// One node of a supervision tree.
struct SupNode
{
    enum class Kind {
        Supervisor,
        Worker,
        Linked,      // a process linked to its parent supervisor that is not one of its children
        LinkedGroup, // the group holding a supervisor's Linked processes (no process of its own)
    };
    enum class Status {
        Running,      // a live process that answered (for supervisors) or exists (workers)
        NotAnswering, // a supervisor that did not answer within the call timeout
        Restarting,   // which_children says restarting
        NotRunning,   // a static child without a process (undefined)
        Gone,         // the process died while the tree was read
        NotRead,      // not read: the tree has more processes than a walk reads (its figures are
                      // missing from the totals; AppTree::readsCapped says how many were read)
    };

    QString key;       // unique among siblings: the child id's text, or the pid text for a
                       // dynamic child (simple_one_for_one), "$linked" for a LinkedGroup
    Kind kind = Kind::Worker;
    Status status = Status::Running;
    Term id;           // the child id as the supervisor has it (undefined for dynamic ones)
    Term pid;          // a pid, or the atom undefined / restarting
    QString pidText;   // "<0.123.0>"; empty without a process
    Term name;         // registered name, or undefined
    QString restart;   // permanent | transient | temporary; empty when not read
    QString shutdown;  // brutal_kill | infinity | milliseconds; empty when not read
    Term modules;      // [Module] or dynamic; undefined when not read
    // Supervisor flags, when the supervisor reported them.
    QString strategy;  // one_for_one | one_for_all | rest_for_one | simple_one_for_one
    int intensity = -1, periodS = -1;
    QString error;     // why a supervisor's children could not be read (NotAnswering...)

    AppTotals own;     // this process alone (zeros without a process)
    AppTotals totals;  // the whole subtree, this process included (processes counts it)

    QVector<SupNode> children; // the loaded page of children, in the query's order
    int childrenTotal = -1;    // how many children the supervisor has; -1: not known
    int childrenOffset = 0;    // the offset of the loaded page

    static QString kindText(Kind k);     // supervisor | worker | linked | linked_group
    static QString statusText(Status s); // running | not_answering | restarting | not_running | gone | not_read
    // modules for people (Elixir names in Elixir syntax), "dynamic", or empty.
    QString modulesText(const TermFormatter &f) const;
    // The registered name, else the id, formatted; the pid for a dynamic child.
    QString label(const TermFormatter &f) const;
    QJsonObject toJson(const TermFormatter &f, int depth) const; // depth: levels of children
};

// One application's supervision tree as the node read it. root is the application itself
// (kind Supervisor, key = the application's name); its one child is the top supervisor.
struct AppTree
{
    QString app;
    bool found = false;    // the application is running (else error says why)
    QString error;
    SupNode root;
    qint64 walkUs = 0;     // what the walk cost on the node (microseconds), charged to the budget
    qint64 appProcesses = -1; // the application's processes by group leader (-1: unknown),
                              // so a view can say how many are outside the tree
    bool truncated = false; // the node stopped at one of its caps: some subtrees are missing
                            // (their supervisors say so), or some processes were not read
    qint64 readsCapped = -1; // the walk read this many processes of a larger tree; -1: all
    qint64 sampledAtMs = 0;

    // The node at this key path below root ({"kernel_sup", "code_server"}), or nullptr.
    const SupNode *find(const QStringList &path) const;
    static AppTree fromTerm(const QString &app, const Term &value); // the agent's `app_tree` value
    QJsonObject toJson(const TermFormatter &f, int depth) const;
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::AppTree)
