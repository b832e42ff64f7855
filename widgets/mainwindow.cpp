// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "alertspage.h"
#include "applicationspage.h"
#include "columnstate.h"
#include "connectdialog.h"
#include "demo/demonode.h"
#include "desktopnotifier.h"
#include "itemtableview.h"
#include "mnesiapage.h"
#include "session/nodesession.h"
#include "noticebar.h"
#include "page.h"
#include "pageregistry.h"
#include "profilebadge.h"
#include "profilelauncher.h"
#include "profilemanager.h"
#include "profiles/profilestore.h"
#include "rankedtablepage.h"
#include "secondsspinbox.h"
#include "sessionnotice.h"
#include "sessionstatusbar.h"
#include "shortcutsdialog.h"
#include "startupprofile.h"
#include "tablecontentswindow.h"
#include "theme.h"

#include "alerts/alertlog.h"
#include "alerts/alertmonitor.h"
#include "alerts/rulestore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace beamtop {

namespace {
constexpr int CloseTimeoutMs = 4000;
} // namespace

MainWindow::MainWindow(QWidget *parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(Options options, QWidget *parent) : QMainWindow(parent), m_options(options)
{
    setWindowTitle(tr("Beamtop"));
    setObjectName(QStringLiteral("BeamtopMainWindow"));
    createActions();
    createLayout();
    loadSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The session first: its link closes before the demo node behind it stops.
    delete m_session;
    m_session = nullptr;
    delete m_demo;
    m_demo = nullptr;
}

void MainWindow::createActions()
{
    auto icon = [this](const char *name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(name), style()->standardIcon(fallback));
    };
    m_connectAction = new QAction(icon("network-connect", QStyle::SP_DriveNetIcon), tr("&Connect to Node…"), this);
    m_connectAction->setShortcut(QKeySequence::Open);
    m_connectAction->setToolTip(tr("Connect to an Erlang or Elixir node (%1)").arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(m_connectAction, &QAction::triggered, this, [this] { openConnectDialog(); });

    m_disconnectAction = new QAction(icon("network-disconnect", QStyle::SP_DialogCloseButton), tr("&Disconnect"), this);
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectFromNode);

    m_demoAction = new QAction(icon("system-run", QStyle::SP_MediaPlay), tr("Start &Demo Node"), this);
    m_demoAction->setToolTip(tr("Start a demo node on this computer and observe it"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::startDemo);

    m_pauseAction = new QAction(icon("media-playback-pause", QStyle::SP_MediaPause), tr("&Pause"), this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_Pause)});
    m_pauseAction->setToolTip(tr("Stop refreshing; what is on screen stays (Ctrl+P)"));
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::setPaused);

    m_refreshAction = new QAction(icon("view-refresh", QStyle::SP_BrowserReload), tr("&Refresh Now"), this);
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    m_refreshAction->setToolTip(tr("Refresh once, now (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshNow);

    m_reconnectAction = new QAction(tr("Reconnect"), this);
    connect(m_reconnectAction, &QAction::triggered, this, &MainWindow::reconnect);
    m_retryDemoAction = new QAction(tr("Try Again"), this);
    connect(m_retryDemoAction, &QAction::triggered, this, &MainWindow::startDemo);

    auto *newWindow = new QAction(icon("window-new", QStyle::SP_TitleBarNormalButton), tr("New &Window"), this);
    newWindow->setShortcut(QKeySequence::New);
    newWindow->setToolTip(tr("Another window, to observe another node at the same time (%1)")
                              .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(newWindow, &QAction::triggered, this, [this] { openWindow(); });
    auto *profilesAction = new QAction(icon("bookmarks", QStyle::SP_DirHomeIcon), tr("&Profiles…"), this);
    profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    profilesAction->setToolTip(tr("Saved nodes: connect with a double-click, create, edit, share (Ctrl+Shift+O)"));
    connect(profilesAction, &QAction::triggered, this, [this] { openProfileManager(); });
    auto *profilesMenu = new QMenu(tr("Connect to P&rofile"), this);
    profilesMenu->setObjectName(QStringLiteral("profilesMenu"));
    connect(profilesMenu, &QMenu::aboutToShow, this, [this, profilesMenu] { fillProfilesMenu(profilesMenu); });

    auto *quit = new QAction(icon("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, [] { // every window; each leaves its node clean
        const QWidgetList all = QApplication::topLevelWidgets();
        for (QWidget *w : all) {
            if (qobject_cast<MainWindow *>(w))
                w->close();
        }
    });

    auto *copyAction = new QAction(icon("edit-copy", QStyle::SP_FileIcon), tr("&Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setToolTip(tr("Copy exact values: the selected rows, or the whole page"));
    connect(copyAction, &QAction::triggered, this, &MainWindow::copy);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    file->addMenu(profilesMenu);
    file->addAction(profilesAction);
    file->addAction(m_disconnectAction);
    file->addAction(m_demoAction);
    file->addAction(newWindow);
    // What the current page exports: its actions marked with the "beamtopExport" property
    // (history, chart images, ...). Taken out again once the menu closes, so their shortcuts
    // stay the page's own and never clash with another page's.
    QMenu *exportMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportMenu] {
        exportMenu->clear();
        const QList<QAction *> actions = currentPage() ? currentPage()->actions() : QList<QAction *>();
        for (QAction *a : actions) {
            if (a->property("beamtopExport").toBool())
                exportMenu->addAction(a);
        }
        if (exportMenu->isEmpty())
            exportMenu->addAction(tr("Nothing to Export on This Page"))->setEnabled(false);
    });
    connect(exportMenu, &QMenu::aboutToHide, this, [exportMenu] {
        QTimer::singleShot(0, exportMenu, [exportMenu] { exportMenu->clear(); });
    });
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(copyAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto &pages = PageRegistry::pages();
    for (int i = 0; i < int(pages.size()); ++i) {
        auto *a = view->addAction(pages[size_t(i)].icon(), pages[size_t(i)].translatedTitle());
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPage(i); });
        addAction(a); // the shortcut works with the menu bar hidden too
    }
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->addAction(m_pauseAction);
    // Per connection, kept in the session: read-only and how terms are written. A connection
    // starts read-only unless it was made through a profile whose read-only box is unticked;
    // this toggle changes the current connection only and is never saved.
    m_readOnlyAction = new QAction(icon("object-locked", QStyle::SP_DialogNoButton), tr("Read-&only"), this);
    m_readOnlyAction->setObjectName(QStringLiteral("readOnlyAction"));
    m_readOnlyAction->setCheckable(true);
    m_readOnlyAction->setChecked(true);
    m_readOnlyAction->setToolTip(tr("While on, Beamtop does not change the node: no kill, suspend or garbage collection. "
                                    "Every connection starts with it on, unless its profile has read-only unticked. "
                                    "Switching it here lasts for this connection only."));
    connect(m_readOnlyAction, &QAction::toggled, this, [this, icon](bool on) {
        if (m_session)
            m_session->setReadOnly(on);
        m_readOnlyAction->setText(on ? tr("Read-&only") : tr("Changes &Allowed"));
        m_readOnlyAction->setIcon(on ? icon("object-locked", QStyle::SP_DialogNoButton) : icon("object-unlocked", QStyle::SP_DialogYesButton));
    });
    QMenu *syntax = view->addMenu(tr("Term &Syntax"));
    m_syntaxGroup = new QActionGroup(this);
    const std::pair<AgentClient::SyntaxChoice, QString> syntaxes[] = {
        {AgentClient::SyntaxChoice::Auto, tr("&Automatic (Elixir on Elixir nodes)")},
        {AgentClient::SyntaxChoice::Erlang, tr("&Erlang")},
        {AgentClient::SyntaxChoice::Elixir, tr("E&lixir")}};
    for (const auto &choice : syntaxes) {
        QAction *a = syntax->addAction(choice.second);
        a->setCheckable(true);
        a->setChecked(choice.first == AgentClient::SyntaxChoice::Auto);
        a->setData(int(choice.first));
        m_syntaxGroup->addAction(a);
    }
    connect(m_syntaxGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        if (m_session)
            m_session->setSyntaxChoice(AgentClient::SyntaxChoice(a->data().toInt()));
    });
    view->addAction(m_readOnlyAction);
    // View ▸ Theme: the whole application at once, saved for the next start. Every window's
    // menu follows a switch made in another.
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto *themes = new QActionGroup(this);
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark}) {
        QAction *a = themeMenu->addAction(Theme::displayName(mode));
        a->setObjectName(QStringLiteral("theme-") + Theme::key(mode));
        a->setCheckable(true);
        a->setChecked(mode == Theme::current());
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [mode] {
            Theme::save(mode);
            Theme::apply(mode);
        });
    }
    connect(Theme::instance(), &Theme::modeChanged, themes, [themes](Theme::Mode mode) {
        for (QAction *a : themes->actions())
            a->setChecked(a->objectName() == QStringLiteral("theme-") + Theme::key(mode));
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *shortcuts = help->addAction(icon("help-keyboard-shortcuts", QStyle::SP_DialogHelpButton), tr("&Keyboard Shortcuts"),
                                      this, [this] { openShortcuts(); });
    shortcuts->setObjectName(QStringLiteral("action_shortcuts"));
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    help->addAction(tr("&About Beamtop"), this, &MainWindow::about);

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addAction(m_connectAction);
    tb->addAction(m_disconnectAction);
    tb->addSeparator();
    tb->addAction(m_refreshAction);
    tb->addAction(m_pauseAction);
    tb->addAction(m_readOnlyAction);
    auto *every = new QLabel(tr("  Refresh every "), tb);
    m_interval = new SecondsSpinBox(tb);
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setRangeMs(MinimumIntervalMs, MaximumIntervalMs); // the profiles' range
    m_interval->setSingleStep(0.25);
    m_interval->setValueMs(DefaultIntervalMs);
    m_interval->setToolTip(tr("Time between refreshes (at least %1 ms)").arg(MinimumIntervalMs));
    every->setBuddy(m_interval);
    tb->addWidget(every);
    tb->addWidget(m_interval);
    connect(m_interval, &QDoubleSpinBox::valueChanged, this, [this] { setRefreshIntervalMs(m_interval->valueMs()); });
}

void MainWindow::createLayout()
{
    m_pageList = new QListWidget;
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setIconSize(QSize(22, 22));
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_pages = new QStackedWidget;
    const auto &pages = PageRegistry::pages();
    for (size_t i = 0; i < pages.size(); ++i) {
        const PageInfo &info = pages[i];
        auto *item = new QListWidgetItem(info.icon(), info.translatedTitle(), m_pageList);
        if (i < 9)
            item->setToolTip(tr("%1 (Ctrl+%2)").arg(info.translatedTitle()).arg(i + 1));
        Page *p = info.create(m_pages);
        p->setObjectName(QString::fromLatin1(info.id));
        if (auto *mnesia = qobject_cast<MnesiaPage *>(p))
            connect(mnesia, &MnesiaPage::openContents, this,
                    [this](const QString &table) { openTableContents(TableBrowser::Source::Mnesia, Term::binary(table.toUtf8())); });
        if (auto *apps = qobject_cast<ApplicationsPage *>(p))
            connect(apps, &ApplicationsPage::showProcesses, this, &MainWindow::showProcesses);
        m_pages->addWidget(p);
        m_pageWidgets.append(p);
    }
    m_pageList->setFixedWidth(qMax(140, m_pageList->sizeHintForColumn(0) + 24));
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentIndex(row); // a page shown subscribes to what it needs
    });
    m_pageList->setCurrentRow(0);

    m_notice = new NoticeBar;
    m_notice->setObjectName(QStringLiteral("notice"));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_badge = new ProfileBadge;
    rightLayout->addWidget(m_badge);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_pages, 1);

    auto *central = new QWidget;
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_pageList);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    row->addWidget(line);
    row->addWidget(right, 1);
    setCentralWidget(central);

    m_status = new SessionStatusBar(this);
    setStatusBar(m_status);
    connect(m_status, &SessionStatusBar::alertsClicked, this, [this] {
        showPage(int(m_pageWidgets.indexOf(page(QStringLiteral("alerts")))));
    });
    m_notifier = new DesktopNotifier(this);
}

