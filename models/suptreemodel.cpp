// SPDX-License-Identifier: GPL-3.0-or-later
#include "suptreemodel.h"

#include "format.h"
#include "rankedtablemodel.h"
#include "rowtablemodel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace beamtop {

namespace {

QString dash()
{
    return QStringLiteral("—");
}

bool isDimmed(const QString &statusWord)
{
    return statusWord == SupNode::statusText(SupNode::Status::Gone)
        || statusWord == SupNode::statusText(SupNode::Status::NotRunning);
}

bool isWarning(const QString &statusWord)
{
    return statusWord == SupNode::statusText(SupNode::Status::NotAnswering);
}

QString strategyText(const SupNode &n)
{
    if (n.strategy.isEmpty())
        return {};
    if (n.intensity < 0 || n.periodS < 0)
        return n.strategy;
    return SupTreeModel::tr("%1, %2 in %3 s").arg(n.strategy).arg(n.intensity).arg(n.periodS);
}

// "100 of 100,000 children shown (1–100)" for a supervisor whose children come in pages;
// empty when all of them are loaded.
QString pagedText(const SupNode &n)
{
    const int shown = int(n.children.size());
    if (n.childrenTotal < 0 || n.childrenTotal <= shown)
        return {};
    if (shown == 0)
        return SupTreeModel::tr("0 of %1 children shown").arg(Format::count(n.childrenTotal));
    return SupTreeModel::tr("%1 of %2 children shown (%3–%4)")
        .arg(Format::count(shown), Format::count(n.childrenTotal), Format::count(n.childrenOffset + 1),
             Format::count(n.childrenOffset + shown));
}

const SupNode *childByKey(const SupNode &n, const QString &key)
{
    for (const SupNode &c : n.children) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

// The key paths (from the top row) of the rows in both trees whose status changed: their whole
// row changes colour, while the difference of values reports only the Status cell.
void statusChanges(const SupNode &before, const SupNode &after, QStringList path, QVector<QStringList> *out)
{
    path.append(after.key);
    if (before.status != after.status)
        out->append(path);
    if (before.children.isEmpty() || after.children.isEmpty())
        return;
    QHash<QString, const SupNode *> old;
    old.reserve(before.children.size());
    for (const SupNode &c : before.children)
        old.insert(c.key, &c);
    for (const SupNode &c : after.children) {
        if (const SupNode *o = old.value(c.key))
            statusChanges(*o, c, path, out);
    }
}

} // namespace

SupTreeModel::SupTreeModel(QObject *parent) : TreeRowModel(ColumnCount, parent) {}

QString SupTreeModel::headerText(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Name");
    case Pid: return tr("Pid");
    case Type: return tr("Type");
    case Processes: return tr("Processes");
    case Memory: return tr("Memory");
    case ReductionsPerSec: return tr("Reductions/s");
    case MessageQueue: return tr("Message queue");
    case Restart: return tr("Restart");
    case Shutdown: return tr("Shutdown");
    case Modules: return tr("Modules");
    case Strategy: return tr("Strategy");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

QString SupTreeModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Name: return tr("The registered name, else the child id; a dynamic child by its pid. \"Linked processes\" "
                         "holds the processes linked to a supervisor that are not its children.");
    case Type: return tr("supervisor, worker, or linked (linked to the supervisor without being its child).");
    case Processes: return tr("The processes of this whole subtree, this one included.");
    case Memory: return tr("The memory of this whole subtree's processes.");
    case ReductionsPerSec: return tr("The reductions of this whole subtree's processes per second.");
    case MessageQueue: return tr("The messages waiting in this whole subtree's queues.");
    case Restart: return tr("When the supervisor restarts the child: permanent always, transient after an abnormal "
                            "exit, temporary never.");
    case Shutdown: return tr("How the supervisor stops the child: the time it waits, infinity, or brutal_kill.");
    case Modules: return tr("The callback modules the child names for code upgrades (dynamic: asked at upgrade).");
    case Strategy: return tr("The supervisor's restart strategy, and at most how many restarts in how many seconds "
                             "before it gives up.");
    case Status: return tr("running; not answering (a supervisor busy, hung or restarting past the call timeout); "
                           "restarting; not running (a static child without a process); gone (died while the tree "
                           "was read).");
    default: break;
    }
    return {};
}

