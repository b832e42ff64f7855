// SPDX-License-Identifier: GPL-3.0-or-later
#include "mnesiapage.h"

#include "format.h"
#include "historychartsbox.h"
#include "itemtableview.h"
#include "mnesiafactsmodel.h"
#include "mnesialocksmodel.h"
#include "mnesiatablesmodel.h"
#include "mnesiatransactionsmodel.h"
#include "noticebar.h"

#include "collect/mnesiacollector.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace beamtop {

namespace {

QLabel *placeholderLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// "12 held", "100 of 2,345 (the first 100)", "could not read: timed out", "none".
template <typename T>
QString listState(const MnesiaList<T> &list)
{
    if (!list.problem.isEmpty())
        return MnesiaFactsModel::tr("could not read: %1").arg(list.problem);
    if (list.total < 0)
        return MnesiaPage::tr("not read");
    if (list.total == 0)
        return MnesiaPage::tr("none");
    if (list.isCapped())
        return MnesiaPage::tr("the first %1 of %2").arg(Format::count(list.items.size()), Format::count(list.total));
    return Format::count(list.total);
}

} // namespace

MnesiaPage::MnesiaPage(QWidget *parent)
    : Page(parent),
      m_facts(new MnesiaFactsModel(this)),
      m_tables(new MnesiaTablesModel(this)),
      m_held(new MnesiaLocksModel(MnesiaLocksModel::Kind::Held, this)),
      m_queue(new MnesiaLocksModel(MnesiaLocksModel::Kind::Queued, this)),
      m_transactions(new MnesiaTransactionsModel(this))
{
    setFeeds({NodeSession::Feed::Mnesia});

    m_notice = new NoticeBar;
    m_notice->setObjectName(QStringLiteral("mnesiaNotice"));
    m_notice->hide();

    m_waiting = placeholderLabel(QStringLiteral("mnesiaWaiting"));

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_waiting);
    m_stack->addWidget(makeNotRunning());
    auto *scroll = new QScrollArea;
    scroll->setWidget(makeDatabase());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    setBody(body, false);
    clear();
}

MnesiaPage::~MnesiaPage() = default;

QWidget *MnesiaPage::makeNotRunning()
{
    m_notRunning = placeholderLabel(QStringLiteral("mnesiaNotRunning"));
    return m_notRunning;
}

QWidget *MnesiaPage::makeDatabase()
{
    m_factsView = new ItemTableView;
    m_factsView->setObjectName(QStringLiteral("mnesiaFacts"));
    m_factsView->setSourceModel(m_facts, false);
    auto *database = new QGroupBox(tr("Database"));
    auto *dv = new QVBoxLayout(database);
    dv->addWidget(m_factsView);
    dv->addStretch(1);

    m_charts = new HistoryChartsBox(tr("Transactions over time"));
    m_charts->setObjectName(QStringLiteral("mnesiaCharts"));
    m_charts->addChart(QStringLiteral("commits"), tr("Commits and log writes per second"), MetricUnit::PerSecond,
                       {{QStringLiteral("mnesia_commits_per_s"), tr("Commits")},
                        {QStringLiteral("mnesia_log_writes_per_s"), tr("Log writes")}});
    m_charts->addChart(QStringLiteral("trouble"), tr("Failures and restarts per second"), MetricUnit::PerSecond,
                       {{QStringLiteral("mnesia_failures_per_s"), tr("Failures")},
                        {QStringLiteral("mnesia_restarts_per_s"), tr("Restarts")}});

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setSpacing(12);
    grid->addWidget(database, 0, 0);
    grid->addWidget(m_charts, 0, 1);
    grid->addWidget(makeTables(), 1, 0, 1, 2);
    grid->addWidget(makeLocks(), 2, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(3, 1);
    return content;
}

QWidget *MnesiaPage::makeTables()
{
    m_hideSystem = new QCheckBox(tr("&Hide system tables"));
    m_hideSystem->setObjectName(QStringLiteral("hideSystemTables"));
    m_hideSystem->setToolTip(tr("Leave out Mnesia's own schema table"));
    m_hideSystem->setChecked(m_tables->hidesSystem());
    connect(m_hideSystem, &QCheckBox::toggled, this, [this](bool hide) {
        m_tables->setHideSystem(hide);
        updateCaptions();
    });

    m_contents = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Contents…"), this);
    m_contents->setObjectName(QStringLiteral("action_contents"));
    m_contents->setToolTip(tr("Read the selected table's rows from this node's copy, dirty: no lock, no transaction"));
    connect(m_contents, &QAction::triggered, this, [this] { requestContents(selectedTable()); });
    auto *contentsButton = new QToolButton;
    contentsButton->setDefaultAction(m_contents);
    contentsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_tablesCaption = new QLabel;
    m_tablesCaption->setObjectName(QStringLiteral("tablesCaption"));
    m_tablesCaption->setForegroundRole(QPalette::PlaceholderText);

    m_tablesView = new ItemTableView;
    m_tablesView->setObjectName(QStringLiteral("mnesiaTables"));
    m_tablesView->setSourceModel(m_tables, true);
    m_tablesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tablesView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tablesView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_tablesView->indexAt(pos);
        if (!at.isValid())
            return;
        m_tablesView->selectRow(at.row());
        QMenu *menu = createTableMenu(at.data(RowTableModel::KeyRole).toString(), this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_tablesView->viewport()->mapToGlobal(pos));
    });
    connect(m_tablesView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &at) { requestContents(at.data(RowTableModel::KeyRole).toString()); });
    connect(m_tablesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MnesiaPage::updateContentsAction);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_tablesCaption, 1);
    bar->addWidget(m_hideSystem);
    bar->addWidget(contentsButton);
    auto *box = new QGroupBox(tr("Tables"));
    auto *v = new QVBoxLayout(box);
    v->addLayout(bar);
    v->addWidget(m_tablesView);
    return box;
}