void MainWindow::loadSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start: most of the screen, centred, so the charts and tables have room.
        const QRect available = screen()->availableGeometry();
        QRect r(QPoint(), available.size() * 4 / 5);
        r.moveCenter(available.center());
        setGeometry(r);
    }
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    for (Page *p : qAsConst(m_pageWidgets))
        ColumnState::restore(s, p->objectName(), p);
    const int ms = s.value(QStringLiteral("refresh/intervalMs"), DefaultIntervalMs).toInt();
    m_interval->setValueMs(qBound(MinimumIntervalMs, ms, MaximumIntervalMs));
    const int page = s.value(QStringLiteral("window/page"), 0).toInt();
    if (page >= 0 && page < m_pageWidgets.size())
        showPage(page);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    if (!m_profile) // a profile's own interval is not everyone's default
        s.setValue(QStringLiteral("refresh/intervalMs"), m_intervalMs);
    s.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
    for (Page *p : m_pageWidgets)
        ColumnState::save(s, p->objectName(), p);
}

ConnectDialog *MainWindow::connectDialog() const
{
    return m_dialog;
}

ShortcutsDialog *MainWindow::openShortcuts()
{
    // Made anew each time: the shortcuts are read from the actions as they are now.
    if (m_shortcuts)
        m_shortcuts->close();
    m_shortcuts = new ShortcutsDialog(this);
    m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcuts->show();
    return m_shortcuts;
}

