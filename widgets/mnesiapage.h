// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "collect/mnesiasample.h"

#include <QPointer>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QLabel;
class QMenu;
class QStackedWidget;

namespace beamtop {

class HistoryChartsBox;
class ItemTableView;
class MnesiaFactsModel;
class MnesiaLocksModel;
class MnesiaTablesModel;
class MnesiaTransactionsModel;
class NoticeBar;

// Mnesia on the node, when it runs there: the database (running and stopped db nodes, this
// node's role, schema location, directory, version, checkpoints, log dump thresholds), every
// table with its storage here, size, memory and replicas (the schema hidden unless asked), the
// transaction rates over the session's history, and the locks held, the lock queue and the
// transactions in flight, oldest first. Each of Mnesia's reads is timed on the node: what could
// not be read says so where it would be. A node without Mnesia gets one plain sentence saying
// so and what the page would show.
//
// A table's rows are read by the shared contents browser, which the window opens: this page
// only asks for it (openContents).
class MnesiaPage : public Page
{
    Q_OBJECT
public:
    explicit MnesiaPage(QWidget *parent = nullptr);
    ~MnesiaPage() override;

    void setSession(NodeSession *session) override;
    QString copyText() const override;

    // For tests.
    MnesiaFactsModel *factsModel() const { return m_facts; }
    MnesiaTablesModel *tablesModel() const { return m_tables; }
    MnesiaLocksModel *heldLocksModel() const { return m_held; }
    MnesiaLocksModel *lockQueueModel() const { return m_queue; }
    MnesiaTransactionsModel *transactionsModel() const { return m_transactions; }
    ItemTableView *tablesView() const { return m_tablesView; }
    QCheckBox *hideSystemBox() const { return m_hideSystem; }
    HistoryChartsBox *chartsBox() const { return m_charts; }
    NoticeBar *notice() const { return m_notice; }
    QAction *contentsAction() const { return m_contents; }
    // What the page shows now: nothing read yet, Mnesia not running, or the database.
    enum class Shown { Waiting, NotRunning, Database };
    Shown shown() const;
    QString notRunningText() const;
    QString tablesCaption() const;
    QString listCaption(const QString &which) const; // "held", "queue", "transactions"
    // The table selected (its name), or empty.
    QString selectedTable() const;
    bool selectTable(const QString &name);
    // The tables' context menu for a table, as right-click builds it; the caller owns it.
    QMenu *createTableMenu(const QString &table, QWidget *parent);

signals:
    // The user asked to read a table's rows (Contents…): the window opens the shared contents
    // browser (TableBrowser, Mnesia source) on it.
    void openContents(const QString &tableName);

protected:
    void staleChanged(bool stale) override;

private:
    QWidget *makeNotRunning();
    QWidget *makeDatabase();
    QWidget *makeTables();
    QWidget *makeLocks();
    ItemTableView *listView(const QString &name, QAbstractItemModel *model, QLabel **caption);

    void onSample(const MnesiaSample &sample);
    void updateNotice();
    void updateNotRunning();
    void updateCaptions();
    void updateContentsAction();
    void requestContents(const QString &table);
    void clear();

    QPointer<NodeSession> m_session;
    QString m_shownNode;
    MnesiaSample m_sample;
    bool m_hasSample = false;
    QString m_error; // the collector's last failure, until a sample comes

    MnesiaFactsModel *m_facts;
    MnesiaTablesModel *m_tables;
    MnesiaLocksModel *m_held;
    MnesiaLocksModel *m_queue;
    MnesiaTransactionsModel *m_transactions;

    NoticeBar *m_notice = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_notRunning = nullptr;
    ItemTableView *m_factsView = nullptr;
    ItemTableView *m_tablesView = nullptr;
    QLabel *m_tablesCaption = nullptr;
    QCheckBox *m_hideSystem = nullptr;
    QAction *m_contents = nullptr;
    HistoryChartsBox *m_charts = nullptr;
    ItemTableView *m_heldView = nullptr;
    ItemTableView *m_queueView = nullptr;
    ItemTableView *m_transactionsView = nullptr;
    QLabel *m_heldCaption = nullptr;
    QLabel *m_queueCaption = nullptr;
    QLabel *m_transactionsCaption = nullptr;
};

} // namespace beamtop