bool SupTreeModel::isMetricColumn(int column) const
{
    return column >= Processes && column <= MessageQueue;
}

QString SupTreeModel::displayText(int column, const QVariant &raw) const
{
    switch (Column(column)) {
    case Type: {
        const QString k = raw.toString();
        if (k == SupNode::kindText(SupNode::Kind::Supervisor))
            return tr("supervisor");
        if (k == SupNode::kindText(SupNode::Kind::Worker))
            return tr("worker");
        return k.isEmpty() ? QString() : tr("linked");
    }
    case Processes:
    case MessageQueue:
        return raw.isValid() ? Format::count(raw.toLongLong()) : dash();
    case Memory:
        return raw.isValid() ? Format::bytes(raw.toLongLong()) : dash();
    case ReductionsPerSec:
        return raw.isValid() && raw.toDouble() >= 0 ? Format::perSecond(raw.toDouble()) : dash();
    case Shutdown: {
        bool numeric = false;
        const qint64 ms = raw.toString().toLongLong(&numeric);
        return numeric ? tr("%1 ms").arg(QLocale().toString(ms)) : raw.toString();
    }
    case Status: {
        const QString s = raw.toString();
        if (s == SupNode::statusText(SupNode::Status::NotAnswering))
            return tr("not answering");
        if (s == SupNode::statusText(SupNode::Status::Restarting))
            return tr("restarting");
        if (s == SupNode::statusText(SupNode::Status::NotRunning))
            return tr("not running");
        if (s == SupNode::statusText(SupNode::Status::Gone))
            return tr("gone");
        if (s == SupNode::statusText(SupNode::Status::NotRead))
            return tr("not read");
        return s.isEmpty() ? QString() : tr("running");
    }
    default:
        return raw.toString();
    }
}

TreeRowModel::Node SupTreeModel::makeNode(const SupNode &n) const
{
    Node out;
    out.key = n.key;
    out.totalChildren = n.childrenTotal;
    QVector<QVariant> &v = out.values;
    v.resize(ColumnCount);
    v[Name] = n.kind == SupNode::Kind::LinkedGroup ? tr("Linked processes") : n.label(m_formatter);
    v[Pid] = n.pidText;
    v[Type] = SupNode::kindText(n.kind);
    v[Processes] = n.totals.processes;
    v[Memory] = n.totals.memory;
    // -1 when not known yet, shown "—": it sorts below every known rate.
    v[ReductionsPerSec] = n.totals.reductionsPerSec >= 0 ? n.totals.reductionsPerSec : -1.0;
    v[MessageQueue] = n.totals.messageQueue;
    v[Restart] = n.restart;
    v[Shutdown] = n.shutdown;
    v[Modules] = n.modulesText(m_formatter);
    v[Strategy] = strategyText(n);
    v[Status] = SupNode::statusText(n.status);
    out.children.reserve(n.children.size());
    // Keys are unique among siblings on a sane node; a reply that repeats one must not break
    // the difference, so the repeat is left out rather than shown twice.
    QSet<QString> seen;
    for (const SupNode &c : n.children) {
        if (seen.contains(c.key))
            continue;
        seen.insert(c.key);
        out.children.append(makeNode(c));
    }
    return out;
}

void SupTreeModel::setTree(const AppTree &tree)
{
    QVector<QStringList> recoloured;
    if (m_tree.found && tree.found && m_tree.root.key == tree.root.key)
        statusChanges(m_tree.root, tree.root, {}, &recoloured);
    m_tree = tree;
    apply();
    for (const QStringList &path : std::as_const(recoloured)) {
        const QModelIndex at = indexForPath(path);
        if (at.isValid())
            emit dataChanged(at, at.siblingAtColumn(ColumnCount - 1),
                             {Qt::ForegroundRole, RowTableModel::LevelRole, RankedTableModelBase::GoneRole,
                              Qt::ToolTipRole});
    }
}