Page *MainWindow::page(const QString &id) const
{
    for (Page *p : m_pageWidgets) {
        if (p->objectName() == id)
            return p;
    }
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_pages->currentWidget());
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pageWidgets.size())
        m_pageList->setCurrentRow(index);
}

void MainWindow::showProcesses(const QString &filter)
{
    auto *processes = qobject_cast<RankedTablePage *>(page(QStringLiteral("processes")));
    if (!processes)
        return;
    processes->setFilterText(filter);
    showPage(int(m_pageWidgets.indexOf(processes)));
}

void MainWindow::setRefreshIntervalMs(int ms)
{
    ms = qBound(MinimumIntervalMs, ms, MaximumIntervalMs);
    m_intervalMs = ms;
    if (m_session)
        m_session->setRefreshIntervalMs(ms);
    if (m_interval->valueMs() != ms)
        m_interval->setValueMs(ms);
}

void MainWindow::setPaused(bool paused)
{
    m_paused = paused;
    if (m_session)
        m_session->setPaused(paused);
    if (m_pauseAction->isChecked() != paused)
        m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(QIcon::fromTheme(paused ? QStringLiteral("media-playback-start") : QStringLiteral("media-playback-pause"),
                                            style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause)));
    updateNotice();
}

void MainWindow::refreshNow()
{
    if (m_session)
        m_session->refresh(); // the next tick a full interval from now
}

