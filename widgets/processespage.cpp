// SPDX-License-Identifier: GPL-3.0-or-later
#include "processespage.h"

#include "collect/processcollector.h"
#include "format.h"
#include "gonerowdelegate.h"
#include "session/nodesession.h"
#include "keyselection.h"
#include "noticebar.h"
#include "processactions.h"
#include "processdetailshtml.h"
#include "processdetailswindow.h"
#include "processestoolbar.h"
#include "export/processexport.h"
#include "processtablemodel.h"
#include "rankedtableview.h"
#include "rankingstatusline.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>

namespace beamtop {

namespace {
RankedTablePage::Names names()
{
    RankedTablePage::Names n;
    n.table = QStringLiteral("processTable");
    n.notice = QStringLiteral("processesNotice");
    n.status = QStringLiteral("processesStatus");
    n.exportCaption = ProcessesPage::tr("Export processes");
    n.exportStem = QStringLiteral("processes");
    n.copyKeys = ProcessesPage::tr("Copy Pid");
    return n;
}
} // namespace

ProcessesPage::ProcessesPage(QWidget *parent) : ProcessesPage(new ProcessTableModel, new ProcessesToolbar, parent) {}

ProcessesPage::ProcessesPage(ProcessTableModel *model, ProcessesToolbar *toolbar, QWidget *parent)
    : RankedTablePage(model, toolbar, names(), parent), m_model(model), m_toolbar(toolbar), m_actions(new ProcessActions(this))
{
    setFeeds({NodeSession::Feed::Processes});
    m_table->setItemDelegate(new GoneRowDelegate(m_table)); // exited processes greyed
    m_table->setColumnWidths({9, 18, 18, 18, 8, 9, 9, 7, 8, 8, 10, 8, 8});
    createSortActions();
    layOut(m_table);
    connect(m_toolbar, &ProcessesToolbar::budgetChanged, this, [this](double fraction) {
        if (m_session)
            m_session->agent()->setBudget(fraction);
    });
    connect(m_actions, &ProcessActions::finished, this, [this](bool ok, const QString &message) {
        m_notice->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning, message);
        updateQuery(true); // show what the action did now
    });
    updateSortIndicator();
    updateColumns();
    updateReadOnly();
    updateStatus();
}

ProcessesPage::~ProcessesPage()
{
    m_details.closeAll();
}

void ProcessesPage::createSortActions()
{
    struct SortKey
    {
        int column;
        Qt::Key key;
        const char *text;
    };
    const SortKey keys[] = {
        {ProcessTableModel::Memory, Qt::Key_M, QT_TR_NOOP("Rank by &Memory")},
        {ProcessTableModel::Reductions, Qt::Key_R, QT_TR_NOOP("Rank by &Reductions")},
        {ProcessTableModel::ReductionsPerS, Qt::Key_S, QT_TR_NOOP("Rank by Reductions per &Second")},
        {ProcessTableModel::MessageQueueLen, Qt::Key_Q, QT_TR_NOOP("Rank by Message &Queue")},
        {ProcessTableModel::BinaryMemory, Qt::Key_B, QT_TR_NOOP("Rank by &Binary Memory")},
        {ProcessTableModel::TotalHeapSize, Qt::Key_T, QT_TR_NOOP("Rank by &Total Heap")},
    };
    // Alt+letter, active only while this page is shown (the main window's menus own Alt+F, E,
    // V and H).
    for (const SortKey &k : keys) {
        auto *a = new QAction(tr(k.text), this);
        a->setObjectName(QStringLiteral("sort%1").arg(k.column));
        a->setShortcut(QKeySequence(Qt::ALT | k.key));
        const int column = k.column;
        connect(a, &QAction::triggered, this, [this, column] { sortByColumn(column); });
        addAction(a);
    }
}

QDoubleSpinBox *ProcessesPage::budgetBox() const
{
    return m_toolbar->budgetBox();
}

QStringList ProcessesPage::selectedPids() const
{
    return selectedKeys();
}

