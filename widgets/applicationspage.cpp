// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationspage.h"

#include "appstablemodel.h"
#include "apptreeview.h"
#include "format.h"
#include "itemtableview.h"
#include "noticebar.h"
#include "processactions.h"
#include "processdetailshtml.h"
#include "processdetailswindow.h"
#include "suptreemodel.h"

#include "collect/appscollector.h"
#include "session/nodesession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace beamtop {

ApplicationsPage::ApplicationsPage(QWidget *parent)
    : Page(parent),
      m_apps(new AppsTableModel(this)),
      m_filterProxy(new QSortFilterProxyModel(this)),
      m_actions(new ProcessActions(this))
{
    setFeeds({NodeSession::Feed::Applications, NodeSession::Feed::AppTree});

    m_notice = new NoticeBar;
    m_notice->setObjectName(QStringLiteral("applicationsNotice"));
    m_notice->hide();

    m_tree = new AppTreeView;
    m_tree->setObjectName(QStringLiteral("appTreeView"));
    connect(m_tree, &AppTreeView::queryChanged, this, &ApplicationsPage::sendQuery);
    connect(m_tree, &AppTreeView::showProcesses, this, &ApplicationsPage::showProcesses);
    QTreeView *tree = m_tree->tree();
    connect(tree, &QWidget::customContextMenuRequested, this, [this, tree](const QPoint &pos) {
        const QModelIndex at = tree->indexAt(pos);
        if (!at.isValid())
            return;
        tree->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (m_menu)
            m_menu->close();
        QMenu *menu = createProcessMenu(at, this);
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        m_menu = menu;
        menu->popup(tree->viewport()->mapToGlobal(pos));
    });
    // Enter or a double click on a process: its details.
    connect(tree, &QAbstractItemView::doubleClicked, this, &ApplicationsPage::openTreeRow);
    tree->installEventFilter(this);
    connect(m_actions, &ProcessActions::finished, this, [this](bool ok, const QString &message) {
        m_notice->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning, message);
        m_notice->show();
        if (m_session && m_session->isLive() && !m_tree->app().isEmpty())
            m_session->appTree()->fetch(); // show what the action did now
    });

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("applicationsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(makeApps());
    m_splitter->addWidget(m_tree);
    // The tree is what people came for: it gets two thirds.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({1000, 2000});

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(8, 4, 8, 8);
    innerLayout->addWidget(m_splitter, 1);
    layout->addWidget(inner, 1);
    setBody(body, false);
    clear();
}

ApplicationsPage::~ApplicationsPage()
{
    m_details.closeAll();
}

QWidget *ApplicationsPage::makeApps()
{
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("appsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter applications by name or description"));
    m_filter->setToolTip(tr("Shows only the applications whose name, description or version contains this text (any case)."));
    m_filterProxy->setSourceModel(m_apps);
    m_filterProxy->setFilterKeyColumn(-1);
    m_filterProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterProxy->setDynamicSortFilter(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filterProxy->setFilterFixedString(text.trimmed());
        updateStatus();
    });
    auto *filterLabel = new QLabel(tr("F&ilter:"));
    filterLabel->setBuddy(m_filter);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("applicationsStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_appsView = new ItemTableView;
    m_appsView->setObjectName(QStringLiteral("appsTable"));
    m_appsView->setSourceModel(m_filterProxy, true);
    m_appsView->setSelectionMode(QAbstractItemView::SingleSelection);
    // In the splitter the table scrolls rather than growing to its rows.
    m_appsView->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_appsView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_appsView->setMinimumHeight(120);
    // Every column as wide as its contents; the description takes what is left.
    m_appsView->horizontalHeader()->setStretchLastSection(false);
    m_appsView->horizontalHeader()->setSectionResizeMode(AppsTableModel::Description, QHeaderView::Stretch);
    m_appsView->setToolTip(QString());
    // Double-click or Enter opens the tree; the outside row has none and goes to the Processes
    // page instead. (Not activated(): styles that activate on a single click would open a tree
    // on every click.)
    connect(m_appsView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &at) { openApp(at.data(RowTableModel::KeyRole).toString()); });
    m_appsView->installEventFilter(this);
    connect(m_appsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // Once a tree is open, choosing another application switches it.
        const QString key = selectedApp();
        if (!m_tree->app().isEmpty() && !key.isEmpty() && key != AppsTableModel::outsideKey() && key != m_tree->app())
            openApp(key);
        updateStatus();
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addSpacing(12);
    bar->addWidget(m_status, 2);

    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addLayout(bar);
    v->addWidget(m_appsView, 1);
    return box;
}

