#include "networkpage.h"

#include "accents.h"
#include "distmodel.h"
#include "filechooser.h"
#include "format.h"
#include "itemtableview.h"
#include "keyselection.h"
#include "networktoolbar.h"
#include "noticebar.h"
#include "portactions.h"
#include "portdetailswindow.h"
#include "porttablemodel.h"
#include "porttypesmodel.h"
#include "processdetailshtml.h"
#include "processdetailswindow.h"
#include "usagebardelegate.h"

#include "collect/distcollector.h"
#include "collect/portcollector.h"
#include "export/portcolumns.h"
#include "export/portexport.h"
#include "session/nodesession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace beamtop {

namespace {
constexpr int ViewportSettleMs = 40; // scrolling fetches at most this often
constexpr int MaxPinned = 100;
constexpr int MaxPageRows = 500; // the agent's cap

// Closed ports are drawn as disabled (greyed in every style and palette) and italic; a cell
// whose level is a warning (a non-zero queue) takes the warning accent.
class PortRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(PortTableModel::ClosedRole).toBool()) {
            option->state &= ~QStyle::State_Enabled;
            option->font.setItalic(true);
            return;
        }
        const auto level = RowTableModel::Level(index.data(PortTableModel::LevelRole).toInt());
        if (level != RowTableModel::Level::Normal) {
            const QColor accent = level == RowTableModel::Level::Critical ? Accents::critical(option->palette)
                                                                          : Accents::warning(option->palette);
            option->palette.setColor(QPalette::Text, accent);
            option->palette.setColor(QPalette::HighlightedText, accent);
            option->font.setBold(true);
        }
    }
};
} // namespace

NetworkPage::NetworkPage(QWidget *parent)
    : Page(parent), m_model(new PortTableModel(this)), m_types(new PortTypesModel(this)), m_dist(new DistModel(this)),
      m_actions(new PortActions(this))
{
    setFeeds({NodeSession::Feed::Ports, NodeSession::Feed::Distribution});
    m_toolbar = new NetworkToolbar(m_types, this);
    m_notice = new NoticeBar(this);
    m_notice->setObjectName(QStringLiteral("networkNotice"));
    createTable();
    m_selection = new KeySelection(m_model, m_table->selectionModel(), PortTableModel::IdTextRole, this);
    layOut();
    createActions();
    connectParts();
    updateSortIndicator();
    updateColumns();
    updateReadOnly();
    updateStatus();
    updateDistText();
}

NetworkPage::~NetworkPage()
{
    // The windows belong to the main window; they outlive the page only until it goes.
    for (const auto &w : std::as_const(m_details)) {
        if (w)
            w->close();
    }
    for (const auto &w : std::as_const(m_owners)) {
        if (w)
            w->close();
    }
}