void SupTreeModel::setFormatter(const TermFormatter &formatter)
{
    m_formatter = formatter;
    apply();
}

void SupTreeModel::clear()
{
    m_tree = AppTree();
    TreeRowModel::clear();
}

void SupTreeModel::apply()
{
    Node top;
    if (m_tree.found)
        top.children.append(makeNode(m_tree.root));
    applyTree(top);
}

void SupTreeModel::setAccents(const QVariant &warning, const QVariant &dimmed)
{
    m_warning = warning;
    m_dimmed = dimmed;
    emitForeground({});
}

void SupTreeModel::emitForeground(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent), {Qt::ForegroundRole});
    for (int r = 0; r < rows; ++r)
        emitForeground(index(r, 0, parent));
}

const SupNode *SupTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !m_tree.found)
        return nullptr;
    QVector<QModelIndex> chain;
    for (QModelIndex i = index.siblingAtColumn(0); i.isValid(); i = i.parent())
        chain.prepend(i);
    const SupNode *n = nullptr;
    for (const QModelIndex &i : std::as_const(chain)) {
        const QString key = TreeRowModel::data(i, RowTableModel::KeyRole).toString();
        if (!n) {
            n = (i.row() == 0 && m_tree.root.key == key) ? &m_tree.root : nullptr;
        } else if (i.row() < n->children.size() && n->children.at(i.row()).key == key) {
            // The rows follow the tree's order, so the row finds the node without a search
            // among a large supervisor's children.
            n = &n->children.at(i.row());
        } else {
            n = childByKey(*n, key); // while the rows are being brought into the new order
        }
        if (!n)
            return nullptr;
    }
    return n;
}

QString SupTreeModel::pidAt(const QModelIndex &index) const
{
    const SupNode *n = nodeAt(index);
    return n ? n->pidText : QString();
}

bool SupTreeModel::matches(const SupNode &n, const QString &text) const
{
    auto has = [&](const QString &s) { return !s.isEmpty() && s.contains(text, Qt::CaseInsensitive); };
    if (has(n.label(m_formatter)) || has(n.pidText) || has(n.modulesText(m_formatter)))
        return true;
    // The node's own spelling too ('Elixir.Foo.Bar'), whatever the syntax shown.
    if (n.name.isAtom() && has(n.name.atomName()))
        return true;
    if (n.modules.isList()) {
        for (const Term &m : n.modules.elements()) {
            if (m.isAtom() && has(m.atomName()))
                return true;
        }
    }
    return n.kind == SupNode::Kind::LinkedGroup && has(tr("Linked processes"));
}

void SupTreeModel::searchBelow(const SupNode &n, const QModelIndex &at, const QString &text,
                               QModelIndexList *out) const
{
    if (matches(n, text))
        out->append(at);
    const int rows = rowCount(at);
    for (int i = 0; i < n.children.size() && i < rows; ++i) {
        const QModelIndex child = index(i, 0, at);
        // Left out as a repeated key (makeNode): the rows after it belong to later nodes.
        if (TreeRowModel::data(child, RowTableModel::KeyRole).toString() != n.children.at(i).key)
            break;
        searchBelow(n.children.at(i), child, text, out);
    }
}

QModelIndexList SupTreeModel::search(const QString &text) const
{
    QModelIndexList out;
    const QString needle = text.trimmed();
    if (needle.isEmpty() || !m_tree.found || rowCount() == 0)
        return out;
    searchBelow(m_tree.root, index(0, 0), needle, &out);
    return out;
}