ItemTableView *MnesiaPage::listView(const QString &name, QAbstractItemModel *model, QLabel **caption)
{
    *caption = new QLabel;
    (*caption)->setObjectName(name + QStringLiteral("Caption"));
    (*caption)->setForegroundRole(QPalette::PlaceholderText);
    auto *view = new ItemTableView;
    view->setObjectName(name);
    view->setSourceModel(model, true);
    return view;
}

QWidget *MnesiaPage::makeLocks()
{
    m_heldView = listView(QStringLiteral("heldLocks"), m_held, &m_heldCaption);
    m_heldView->setColumnHidden(MnesiaLocksModel::WaitingFor, true); // a held lock waits for nothing
    m_queueView = listView(QStringLiteral("lockQueue"), m_queue, &m_queueCaption);
    m_transactionsView = listView(QStringLiteral("transactions"), m_transactions, &m_transactionsCaption);

    auto *box = new QGroupBox(tr("Locks and transactions"));
    auto *grid = new QGridLayout(box);
    const struct
    {
        QString title;
        QLabel *caption;
        ItemTableView *view;
    } parts[] = {{tr("Held locks"), m_heldCaption, m_heldView},
                 {tr("Lock queue"), m_queueCaption, m_queueView},
                 {tr("Ongoing transactions, oldest first"), m_transactionsCaption, m_transactionsView}};
    int column = 0;
    for (const auto &part : parts) {
        auto *title = new QLabel(QStringLiteral("<b>") + part.title.toHtmlEscaped() + QStringLiteral("</b>"));
        auto *head = new QHBoxLayout;
        head->addWidget(title);
        head->addWidget(part.caption, 1);
        grid->addLayout(head, 0, column);
        grid->addWidget(part.view, 1, column);
        ++column;
    }
    grid->setRowStretch(2, 1);
    return box;
}

void MnesiaPage::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->mnesia(), nullptr, this, nullptr);
    }
    m_session = session;
    followSession(session);
    const QString node = session ? session->nodeName() : QString();
    if (!session || node != m_shownNode)
        clear();
    m_shownNode = node;
    if (!session) {
        m_charts->setStore(nullptr);
        return;
    }
    m_charts->setStore(&session->history());
    MnesiaCollector *mnesia = session->mnesia();
    connect(mnesia, &MnesiaCollector::sampleReady, this, &MnesiaPage::onSample);
    connect(mnesia, &MnesiaCollector::failed, this, [this](const QString &error) {
        m_error = error;
        updateNotice();
    });
    connect(session, &NodeSession::historyAppended, this, [this](qint64, bool newMetrics) { m_charts->onHistory(newMetrics); });
    connect(session, &NodeSession::stateChanged, this, &MnesiaPage::updateNotice);
    showBody(true);
    if (mnesia->hasSample())
        onSample(mnesia->last());
    updateNotice();
}

