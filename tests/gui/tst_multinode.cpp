// SPDX-License-Identifier: GPL-3.0-or-later
// Several nodes at once, through profiles: a window per node, the cluster panel's one-click
// connect with the same cookie, a node that dies without disturbing the other window, and the
// profile editor with a keychain that works and one that is not there, the read-only rule
// (a profile's saved default; ad-hoc connections always read-only) and the choice offered at
// connect time without a keychain. Real nodes; the keychain is the in-memory fake
// (tst_keychain covers the real one).
#include "clustermodel.h"
#include "clusterpanel.h"
#include "cookieprompt.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "session/nodesession.h"
#include "noticebar.h"
#include "profilebadge.h"
#include "profileeditor.h"
#include "profilelauncher.h"
#include "profilelistmodel.h"
#include "profilemanager.h"
#include "profiles/fakesecretstore.h"
#include "profiles/profilestore.h"
#include "sessionstatusbar.h"
#include "testnode.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {
QList<MainWindow *> windows()
{
    QList<MainWindow *> out;
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget *w : all) {
        if (auto *m = qobject_cast<MainWindow *>(w); m && m->isVisible())
            out.append(m);
    }
    return out;
}

MainWindow *windowOf(const QString &node)
{
    const QList<MainWindow *> all = windows();
    for (MainWindow *w : all) {
        if (w->session() && w->session()->nodeName() == node)
            return w;
    }
    return nullptr;
}

ClusterPanel *clusterPanel(MainWindow *w)
{
    return qobject_cast<ClusterPanel *>(w->page(QStringLiteral("cluster")));
}

// Shows a window's Cluster page, as a user would: a shown page subscribes to its feed.
ClusterPanel *showClusterPanel(MainWindow *w)
{
    auto *pages = w->findChild<QListWidget *>(QStringLiteral("pageList"));
    w->show();
    w->showPage(pages->row(pages->findItems(QStringLiteral("Cluster"), Qt::MatchExactly).value(0)));
    return clusterPanel(w);
}

bool settingsHold(const QByteArray &needle)
{
    QFile f(ProfileStore().fileName());
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}
} // namespace

