// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcolumns.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace beamtop {

namespace {

const QString Dash = QStringLiteral("-");

// Rows of cells as aligned columns, each as wide as its widest cell: text columns (left)
// left-aligned, figures right-aligned, the last column not padded.
void writeColumns(QTextStream &out, const QVector<QStringList> &rows, const QVector<bool> &left)
{
    QVector<int> widths(left.size(), 0);
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(r.at(i).size()));
    for (const QStringList &r : rows) {
        QString line;
        for (int i = 0; i < r.size() && i < widths.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            const bool last = i == r.size() - 1;
            line += left.at(i) ? (last ? r.at(i) : r.at(i).leftJustified(widths[i]))
                               : r.at(i).rightJustified(widths[i]);
        }
        out << line << '\n';
    }
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n);
}

QString rate(double perS)
{
    return perS < 0 ? Dash : QLocale().toString(qint64(perS + 0.5));
}

QString seconds(qint64 ms)
{
    return AppColumns::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

// The totals' four cells: processes, memory, reductions/s, message queue.
QStringList totalsCells(const AppTotals &t)
{
    return {count(t.processes), bytes(t.memory), rate(t.reductionsPerSec), count(t.messageQueue)};
}

QString nodeLabel(const SupNode &n, const TermFormatter &f)
{
    if (n.kind == SupNode::Kind::LinkedGroup)
        return AppColumns::tr("(linked, not children)");
    const QString label = n.label(f);
    return label.isEmpty() ? (n.pidText.isEmpty() ? n.key : n.pidText) : label;
}

// The loaded children a supervisor counts in childrenTotal: the group of linked processes
// that come after them is not one of them.
int loadedChildren(const SupNode &n)
{
    int c = 0;
    for (const SupNode &child : n.children)
        c += child.kind == SupNode::Kind::LinkedGroup ? 0 : 1;
    return c;
}

// What a supervisor's loaded children leave out: how many come after the page (the rest of a
// paged supervisor, the levels below --depth, or beyond the node's cap).
int notShown(const SupNode &n)
{
    return n.childrenTotal < 0 ? 0
                               : qMax(0, n.childrenTotal - n.childrenOffset - loadedChildren(n));
}

// One line per node below root, depth first; prefix: the lines of the levels above. A
// supervisor's children not shown are said after its page, before its linked processes.
void treeRows(const SupNode &n, const TermFormatter &f, const QString &prefix,
              QVector<QStringList> *rows)
{
    const int hidden = notShown(n);
    const int lines =
        int(n.children.size()) + (hidden > 0 ? 1 : 0) + (n.childrenOffset > 0 ? 1 : 0);
    int at = 0;
    // QString, not a QStringBuilder: the builder would refer to the temporaries.
    auto branch = [&](bool last) -> QString {
        return prefix + (last ? QStringLiteral("\u2514\u2500 ") : QStringLiteral("\u251c\u2500 "));
    };
    auto below = [&](bool last) -> QString {
        return prefix + (last ? QStringLiteral("   ") : QStringLiteral("\u2502  "));
    };
    if (n.childrenOffset > 0) {
        const bool last = ++at == lines;
        rows->append(
            {branch(last) +
             AppColumns::tr("\u2026 %1 children before these").arg(count(n.childrenOffset))});
    }
    bool hiddenSaid = hidden == 0;
    auto sayHidden = [&] {
        const bool last = ++at == lines;
        rows->append({branch(last) +
                      AppColumns::tr("\u2026 %1 more children not shown").arg(count(hidden))});
        hiddenSaid = true;
    };
    for (const SupNode &c : n.children) {
        if (!hiddenSaid && c.kind == SupNode::Kind::LinkedGroup)
            sayHidden();
        const bool last = ++at == lines;
        QStringList cells = {branch(last) + nodeLabel(c, f),
                             c.pidText.isEmpty() ? Dash : c.pidText};
        cells += totalsCells(c.totals);
        cells << AppColumns::nodeInfo(c);
        rows->append(cells);
        treeRows(c, f, below(last), rows);
    }
    if (!hiddenSaid)
        sayHidden();
}

int countNotAnswering(const SupNode &n)
{
    int c = n.status == SupNode::Status::NotAnswering ? 1 : 0;
    for (const SupNode &child : n.children)
        c += countNotAnswering(child);
    return c;
}

} // namespace