void ApplicationsPage::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->applications(), nullptr, this, nullptr);
        disconnect(m_session->appTree(), nullptr, this, nullptr);
    }
    m_session = session;
    m_actions->setSession(session);
    followSession(session);
    const QString node = session ? session->nodeName() : QString();
    if (!session || node != m_shownNode)
        clear();
    m_shownNode = node;
    if (!session)
        return;
    m_apps->setFormatter(session->formatter());
    m_tree->setFormatter(session->formatter());
    connect(session->applications(), &AppsCollector::sampleReady, this, &ApplicationsPage::onSample);
    connect(session->applications(), &AppsCollector::failed, this, &ApplicationsPage::onAppsFailed);
    connect(session->appTree(), &AppTreeCollector::treeReady, this, &ApplicationsPage::onTree);
    connect(session->appTree(), &AppTreeCollector::failed, this, &ApplicationsPage::onTreeFailed);
    connect(session, &NodeSession::formatterChanged, this, [this] {
        m_apps->setFormatter(m_session->formatter());
        m_tree->setFormatter(m_session->formatter());
        if (!m_tree->app().isEmpty())
            m_tree->setApp(m_tree->app(), titleOf(m_tree->app())); // the same tree, its name retitled
    });
    connect(session, &NodeSession::stateChanged, this, [this] {
        updateNotice();
        if (m_session->isLive())
            sendQuery(); // a new link walks the tree shown at once
    });
    showBody(true);
    if (session->applications()->hasSample())
        onSample(session->applications()->last());
    sendQuery();
    updateNotice();
}

void ApplicationsPage::clear()
{
    m_hasSample = false;
    m_error.clear();
    m_apps->clear();
    m_tree->clear();
    m_notice->hide();
    updateStatus();
    showBody(false);
}

bool ApplicationsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_appsView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_appsView->currentIndex().isValid()) {
            openApp(m_appsView->currentIndex().data(RowTableModel::KeyRole).toString());
            return true;
        }
    }
    if (watched == m_tree->tree() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_tree->tree()->currentIndex().isValid()) {
            openTreeRow(m_tree->tree()->currentIndex());
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void ApplicationsPage::openTreeRow(const QModelIndex &at)
{
    const SupNode *n = m_tree->model()->nodeAt(at);
    if (n && n->pid.isPid())
        openDetails(n->pid, at.siblingAtColumn(SupTreeModel::Name).data().toString() + QLatin1Char(' ') + n->pidText);
}

QString ApplicationsPage::titleOf(const QString &key) const
{
    // As the table shows it: Foo.Bar for 'Elixir.Foo.Bar' on an Elixir node.
    return m_apps->formatter().atom(key);
}

void ApplicationsPage::onSample(const AppsSample &sample)
{
    m_error.clear();
    m_hasSample = true;
    m_apps->setSample(sample);
    updateStatus();
    updateNotice();
}

void ApplicationsPage::onAppsFailed(const QString &error)
{
    m_error = error;
    updateNotice();
    updateStatus();
}

void ApplicationsPage::onTree(const AppTree &tree)
{
    const AppRow *listed = m_apps->app(tree.app);
    m_tree->setListedStatus(listed, listed ? listed->status : AppRow::Status::Loaded);
    const int interval = m_session ? m_session->refreshIntervalMs() : 0;
    const qint64 spacing = m_session ? m_session->appTree()->minIntervalMs() : 0;
    m_tree->showTree(tree, spacing, interval);
}

void ApplicationsPage::onTreeFailed(const QString &error)
{
    // Without the agent the notice says it once for the whole page.
    if (m_session && m_session->appTree()->isAvailable())
        m_tree->showFailure(error);
}

void ApplicationsPage::sendQuery()
{
    if (!m_session || !m_session->isLive() || m_tree->app().isEmpty() || !m_session->appTree()->isAvailable())
        return;
    m_session->appTree()->setQuery(m_tree->query()); // a changed query is walked at once
}

QString ApplicationsPage::selectedApp() const
{
    const QModelIndex current = m_appsView->currentIndex();
    if (!current.isValid() || !m_appsView->selectionModel()->isRowSelected(current.row(), current.parent()))
        return {};
    return current.data(RowTableModel::KeyRole).toString();
}

bool ApplicationsPage::selectApp(const QString &key)
{
    QAbstractItemModel *shown = m_appsView->model();
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QModelIndex at = shown->index(r, 0);
        if (at.data(RowTableModel::KeyRole).toString() == key) {
            m_appsView->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_appsView->scrollTo(at);
            return true;
        }
    }
    return false;
}