void ProcessesPage::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->processes(), nullptr, this, nullptr);
        disconnect(m_session->agent(), nullptr, this, nullptr);
    }
    m_actions->setSession(session);
    m_cost = -1;
    adoptSession(session, [this] { m_table->clearRows([this] { m_model->clear(); }); });
    if (session) {
        m_model->setFormatter(session->formatter());
        connect(session->processes(), &ProcessCollector::pageReady, this, &ProcessesPage::onPage);
        connect(session->processes(), &ProcessCollector::failed, this, &ProcessesPage::onFailed);
        connect(session, &NodeSession::agentCostUpdated, this, [this](double fraction) {
            m_cost = fraction;
            updateStatus();
        });
        connect(session, &NodeSession::formatterChanged, this, [this] { m_model->setFormatter(m_session->formatter()); });
        connect(session, &NodeSession::sampleReady, this, [this](const SystemSample &s) { m_model->setWordSize(int(s.wordsize)); });
    }
    settleSession();
}

bool ProcessesPage::sortByColumn(int column)
{
    ProcessQuery::Sort sort;
    ProcessQuery::Mode mode = ProcessQuery::Mode::Absolute;
    if (!ProcessTableModel::rankable(column, &sort, &mode))
        return false;
    if (m_model->lastPage().reducedMode)
        return false; // without the agent there is no ranking: rows stay in pid order
    // Reductions/s is the window mode on reductions, Reductions its total; the other metrics
    // keep whichever mode the Sliding Window toggle says.
    if (column == ProcessTableModel::ReductionsPerS)
        m_mode = ProcessQuery::Mode::Window;
    else if (column == ProcessTableModel::Reductions)
        m_mode = ProcessQuery::Mode::Absolute;
    m_sort = sort;
    m_toolbar->showWindowMode(m_mode == ProcessQuery::Mode::Window);
    applyRanking();
    return true;
}

void ProcessesPage::setWindowMode(bool on)
{
    const ProcessQuery::Mode mode = on ? ProcessQuery::Mode::Window : ProcessQuery::Mode::Absolute;
    m_toolbar->showWindowMode(on);
    if (mode == m_mode)
        return;
    m_mode = mode;
    applyRanking();
}

void ProcessesPage::applyRanking()
{
    if (m_sort == m_model->sort() && m_mode == m_model->mode() && m_filterText == m_model->filter())
        return;
    m_table->changeRanking([this] { m_model->setRanking(m_sort, m_mode, m_filterText); });
    updateSortIndicator();
    updateColumns();
    updateStatus();
    updateQuery();
}

void ProcessesPage::updateSortIndicator()
{
    m_table->horizontalHeader()->setSortIndicator(ProcessTableModel::columnFor(m_sort, m_mode), Qt::DescendingOrder);
}

void ProcessesPage::updateColumns()
{
    // The window's change column says something the other columns do not, except for
    // reductions, whose rate has its own column.
    m_table->setColumnHidden(ProcessTableModel::WindowChange,
                             m_mode != ProcessQuery::Mode::Window || m_sort == ProcessQuery::Sort::Reductions);
}

void ProcessesPage::updateQuery(bool now)
{
    if (!m_session || !m_session->isLive())
        return;
    const RankedTableView::Rows rows = m_table->wantedRows();
    ProcessQuery q;
    q.sort = m_sort;
    q.mode = m_mode;
    q.filter = m_filterText;
    q.offset = rows.offset;
    q.limit = rows.limit;
    q.intervalMs = m_session->refreshIntervalMs();
    for (const Term &pid : m_table->pinned())
        q.pinned.append(pid.nodeId());
    // Other rows or another ranking are fetched at once; the tick refreshes them after.
    m_session->processes()->setQuery(q, now);
}

void ProcessesPage::onPage(const ProcessRanking &page)
{
    m_error.clear();
    if (!m_table->applyPage([&] { return m_model->applyPage(page); }))
        return;
    if (page.reducedMode) {
        const QString why = m_session ? m_session->agent()->reducedReason() : QString();
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             tr("Rows are in pid order: ranking and filtering need Beamtop's agent, which is not loaded on this node."),
                             why);
    } else if (m_notice->kind() == NoticeBar::Kind::Error || m_notice->kind() == NoticeBar::Kind::Warning) {
        if (m_notice->text().startsWith(tr("Rows are in pid order")) || m_notice->text().startsWith(tr("The process list")))
            m_notice->clear();
    }
    const bool reduced = page.reducedMode;
    m_table->horizontalHeader()->setSectionsClickable(!reduced);
    m_table->horizontalHeader()->setSortIndicatorShown(!reduced);
    m_toolbar->setReducedMode(reduced);
    updateStatus();
}

