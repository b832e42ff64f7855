// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuipage.h"
#include "tuitable.h"

#include "collect/mnesiasample.h"

namespace beamtop {
class MnesiaFactsModel;
class MnesiaLocksModel;
class MnesiaTablesModel;
class MnesiaTransactionsModel;
} // namespace beamtop

namespace beamtop::tui {

// Mnesia on the node, when it runs there, on the same feed and models as the desktop's page:
// its tables (storage here, type, size, memory, replicas; the schema hidden unless s), the
// database's facts (f), or the locks held, the lock queue and the transactions in flight (l).
// A node without Mnesia gets one plain sentence saying so.
class MnesiaPage : public TuiPage
{
    Q_OBJECT
public:
    explicit MnesiaPage(TuiScreen *screen);

    char key() const override { return '7'; }
    QString title() const override { return tr("Mnesia"); }
    void setSession(NodeSession *session) override;
    void render(Terminal &t, const QRect &area) override;
    bool handleKey(const Key &key) override;
    QVector<QPair<QString, QString>> keyHelp() const override;
    QString hint() const override;

    enum class View { Tables, Facts, Locks };
    View view() const { return m_view; }
    MnesiaTablesModel *tablesModel() const { return m_tables; }

private:
    void onSample(const MnesiaSample &sample);
    void clear();
    void clearModels(); // every table's rows, the sample kept
    QString notRunningText() const;
    void renderLocks(Terminal &t, const QRect &area);
    TuiTable &focusedTable();

    MnesiaFactsModel *m_facts;
    MnesiaTablesModel *m_tables;
    MnesiaLocksModel *m_held;
    MnesiaLocksModel *m_queue;
    MnesiaTransactionsModel *m_transactions;
    TuiTable m_factsTable, m_tablesTable, m_heldTable, m_queueTable, m_transactionsTable;
    View m_view = View::Tables;

    MnesiaSample m_sample;
    bool m_hasSample = false;
    QString m_error;
    QString m_shownNode;
};

} // namespace beamtop::tui