void NetworkPage::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("portTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PortRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // A hundred thousand rows: every row the same height, nothing measured per row.
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
    const int widths[PortTableModel::ColumnCount] = {9, 6, 9, 14, 12, 12, 9, 8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 8, 6};
    for (int c = 0; c < PortTableModel::ColumnCount; ++c)
        hh->resizeSection(c, widths[c] * em);
    m_table->viewport()->installEventFilter(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("networkStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sweep = new QProgressBar(this);
    m_sweep->setObjectName(QStringLiteral("sweepProgress"));
    m_sweep->setMaximumWidth(260);
    m_sweep->setFormat(tr("Ranking: %v of %m"));
    m_sweep->setVisible(false);
}

QWidget *NetworkPage::createDistribution()
{
    auto *box = new QWidget(this);
    auto *title = new QLabel(QStringLiteral("<b>") + tr("Distribution").toHtmlEscaped() + QStringLiteral("</b>"), box);
    m_distLabel = new QLabel(box);
    m_distLabel->setObjectName(QStringLiteral("distInfo"));
    m_distLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_distLabel->setWordWrap(true);
    m_distTable = new ItemTableView(box);
    m_distTable->setObjectName(QStringLiteral("distTable"));
    m_distTable->setSourceModel(m_dist, true);
    // In the splitter the table scrolls rather than growing with its rows.
    m_distTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_distTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_distTable->setItemDelegateForColumn(DistModel::Queue, new UsageBarDelegate(m_distTable));

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addSpacing(12);
    head->addWidget(m_distLabel, 1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 4, 8, 0);
    layout->addLayout(head);
    layout->addWidget(m_distTable, 1);
    return box;
}

void NetworkPage::layOut()
{
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("networkSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(createDistribution());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 6);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_sweep);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);
}

void NetworkPage::createActions()
{
    addAction(m_toolbar->windowAction());

    auto *find = new QAction(tr("Filter"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_toolbar, &NetworkToolbar::focusFilter);
    addAction(find);

    addAction(m_toolbar->exportAction());

    auto *copyId = new QAction(tr("Copy Port Id"), this);
    copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyId, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(selectedIds().join(QLatin1Char('\n'))); });
    addAction(copyId);
}

void NetworkPage::connectParts()
{
    connect(m_toolbar, &NetworkToolbar::filterChanged, this, [this](const QString &text) {
        if (text != m_filterText) {
            m_filterText = text;
            applyRanking();
        }
    });
    connect(m_toolbar, &NetworkToolbar::typeChanged, this, [this](const QString &type) {
        if (type != m_type) {
            m_type = type;
            applyRanking();
        }
    });
    connect(m_toolbar, &NetworkToolbar::windowModeChanged, this, &NetworkPage::setWindowMode);
    connect(m_toolbar, &NetworkToolbar::exportRequested, this, &NetworkPage::exportAs);

    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        sortByColumn(column);
        updateSortIndicator(); // also after a click on a column the node cannot rank
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.data(PortTableModel::LoadedRole).toBool())
            openDetails(index.data(PortTableModel::IdRole).value<Term>(), describeRow(index.row()));
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &NetworkPage::showContextMenu);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &NetworkPage::scheduleViewportFetch);
    connect(m_selection, &KeySelection::changed, this, &NetworkPage::updateStatus);
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

    connect(m_actions, &PortActions::finished, this, [this](bool ok, const QString &message) {
        m_notice->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning, message);
        updateQuery(true); // show what the action did now
    });
}

QLineEdit *NetworkPage::filterEdit() const
{
    return m_toolbar->filterEdit();
}

QStringList NetworkPage::selectedIds() const
{
    return m_selection->keys();
}

void NetworkPage::clearShown()
{
    m_selection->keepDuring([this] { m_model->clear(); });
    m_selection->clear();
    m_types->forget();
    m_dist->setSample(DistSample());
    m_lastDist = DistSample();
    m_hasDist = false;
}

void NetworkPage::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->ports(), nullptr, this, nullptr);
        disconnect(m_session->distribution(), nullptr, this, nullptr);
    }
    m_session = session;
    m_actions->setSession(session);
    m_error.clear();
    m_distError.clear();
    if (!session || session->nodeName() != m_shownNode)
        clearShown();
    m_shownNode = session ? session->nodeName() : QString();
    followSession(session);
    if (session) {
        m_model->setFormatter(session->formatter());
        connect(session->ports(), &PortCollector::pageReady, this, &NetworkPage::onPage);
        connect(session->ports(), &PortCollector::failed, this, &NetworkPage::onFailed);
        connect(session->ports(), &PortCollector::typesReady, this, [this](const PortTypeCounts &c) {
            m_types->setCounts(c);
            updateStatus();
        });
        connect(session->distribution(), &DistCollector::sampleReady, this, &NetworkPage::onDist);
        connect(session->distribution(), &DistCollector::failed, this, [this](const QString &error) {
            m_distError = error;
            updateDistText();
        });
        connect(session, &NodeSession::stateChanged, this, [this](NodeSession::State s) {
            if (s == NodeSession::State::Live && isVisible())
                updateQuery();
            updateStatus();
            updateReadOnly();
        });
        connect(session, &NodeSession::readOnlyChanged, this, &NetworkPage::updateReadOnly);
        connect(session, &NodeSession::formatterChanged, this, [this] { m_model->setFormatter(m_session->formatter()); });
        if (session->ports()->types().receivedAt.isValid())
            m_types->setCounts(session->ports()->types());
        if (session->isLive() && isVisible())
            updateQuery();
    }
    updateReadOnly();
    updateStatus();
    updateDistText();
}

