// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"
#include "windowset.h"

#include "collect/apptree.h"

#include <QMenu>
#include <QPointer>

class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;

namespace beamtop {

class AppTreeView;
class AppsTableModel;
class ItemTableView;
class NoticeBar;
class ProcessActions;
class ProcessDetailsWindow;

// Every application of the node — running, starting or only loaded — with what its processes
// add up to (attributed by group leader and summed by the agent's background sweep, never a
// scan per refresh), and below it the supervision tree of the application opened (double-click
// or Enter; selecting another application then switches the tree), each node with its
// subtree's totals. The "(no application)" row and the tree's "Show in Processes" hand the
// Processes page a filter (app:none, app:NAME); right-click on a process in the tree gives the
// Processes page's menu, with its read-only rule. Needs Beamtop's agent; without it the page
// says why.
class ApplicationsPage : public Page
{
    Q_OBJECT
public:
    explicit ApplicationsPage(QWidget *parent = nullptr);
    ~ApplicationsPage() override;

    void setSession(NodeSession *session) override;
    QString copyText() const override;

    // For tests.
    AppsTableModel *appsModel() const { return m_apps; }
    ItemTableView *appsView() const { return m_appsView; }
    QLineEdit *filterEdit() const { return m_filter; }
    AppTreeView *treeView() const { return m_tree; }
    NoticeBar *notice() const { return m_notice; }
    ProcessActions *processActions() const { return m_actions; }
    QString statusText() const;

    // The application (its key: the atom's text, or AppsTableModel::outsideKey()) selected in
    // the table, or empty; selectApp makes it current, false when it is not listed.
    QString selectedApp() const;
    bool selectApp(const QString &key);
    // Opens the tree of an application (the outside row: the Processes page with app:none).
    void openApp(const QString &key);
    // The application whose tree is shown, or empty.
    QString openedApp() const;

    // The menu right-click gives on a tree row (nullptr for a row without a process); the
    // caller owns it. contextMenu(): the one right-click opened last, while it is open.
    QMenu *createProcessMenu(const QModelIndex &treeIndex, QWidget *parent);
    QMenu *contextMenu() const { return m_menu; }
    ProcessDetailsWindow *openDetails(const Term &pid, const QString &description = {});
    QList<ProcessDetailsWindow *> detailsWindows() const;

signals:
    // The Processes page, filtered by this word (app:NAME, app:none): the window shows it.
    void showProcesses(const QString &filter);

protected:
    void staleChanged(bool stale) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeApps();
    void onSample(const AppsSample &sample);
    void onAppsFailed(const QString &error);
    void onTree(const AppTree &tree);
    void onTreeFailed(const QString &error);
    void sendQuery();
    void openTreeRow(const QModelIndex &at); // its process's details
    void updateNotice();
    void updateStatus();
    void clear();
    QString titleOf(const QString &key) const;

    QPointer<NodeSession> m_session;
    QString m_shownNode;
    bool m_hasSample = false;
    QString m_error; // the list's last failure, until a sample comes

    AppsTableModel *m_apps;
    QSortFilterProxyModel *m_filterProxy;
    ProcessActions *m_actions;
    NoticeBar *m_notice = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_status = nullptr;
    ItemTableView *m_appsView = nullptr;
    AppTreeView *m_tree = nullptr;
    QSplitter *m_splitter = nullptr;
    QPointer<QMenu> m_menu;
    WindowSet<ProcessDetailsWindow> m_details; // by link identity
};

} // namespace beamtop