QString SupTreeModel::toolTip(const QModelIndex &index, const SupNode &n) const
{
    const QVariant raw = TreeRowModel::data(index, RowTableModel::RawValueRole);
    const bool hasChildren = !n.children.isEmpty() || n.childrenTotal > 0;
    const QString paged = pagedText(n);
    auto withOwn = [&](const QString &subtree, const QString &own) {
        return hasChildren ? tr("Subtree: %1\nThis process alone: %2").arg(subtree, own) : subtree;
    };
    QStringList lines;
    switch (Column(index.column())) {
    case Name: {
        lines << displayText(Name, raw);
        if (n.kind == SupNode::Kind::LinkedGroup)
            lines << tr("Processes linked to the supervisor that are not its children.");
        if (n.id.kind() != Term::Kind::Error && !n.id.isAtom("undefined"))
            lines << tr("Child id: %1").arg(m_formatter.format(n.id));
        if (n.name.isAtom() && !n.name.isAtom("undefined"))
            lines << tr("Registered as %1").arg(m_formatter.atom(n.name.atomName()));
        if (!n.pidText.isEmpty() && n.pidText != raw.toString())
            lines << tr("Process %1").arg(n.pidText);
        if (!paged.isEmpty())
            lines << paged;
        break;
    }
    case Pid:
        if (n.pidText.isEmpty())
            lines << (n.kind == SupNode::Kind::LinkedGroup ? tr("A group, not a process.")
                                                           : tr("No process: %1").arg(displayText(Status, n.statusText(n.status))));
        else
            lines << n.pidText;
        break;
    case Processes:
        lines << (hasChildren ? tr("%1 processes in this subtree").arg(QLocale().toString(n.totals.processes))
                              : tr("%1 processes").arg(QLocale().toString(n.totals.processes)));
        if (!paged.isEmpty())
            lines << paged << tr("The totals count all the children, shown or not.");
        break;
    case Memory:
        lines << withOwn(Format::exactBytes(n.totals.memory), Format::exactBytes(n.own.memory));
        break;
    case ReductionsPerSec:
        if (n.totals.reductionsPerSec < 0)
            lines << tr("Not known yet: the rate needs two complete counts of the processes.");
        else
            lines << withOwn(tr("%1 reductions per second").arg(QLocale().toString(n.totals.reductionsPerSec, 'f', 1)),
                             n.own.reductionsPerSec < 0
                                 ? tr("unknown")
                                 : tr("%1 reductions per second").arg(QLocale().toString(n.own.reductionsPerSec, 'f', 1)));
        break;
    case MessageQueue:
        lines << withOwn(tr("%1 messages waiting").arg(QLocale().toString(n.totals.messageQueue)),
                         tr("%1 messages waiting").arg(QLocale().toString(n.own.messageQueue)));
        break;
    case Strategy:
        if (n.intensity >= 0 && n.periodS >= 0)
            lines << tr("%1: at most %2 restarts in %3 seconds, else the supervisor gives up and exits.")
                         .arg(n.strategy)
                         .arg(n.intensity)
                         .arg(n.periodS);
        else
            lines << n.strategy;
        break;
    case Status:
        lines << displayText(Status, raw);
        if (!n.error.isEmpty() && n.status != SupNode::Status::NotAnswering)
            lines << n.error;
        break;
    default:
        lines << displayText(index.column(), raw);
        break;
    }
    // The whole row of a supervisor that did not answer says why, whichever cell is hovered.
    if (n.status == SupNode::Status::NotAnswering)
        lines.prepend(n.error.isEmpty() ? tr("Did not answer within the call timeout: its children are not shown.")
                                        : tr("Did not answer: %1").arg(n.error));
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QVariant SupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::ToolTipRole: {
        const SupNode *n = nodeAt(index);
        return n ? QVariant(toolTip(index, *n)) : QVariant();
    }
    case Qt::ForegroundRole:
    case RowTableModel::LevelRole:
    case RankedTableModelBase::GoneRole: {
        const QString status = TreeRowModel::data(index.siblingAtColumn(Status), RowTableModel::RawValueRole).toString();
        if (role == RowTableModel::LevelRole)
            return int(isWarning(status) ? RowTableModel::Level::Warning : RowTableModel::Level::Normal);
        if (role == RankedTableModelBase::GoneRole)
            return isDimmed(status);
        return isWarning(status) ? m_warning : isDimmed(status) ? m_dimmed : QVariant();
    }
    default:
        break;
    }
    return TreeRowModel::data(index, role);
}

QHash<int, QByteArray> SupTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = TreeRowModel::roleNames();
    names.insert(RowTableModel::LevelRole, "level");
    names.insert(RankedTableModelBase::GoneRole, "gone");
    return names;
}

} // namespace beamtop