void MainWindow::copy()
{
    if (auto *table = qobject_cast<ItemTableView *>(QApplication::focusWidget())) {
        table->copy();
        return;
    }
    if (Page *p = currentPage())
        QApplication::clipboard()->setText(p->copyText());
}

void MainWindow::openConnectDialog(const QString &node, const QString &cookieFile, bool connectNow)
{
    if (!m_dialog) {
        m_dialog = new ConnectDialog(this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ConnectDialog::connected, this, &MainWindow::adoptClient);
    }
    if (!node.isEmpty())
        m_dialog->setNode(node);
    if (!cookieFile.isEmpty())
        m_dialog->setCookieFile(cookieFile);
    m_dialog->open();
    if (connectNow)
        m_dialog->startConnect();
}

void MainWindow::adoptClient(NodeClient *client)
{
    StartupProfile::mark(QStringLiteral("connected"));
    setProfile(std::nullopt); // connected through the dialog, not a profile
    AgentClient::Options agent;
    agent.useAgent = m_options.useAgent;
    setSession(new NodeSession(client, agent, this));
}

void MainWindow::connectWith(const ConnectOptions &options)
{
    setProfile(std::nullopt); // no profile's badge, title or read-only choice carries over
    startSession(options);
}

void MainWindow::reconnect()
{
    if (!m_session)
        return;
    const ConnectOptions options = m_session->client()->options();
    const bool readOnly = m_session->isReadOnly();
    const AgentClient::SyntaxChoice syntax = m_session->syntaxChoice();
    startSession(options);
    m_session->setReadOnly(readOnly);
    m_session->setSyntaxChoice(syntax);
}