void MnesiaPage::clear()
{
    m_sample = MnesiaSample();
    m_hasSample = false;
    m_error.clear();
    m_facts->clear();
    m_tables->clear();
    m_held->clear();
    m_queue->clear();
    m_transactions->clear();
    m_charts->clear();
    m_waiting->setText(tr("Reading Mnesia…"));
    m_stack->setCurrentWidget(m_waiting);
    m_notice->hide();
    updateCaptions();
    updateContentsAction();
    showBody(false);
}

void MnesiaPage::onSample(const MnesiaSample &sample)
{
    m_error.clear();
    m_sample = sample;
    m_hasSample = true;
    if (!sample.running) {
        // What was shown of a Mnesia that has since stopped would only mislead.
        m_facts->clear();
        m_tables->clear();
        m_held->clear();
        m_queue->clear();
        m_transactions->clear();
        updateNotRunning();
        m_stack->setCurrentWidget(m_notRunning);
    } else {
        const QString selected = selectedTable();
        m_facts->setSample(sample);
        m_tables->setSample(sample);
        m_held->setSample(sample);
        m_queue->setSample(sample);
        m_transactions->setSample(sample);
        m_stack->setCurrentIndex(2);
        if (!selected.isEmpty() && selectedTable() != selected)
            selectTable(selected); // the proxy may have re-sorted under it
    }
    updateCaptions();
    updateContentsAction();
    updateNotice();
}

void MnesiaPage::updateNotRunning()
{
    QString state;
    if (!m_sample.loaded)
        state = tr("Mnesia is not running on %1: the application is not loaded.").arg(m_shownNode);
    else if (!m_sample.status.isEmpty() && m_sample.status != QLatin1String("no"))
        state = tr("Mnesia is not running on %1 (it says: %2).").arg(m_shownNode, m_sample.status);
    else
        state = tr("Mnesia is not running on %1: it is loaded but not started.").arg(m_shownNode);
    m_notRunning->setText(state + QStringLiteral("\n\n")
                          + tr("When it runs, this page shows its database (running and stopped db nodes, this node's role, "
                               "schema and directory), each table with its storage, size, memory and replicas, the "
                               "transaction rates over time, and the locks and transactions in flight. Beamtop never "
                               "starts Mnesia; it looks again at every refresh."));
}

QString MnesiaPage::notRunningText() const
{
    return m_notRunning->text();
}

MnesiaPage::Shown MnesiaPage::shown() const
{
    if (m_stack->currentWidget() == m_notRunning)
        return Shown::NotRunning;
    if (m_stack->currentWidget() == m_waiting)
        return Shown::Waiting;
    return Shown::Database;
}

void MnesiaPage::updateCaptions()
{
    const int all = m_tables->tableCount();
    const int hidden = m_tables->hidesSystem() ? m_tables->systemCount() : 0;
    QString text;
    if (m_hasSample && m_sample.running) {
        text = tr("Tables: %1").arg(Format::count(all));
        if (hidden > 0)
            text += QStringLiteral(" · ") + tr("system tables hidden: %1").arg(Format::count(hidden));
    }
    if (m_hasSample && m_sample.running && m_sample.tablesTotal > all)
        text += QLatin1Char(' ') + tr("(the node has %1; the first %2 are listed)").arg(Format::count(m_sample.tablesTotal),
                                                                                      Format::count(all));
    m_tablesCaption->setText(text);
    m_heldCaption->setText(m_hasSample ? listState(m_sample.heldLocks) : QString());
    m_queueCaption->setText(m_hasSample ? listState(m_sample.lockQueue) : QString());
    m_transactionsCaption->setText(m_hasSample ? listState(m_sample.transactions) : QString());
}

QString MnesiaPage::tablesCaption() const
{
    return m_tablesCaption->text();
}

QString MnesiaPage::listCaption(const QString &which) const
{
    if (which == QLatin1String("held"))
        return m_heldCaption->text();
    if (which == QLatin1String("queue"))
        return m_queueCaption->text();
    return m_transactionsCaption->text();
}