void ApplicationsPage::openApp(const QString &key)
{
    if (key.isEmpty())
        return;
    if (key == AppsTableModel::outsideKey()) {
        emit showProcesses(QStringLiteral("app:none"));
        return;
    }
    m_tree->setApp(key, titleOf(key));
    if (m_session && m_session->isLive() && !m_session->appTree()->isAvailable())
        m_tree->showFailure(tr("Beamtop's agent is needed to read supervision trees."));
    sendQuery();
}

QString ApplicationsPage::openedApp() const
{
    return m_tree->app();
}

QMenu *ApplicationsPage::createProcessMenu(const QModelIndex &treeIndex, QWidget *parent)
{
    const SupNode *n = m_tree->model()->nodeAt(treeIndex);
    const QString pidText = m_tree->model()->pidAt(treeIndex);
    if (!n || pidText.isEmpty() || !n->pid.isPid())
        return nullptr;
    // The menu holds the pid, not the row: a refresh that re-sorts under it changes nothing.
    const Term pid = n->pid;
    const QString what = treeIndex.siblingAtColumn(SupTreeModel::Name).data().toString() + QLatin1Char(' ') + pidText;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("processMenu"));
    QAction *details = menu->addAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("&Details"), this,
                                       [this, pid, what] { openDetails(pid, what); });
    details->setObjectName(QStringLiteral("action_details"));
    details->setShortcut(QKeySequence(Qt::Key_Return));
    QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Pid"), this,
                                    [pidText] { QApplication::clipboard()->setText(pidText); });
    copy->setObjectName(QStringLiteral("action_copypid"));
    QAction *copyRows = menu->addAction(tr("&Copy Tree"), this, [this] { QApplication::clipboard()->setText(m_tree->copyText()); });
    copyRows->setObjectName(QStringLiteral("action_copy"));
    copyRows->setToolTip(tr("The rows shown, indented, exact values, tab-separated"));
    menu->addSeparator();
    m_actions->addTo(menu, pid, what);
    return menu;
}

ProcessDetailsWindow *ApplicationsPage::openDetails(const Term &pid, const QString &description)
{
    if (!m_session || !pid.isPid())
        return nullptr;
    // The same window the Processes page opens, one per process here too.
    const QString key = ProcessDetailsHtml::href(pid);
    if (ProcessDetailsWindow *w = m_details.raise(key))
        return w;
    const QString what = description.isEmpty() ? m_session->formatter().format(pid) : description;
    auto *w = new ProcessDetailsWindow(m_session, pid, what, window());
    connect(w, &ProcessDetailsWindow::openProcess, this, [this](const Term &p) { openDetails(p); });
    m_details.insert(key, w);
    w->show();
    return w;
}

QList<ProcessDetailsWindow *> ApplicationsPage::detailsWindows() const
{
    return m_details.windows();
}