void MainWindow::startSession(const ConnectOptions &options)
{
    auto *client = new NodeClient;
    AgentClient::Options agent;
    agent.useAgent = m_options.useAgent;
    // Connect first so the session knows its node from the start; the outcome arrives as a
    // queued signal, after the session is listening.
    client->connectToNode(options);
    connect(client, &NodeClient::connected, this, [] { StartupProfile::mark(QStringLiteral("connected")); });
    setSession(new NodeSession(client, agent, this));
}

TableContentsWindow *MainWindow::openTableContents(TableBrowser::Source source, const Term &table)
{
    if (!m_session)
        return nullptr;
    const QString key = TableContentsWindow::keyFor(source, table);
    if (TableContentsWindow *w = m_tableContents.raise(key))
        return w;
    auto *w = new TableContentsWindow(m_session, source, table, this);
    m_tableContents.insert(key, w);
    w->show();
    return w;
}

QList<TableContentsWindow *> MainWindow::tableContentsWindows() const
{
    return m_tableContents.windows();
}

void MainWindow::setSession(NodeSession *session)
{
    if (m_session) {
        NodeSession *old = m_session;
        disconnect(old, nullptr, this, nullptr);
        disconnect(old->alerts(), nullptr, this, nullptr);
        // Leave the old node clean (the agent unloads itself), then let the session go.
        connect(old, &NodeSession::closed, old, &QObject::deleteLater);
        old->close();
    }
    m_session = session;
    m_lostReason.clear();
    m_lostAt = {};
    if (session) {
        connect(session, &NodeSession::stateChanged, this, [this](NodeSession::State s) {
            if (s == NodeSession::State::Live)
                StartupProfile::mark(QStringLiteral("agent ready: ") + m_session->agent()->modeText());
            updateActions();
            updateNotice();
            updateTitle();
        });
        connect(session, &NodeSession::staleChanged, this, [this](bool stale) {
            for (Page *p : qAsConst(m_pageWidgets))
                p->setStale(stale);
            updateNotice();
        });
        connect(session, &NodeSession::sampleReady, this, [this] {
            StartupProfile::firstData();
            if (m_notice->kind() == NoticeBar::Kind::Warning && m_notice->isVisible())
                updateNotice(); // a failed refresh is over
        });
        connect(session, &NodeSession::linkLost, this, [this](const QString &reason) {
            m_lostReason = reason;
            m_lostAt = QDateTime::currentDateTime();
            updateNotice();
        });
        connect(session, &NodeSession::reconnectScheduled, this, [this] { updateNotice(); });
        connect(session, &NodeSession::connectFailed, this, [this] { updateNotice(); });
        connect(session, &NodeSession::fetchFailed, this, [this] { updateNotice(); });
        connect(session, &NodeSession::lateChanged, this, [this] { updateNotice(); });
        applyAlertRules(session);
    }
    for (Page *p : qAsConst(m_pageWidgets)) {
        p->setSession(session);
        p->setStale(session && session->isStale());
    }
    m_status->setSession(session);
    updateAlertCount();
    if (session) {
        session->setRefreshIntervalMs(m_intervalMs);
        session->setPaused(m_paused);
        connect(session, &NodeSession::readOnlyChanged, m_readOnlyAction, &QAction::setChecked);
    }
    m_readOnlyAction->setChecked(!session || session->isReadOnly());
    for (QAction *a : m_syntaxGroup->actions())
        a->setChecked(AgentClient::SyntaxChoice(a->data().toInt()) == (session ? session->syntaxChoice() : AgentClient::SyntaxChoice::Auto));
    updateActions();
    updateNotice();
    updateTitle();
}

void MainWindow::applyAlertRules(NodeSession *session)
{
    // The rules of the window's profile, or those of connections without one; a file with
    // faults gives the rules it could read, and the Alerts page says what it skipped.
    const QString profileId = m_profile ? m_profile->id : QString();
    const RuleStore store;
    const RuleStore::Loaded loaded = store.load(profileId);
    AlertMonitor *alerts = session->alerts();
    alerts->setRules(loaded.rules);
    alerts->setLogFile(AlertLog::defaultFileName(session->nodeName()));
    if (auto *alertsPage = qobject_cast<AlertsPage *>(page(QStringLiteral("alerts"))))
        alertsPage->setRuleSource(store, profileId, loaded.problems);
    connect(alerts, &AlertMonitor::activeChanged, this, &MainWindow::updateAlertCount);
    connect(alerts, &AlertMonitor::fired, this, [this](const AlertEvent &e) {
        if (AlertsPage::notificationsEnabled() && m_session)
            m_notifier->notify(e, m_session->nodeName());
    });
}

