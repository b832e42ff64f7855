#include "processespage.h"

#include "filechooser.h"
#include "collect/processcollector.h"
#include "format.h"
#include "session/nodesession.h"
#include "noticebar.h"
#include "pidselection.h"
#include "processactions.h"
#include "processdetailshtml.h"
#include "processdetailswindow.h"
#include "processestoolbar.h"
#include "export/processexport.h"
#include "processtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QProgressDialog>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace beamtop {

namespace {
constexpr int ViewportSettleMs = 40; // scrolling fetches at most this often
constexpr int MaxPinned = 100;
constexpr int MaxPageRows = 500; // the agent's cap

// Rows of processes that have exited are drawn as disabled: greyed in every style and palette.
class ExitedRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ProcessTableModel::ExitedRole).toBool()) {
            option->state &= ~QStyle::State_Enabled;
            option->font.setItalic(true);
        }
    }
};
} // namespace

ProcessesPage::ProcessesPage(QWidget *parent)
    : Page(parent), m_model(new ProcessTableModel(this)), m_actions(new ProcessActions(this))
{
    setFeeds({NodeSession::Feed::Processes});
    m_toolbar = new ProcessesToolbar(this);
    m_notice = new NoticeBar(this);
    m_notice->setObjectName(QStringLiteral("processesNotice"));
    createTable();
    m_selection = new PidSelection(m_model, m_table->selectionModel(), this);
    createStatusLine();
    layOut();
    createActions();
    connectParts();
    updateSortIndicator();
    updateColumns();
    updateReadOnly();
    updateStatus();
}

ProcessesPage::~ProcessesPage()
{
    // The details windows belong to the main window; they outlive the page only until it goes.
    for (const auto &w : qAsConst(m_details)) {
        if (w)
            w->close();
    }
}

void ProcessesPage::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("processTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ExitedRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // A million rows: every row the same height, nothing measured per row.
    QHeaderView *vh = m_table->verticalHeader();
    vh->hide();
    vh->setSectionResizeMode(QHeaderView::Fixed);
    vh->setMinimumSectionSize(fontMetrics().height() + 4);
    vh->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *hh = m_table->horizontalHeader();
    hh->setSectionsClickable(true);
    hh->setSortIndicatorShown(true);
    hh->setHighlightSections(false);
    hh->setStretchLastSection(true);
    hh->setSectionsMovable(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[ProcessTableModel::ColumnCount] = {9, 18, 18, 18, 8, 9, 9, 7, 8, 8, 10, 8, 8};
    for (int c = 0; c < ProcessTableModel::ColumnCount; ++c)
        hh->resizeSection(c, widths[c] * em);
    m_table->viewport()->installEventFilter(this);
}

void ProcessesPage::createStatusLine()
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("processesStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sweep = new QProgressBar(this);
    m_sweep->setObjectName(QStringLiteral("sweepProgress"));
    m_sweep->setMaximumWidth(260);
    m_sweep->setFormat(tr("Ranking: %v of %m"));
    m_sweep->setVisible(false);
}

void ProcessesPage::layOut()
{
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 6);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_sweep);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
}

void ProcessesPage::connectParts()
{
    connect(m_toolbar, &ProcessesToolbar::filterChanged, this, [this](const QString &text) {
        if (text != m_filterText) {
            m_filterText = text;
            applyRanking();
        }
    });
    connect(m_toolbar, &ProcessesToolbar::windowModeChanged, this, &ProcessesPage::setWindowMode);
    connect(m_toolbar, &ProcessesToolbar::budgetChanged, this, [this](double fraction) {
        if (m_session)
            m_session->agent()->setBudget(fraction);
    });
    connect(m_toolbar, &ProcessesToolbar::exportRequested, this, &ProcessesPage::exportAs);

    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        sortByColumn(column);
        updateSortIndicator(); // also after a click on a column the node cannot rank
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ProcessTableModel::LoadedRole).toBool())
            openDetails(index.data(ProcessTableModel::PidRole).value<Term>(), describeRow(index.row()));
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &ProcessesPage::showContextMenu);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &ProcessesPage::scheduleViewportFetch);
    connect(m_selection, &PidSelection::changed, this, &ProcessesPage::updateStatus);
    m_viewportTimer.setSingleShot(true);
    m_viewportTimer.setInterval(ViewportSettleMs);
    connect(&m_viewportTimer, &QTimer::timeout, this, [this] {
        const int rows = m_model->rowCount();
        if (rows == 0)
            return;
        const int first = qMax(0, m_table->rowAt(0));
        int last = m_table->rowAt(m_table->viewport()->height() - 1);
        if (last < 0)
            last = rows - 1;
        if (!m_model->isLoaded(first) || !m_model->isLoaded(last))
            updateQuery();
    });

    connect(m_actions, &ProcessActions::finished, this, [this](bool ok, const QString &message) {
        m_notice->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning, message);
        updateQuery(true); // show what the action did now
    });
}

