// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

namespace beamtop::tui {

// A tree model (AllocTreeModel, SupTreeModel) as the flat rows a TuiTable draws: the rows of
// the expanded nodes, depth first, the first column indented under an expand mark. A row's
// key is its path from the top (the source's KeyRole at each level, joined by PathSeparator),
// so expansion and the table's selection survive refreshes. The rows are rebuilt once per
// event-loop turn after the source changes and applied as differences (applyRows).
class TuiTreeRows : public RowTableModel
{
    Q_OBJECT
public:
    static constexpr QChar PathSeparator = QChar(0x1f); // never in a key

    explicit TuiTreeRows(QAbstractItemModel *source, QObject *parent = nullptr);

    void setAscii(bool ascii);

    QString pathAt(int row) const;
    bool isExpandable(int row) const;
    bool isExpanded(int row) const;
    // Expands or collapses the node at path; the rows follow at once.
    void setExpanded(const QString &path, bool expanded);
    const QSet<QString> &expanded() const { return m_expanded; }
    // The source's index of a row (column 0), or invalid.
    QModelIndex sourceIndex(int row) const;
    static QString parentPath(const QString &path);

    // The rows below parent in source, depth first, for another model that mixes them with
    // rows of its own (the applications with one application's tree): columns[i] is the
    // source column of output column i (-1: empty), columns[0] the indented one.
    static void appendRows(const QAbstractItemModel *source, const QModelIndex &parent, const QString &parentPath,
                           int depth, const QSet<QString> &expanded, bool ascii, const QVector<int> &columns,
                           QVector<Row> *out);
    // The source index at path below the top of source, or invalid.
    static QModelIndex indexAtPath(const QAbstractItemModel *source, const QModelIndex &top, const QStringList &keys);

signals:
    // The rows were rebuilt (a page draws again).
    void rebuilt();

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;

private:
    void schedule();
    void rebuild();

    QPointer<QAbstractItemModel> m_source;
    QSet<QString> m_expanded;
    bool m_ascii = false;
    QTimer m_rebuild;
};

} // namespace beamtop::tui