void MainWindow::updateAlertCount()
{
    // The page list says how many alerts are active, like the status bar.
    const int row = int(m_pageWidgets.indexOf(page(QStringLiteral("alerts"))));
    QListWidgetItem *item = m_pageList->item(row);
    if (!item)
        return;
    const QString title = PageRegistry::pages()[size_t(row)].translatedTitle();
    const int active = m_session ? m_session->alerts()->activeCount() : 0;
    const int fresh = m_session ? m_session->alerts()->unacknowledgedCount() : 0;
    item->setText(active > 0 ? tr("%1 (%2)").arg(title).arg(active) : title);
    QFont f = m_pageList->font();
    f.setBold(fresh > 0); // new alerts ask for attention; acknowledged ones only count
    item->setFont(f);
}

void MainWindow::disconnectFromNode()
{
    if (!m_session)
        return;
    m_session->close();
}

void MainWindow::startDemo()
{
    setProfile(std::nullopt);
    if (!m_demo) {
        m_demo = new DemoNode(this);
        connect(m_demo, &DemoNode::stageChanged, this, [this](DemoNode::Stage s) {
            StartupProfile::mark(DemoNode::stageText(s));
            updateNotice();
        });
        connect(m_demo, &DemoNode::ready, this, &MainWindow::connectWith);
        connect(m_demo, &DemoNode::failed, this, [this](const QString &error) {
            m_demoError = error;
            updateNotice();
        });
        connect(m_demo, &DemoNode::exited, this, [this] { updateNotice(); });
    }
    if (m_demo->stage() == DemoNode::Stage::Running) {
        connectWith(m_demo->connectOptions());
        return;
    }
    m_demoError.clear();
    if (m_session)
        setSession(nullptr);
    m_demo->start();
    updateNotice();
}

void MainWindow::updateActions()
{
    const bool open = m_session && m_session->state() != NodeSession::State::Disconnected
        && m_session->state() != NodeSession::State::Closing;
    m_disconnectAction->setEnabled(open);
    m_refreshAction->setEnabled(m_session && m_session->isLive());
    m_readOnlyAction->setEnabled(m_session);
    m_syntaxGroup->setEnabled(m_session);
    const bool demoBusy = m_demo
        && (m_demo->stage() == DemoNode::Stage::Preparing || m_demo->stage() == DemoNode::Stage::Starting
            || m_demo->stage() == DemoNode::Stage::Registering);
    m_demoAction->setEnabled(!demoBusy);
}

SessionFacts MainWindow::sessionFacts() const
{
    SessionFacts f;
    if (m_demo) {
        f.demoStage = m_demo->stage();
        f.demoError = m_demoError;
        f.demoOutput = m_demo->outputTail();
    }
    if (m_session) {
        f.hasSession = true;
        f.node = m_session->nodeName();
        f.state = m_session->state();
        f.hasSample = m_session->lastSample().has_value();
        f.lastSampleAt = m_session->lastSampleAt();
        f.lastError = m_session->lastError();
        f.fetchError = m_session->fetchError();
        f.stale = m_session->isStale();
        f.lateForMs = m_session->lateForMs();
    }
    f.lostAt = m_lostAt;
    f.lostReason = m_lostReason;
    f.paused = m_paused;
    return f;
}

void MainWindow::updateNotice()
{
    updateActions();
    const std::optional<SessionNotice> notice = SessionNotice::describe(sessionFacts());
    if (!notice) {
        m_notice->clear();
        return;
    }
    m_notice->showNotice(notice->kind, notice->headline, notice->detail);
    if (notice->actions.isEmpty())
        return;
    QList<QAction *> buttons;
    for (const SessionNotice::Action a : notice->actions) {
        switch (a) {
        case SessionNotice::Action::Reconnect: buttons << m_reconnectAction; break;
        case SessionNotice::Action::Connect: buttons << m_connectAction; break;
        case SessionNotice::Action::RetryDemo: buttons << m_retryDemoAction; break;
        case SessionNotice::Action::Pause: buttons << m_pauseAction; break;
        }
    }
    m_notice->setActions(buttons);
}