void ProcessesPage::createActions()
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

    addAction(m_toolbar->windowAction());

    auto *find = new QAction(tr("Filter"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_toolbar, &ProcessesToolbar::focusFilter);
    addAction(find);

    addAction(m_toolbar->exportAction());

    auto *copyPid = new QAction(tr("Copy Pid"), this);
    copyPid->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyPid, &QAction::triggered, this, &ProcessesPage::copyPids);
    addAction(copyPid);
}

QLineEdit *ProcessesPage::filterEdit() const
{
    return m_toolbar->filterEdit();
}

QAction *ProcessesPage::windowAction() const
{
    return m_toolbar->windowAction();
}

QDoubleSpinBox *ProcessesPage::budgetBox() const
{
    return m_toolbar->budgetBox();
}

QStringList ProcessesPage::selectedPids() const
{
    return m_selection->pids();
}

void ProcessesPage::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->processes(), nullptr, this, nullptr);
        disconnect(m_session->agent(), nullptr, this, nullptr);
    }
    m_session = session;
    m_actions->setSession(session);
    m_error.clear();
    m_cost = -1;
    if (!session || session->nodeName() != m_shownNode) {
        m_selection->keepDuring([this] { m_model->clear(); });
        m_selection->clear();
    }
    m_shownNode = session ? session->nodeName() : QString();
    followSession(session);
    if (session) {
        m_model->setFormatter(session->formatter());
        connect(session->processes(), &ProcessCollector::pageReady, this, &ProcessesPage::onPage);
        connect(session->processes(), &ProcessCollector::failed, this, &ProcessesPage::onFailed);
        connect(session, &NodeSession::agentCostUpdated, this, [this](double fraction) {
            m_cost = fraction;
            updateStatus();
        });
        connect(session, &NodeSession::stateChanged, this, [this](NodeSession::State s) {
            if (s == NodeSession::State::Live && isVisible())
                updateQuery();
            updateStatus();
            updateReadOnly();
        });
        connect(session, &NodeSession::readOnlyChanged, this, &ProcessesPage::updateReadOnly);
        connect(session, &NodeSession::formatterChanged, this, [this] { m_model->setFormatter(m_session->formatter()); });
        connect(session, &NodeSession::sampleReady, this, [this](const SystemSample &s) { m_model->setWordSize(int(s.wordsize)); });
        if (session->isLive() && isVisible())
            updateQuery();
    }
    updateReadOnly();
    updateStatus();
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

void ProcessesPage::setFilterText(const QString &text)
{
    m_toolbar->setFilterText(text);
}

void ProcessesPage::applyRanking()
{
    if (m_sort == m_model->sort() && m_mode == m_model->mode() && m_filterText == m_model->filter())
        return;
    m_selection->keepDuring([this] { m_model->setRanking(m_sort, m_mode, m_filterText); });
    m_table->scrollToTop();
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
    const int rowHeight = qMax(1, m_table->verticalHeader()->defaultSectionSize());
    const int onScreen = qMax(1, m_table->viewport()->height() / rowHeight + 1);
    const int first = qMax(0, m_table->rowAt(0));
    const int margin = qMin(onScreen, (MaxPageRows - onScreen) / 2);
    ProcessQuery q;
    q.sort = m_sort;
    q.mode = m_mode;
    q.filter = m_filterText;
    q.offset = qMax(0, first - qMax(0, margin));
    q.limit = qBound(1, onScreen + 2 * qMax(0, margin), MaxPageRows);
    q.intervalMs = m_session->refreshIntervalMs();
    q.pinned = m_selection->pinned(MaxPinned);
    // Other rows or another ranking are fetched at once; the tick refreshes them after.
    m_session->processes()->setQuery(q, now);
}

void ProcessesPage::scheduleViewportFetch()
{
    if (!m_viewportTimer.isActive())
        m_viewportTimer.start();
}