QStringList AppColumns::keys()
{
    return {QStringLiteral("name"),
            QStringLiteral("version"),
            QStringLiteral("description"),
            QStringLiteral("status"),
            QStringLiteral("start_type"),
            QStringLiteral("process_count"),
            QStringLiteral("memory"),
            QStringLiteral("message_queue_len"),
            QStringLiteral("reductions_per_sec")};
}

QVector<QJsonObject> AppColumns::rows(const AppsSample &sample)
{
    // The rows are AppsSample::toJson's, so the CSV and the JSON never disagree.
    QVector<QJsonObject> out;
    const QJsonArray apps = sample.toJson().value(QStringLiteral("applications")).toArray();
    out.reserve(apps.size());
    for (const QJsonValue &v : apps)
        out.append(v.toObject());
    return out;
}

QJsonObject AppColumns::document(const AppsSample &sample)
{
    return sample.toJson();
}

QString AppColumns::countsText(const AppsSample &sample)
{
    int running = 0, starting = 0, loaded = 0;
    for (const AppRow &a : sample.apps) {
        if (a.status == AppRow::Status::Running)
            ++running;
        else if (a.status == AppRow::Status::Starting)
            ++starting;
        else
            ++loaded;
    }
    QString text = tr("%1 running").arg(count(running));
    if (starting > 0)
        text = tr("%1, %2 starting").arg(text, count(starting));
    return loaded > 0 ? tr("%1, %2 loaded only").arg(text, count(loaded)) : text;
}

QString AppColumns::sweepLine(const AppsSample &sample)
{
    QString line;
    if (sample.partial) {
        line = sample.sweepTotal > 0 ? tr("totals so far from the first sweep of the processes: %1 "
                                          "of %2 counted (partial)")
                                           .arg(count(sample.sweepDone), count(sample.sweepTotal))
                                     : tr("totals not counted yet: the first sweep of the "
                                          "processes has just begun (partial)");
    } else if (sample.agedMs >= 0) {
        line = tr("totals from a sweep of %1 processes %2 ago")
                   .arg(count(sample.processCount), seconds(sample.agedMs));
        if (sample.lastSweepMs >= 0)
            line = tr("%1 (the sweep took %2 ms)").arg(line, count(sample.lastSweepMs));
    } else {
        line = tr("totals not counted yet");
    }
    if (!sample.infoOk)
        line =
            tr("%1; the application controller did not answer (%2): loaded applications only, "
               "without status")
                .arg(line, sample.infoError.isEmpty() ? tr("no reason given") : sample.infoError);
    return line;
}

void AppColumns::writeTable(QTextStream &out, const AppsSample &sample, const TermFormatter &f)
{
    QVector<QStringList> rows = {{tr("NAME"), tr("STATUS"), tr("VERSION"), tr("START"), tr("PROCS"),
                                  tr("MEMORY"), tr("REDS/S"), tr("MSGQ"), tr("DESCRIPTION")}};
    for (const AppRow &a : sample.apps) {
        QStringList cells = {f.atom(a.nameText), a.statusText(),
                             a.version.isEmpty() ? Dash : a.version,
                             a.startType.isEmpty() ? Dash : a.startType};
        // Loaded-only applications have no processes to count: a dash, not a zero.
        cells += a.hasTotals ? totalsCells(a.totals) : QStringList{Dash, Dash, Dash, Dash};
        cells << (a.description.isEmpty() ? Dash : a.description);
        rows.append(cells);
    }
    QStringList outside = {tr("(no application)"), Dash, Dash, Dash};
    outside += totalsCells(sample.outside);
    outside << tr("processes whose group leader belongs to no application");
    rows.append(outside);
    writeColumns(out, rows, {true, true, true, true, false, false, false, false, true});
}

