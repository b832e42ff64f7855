// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/apptree.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace beamtop {

class SupTreeModel;

// One application's supervision tree, as the Applications page shows it under the table: the
// tree with each node's subtree totals, a search (name, pid, module; Enter or F3 goes to the
// next match and expands to it), the order of children (sorted on the node, so the heaviest of
// a large supervisor's children come first), a paging bar for a supervisor whose children come
// in pages, and a line saying how often the node allows a walk and how many of the
// application's processes are outside the tree. It says what the user chose (queryChanged) and
// leaves asking the node to the page. Expansion and selection survive refreshes: the model
// applies differences.
class AppTreeView : public QWidget
{
    Q_OBJECT
public:
    explicit AppTreeView(QWidget *parent = nullptr);

    SupTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *sortBox() const { return m_sortBox; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }

    void setFormatter(const TermFormatter &formatter);
    // Shows app's tree from now on (its atom text; empty: none), title being its name for
    // people; the pages of large supervisors start again from the first.
    void setApp(const QString &app, const QString &title);
    const QString &app() const { return m_app; }
    // How the applications table lists app() (a library application has no tree on the node,
    // yet runs; one only loaded has none either); listed false: not in the table.
    void setListedStatus(bool listed, AppRow::Status status)
    {
        m_listedRunning = listed && status == AppRow::Status::Running;
        m_listedLoaded = listed && status == AppRow::Status::Loaded;
    }
    bool hasTree() const { return m_hasTree; }
    // What the node should walk: the application, the order of children, the pages.
    AppTreeQuery query() const;
    void setSort(AppTreeQuery::Sort sort);

    // A walk of app() arrived. minIntervalMs: how far apart the node's budget spaces walks;
    // intervalMs: the refresh interval (the line speaks only when walks are spaced further).
    void showTree(const AppTree &tree, qint64 minIntervalMs, int intervalMs);
    // The tree could not be read; the last one read, if any, stays.
    void showFailure(const QString &error);
    void clear();

    // Makes the next node matching the search text after the current one current (wrapping),
    // expanding its ancestors. False when nothing loaded matches.
    bool findNext();
    void focusSearch();
    // The sentence shown in place of the tree (waiting, not running, failed), or empty.
    QString stateText() const;
    QString searchStatus() const;
    QString pagingText() const;
    QString infoText() const; // the line under the tree, as plain text
    bool isPagingShown() const;

    // The node of the current row, or nullptr.
    const SupNode *currentNode() const;
    // The tree as text: one line per visible row, indented, tab-separated exact values.
    QString copyText() const;

signals:
    // The sort or a page changed: the page sends query() to the node.
    void queryChanged();
    // "Show in Processes": the Processes page filtered by this word (app:NAME).
    void showProcesses(const QString &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyAccents();
    QWidget *makeBar();
    QWidget *makePaging();
    void showState(const QString &text);
    void updatePaging();
    void updateInfo();
    void updateSortIndicator();
    void pageBy(int direction);
    // The supervisor whose page the bar steps through: the current node when its children are
    // paged, else its parent when those are.
    QModelIndex pagedSupervisor() const;

    SupTreeModel *m_model;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_state = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchStatus = nullptr;
    QComboBox *m_sortBox = nullptr;
    QWidget *m_paging = nullptr;
    QLabel *m_pagingLabel = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_info = nullptr;

    QString m_app;
    QString m_title;
    AppTree m_last;
    bool m_hasTree = false;
    bool m_listedRunning = false;
    bool m_listedLoaded = false;
    bool m_expanded = false; // the top levels were expanded once for this application
    qint64 m_minIntervalMs = 0;
    int m_intervalMs = 0;
    QString m_lastSearch; // the text the last match was found for
    AppTreeQuery::Sort m_sort = AppTreeQuery::Sort::Start;
    QHash<QString, int> m_offsets; // supervisor pid -> offset of its children's page
};

} // namespace beamtop