void MainWindow::updateTitle()
{
    if (m_session && m_profile)
        setWindowTitle(tr("%1 (%2) — Beamtop").arg(m_profile->name, m_session->nodeName()));
    else
        setWindowTitle(m_session ? tr("%1 — Beamtop").arg(m_session->nodeName()) : tr("Beamtop"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // Detach from the agent first so the node is left as it was; bounded, never a hang.
    if (!m_readyToClose && m_session
        && (m_session->state() == NodeSession::State::Live || m_session->state() == NodeSession::State::LoadingAgent
            || m_session->state() == NodeSession::State::Closing)) {
        event->ignore();
        if (m_closing)
            return;
        m_closing = true;
        auto finish = [this] {
            m_readyToClose = true;
            close();
        };
        connect(m_session, &NodeSession::closed, this, finish);
        QTimer::singleShot(CloseTimeoutMs, this, finish);
        m_session->close();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

MainWindow *MainWindow::openWindow()
{
    auto *w = new MainWindow(m_options);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->resize(size());
    w->move(pos() + QPoint(32, 32));
    w->show();
    return w;
}

void MainWindow::connectProfile(const Profile &profile, const QByteArray &cookie)
{
    ConnectOptions o = profile.connectOptions(cookie);
    o.autoReconnect = true;
    setProfile(profile);
    setRefreshIntervalMs(profile.refreshIntervalMs);
    startSession(o);
    // The profile's saved default; unticked there, this connection starts with actions on
    // (the status bar says so).
    m_session->setReadOnly(profile.readOnly);
    m_session->setSyntaxChoice(AgentClient::SyntaxChoice(int(profile.syntax))); // same order
}

void MainWindow::setProfile(const std::optional<Profile> &profile)
{
    m_profile = profile;
    m_status->setProfileName(profile && !profile->readOnly ? profile->name : QString());
    if (profile) {
        m_badge->setProfile(profile->name, profile->colour,
                            tr("Profile “%1”: %2").arg(profile->name, profile->node));
    } else {
        m_badge->clearProfile();
    }
    updateTitle();
}

ProfileManager *MainWindow::openProfileManager()
{
    if (!m_profileManager) {
        m_profileManager = new ProfileManager(this);
        m_profileManager->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profileManager, &ProfileManager::connectRequested, this,
                [this](const Profile &p) { ProfileLauncher::launch(this, p); });
    }
    m_profileManager->open();
    return m_profileManager;
}

void MainWindow::fillProfilesMenu(QMenu *menu)
{
    menu->clear();
    ProfileStore store;
    const QVector<Profile> all = store.profiles();
    const QVector<Profile> recent = store.recent(8);
    auto add = [this, menu](const Profile &p) {
        auto *a = menu->addAction(tr("%1 — %2").arg(p.name, p.node));
        a->setToolTip(tr("Connect through the profile “%1”").arg(p.name));
        connect(a, &QAction::triggered, this, [this, p] { ProfileLauncher::launch(this, p); });
    };
    if (all.isEmpty()) {
        menu->addAction(tr("No profiles yet"))->setEnabled(false);
    } else if (!recent.isEmpty()) {
        menu->addSection(tr("Recent"));
        for (const Profile &p : recent)
            add(p);
        if (all.size() > recent.size()) {
            menu->addSection(tr("All"));
            int shown = 0;
            for (const Profile &p : all) {
                const bool isRecent = std::any_of(recent.begin(), recent.end(), [&p](const Profile &r) { return r.id == p.id; });
                if (!isRecent && shown++ < 30)
                    add(p);
            }
        }
    } else {
        for (int i = 0; i < qMin(int(all.size()), 38); ++i)
            add(all.at(i));
    }
    menu->addSeparator();
    menu->addAction(tr("Manage Profiles…"), this, [this] { openProfileManager(); });
}

} // namespace beamtop
