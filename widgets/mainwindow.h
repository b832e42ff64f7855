// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/agentclient.h"
#include "collect/tablecontents.h"
#include "node/nodeconnection.h"
#include "profiles/profile.h"
#include "windowset.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace beamtop {

class ConnectDialog;
class DesktopNotifier;
class DemoNode;
class NodeClient;
class NodeSession;
class TableContentsWindow;
class NoticeBar;
class Page;
class SecondsSpinBox;
struct SessionFacts;
class SessionStatusBar;
class ShortcutsDialog;
class ProfileBadge;
class ProfileManager;

// Beamtop's window: a page per view (side list, Ctrl+1…9), a toolbar to connect, pause and set
// the refresh interval, a notice bar for progress and trouble, and a status bar for the
// connection. Holds at most one session; when the link drops the data stays, greyed, until the
// backend has reconnected and fresh samples arrive.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool useAgent = true; // false: --no-agent, reduced mode on purpose
    };

    static constexpr int DefaultIntervalMs = Profile::DefaultRefreshIntervalMs;
    static constexpr int MinimumIntervalMs = Profile::MinRefreshIntervalMs;
    static constexpr int MaximumIntervalMs = Profile::MaxRefreshIntervalMs;

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The connection dialog, window-modal. With connectNow it starts connecting right away
    // (--connect); it stays open on failure.
    void openConnectDialog(const QString &node = {}, const QString &cookieFile = {}, bool connectNow = false);
    // Connects without the dialog and without a profile (the demo node, the cluster panel);
    // failures show in the notice bar. Like every connection without a profile it starts
    // read-only, and any profile shown in this window before is gone.
    void connectWith(const ConnectOptions &options);
    // Connects again to the node of the current session, keeping this connection's profile,
    // read-only choice and term syntax.
    void reconnect();
    // Starts the bundled demo node and connects to it.
    void startDemo();
    void disconnectFromNode();

    NodeSession *session() const { return m_session; }

    // Profiles and several nodes at once: one node per window, each with its own connection.
    Options options() const { return m_options; }
    // A new, empty window like this one, shown next to it; it deletes itself when closed.
    MainWindow *openWindow();
    // Connects through a profile (the cookie already fetched): its colour tag, refresh
    // interval, read-only default and term syntax apply to this window.
    void connectProfile(const Profile &profile, const QByteArray &cookie);
    const std::optional<Profile> &profile() const { return m_profile; }
    ProfileBadge *profileBadge() const { return m_badge; }
    // The profile manager, window-modal; double-click connects (ProfileLauncher).
    ProfileManager *openProfileManager();
    ConnectDialog *connectDialog() const;
    // Help ▸ Keyboard Shortcuts: every shortcut of the window and its pages, read as it opens.
    ShortcutsDialog *openShortcuts();
    DemoNode *demoNode() const { return m_demo; }
    NoticeBar *notice() const { return m_notice; }
    SessionStatusBar *sessionStatusBar() const { return m_status; }
    // Tells the desktop when an alert of this window's session fires.
    DesktopNotifier *desktopNotifier() const { return m_notifier; }
    Page *page(const QString &id) const;
    Page *currentPage() const;
    void showPage(int index);
    // The Processes page, filtered by filter (the Applications page's app:NAME, app:none).
    void showProcesses(const QString &filter);

    // A table's contents in a window of its own (one per table), reading from this window's
    // session; nullptr without one.
    TableContentsWindow *openTableContents(TableBrowser::Source source, const Term &table);
    QList<TableContentsWindow *> tableContentsWindows() const;

    int refreshIntervalMs() const { return m_intervalMs; }
    void setRefreshIntervalMs(int ms);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

public slots:
    void refreshNow();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void loadSettings();
    void saveSettings() const;
    void adoptClient(NodeClient *client);
    void startSession(const ConnectOptions &options);
    void setSession(NodeSession *session);
    void copy();
    void updateActions();
    SessionFacts sessionFacts() const;
    void updateNotice();
    void updateTitle();
    void about();
    void fillProfilesMenu(QMenu *menu);
    void setProfile(const std::optional<Profile> &profile);
    void applyAlertRules(NodeSession *session);
    void updateAlertCount();

    Options m_options;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QVector<Page *> m_pageWidgets;
    NoticeBar *m_notice = nullptr;
    SessionStatusBar *m_status = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    SecondsSpinBox *m_interval = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_retryDemoAction = nullptr;
    QAction *m_readOnlyAction = nullptr;
    QActionGroup *m_syntaxGroup = nullptr;
    ProfileBadge *m_badge = nullptr;
    std::optional<Profile> m_profile;
    QPointer<ProfileManager> m_profileManager;
    QPointer<ConnectDialog> m_dialog;
    QPointer<ShortcutsDialog> m_shortcuts;
    NodeSession *m_session = nullptr;
    DemoNode *m_demo = nullptr;
    QString m_demoError;
    int m_intervalMs = DefaultIntervalMs; // the session ticks; this is the window's setting
    bool m_paused = false;
    bool m_closing = false;
    bool m_readyToClose = false;
    QString m_lostReason;
    QDateTime m_lostAt;
    WindowSet<TableContentsWindow> m_tableContents; // by source and table
};

} // namespace beamtop