QString MnesiaPage::selectedTable() const
{
    const QModelIndexList rows = m_tablesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RowTableModel::KeyRole).toString();
}

bool MnesiaPage::selectTable(const QString &name)
{
    QAbstractItemModel *shown = m_tablesView->model();
    for (int r = 0; r < shown->rowCount(); ++r) {
        if (shown->index(r, 0).data(RowTableModel::KeyRole).toString() == name) {
            m_tablesView->selectRow(r);
            return true;
        }
    }
    return false;
}

void MnesiaPage::updateContentsAction()
{
    const QString name = selectedTable();
    const MnesiaTable *t = name.isEmpty() ? nullptr : m_tables->table(name);
    m_contents->setEnabled(t && t->hasLocalCopy());
    if (!t)
        m_contents->setStatusTip(tr("Select a table to read its rows"));
    else if (!t->hasLocalCopy())
        m_contents->setStatusTip(tr("%1 has no copy on this node: its rows can only be read where it is held").arg(name));
    else
        m_contents->setStatusTip(m_contents->toolTip());
}

void MnesiaPage::requestContents(const QString &table)
{
    const MnesiaTable *t = table.isEmpty() ? nullptr : m_tables->table(table);
    // Only a local copy can be read dirty without a remote call.
    if (t && t->hasLocalCopy())
        emit openContents(table);
}

QMenu *MnesiaPage::createTableMenu(const QString &table, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("mnesiaTableMenu"));
    const MnesiaTable *t = m_tables->table(table);
    QAction *contents = menu->addAction(m_contents->icon(), m_contents->text(), this, [this, table] { requestContents(table); });
    contents->setObjectName(QStringLiteral("action_contents"));
    contents->setEnabled(t && t->hasLocalCopy());
    if (t && !t->hasLocalCopy())
        contents->setToolTip(tr("No copy of %1 on this node").arg(table));
    QAction *copyName = menu->addAction(tr("Copy Table &Name"), this, [table] { QApplication::clipboard()->setText(table); });
    copyName->setObjectName(QStringLiteral("action_copyname"));
    QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), m_tablesView, &ItemTableView::copy);
    copy->setObjectName(QStringLiteral("action_copy"));
    menu->addAction(tr("Copy &All Rows"), m_tablesView, &ItemTableView::copyAll);
    return menu;
}

void MnesiaPage::updateNotice()
{
    if (!m_session || m_session->state() != NodeSession::State::Live || m_error.isEmpty()) {
        m_notice->hide();
        return;
    }
    if (!m_session->mnesia()->isAvailable()) {
        // Not a passing failure: the collector's sentence says what is missing, for as long as
        // this link lasts.
        m_notice->showNotice(NoticeBar::Kind::Warning, m_error, m_session->agent()->reducedReason());
    } else {
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             m_hasSample ? tr("Could not read Mnesia: %1. What is shown is the last reading.").arg(m_error)
                                         : tr("Could not read Mnesia: %1").arg(m_error),
                             tr("Beamtop tries again at every refresh."));
    }
    m_notice->show();
    if (!m_hasSample)
        m_waiting->setText(tr("Nothing read yet."));
}

void MnesiaPage::staleChanged(bool stale)
{
    m_charts->setStale(stale);
    for (ItemTableView *v : {m_factsView, m_tablesView, m_heldView, m_queueView, m_transactionsView})
        v->viewport()->update();
}

QString MnesiaPage::copyText() const
{
    if (!m_hasSample)
        return {};
    if (!m_sample.running)
        return m_notRunning->text() + QLatin1Char('\n');
    QStringList parts;
    parts << tr("Database") + QLatin1Char('\n') + m_factsView->allText();
    parts << tr("Tables") + QLatin1Char('\n') + m_tablesView->allText();
    parts << tr("Held locks (%1)").arg(m_heldCaption->text()) + QLatin1Char('\n') + m_heldView->allText();
    parts << tr("Lock queue (%1)").arg(m_queueCaption->text()) + QLatin1Char('\n') + m_queueView->allText();
    parts << tr("Ongoing transactions (%1)").arg(m_transactionsCaption->text()) + QLatin1Char('\n')
                 + m_transactionsView->allText();
    return parts.join(QLatin1Char('\n'));
}

} // namespace beamtop