void ApplicationsPage::updateNotice()
{
    if (!m_session || m_session->state() != NodeSession::State::Live) {
        m_notice->hide();
        return;
    }
    AgentClient *agent = m_session->agent();
    if (!m_session->applications()->isAvailable()) {
        // Not a passing failure: say what is missing and what to check, for as long as this
        // link lasts.
        QString detail = agent->reducedReason();
        if (agent->mode() == AgentClient::Mode::Full) {
            m_notice->showNotice(NoticeBar::Kind::Warning,
                                 tr("The agent loaded on %1 does not offer the applications view.").arg(m_shownNode),
                                 tr("Another Beamtop of an older version may have loaded its agent there. Reconnect "
                                    "once it has disconnected."));
        } else {
            if (!detail.isEmpty())
                detail += QLatin1Char(' ');
            detail += tr("Check that the connection does not turn the agent off (--no-agent) and that the node accepts "
                         "loading code, then reconnect.");
            m_notice->showNotice(NoticeBar::Kind::Warning,
                                 tr("Applications and supervision trees need Beamtop's agent, which is not running on %1.")
                                     .arg(m_shownNode),
                                 detail);
        }
        m_notice->show();
        return;
    }
    if (!m_error.isEmpty()) {
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             m_hasSample ? tr("Could not read the applications: %1. What is shown is the last reading.").arg(m_error)
                                         : tr("Could not read the applications: %1").arg(m_error),
                             tr("Beamtop tries again at every refresh."));
        m_notice->show();
        return;
    }
    const AppsSample &s = m_apps->sample();
    if (m_hasSample && !s.infoOk) {
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             tr("The application controller of %1 did not answer: only the loaded applications are "
                                "listed, without their status.")
                                 .arg(m_shownNode),
                             s.infoError);
        m_notice->show();
        return;
    }
    if (m_notice->kind() == NoticeBar::Kind::Warning)
        m_notice->hide(); // the trouble it spoke of is over; an action's report stays
}

void ApplicationsPage::updateStatus()
{
    if (!m_session) {
        m_status->clear();
        return;
    }
    if (!m_hasSample) {
        m_status->setText(m_error.isEmpty() ? tr("Reading the applications of %1…").arg(m_shownNode) : tr("Nothing read yet."));
        return;
    }
    const AppsSample &s = m_apps->sample();
    int running = 0;
    for (const AppRow &a : s.apps) {
        if (a.status == AppRow::Status::Running)
            ++running;
    }
    int shown = 0; // the rows the filter lets through, the outside row not counted
    for (int r = 0; r < m_filterProxy->rowCount(); ++r) {
        if (m_filterProxy->index(r, 0).data(RowTableModel::KeyRole).toString() != AppsTableModel::outsideKey())
            ++shown;
    }
    QStringList parts;
    if (!m_filter->text().trimmed().isEmpty())
        parts << tr("%1 of %2 applications match").arg(Format::count(shown), Format::count(s.apps.size()));
    else
        parts << tr("%1 applications, %2 running").arg(Format::count(s.apps.size()), Format::count(running));
    if (s.partial)
        parts << tr("first count of the processes: %1 of %2 read").arg(Format::count(s.sweepDone), Format::count(s.sweepTotal));
    else if (s.agedMs >= 0)
        parts << tr("process totals from %1 ago (counting %2 processes took %3)")
                     .arg(Format::duration(s.agedMs), Format::count(s.processCount), Format::duration(s.lastSweepMs));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

QString ApplicationsPage::statusText() const
{
    return m_status->text();
}

void ApplicationsPage::staleChanged(bool stale)
{
    Q_UNUSED(stale)
    m_appsView->viewport()->update();
    m_tree->tree()->viewport()->update();
}

QString ApplicationsPage::copyText() const
{
    if (!m_hasSample)
        return {};
    QString text = tr("Applications") + QLatin1Char('\n') + m_appsView->allText();
    if (!m_tree->app().isEmpty())
        text += QLatin1Char('\n') + tr("Supervision tree of %1").arg(titleOf(m_tree->app())) + QLatin1Char('\n') + m_tree->copyText();
    return text;
}

} // namespace beamtop