bool NetworkPage::sortByColumn(int column)
{
    PortQuery::Sort sort;
    PortQuery::Mode mode = m_mode;
    if (!PortTableModel::rankable(column, &sort, &mode))
        return false;
    m_sort = sort;
    m_mode = mode;
    m_toolbar->showWindowMode(m_mode == PortQuery::Mode::Window);
    applyRanking();
    return true;
}

void NetworkPage::setWindowMode(bool on)
{
    const PortQuery::Mode mode = on ? PortQuery::Mode::Window : PortQuery::Mode::Absolute;
    m_toolbar->showWindowMode(on);
    if (mode == m_mode)
        return;
    m_mode = mode;
    applyRanking();
}

void NetworkPage::setType(const QString &type)
{
    m_toolbar->setType(type); // emits typeChanged when it changes
}

void NetworkPage::setFilterText(const QString &text)
{
    m_toolbar->setFilterText(text);
}

void NetworkPage::applyRanking()
{
    if (m_sort == m_model->sort() && m_mode == m_model->mode() && m_type == m_model->type() && m_filterText == m_model->filter())
        return;
    m_selection->keepDuring([this] { m_model->setRanking(m_sort, m_mode, m_type, m_filterText); });
    m_table->scrollToTop();
    updateSortIndicator();
    updateColumns();
    updateStatus();
    updateQuery();
}

void NetworkPage::updateSortIndicator()
{
    m_table->horizontalHeader()->setSortIndicator(PortTableModel::columnFor(m_sort, m_mode), Qt::DescendingOrder);
}

void NetworkPage::updateColumns()
{
    // The window's change column says something the rate columns do not only for packets,
    // queue and memory.
    const bool change = m_mode == PortQuery::Mode::Window && PortTableModel::columnFor(m_sort, m_mode) == PortTableModel::WindowChange;
    m_table->setColumnHidden(PortTableModel::WindowChange, !change);
}

void NetworkPage::updateQuery(bool now)
{
    if (!m_session || !m_session->isLive())
        return;
    const int rowHeight = qMax(1, m_table->verticalHeader()->defaultSectionSize());
    const int onScreen = qMax(1, m_table->viewport()->height() / rowHeight + 1);
    const int first = qMax(0, m_table->rowAt(0));
    const int margin = qMin(onScreen, (MaxPageRows - onScreen) / 2);
    PortQuery q;
    q.sort = m_sort;
    q.mode = m_mode;
    q.type = m_type;
    q.filter = m_filterText;
    q.offset = qMax(0, first - qMax(0, margin));
    q.limit = qBound(1, onScreen + 2 * qMax(0, margin), MaxPageRows);
    q.intervalMs = m_session->refreshIntervalMs();
    q.pinned = m_selection->pinned(MaxPinned);
    // Other rows or another ranking are fetched at once; the tick refreshes them after.
    m_session->ports()->setQuery(q, now);
}

void NetworkPage::scheduleViewportFetch()
{
    if (!m_viewportTimer.isActive())
        m_viewportTimer.start();
}

void NetworkPage::onPage(const PortRanking &page)
{
    m_error.clear();
    bool applied = false; // rows going at the end must not drop their ids from the selection
    m_selection->keepDuring([&] { applied = m_model->applyPage(page); });
    if (!applied)
        return;
    m_selection->restore();
    if (!m_failureShown.isEmpty() && m_notice->text() == m_failureShown)
        m_notice->clear(); // the list is back (another notice since stays)
    m_failureShown.clear();
    updateStatus();
    scheduleViewportFetch(); // the total moved: the screen may show rows not fetched yet
}

void NetworkPage::onFailed(const QString &error)
{
    m_error = error;
    AgentClient *agent = m_session ? m_session->agent() : nullptr;
    if (agent && (agent->mode() != AgentClient::Mode::Full || !agent->canRank("port")))
        // Not a passing failure: without the agent (or with an older one) there is no list at all.
        m_notice->showNotice(NoticeBar::Kind::Warning, error, agent->reducedReason());
    else
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             tr("The port list could not be read from %1; showing the last rows read.").arg(m_shownNode), error);
    m_failureShown = m_notice->text();
    updateStatus();
}