void ProcessesPage::onFailed(const QString &error)
{
    m_error = error;
    m_notice->showNotice(NoticeBar::Kind::Warning,
                         tr("The process list could not be read from %1; showing the last rows read.").arg(m_shownNode), error);
    updateStatus();
}

void ProcessesPage::updateStatus()
{
    if (!m_session) {
        m_status->showNotConnected();
        return;
    }
    const ProcessRanking &p = m_model->lastPage();
    QStringList parts = countParts(p, !m_filterText.isEmpty(), tr("%L1 processes"), tr("%L1 of %L2 processes match"));
    parts << m_status->rankingParts(p, m_mode == ProcessQuery::Mode::Window,
                                    tr("The node has looked at %L1 of %L2 processes"), true);
    if (!p.reducedMode) {
        const QString budget = Format::percent(m_toolbar->budgetPercent() / 100.0);
        parts << (m_cost >= 0 ? tr("agent: %1 of one scheduler (budget %2)").arg(Format::percent(m_cost, 2), budget)
                              : tr("agent budget %1 of one scheduler").arg(budget));
    }
    finishStatus(parts, [this](const QString &pid) {
        const ProcessRow *r = m_model->rowForPid(pid);
        if (!r)
            return QString();
        return r->exited() ? tr("selected: %1 has exited").arg(m_model->describe(*r))
                           : tr("selected: %1, %2, queue %3").arg(m_model->describe(*r), Format::bytes(r->memory),
                                                                   Format::count(r->messageQueueLen));
    });
}

QString ProcessesPage::describeRow(int row) const
{
    const ProcessRow *r = m_model->rowAt(row);
    return r ? m_model->describe(*r) : QString();
}

ProcessDetailsWindow *ProcessesPage::openDetails(const Term &pid, const QString &description)
{
    if (!m_session || !pid.isPid())
        return nullptr;
    const QString key = ProcessDetailsHtml::href(pid);
    if (ProcessDetailsWindow *w = m_details.raise(key))
        return w;
    QString what = description;
    if (what.isEmpty()) {
        const QString text = m_session->formatter().format(pid);
        const ProcessRow *r = m_model->rowForPid(text);
        what = r ? m_model->describe(*r) : text;
    }
    auto *w = new ProcessDetailsWindow(m_session, pid, what, window());
    connect(w, &ProcessDetailsWindow::openProcess, this, [this](const Term &p) { openDetails(p); });
    m_details.insert(key, w);
    w->show();
    return w;
}

void ProcessesPage::openEntity(const Term &pid, int row)
{
    openDetails(pid, describeRow(row));
}

QList<ProcessDetailsWindow *> ProcessesPage::detailsWindows() const
{
    return m_details.windows();
}

void ProcessesPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->rowForMenu(pos);
    if (!index.isValid())
        return;
    // The menu holds the pid, not the row: a refresh that re-sorts under it changes nothing.
    const Term pid = index.data(ProcessTableModel::PidRole).value<Term>();
    const QString what = describeRow(index.row());
    QMenu *menu = startMenu(QStringLiteral("processMenu"), [this, pid, what] { openDetails(pid, what); });
    QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Pid"), this,
                                    [pid, this] { QApplication::clipboard()->setText(m_session ? m_session->formatter().format(pid) : QString()); });
    copy->setObjectName(QStringLiteral("action_copypid"));
    menu->addSeparator();
    m_actions->addTo(menu, pid, what);
    popUpMenu(menu, pos);
}

ProcessExport *ProcessesPage::runningExport() const
{
    return qobject_cast<ProcessExport *>(m_export.data());
}

void ProcessesPage::exportTable(const QString &path)
{
    if (!m_session || exportRunning())
        return;
    ProcessQuery ranking;
    ranking.sort = m_sort;
    ranking.mode = m_mode;
    ranking.filter = m_filterText;
    ranking.intervalMs = m_session->refreshIntervalMs();
    auto *job = new ProcessExport(m_session->agent(), ranking, m_session->formatter(), m_session->nodeName(), this);
    runExport(job, tr("Exporting the processes of %1…").arg(m_session->nodeName()), path);
}

} // namespace beamtop
