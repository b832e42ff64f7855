// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuipage.h"
#include "tuitable.h"

#include "collect/apptree.h"

#include <QHash>
#include <QSet>

namespace beamtop {
class AppsTableModel;
class RowTableModel;
class SupTreeModel;
struct AppsSample;
} // namespace beamtop

namespace beamtop::tui {

// The node's applications with what their processes add up to (AppsTableModel), and one
// application's supervision tree opened under it (Enter or Right: AppTreeCollector,
// SupTreeModel; Right and Left open and close its supervisors): the desktop's Applications
// page in a terminal, on the same feeds and models. P, M, R, Q order the applications and
// the tree's children by processes, memory, reductions/s or message queue; N by name (the
// tree in start order). < and > page through a large supervisor's children.
class ApplicationsPage : public TuiPage
{
    Q_OBJECT
public:
    explicit ApplicationsPage(TuiScreen *screen);

    char key() const override { return '8'; }
    QString title() const override { return tr("Applications"); }
    void setSession(NodeSession *session) override;
    void render(Terminal &t, const QRect &area) override;
    bool handleKey(const Key &key) override;
    QVector<QPair<QString, QString>> keyHelp() const override;
    QString hint() const override;

    // The application whose tree is open; empty: none.
    QString openApp() const { return m_open; }
    void openTree(const QString &app); // empty closes it
    AppsTableModel *appsModel() const { return m_apps; }
    SupTreeModel *treeModel() const { return m_tree; }
    // The rows drawn: the applications, the open one's tree under it.
    RowTableModel *rows() const;

private:
    void onApps(const AppsSample &sample);
    void onTree(const AppTree &tree);
    void rebuild();
    void updateTreeQuery();
    void setSort(AppTreeQuery::Sort sort);
    // The next (1) or previous (-1) page of children of the supervisor selected (or of the
    // selected process's supervisor).
    void pageBy(int direction);
    // Opens the details of the tree row's process; false for a row without one.
    bool openProcessAt(int row);
    void clear();

    AppsTableModel *m_apps;
    SupTreeModel *m_tree;
    RowTableModel *m_rows; // the rows TuiTable draws (a model of this page's)
    TuiTable m_table;
    QString m_open;
    QSet<QString> m_expanded; // tree rows' paths (TuiTreeRows paths, the application first)
    QHash<QString, int> m_offsets; // a supervisor's pid text -> the offset of its children's page
    bool m_openTop = false;   // expand the top supervisor when the tree comes
    bool m_ascii = false;
    AppTreeQuery::Sort m_sort = AppTreeQuery::Sort::Memory;
    QString m_error, m_treeError;
    QString m_shownNode;
};

} // namespace beamtop::tui
