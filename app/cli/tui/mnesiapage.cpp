// SPDX-License-Identifier: GPL-3.0-or-later
#include "mnesiapage.h"

#include "tuiparts.h"

#include "format.h"
#include "mnesiafactsmodel.h"
#include "mnesialocksmodel.h"
#include "mnesiatablesmodel.h"
#include "mnesiatransactionsmodel.h"

#include "collect/mnesiacollector.h"
#include "session/nodesession.h"

namespace beamtop::tui {

MnesiaPage::MnesiaPage(TuiScreen *screen)
    : TuiPage(screen),
      m_facts(new MnesiaFactsModel(this)),
      m_tables(new MnesiaTablesModel(this)),
      m_held(new MnesiaLocksModel(MnesiaLocksModel::Kind::Held, this)),
      m_queue(new MnesiaLocksModel(MnesiaLocksModel::Kind::Queued, this)),
      m_transactions(new MnesiaTransactionsModel(this))
{
    setFeeds({int(NodeSession::Feed::Mnesia)});
    m_factsTable.setModel(m_facts);
    m_tablesTable.setModel(m_tables);
    m_tablesTable.setColumns({MnesiaTablesModel::Name, MnesiaTablesModel::Storage, MnesiaTablesModel::Size,
                              MnesiaTablesModel::Memory, MnesiaTablesModel::Type, MnesiaTablesModel::RamCopies,
                              MnesiaTablesModel::DiscCopies, MnesiaTablesModel::DiscOnlyCopies,
                              MnesiaTablesModel::WhereToRead, MnesiaTablesModel::Majority, MnesiaTablesModel::Indexes,
                              MnesiaTablesModel::LoadReason});
    m_heldTable.setModel(m_held);
    // A held lock waits for nothing.
    m_heldTable.setColumns({MnesiaLocksModel::Table, MnesiaLocksModel::Key, MnesiaLocksModel::Lock,
                            MnesiaLocksModel::Transaction, MnesiaLocksModel::Process});
    m_queueTable.setModel(m_queue);
    m_transactionsTable.setModel(m_transactions);
}

void MnesiaPage::setSession(NodeSession *s)
{
    if (NodeSession *old = session()) {
        disconnect(old, nullptr, this, nullptr);
        disconnect(old->mnesia(), nullptr, this, nullptr);
    }
    TuiPage::setSession(s);
    const QString node = s ? s->nodeName() : QString();
    if (!s || node != m_shownNode)
        clear(); // another node's database must not stay
    m_shownNode = node;
    if (s) {
        MnesiaCollector *mnesia = s->mnesia();
        connect(mnesia, &MnesiaCollector::sampleReady, this, &MnesiaPage::onSample);
        connect(mnesia, &MnesiaCollector::failed, this, [this](const QString &error) {
            m_error = error;
            emit changed();
        });
        connect(s, &NodeSession::stateChanged, this, [this] { emit changed(); });
        if (mnesia->hasSample())
            onSample(mnesia->last());
    }
    emit changed();
}

void MnesiaPage::clear()
{
    m_sample = MnesiaSample();
    m_hasSample = false;
    m_error.clear();
    clearModels();
}

void MnesiaPage::clearModels()
{
    m_facts->clear();
    m_tables->clear();
    m_held->clear();
    m_queue->clear();
    m_transactions->clear();
}

void MnesiaPage::onSample(const MnesiaSample &sample)
{
    m_error.clear();
    m_sample = sample;
    m_hasSample = true;
    if (!sample.running) {
        // What was shown of a Mnesia that has since stopped would only mislead.
        clearModels();
    } else {
        m_facts->setSample(sample);
        m_tables->setSample(sample);
        m_held->setSample(sample);
        m_queue->setSample(sample);
        m_transactions->setSample(sample);
    }
    emit changed();
}

QString MnesiaPage::notRunningText() const
{
    QString state;
    if (!m_sample.loaded)
        state = tr("Mnesia is not running on %1: the application is not loaded.").arg(m_shownNode);
    else if (!m_sample.status.isEmpty() && m_sample.status != QLatin1String("no"))
        state = tr("Mnesia is not running on %1 (it says: %2).").arg(m_shownNode, m_sample.status);
    else
        state = tr("Mnesia is not running on %1: it is loaded but not started.").arg(m_shownNode);
    return state + QStringLiteral("\n\n")
        + tr("When it runs, this page shows its tables with their storage, size, memory and replicas, the "
             "database (db nodes, this node's role, schema and directory), and the locks and transactions in "
             "flight. Beamtop never starts Mnesia; it looks again at every refresh.");
}

void MnesiaPage::render(Terminal &t, const QRect &area)
{
    if (!m_hasSample || !m_sample.running) {
        TuiParts::titleLine(t, area.left(), area.top(), area.width(), tr("Mnesia"), {});
        const QRect body(area.left(), area.top() + 2, area.width(), area.height() - 2);
        QString text;
        if (!m_hasSample && !m_error.isEmpty())
            text = tr("Mnesia could not be read: %1").arg(m_error);
        else if (!m_hasSample)
            text = TuiParts::waitingText(session(), tr("Reading Mnesia…"));
        else
            text = notRunningText();
        TuiParts::paragraph(t, body, text, m_hasSample || m_error.isEmpty() ? Role::Dim : Role::Warning);
        return;
    }

    QStringList parts;
    if (!m_sample.runningDbNodes.isEmpty() || !m_sample.dbNodes.isEmpty())
        parts << tr("%1 of %2 db nodes running").arg(m_sample.runningDbNodes.size()).arg(m_sample.dbNodes.size());
    if (m_sample.role != MnesiaSample::Role::Unknown)
        parts << (m_sample.role == MnesiaSample::Role::DiscNode ? tr("disc node") : tr("RAM node"));
    if (m_sample.commits >= 0)
        parts << tr("%1 commits, %2 failures")
                     .arg(Format::count(m_sample.commits), Format::count(qMax<qint64>(0, m_sample.failures)));
    if (m_sample.heldLocks.isRead())
        parts << tr("%1 locks held").arg(Format::count(m_sample.heldLocks.total));
    if (m_sample.transactions.isRead())
        parts << tr("%1 transactions").arg(Format::count(m_sample.transactions.total));
    if (!m_error.isEmpty())
        parts << tr("last read failed: %1").arg(m_error);
    TuiParts::titleLine(t, area.left(), area.top(), area.width(), tr("Mnesia"), parts);

    const QRect body(area.left(), area.top() + 1, area.width(), area.height() - 1);
    if (body.height() <= 1)
        return;
    switch (m_view) {
    case View::Tables: {
        const int total = m_tables->tableCount();
        const int system = m_tables->systemCount();
        QString line = m_tables->hidesSystem() && system > 0
            ? tr("%Ln tables (%1 system hidden: s shows them)", nullptr, total).arg(system)
            : tr("%Ln tables", nullptr, total);
        if (m_sample.tablesTotal > total)
            line += QStringLiteral(" · ") + tr("the first %1 of %2").arg(total).arg(m_sample.tablesTotal);
        t.text(body.left(), body.top(), line, Role::Dim, body.width());
        m_tablesTable.render(t, body.adjusted(0, 1, 0, 0));
        break;
    }
    case View::Facts:
        t.text(body.left(), body.top(), tr("Database"), Role::Dim, body.width());
        m_factsTable.render(t, body.adjusted(0, 1, 0, 0));
        break;
    case View::Locks:
        renderLocks(t, body);
        break;
    }
}

void MnesiaPage::renderLocks(Terminal &t, const QRect &area)
{
    // Three lists, a third each; an empty one is one line saying so.
    struct Part
    {
        QString title;
        TuiTable *table;
        int rows;
    };
    auto caption = [this](const QString &what, qint64 total, int shown, const QString &problem) {
        if (!problem.isEmpty())
            return tr("%1: could not read: %2").arg(what, problem);
        if (total > shown)
            return tr("%1: %2 (the first %3)").arg(what, Format::count(total)).arg(shown);
        return tr("%1: %2").arg(what, Format::count(qMax<qint64>(0, total)));
    };
    const QVector<Part> parts{
        {caption(tr("Locks held"), m_sample.heldLocks.total, int(m_sample.heldLocks.items.size()), m_sample.heldLocks.problem),
         &m_heldTable, m_held->rowCount()},
        {caption(tr("Lock queue"), m_sample.lockQueue.total, int(m_sample.lockQueue.items.size()), m_sample.lockQueue.problem),
         &m_queueTable, m_queue->rowCount()},
        {caption(tr("Transactions in flight, oldest first"), m_sample.transactions.total,
                 int(m_sample.transactions.items.size()), m_sample.transactions.problem),
         &m_transactionsTable, m_transactions->rowCount()},
    };
    const int each = area.height() / 3;
    int y = area.top();
    for (int i = 0; i < parts.size(); ++i) {
        const Part &p = parts.at(i);
        const int height = i == parts.size() - 1 ? area.bottom() - y + 1 : each;
        if (height <= 0)
            break;
        t.text(area.left(), y, p.title, Role::Header, area.width());
        if (p.rows > 0 && height > 2)
            p.table->render(t, QRect(area.left(), y + 1, area.width(), height - 1));
        y += height;
    }
}

TuiTable &MnesiaPage::focusedTable()
{
    switch (m_view) {
    case View::Facts: return m_factsTable;
    case View::Locks: return m_transactionsTable;
    case View::Tables: break;
    }
    return m_tablesTable;
}

bool MnesiaPage::handleKey(const Key &key)
{
    auto show = [this](View v) {
        m_view = v;
        emit changed();
        return true;
    };
    if (key.isChar(U't'))
        return show(View::Tables);
    if (key.isChar(U'f'))
        return show(View::Facts);
    if (key.isChar(U'l'))
        return show(View::Locks);
    if (key.isChar(U's')) {
        m_tables->setHideSystem(!m_tables->hidesSystem());
        m_view = View::Tables;
        emit changed();
        return true;
    }
    if (focusedTable().handleKey(key)) {
        emit changed();
        return true;
    }
    return false;
}

QVector<QPair<QString, QString>> MnesiaPage::keyHelp() const
{
    return {{QStringLiteral("t"), tr("the tables")},
            {QStringLiteral("f"), tr("the database: db nodes, role, directory, version, counters")},
            {QStringLiteral("l"), tr("the locks held, the lock queue and the transactions in flight")},
            {QStringLiteral("s"), tr("show or hide the system tables (the schema)")}};
}

QString MnesiaPage::hint() const
{
    return tr("t tables · f database · l locks · s system tables");
}

} // namespace beamtop::tui