void ProcessesPage::onPage(const ProcessRanking &page)
{
    m_error.clear();
    bool applied = false; // rows going at the end must not drop their pids from the selection
    m_selection->keepDuring([&] { applied = m_model->applyPage(page); });
    if (!applied)
        return;
    m_selection->restore();
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
    scheduleViewportFetch(); // the total moved: the screen may show rows not fetched yet
}

void ProcessesPage::onFailed(const QString &error)
{
    m_error = error;
    m_notice->showNotice(NoticeBar::Kind::Warning,
                         tr("The process list could not be read from %1; showing the last rows read.").arg(m_shownNode), error);
    updateStatus();
}

QString ProcessesPage::statusText() const
{
    return m_status->text();
}

void ProcessesPage::updateStatus()
{
    if (!m_session) {
        m_status->setText(tr("Not connected. Connect to a node with File ▸ Connect (Ctrl+O)."));
        m_sweep->setVisible(false);
        return;
    }
    const ProcessRanking &p = m_model->lastPage();
    QStringList parts;
    if (m_model->rowCount() > 0 || p.count > 0) {
        if (!m_filterText.isEmpty())
            parts << tr("%L1 of %L2 processes match").arg(qint64(m_model->rowCount())).arg(p.count);
        else
            parts << tr("%L1 processes").arg(p.count);
    }
    const bool ranking = !p.reducedMode && p.count > 0;
    if (ranking && !p.rankingComplete) {
        parts << tr("first ranking in progress: the rows so far are partial");
        m_sweep->setRange(0, int(qMin<qint64>(p.sweepTotal, std::numeric_limits<int>::max())));
        m_sweep->setValue(int(qMin<qint64>(p.sweepDone, std::numeric_limits<int>::max())));
        m_sweep->setToolTip(tr("The node has looked at %L1 of %L2 processes").arg(p.sweepDone).arg(p.sweepTotal));
        m_sweep->setVisible(true);
    } else {
        m_sweep->setVisible(false);
        if (ranking && p.rankedAgoMs >= 0) {
            QString fresh = tr("ranked %1 ago").arg(Format::duration(p.rankedAgoMs));
            if (p.lastSweepMs >= 0)
                fresh += tr(" (a full ranking takes %1)").arg(Format::duration(p.lastSweepMs));
            parts << fresh;
        }
        if (ranking && m_mode == ProcessQuery::Mode::Window && !p.windowValid)
            parts << tr("measuring change: rates come with the next full ranking");
    }
    if (!p.reducedMode) {
        const QString budget = Format::percent(m_toolbar->budgetPercent() / 100.0);
        parts << (m_cost >= 0 ? tr("agent: %1 of one scheduler (budget %2)").arg(Format::percent(m_cost, 2), budget)
                              : tr("agent budget %1 of one scheduler").arg(budget));
    }
    if (!m_error.isEmpty())
        parts << tr("last refresh failed");
    // The selected process stays fresh even when scrolled away (it is pinned in every request).
    const QStringList selected = m_selection->pids();
    if (selected.size() == 1) {
        if (const ProcessRow *r = m_model->rowForPid(selected.first())) {
            parts << (r->exited() ? tr("selected: %1 has exited").arg(m_model->describe(*r))
                                  : tr("selected: %1, %2, queue %3").arg(m_model->describe(*r), Format::bytes(r->memory),
                                                                          Format::count(r->messageQueueLen)));
        }
    } else if (selected.size() > 1) {
        parts << tr("%Ln selected", nullptr, int(selected.size()));
    }
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void ProcessesPage::updateReadOnly()
{
    m_toolbar->setReadOnly(!m_session || m_session->isReadOnly());
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
    m_details.removeIf([](const auto &it) { return it.value().isNull(); });
    if (ProcessDetailsWindow *w = m_details.value(key)) {
        w->show();
        w->raise();
        w->activateWindow();
        return w;
    }
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

QList<ProcessDetailsWindow *> ProcessesPage::detailsWindows() const
{
    QList<ProcessDetailsWindow *> out;
    for (const auto &w : m_details) {
        if (w)
            out << w;
    }
    return out;
}

void ProcessesPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid() || !index.data(ProcessTableModel::LoadedRole).toBool())
        return;
    QItemSelectionModel *sm = m_table->selectionModel();
    if (!sm->isRowSelected(index.row()))
        sm->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The menu holds the pid, not the row: a refresh that re-sorts under it changes nothing.
    const Term pid = index.data(ProcessTableModel::PidRole).value<Term>();
    const QString what = describeRow(index.row());
    if (m_menu)
        m_menu->close();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("processMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *details = menu->addAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("&Details"),
                                       this, [this, pid, what] { openDetails(pid, what); });
    details->setObjectName(QStringLiteral("action_details"));
    details->setShortcut(QKeySequence(Qt::Key_Return));
    QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Pid"), this,
                                    [pid, this] { QApplication::clipboard()->setText(m_session ? m_session->formatter().format(pid) : QString()); });
    copy->setObjectName(QStringLiteral("action_copypid"));
    menu->addSeparator();
    m_actions->addTo(menu, pid, what);
    m_menu = menu;
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

