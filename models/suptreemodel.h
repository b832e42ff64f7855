// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treemodel.h"

#include "collect/apptree.h"
#include "term/termformatter.h"

#include <QModelIndexList>

namespace beamtop {

// One application's supervision tree: the application itself as the one top row (its totals
// are the whole application's), the top supervisor under it, and so on down; under a
// supervisor, the processes linked to it that are not its children hang from one "linked"
// row. Every row shows the totals of its subtree (processes, memory, reductions/s, message
// queue) so the heavy branch shows from the top. Children come in the order the node sorted
// them (AppTreeQuery::sort), one page of a large supervisor at a time (TotalChildrenRole: how
// many it has).
//
// Keys: SupNode::key, so a path from the top is {app, top supervisor's id, ...}. Refreshes are
// differences (TreeRowModel::applyTree): expansion, selection and scroll survive them.
//
// Models are QtCore only, so the colours of a row come from the view: setAccents() gives the
// warning colour (a supervisor that did not answer) and the dimmed one (a child gone or not
// running) that Qt::ForegroundRole then answers. Without them the same rows still answer
// RowTableModel::LevelRole (Warning) and RankedTableModelBase::GoneRole (true), which
// GoneRowDelegate greys.
class SupTreeModel : public TreeRowModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Pid,
        Type,
        Processes,
        Memory,
        ReductionsPerSec,
        MessageQueue,
        Restart,
        Shutdown,
        Modules,
        Strategy,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SupTreeModel(QObject *parent = nullptr);

    void setTree(const AppTree &tree);
    void setFormatter(const TermFormatter &formatter);
    void clear();
    const AppTree &tree() const { return m_tree; }
    const TermFormatter &formatter() const { return m_formatter; }

    // The colours (QColor in a QVariant) of Qt::ForegroundRole for rows that warn and rows that
    // are dimmed; invalid: none.
    void setAccents(const QVariant &warning, const QVariant &dimmed);

    // The tree node of a row (any column), or nullptr.
    const SupNode *nodeAt(const QModelIndex &index) const;
    // The row's process ("<0.123.0>"); empty when it has none (not running, the linked group).
    QString pidAt(const QModelIndex &index) const;
    // Rows (column 0) whose label, pid, registered name or modules contain text, ignoring
    // case; every loaded row, in tree order (depth first, as the rows are drawn).
    QModelIndexList search(const QString &text) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;
    QString displayText(int column, const QVariant &raw) const override;

private:
    void apply();
    Node makeNode(const SupNode &n) const;
    QString toolTip(const QModelIndex &index, const SupNode &n) const;
    bool matches(const SupNode &n, const QString &text) const;
    void searchBelow(const SupNode &n, const QModelIndex &parent, const QString &text,
                     QModelIndexList *out) const;
    void emitForeground(const QModelIndex &parent);

    AppTree m_tree;
    TermFormatter m_formatter;
    QVariant m_warning, m_dimmed;
};

} // namespace beamtop