class TestMultiNode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    FakeSecretStore *m_secrets = nullptr;
    QByteArray m_cookie;
    std::unique_ptr<TestNode> m_a, m_b; // one cluster, one cookie
    std::unique_ptr<MainWindow> m_first; // the window the user started with

    Profile saveProfile(const QString &name, const TestNode &node, Profile::CookieSource source, bool readOnly = true)
    {
        Profile p;
        p.name = name;
        p.node = node.nodeName();
        p.cookieSource = source;
        p.colour = QStringLiteral("#c62828");
        p.refreshIntervalMs = 500;
        p.readOnly = readOnly;
        ProfileStore store;
        QString why;
        if (!store.save(&p, &why))
            qWarning("%s", qPrintable(why));
        if (source == Profile::CookieSource::Keychain)
            m_secrets->setSecret(p.secretKey(), node.cookie());
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
        m_secrets = new FakeSecretStore(this);
        SecretStore::setInstance(m_secrets);
        m_cookie = TestNode::randomToken(20).toLatin1();
        TestNode::Options o;
        o.cookie = m_cookie;
        m_a = std::make_unique<TestNode>(o);
        m_b = std::make_unique<TestNode>(o);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        QCOMPARE(m_a->eval(QStringLiteral("net_kernel:connect_node('%1')").arg(m_b->nodeName())), QStringLiteral("true"));
    }

    void cleanupTestCase()
    {
        const QList<MainWindow *> all = windows();
        for (MainWindow *w : all) {
            if (w != m_first.get())
                w->close(); // each deletes itself once its node is left clean
        }
        QTRY_VERIFY_WITH_TIMEOUT(windows().size() <= 1, 15000);
        m_first.reset();
        SecretStore::setInstance(nullptr);
    }

    // Done means: saved nodes connect with one click, each in a window of its own.
    void profileConnectsInItsWindow()
    {
        const Profile a = saveProfile(QStringLiteral("Node A"), *m_a, Profile::CookieSource::Keychain);
        QVERIFY(!settingsHold(m_cookie));
        m_first = std::make_unique<MainWindow>();
        m_first->show();
        QVERIFY(ProfileLauncher::launch(m_first.get(), QStringLiteral("node a")));
        QTRY_VERIFY2_WITH_TIMEOUT(m_first->session() && m_first->session()->isLive(), qPrintable(m_first->notice()->text()), 30000);
        QCOMPARE(windows().size(), 1); // an empty window takes the first node itself
        QCOMPARE(m_first->session()->nodeName(), m_a->nodeName());
        QVERIFY(m_first->session()->isReadOnly());
        QCOMPARE(m_first->refreshIntervalMs(), 500);
        QVERIFY(m_first->profileBadge()->isVisible());
        QCOMPARE(m_first->profileBadge()->text(), a.name);
        QCOMPARE(m_first->profileBadge()->colour(), a.colour);
        QVERIFY(m_first->windowTitle().contains(a.name));
        m_first->resize(1100, 700);
        test::screenshot(m_first.get(), QStringLiteral("profile-window"));
        QTRY_VERIFY(ProfileStore().find(a.name)->lastConnected.isValid());
    }

    // The cluster panel lists B (visible) and connects to it with A's cookie in a new window.
    void clusterPanelConnectsWithTheSameCookie()
    {
        QVERIFY(m_first && m_first->session());
        ClusterPanel *panel = clusterPanel(m_first.get());
        QVERIFY(panel);
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(showClusterPanel(m_first.get()), panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowOf(m_b->nodeName()) >= 0, 10000);
        const int row = panel->model()->rowOf(m_b->nodeName());
        QCOMPARE(panel->model()->index(row, ClusterModel::Connection).data(RowTableModel::RawValueRole).toString(),
                 QStringLiteral("visible"));
        QCOMPARE(panel->model()->index(row, ClusterModel::ProfileName).data(RowTableModel::RawValueRole).toString(), QString());
        // Our own hidden node is not offered.
        QCOMPARE(panel->model()->rowOf(m_first->session()->client()->info().selfNode), -1);

        panel->connectToNode(m_b->nodeName());
        QTRY_VERIFY_WITH_TIMEOUT(windowOf(m_b->nodeName()) && windowOf(m_b->nodeName())->session()->isLive(), 30000);
        MainWindow *second = windowOf(m_b->nodeName());
        QVERIFY(second != m_first.get());
        QCOMPARE(windows().size(), 2);
        QCOMPARE(showClusterPanel(m_first.get()), panel);
        QCOMPARE(m_first->currentPage(), panel);
        test::screenshot(m_first.get(), QStringLiteral("cluster-page"));
        QCOMPARE(second->session()->client()->options().cookie, m_cookie);
        QVERIFY(!second->profileBadge()->isVisible()); // no profile for B
        QVERIFY(m_first->session()->isLive()); // the first window keeps its node

        // From B's side, A is listed with its profile.
        ClusterPanel *other = showClusterPanel(second);
        QTRY_VERIFY_WITH_TIMEOUT(other->model()->rowOf(m_a->nodeName()) >= 0, 10000);
        QCOMPARE(other->model()->index(other->model()->rowOf(m_a->nodeName()), ClusterModel::ProfileName)
                     .data(RowTableModel::RawValueRole).toString(),
                 QStringLiteral("Node A"));
    }

    // A dies: its window goes stale and reconnects; B's window keeps refreshing as before.
    void oneNodeDiesTheOtherWindowCarriesOn()
    {
        MainWindow *first = m_first.get();
        MainWindow *second = windowOf(m_b->nodeName());
        QVERIFY(first && second && first->session()->isLive() && second->session()->isLive());
        QSignalSpy bSamples(second->session(), &NodeSession::sampleReady);
        QSignalSpy bStates(second->session(), &NodeSession::stateChanged);
        m_a->kill();
        QTRY_VERIFY_WITH_TIMEOUT(first->session()->state() == NodeSession::State::Reconnecting, 15000);
        QVERIFY(first->session()->isStale());
        const int before = bSamples.count();
        QTRY_VERIFY_WITH_TIMEOUT(bSamples.count() >= before + 3, 15000);
        QVERIFY(second->session()->isLive());
        QVERIFY(!second->session()->isStale());
        QCOMPARE(bStates.count(), 0);
        QVERIFY(second->notice()->kind() != NoticeBar::Kind::Error || !second->notice()->isVisible());
        // B's cluster panel sees A go.
        ClusterPanel *panel = showClusterPanel(second);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowOf(m_a->nodeName()) < 0, 10000);
    }

    // A profile that asks for its cookie: the prompt, then the connection.
    void askingProfilePromptsForTheCookie()
    {
        const Profile p = saveProfile(QStringLiteral("B asks"), *m_b, Profile::CookieSource::Ask);
        MainWindow *second = windowOf(m_b->nodeName());
        QVERIFY(second);
        const int windowsBefore = windows().size();
        ProfileLauncher::launch(second, p);
        CookiePrompt *prompt = nullptr;
        QTRY_VERIFY((prompt = second->findChild<CookiePrompt *>()) != nullptr);
        QVERIFY(!prompt->remember()); // nothing to remember for an asking profile
        prompt->setCookie(m_cookie);
        prompt->accept();
        QTRY_COMPARE(windows().size(), windowsBefore + 1); // B's window is busy: a new one
        MainWindow *third = nullptr;
        for (MainWindow *w : windows()) {
            if (w->profile() && w->profile()->id == p.id)
                third = w;
        }
        QVERIFY(third);
        QTRY_VERIFY_WITH_TIMEOUT(third->session()->isLive(), 30000);
        QVERIFY(m_secrets->secrets().value(p.secretKey()).isEmpty()); // never stored
        third->close();
        QTRY_COMPARE(windows().size(), windowsBefore);
    }

    // The editor: the cookie goes to the keychain, never the settings file; without a
    // keychain the user is told and offered a file or asking, and nothing is saved.
    void editorKeepsCookiesInTheKeychain()
    {
        ProfileManager manager(nullptr, nullptr, m_secrets);
        QAbstractItemModelTester tester(manager.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = manager.model()->rowCount();
        ProfileEditor *editor = manager.newProfile();
        QVERIFY(editor);
        editor->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Cache"));
        editor->findChild<QLineEdit *>(QStringLiteral("node"))->setText(m_b->nodeName());
        editor->setCookie("cookie-for-cache");

        m_secrets->setBehaviour(FakeSecretStore::Behaviour::Unavailable);
        editor->accept();
        QTRY_VERIFY(!editor->errorText().isEmpty());
        QVERIFY2(editor->errorText().contains(QStringLiteral("keychain")), qPrintable(editor->errorText()));
        QVERIFY(editor->isVisible());
        QVERIFY(!ProfileStore().find(QStringLiteral("Cache")));
        QVERIFY(!settingsHold("cookie-for-cache"));
        auto *notice = editor->findChild<NoticeBar *>(QStringLiteral("editorNotice"));
        QToolButton *useFile = nullptr;
        for (QToolButton *b : notice->findChildren<QToolButton *>()) {
            if (b->text().contains(QStringLiteral("File")))
                useFile = b;
        }
        QVERIFY(useFile);
        editor->resize(640, 560);
        test::screenshot(editor, QStringLiteral("profile-editor-no-keychain"));

        m_secrets->setBehaviour(FakeSecretStore::Behaviour::Work);
        QSignalSpy saved(editor, &ProfileEditor::saved);
        editor->accept();
        QTRY_COMPARE(saved.count(), 1);
        const Profile p = saved.at(0).at(0).value<Profile>();
        QCOMPARE(m_secrets->secrets().value(p.secretKey()), QByteArray("cookie-for-cache"));
        QVERIFY(!settingsHold("cookie-for-cache"));
        QTRY_COMPARE(manager.model()->rowCount(), before + 1);
        QCOMPARE(manager.selected()->id, p.id);
        manager.show();
        test::screenshot(&manager, QStringLiteral("profile-manager"));

        // Double-click (Enter) connects: the manager hands the profile over.
        QSignalSpy connectRequested(&manager, &ProfileManager::connectRequested);
        manager.connectSelected();
        QCOMPARE(connectRequested.count(), 1);
        QCOMPARE(connectRequested.at(0).at(0).value<Profile>().id, p.id);

        // Delete takes the keychain entry too.
        manager.select(p.id);
        manager.deleteSelected(false);
        QTRY_VERIFY(!m_secrets->secrets().contains(p.secretKey()));
        QVERIFY(!ProfileStore().find(QStringLiteral("Cache")));
    }

    // The read-only rule: a profile's box is the saved default for its connections; a
    // connection without a profile always starts read-only, whatever the window had before;
    // Reconnect keeps the current connection's choice.
    void readOnlyFollowsTheProfileAdHocConnectionsStartReadOnly()
    {
        const Profile p = saveProfile(QStringLiteral("B with actions"), *m_b, Profile::CookieSource::Keychain, false);
        MainWindow w;
        w.show();
        auto *readOnly = w.findChild<QAction *>(QStringLiteral("readOnlyAction"));
        QVERIFY(readOnly);
        ProfileLauncher::launch(&w, p);
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QVERIFY(!w.session()->isReadOnly());
        QVERIFY(!readOnly->isChecked());
        QCOMPARE(w.sessionStatusBar()->readOnlyText(), QStringLiteral("Actions enabled (profile B with actions)"));
        test::screenshot(&w, QStringLiteral("profile-actions-enabled"));

        // The toolbar changes this connection only: the profile keeps its default...
        readOnly->trigger();
        QVERIFY(w.session()->isReadOnly());
        QVERIFY(w.sessionStatusBar()->readOnlyText().isEmpty());
        QCOMPARE(ProfileStore().find(p.name)->readOnly, false);
        // ...and a reconnect of this connection keeps what the user chose for it.
        NodeSession *before = w.session();
        w.reconnect();
        QVERIFY(w.session() != before);
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->isLive(), 30000);
        QVERIFY(w.session()->isReadOnly());
        QCOMPARE(w.profile()->id, p.id);
        readOnly->trigger();
        QVERIFY(!w.session()->isReadOnly());

        // Ad hoc, in the same window: read-only again, and nothing of the profile is left
        // (badge, title, status text).
        w.connectWith(m_b->connectOptions());
        QVERIFY(w.session()->isReadOnly());
        QVERIFY(readOnly->isChecked());
        QVERIFY(!w.profile());
        QVERIFY(!w.profileBadge()->isVisible());
        QVERIFY(!w.windowTitle().contains(p.name));
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->isLive(), 30000);
        QVERIFY(w.session()->isReadOnly());
        QVERIFY(w.sessionStatusBar()->readOnlyText().isEmpty());
        QVERIFY(!w.windowTitle().contains(p.name));
    }

    // A disconnected window reused for a node of the cluster panel: the old profile goes.
    void clusterConnectInAReusedWindowDropsTheProfile()
    {
        const Profile p = saveProfile(QStringLiteral("B colour"), *m_b, Profile::CookieSource::Keychain);
        MainWindow w;
        w.show();
        ProfileLauncher::launch(&w, p);
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QVERIFY(w.profileBadge()->isVisible());
        NodeSession *seenFrom = w.session();
        w.disconnectFromNode();
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->state(), NodeSession::State::Disconnected, 10000);
        QCOMPARE(ProfileLauncher::windowFor(&w), &w);
        // A node without a profile of its own (the name does not matter: it never connects).
        ProfileLauncher::launchClusterNode(&w, seenFrom, QStringLiteral("nobody_%1@localhost").arg(TestNode::randomToken(6)));
        QVERIFY(w.session() != seenFrom);
        QVERIFY(!w.profile());
        QVERIFY(!w.profileBadge()->isVisible());
        QVERIFY(!w.windowTitle().contains(p.name));
        QVERIFY(w.session()->isReadOnly());
    }

    // No keychain at connect time: the user is told, and chooses between typing the cookie
    // for this connection and pointing the profile at a cookie file (saved in the profile).
    // The cookie itself is never stored.
    void noKeychainAtConnectOffersFileOrTyping()
    {
        const Profile p = saveProfile(QStringLiteral("B no keychain"), *m_b, Profile::CookieSource::Keychain);
        m_secrets->setBehaviour(FakeSecretStore::Behaviour::Unavailable);
        auto restore = qScopeGuard([this] { m_secrets->setBehaviour(FakeSecretStore::Behaviour::Work); });
        MainWindow w;
        w.show();

        // 1. Typed, for this connection only.
        ProfileLauncher::launch(&w, p);
        CookiePrompt *prompt = nullptr;
        QTRY_VERIFY((prompt = w.findChild<CookiePrompt *>()) != nullptr);
        auto *typeChoice = prompt->findChild<QRadioButton *>(QStringLiteral("typeCookie"));
        auto *fileChoice = prompt->findChild<QRadioButton *>(QStringLiteral("useCookieFile"));
        QVERIFY(typeChoice && fileChoice);
        QVERIFY(typeChoice->isVisible() && fileChoice->isVisible());
        QVERIFY(typeChoice->isChecked());
        QVERIFY(!prompt->remember());
        test::screenshot(prompt, QStringLiteral("cookie-prompt-no-keychain"));
        prompt->setCookie(m_cookie);
        prompt->accept();
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QCOMPARE(w.profile()->id, p.id);
        QCOMPARE(ProfileStore().find(p.name)->cookieSource, Profile::CookieSource::Keychain); // unchanged
        QVERIFY(!settingsHold(m_cookie));
        w.disconnectFromNode();
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->state(), NodeSession::State::Disconnected, 10000);
        QTRY_VERIFY(!w.findChild<CookiePrompt *>());

        // 2. A cookie file: a file that holds no cookie is refused in the prompt; a good one
        // is saved in the profile (its path only) and used.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cookieFile = m_b->writeCookieFile(dir.path());
        ProfileLauncher::launch(&w, p);
        QTRY_VERIFY((prompt = w.findChild<CookiePrompt *>()) != nullptr);
        prompt->chooseCookieFile(dir.filePath(QStringLiteral("missing.cookie")));
        prompt->accept();
        QVERIFY(prompt->isVisible());
        QCOMPARE(ProfileStore().find(p.name)->cookieSource, Profile::CookieSource::Keychain);
        prompt->chooseCookieFile(cookieFile);
        QCOMPARE(prompt->cookieFile(), QDir::toNativeSeparators(cookieFile));
        prompt->accept();
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        const Profile changed = *ProfileStore().find(p.name);
        QCOMPARE(changed.cookieSource, Profile::CookieSource::File);
        QCOMPARE(changed.cookieFile, cookieFile);
        QCOMPARE(w.profile()->cookieSource, Profile::CookieSource::File);
        QVERIFY(!settingsHold(m_cookie)); // the path only
        w.disconnectFromNode();
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->state(), NodeSession::State::Disconnected, 10000);

        // 3. The next connect reads the file without asking.
        QTRY_VERIFY(!w.findChild<CookiePrompt *>());
        ProfileLauncher::launch(&w, changed);
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QVERIFY(!w.findChild<CookiePrompt *>());
    }
};

QTEST_MAIN(TestMultiNode)
#include "tst_multinode.moc"