QMenu *ProcessesPage::contextMenu() const
{
    return m_menu;
}

ProcessExport *ProcessesPage::runningExport() const
{
    return m_export;
}

void ProcessesPage::copyPids()
{
    QApplication::clipboard()->setText(m_selection->pids().join(QLatin1Char('\n')));
}

QString ProcessesPage::copyText() const
{
    // Exact values of the selected rows on screen (all rows held when none is selected).
    // From the selection's ranges, not selectedRows(): "select all" on a million rows is one
    // range, and only the rows held have anything to copy.
    QList<int> rows;
    const int first = m_model->firstLoaded();
    const int end = first + m_model->loadedCount();
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int r = qMax(range.top(), first); r <= qMin(range.bottom(), end - 1); ++r) {
            if (!rows.contains(r))
                rows << r;
        }
    }
    if (rows.isEmpty()) {
        for (int r = m_model->firstLoaded(); r < m_model->firstLoaded() + m_model->loadedCount(); ++r)
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ProcessTableModel::ColumnCount; ++c) {
        if (!m_table->isColumnHidden(c))
            header << m_model->headerData(c, Qt::Horizontal).toString();
    }
    lines << header.join(QLatin1Char('\t'));
    for (int r : qAsConst(rows)) {
        QStringList cells;
        for (int c = 0; c < ProcessTableModel::ColumnCount; ++c) {
            if (m_table->isColumnHidden(c))
                continue;
            const QVariant raw = m_model->index(r, c).data(ProcessTableModel::RawValueRole);
            cells << (raw.typeId() == QMetaType::Double ? QString::number(raw.toDouble(), 'f', 1) : raw.toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ProcessesPage::exportAs()
{
    if (!m_session)
        return;
    QString node = m_session->nodeName();
    node.replace(QLatin1Char('@'), QLatin1Char('-'));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileChooser::askSavePath(this, tr("Export processes"),
                                                 dir + QStringLiteral("/processes-") + node + QStringLiteral(".csv"),
                                                 {{tr("CSV"), QStringLiteral("csv")}, {tr("JSON"), QStringLiteral("json")}});
    if (!path.isEmpty())
        exportTable(path);
}

void ProcessesPage::exportTable(const QString &path)
{
    if (!m_session || m_export)
        return;
    ProcessQuery ranking;
    ranking.sort = m_sort;
    ranking.mode = m_mode;
    ranking.filter = m_filterText;
    ranking.intervalMs = m_session->refreshIntervalMs();
    auto *job = new ProcessExport(m_session->agent(), ranking, m_session->formatter(), m_session->nodeName(), this);
    m_export = job;
    auto *progress = new QProgressDialog(tr("Exporting the processes of %1…").arg(m_session->nodeName()), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_exportProgress = progress;
    connect(progress, &QProgressDialog::canceled, job, &ProcessExport::cancel);
    connect(job, &ProcessExport::progress, progress, [progress](qint64 done, qint64 total) {
        const int scale = total > 1000000 ? 1000 : 1; // QProgressDialog counts in int
        progress->setMaximum(int(total / scale));
        progress->setValue(int(done / scale));
    });
    connect(job, &ProcessExport::finished, this, [this, job, progress](bool ok, const QString &message) {
        progress->deleteLater();
        job->deleteLater();
        m_export = nullptr; // another export may start right away
        m_notice->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Error, message);
        emit exportFinished(ok, message);
    });
    job->start(path, ProcessExport::formatFor(path));
}

void ProcessesPage::staleChanged(bool)
{
    m_table->viewport()->update();
}

bool ProcessesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        scheduleViewportFetch(); // a taller table shows rows not fetched yet
    return Page::eventFilter(watched, event);
}

void ProcessesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event); // subscribes to the process feed
    updateQuery();          // and says which rows are on screen: a page opened after connecting fills
    scheduleViewportFetch();
}

} // namespace beamtop