void NetworkPage::onDist(const DistSample &sample)
{
    m_distError.clear();
    m_lastDist = sample;
    m_hasDist = true;
    m_dist->setSample(sample);
    updateDistText();
}

QString NetworkPage::statusText() const
{
    return m_status->text();
}

QString NetworkPage::distText() const
{
    return m_distLabel->text();
}

void NetworkPage::updateStatus()
{
    if (!m_session) {
        m_status->setText(tr("Not connected. Connect to a node with File ▸ Connect (Ctrl+O)."));
        m_sweep->setVisible(false);
        return;
    }
    const PortRanking &p = m_model->lastPage();
    QStringList parts;
    if (m_model->rowCount() > 0 || p.count > 0) {
        if (!m_filterText.isEmpty() || !m_type.isEmpty())
            parts << tr("%L1 of %L2 ports and sockets match").arg(qint64(m_model->rowCount())).arg(p.count);
        else
            parts << tr("%L1 ports and sockets").arg(p.count);
    }
    const PortTypeCounts &types = m_session->ports()->types();
    if (types.receivedAt.isValid() && types.portLimit > 0)
        parts << tr("%1 of the port limit %2").arg(Format::percent(double(types.ports) / double(types.portLimit)),
                                                  Format::count(types.portLimit));
    const bool ranking = p.count > 0;
    if (ranking && !p.rankingComplete) {
        parts << tr("first ranking in progress: the rows so far are partial");
        m_sweep->setRange(0, int(qMin<qint64>(p.sweepTotal, std::numeric_limits<int>::max())));
        m_sweep->setValue(int(qMin<qint64>(p.sweepDone, std::numeric_limits<int>::max())));
        m_sweep->setToolTip(tr("The node has looked at %L1 of %L2 ports").arg(p.sweepDone).arg(p.sweepTotal));
        m_sweep->setVisible(true);
    } else {
        m_sweep->setVisible(false);
        if (ranking && p.rankedAgoMs >= 0)
            parts << tr("ranked %1 ago").arg(Format::duration(p.rankedAgoMs));
        if (ranking && m_mode == PortQuery::Mode::Window && !p.windowValid)
            parts << tr("measuring change: rates come with the next full ranking");
    }
    if (!m_error.isEmpty())
        parts << tr("last refresh failed");
    const QStringList selected = m_selection->keys();
    if (selected.size() == 1) {
        if (const PortRow *r = m_model->rowForId(selected.first())) {
            parts << (r->closed() ? tr("selected: %1 has closed").arg(m_model->describe(*r))
                                  : tr("selected: %1, %2 received, %3 sent").arg(m_model->describe(*r), Format::bytes(r->recvOct),
                                                                                  Format::bytes(r->sendOct)));
        }
    } else if (selected.size() > 1) {
        parts << tr("%Ln selected", nullptr, int(selected.size()));
    }
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void NetworkPage::updateDistText()
{
    if (!m_session) {
        m_distLabel->setText(QString());
        return;
    }
    QStringList parts;
    if (m_hasDist) {
        if (m_lastDist.netTicktime >= 0)
            parts << tr("net_ticktime %1 s").arg(m_lastDist.netTicktime);
        if (m_lastDist.busyLimit > 0)
            parts << tr("busy limit %1").arg(Format::bytes(m_lastDist.busyLimit));
        parts << tr("%Ln connected nodes", nullptr, int(m_lastDist.nodes.size()));
        m_distLabel->setToolTip(tr("A link silent for net_ticktime seconds is taken down. Once a link's output queue reaches "
                                   "dist_buf_busy_limit (%1), processes sending to that node are suspended until it drains.")
                                    .arg(m_lastDist.busyLimit > 0 ? Format::exactBytes(m_lastDist.busyLimit) : tr("unknown")));
    } else if (m_distError.isEmpty()) {
        parts << tr("reading…");
    }
    if (!m_distError.isEmpty())
        parts << tr("could not be read: %1").arg(m_distError);
    m_distLabel->setText(parts.join(QStringLiteral(" · ")));
}

void NetworkPage::updateReadOnly()
{
    m_toolbar->setReadOnly(!m_session || m_session->isReadOnly());
}

QString NetworkPage::describeRow(int row) const
{
    const PortRow *r = m_model->rowAt(row);
    return r ? m_model->describe(*r) : QString();
}

QString NetworkPage::ownerDescription(int row) const
{
    const PortRow *r = m_model->rowAt(row);
    if (!r || !r->owner.isPid() || !m_session)
        return {};
    const QString pid = m_session->formatter().format(r->owner);
    const QString name = r->ownerText(m_session->formatter());
    return name.isEmpty() || name == pid ? pid : name + QLatin1Char(' ') + pid;
}

PortDetailsWindow *NetworkPage::openDetails(const Term &id, const QString &description)
{
    if (!m_session || id.isError())
        return nullptr;
    const QString key = TermFormatter().format(id);
    m_details.removeIf([](const auto &it) { return it.value().isNull(); });
    if (PortDetailsWindow *w = m_details.value(key)) {
        w->show();
        w->raise();
        w->activateWindow();
        return w;
    }
    auto *w = new PortDetailsWindow(m_session, id, description, window());
    connect(w, &PortDetailsWindow::openProcess, this, [this](const Term &pid) { openOwner(pid); });
    connect(w, &PortDetailsWindow::openPort, this, [this](const Term &port) { openDetails(port); });
    connect(w, &PortDetailsWindow::portClosed, this, [this] { updateQuery(true); });
    m_details.insert(key, w);
    w->show();
    return w;
}

QList<PortDetailsWindow *> NetworkPage::detailsWindows() const
{
    QList<PortDetailsWindow *> out;
    for (const auto &w : m_details) {
        if (w)
            out << w;
    }
    return out;
}

ProcessDetailsWindow *NetworkPage::openOwner(const Term &pid, const QString &description)
{
    if (!m_session || !pid.isPid())
        return nullptr;
    // The same window the Processes page opens, one per process here too.
    const QString key = ProcessDetailsHtml::href(pid);
    m_owners.removeIf([](const auto &it) { return it.value().isNull(); });
    if (ProcessDetailsWindow *w = m_owners.value(key)) {
        w->show();
        w->raise();
        w->activateWindow();
        return w;
    }
    const QString what = description.isEmpty() ? m_session->formatter().format(pid) : description;
    auto *w = new ProcessDetailsWindow(m_session, pid, what, window());
    connect(w, &ProcessDetailsWindow::openProcess, this, [this](const Term &p) { openOwner(p); });
    m_owners.insert(key, w);
    w->show();
    return w;
}

QList<ProcessDetailsWindow *> NetworkPage::ownerWindows() const
{
    QList<ProcessDetailsWindow *> out;
    for (const auto &w : m_owners) {
        if (w)
            out << w;
    }
    return out;
}

void NetworkPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid() || !index.data(PortTableModel::LoadedRole).toBool())
        return;
    QItemSelectionModel *sm = m_table->selectionModel();
    if (!sm->isRowSelected(index.row()))
        sm->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The menu holds the id, not the row: a refresh that re-sorts under it changes nothing.
    const Term id = index.data(PortTableModel::IdRole).value<Term>();
    const QString idText = index.data(PortTableModel::IdTextRole).toString();
    const Term owner = index.data(PortTableModel::OwnerRole).value<Term>();
    const bool closed = index.data(PortTableModel::ClosedRole).toBool();
    const QString what = describeRow(index.row());
    const QString ownerWhat = ownerDescription(index.row());
    if (m_menu)
        m_menu->close();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("portMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *details = menu->addAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("&Details"), this,
                                       [this, id, what] { openDetails(id, what); });
    details->setObjectName(QStringLiteral("action_details"));
    details->setShortcut(QKeySequence(Qt::Key_Return));
    QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this,
                                    [this] { QApplication::clipboard()->setText(copyText()); });
    copy->setObjectName(QStringLiteral("action_copy"));
    copy->setToolTip(tr("The selected rows, exact values, tab-separated"));
    QAction *copyId = menu->addAction(tr("Copy Port &Id"), this, [idText] { QApplication::clipboard()->setText(idText); });
    copyId->setObjectName(QStringLiteral("action_copyid"));
    QAction *ownerAction = menu->addAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("Open &Owner"), this,
                                           [this, owner, ownerWhat] { openOwner(owner, ownerWhat); });
    ownerAction->setObjectName(QStringLiteral("action_owner"));
    ownerAction->setEnabled(owner.isPid());
    if (!owner.isPid())
        ownerAction->setToolTip(tr("This port has no owner process"));
    menu->addSeparator();
    QAction *close = m_actions->addTo(menu, id, what);
    if (closed) {
        close->setEnabled(false);
        close->setToolTip(tr("The port is already closed"));
    }
    m_menu = menu;
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