QString AppColumns::flagsText(const SupNode &node)
{
    if (node.strategy.isEmpty())
        return {};
    if (node.intensity < 0 || node.periodS < 0)
        return node.strategy;
    return tr("%1, %2 in %3 s").arg(node.strategy, count(node.intensity), count(node.periodS));
}

QString AppColumns::nodeInfo(const SupNode &node)
{
    QStringList parts;
    switch (node.kind) {
    case SupNode::Kind::Supervisor: {
        const QString flags = flagsText(node);
        parts << (flags.isEmpty() ? tr("supervisor") : tr("supervisor %1").arg(flags));
        break;
    }
    case SupNode::Kind::Worker:
        parts << tr("worker");
        break;
    case SupNode::Kind::Linked:
        parts << tr("linked");
        break;
    case SupNode::Kind::LinkedGroup:
        parts << tr("linked to the supervisor, not its children"); // how many: the PROCS column
        break;
    }
    if (!node.restart.isEmpty())
        parts << node.restart;
    switch (node.status) {
    case SupNode::Status::Running:
        break;
    case SupNode::Status::NotAnswering:
        parts << (node.error.isEmpty() ? tr("NOT ANSWERING")
                                       : tr("NOT ANSWERING: %1").arg(node.error));
        break;
    case SupNode::Status::Restarting:
        parts << tr("restarting");
        break;
    case SupNode::Status::NotRunning:
        parts << tr("not running");
        break;
    case SupNode::Status::Gone:
        parts << tr("gone while read");
        break;
    case SupNode::Status::NotRead:
        parts << tr("not read (more processes than a walk reads)");
        break;
    }
    if (node.status != SupNode::Status::NotAnswering && !node.error.isEmpty())
        parts << node.error;
    // A paged supervisor: how many of its children are listed (none below --depth: just how many).
    if (node.kind != SupNode::Kind::LinkedGroup && node.childrenTotal > loadedChildren(node)) {
        if (loadedChildren(node) == 0)
            parts << tr("%n children", nullptr, node.childrenTotal);
        else
            parts << tr("%1 of %2 children").arg(count(loadedChildren(node)), count(node.childrenTotal));
    }
    return parts.join(QStringLiteral(", "));
}

QString AppColumns::sortText(AppTreeQuery::Sort sort)
{
    switch (sort) {
    case AppTreeQuery::Sort::Start:
        break;
    case AppTreeQuery::Sort::Processes:
        return tr("processes");
    case AppTreeQuery::Sort::Memory:
        return tr("memory");
    case AppTreeQuery::Sort::Reductions:
        return tr("reductions per second");
    case AppTreeQuery::Sort::MessageQueue:
        return tr("message queue");
    }
    return tr("start order");
}

void AppColumns::writeTree(QTextStream &out, const AppTree &tree, const TermFormatter &f)
{
    QVector<QStringList> rows = {
        {tr("NAME"), tr("PID"), tr("PROCS"), tr("MEMORY"), tr("REDS/S"), tr("MSGQ"), tr("WHAT")}};
    const SupNode &root = tree.root;
    QStringList top = {f.atom(tree.app), root.pidText.isEmpty() ? Dash : root.pidText};
    top += totalsCells(root.totals);
    top << tr("application");
    rows.append(top);
    treeRows(root, f, QString(), &rows);
    writeColumns(out, rows, {true, true, false, false, false, false, true});

    // What the tree leaves out.
    if (const int silent = countNotAnswering(root))
        out << tr("Supervisors that did not answer in time: %1 (their children are not shown).")
                   .arg(count(silent))
            << '\n';
    if (tree.readsCapped >= 0)
        out << tr("The tree has more processes than one walk reads: the totals count the %1 read, "
                  "the others are marked not read.")
                   .arg(count(tree.readsCapped))
            << '\n';
    else if (tree.truncated)
        out << tr("The node stopped the walk at its limit: some subtrees are missing.") << '\n';
    if (tree.readsCapped < 0 && tree.appProcesses >= 0 && tree.appProcesses > root.totals.processes)
        out << tr("%1 of the application's %2 processes are outside its supervision tree.")
                   .arg(count(tree.appProcesses - root.totals.processes), count(tree.appProcesses))
            << '\n';
}

} // namespace beamtop