QMenu *NetworkPage::contextMenu() const
{
    return m_menu;
}

QString NetworkPage::copyText() const
{
    // Exact values of the selected rows on screen (all rows held when none is selected), from
    // the selection's ranges: "select all" on many rows is one range, and only rows held copy.
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
        for (int r = first; r < end; ++r)
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    for (int c = 0; c < PortTableModel::ColumnCount; ++c) {
        if (!m_table->isColumnHidden(c))
            header << m_model->headerData(c, Qt::Horizontal).toString();
    }
    lines << header.join(QLatin1Char('\t'));
    for (int r : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < PortTableModel::ColumnCount; ++c) {
            if (m_table->isColumnHidden(c))
                continue;
            const QVariant raw = m_model->index(r, c).data(PortTableModel::RawValueRole);
            cells << (raw.typeId() == QMetaType::Double ? QString::number(raw.toDouble(), 'f', 1) : raw.toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void NetworkPage::exportAs()
{
    if (!m_session)
        return;
    QString node = m_session->nodeName();
    node.replace(QLatin1Char('@'), QLatin1Char('-'));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileChooser::askSavePath(this, tr("Export ports"), dir + QStringLiteral("/ports-") + node + QStringLiteral(".csv"),
                                                 {{tr("CSV"), QStringLiteral("csv")}, {tr("JSON"), QStringLiteral("json")}});
    if (!path.isEmpty())
        exportTable(path);
}

void NetworkPage::exportTable(const QString &path)
{
    if (!m_session || m_export)
        return;
    PortQuery ranking;
    ranking.sort = m_sort;
    ranking.mode = m_mode;
    ranking.type = m_type;
    ranking.filter = m_filterText;
    ranking.intervalMs = m_session->refreshIntervalMs();
    auto *job = new PortExport(m_session->agent(), ranking, m_session->formatter(), m_session->nodeName(), this);
    m_export = job;
    auto *progress = new QProgressDialog(tr("Exporting the ports of %1…").arg(m_session->nodeName()), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_exportProgress = progress;
    connect(progress, &QProgressDialog::canceled, job, &PortExport::cancel);
    connect(job, &PortExport::progress, progress, [progress](qint64 done, qint64 total) {
        const int scale = total > 1000000 ? 1000 : 1; // QProgressDialog counts in int
        progress->setMaximum(int(total / scale));
        progress->setValue(int(done / scale));
    });
    connect(job, &PortExport::finished, this, [this, job, progress](bool ok, const QString &message) {
        progress->deleteLater();
        job->deleteLater();
        m_export = nullptr; // another export may start right away
        m_notice->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Error, message);
        emit exportFinished(ok, message);
    });
    job->start(path, PortExport::formatFor(path));
}

void NetworkPage::staleChanged(bool)
{
    m_table->viewport()->update();
    m_distTable->viewport()->update();
}

bool NetworkPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        scheduleViewportFetch(); // a taller table shows rows not fetched yet
    return Page::eventFilter(watched, event);
}

void NetworkPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event); // subscribes to the port and distribution feeds
    updateQuery();          // and says which rows are on screen
    scheduleViewportFetch();
}

} // namespace beamtop
