// SPDX-License-Identifier: GPL-3.0-or-later
// The Mnesia page against real nodes, offscreen. A disc node with Mnesia running and three
// tables (disc, RAM and disc-only copies): the page fills with the database's facts and the
// tables (schema hidden until asked, sizes and memory read from the node), a transaction that
// holds a lock while another waits for it shows in the held locks, the lock queue and the
// ongoing transactions (oldest first), the transaction charts get their lines from the
// session's history, Contents… asks for the contents browser by table name, and the page
// follows its feed only while shown. Mnesia stopping turns the page into the plain notice; a
// node that never ran Mnesia shows only that notice.
//
// With BEAMTOP_SCREENSHOT_DIR set, the filled page is saved there (beamtop-mnesia.png).
#include "chartwidget.h"
#include "guitestutil.h"
#include "historychartsbox.h"
#include "itemtableview.h"
#include "mainwindow.h"
#include "mnesiafactsmodel.h"
#include "mnesialocksmodel.h"
#include "mnesiapage.h"
#include "mnesiatablesmodel.h"
#include "mnesiatransactionsmodel.h"
#include "noticebar.h"
#include "pageregistry.h"
#include "testnode.h"

#include "collect/mnesiacollector.h"
#include "session/nodesession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace beamtop;
using beamtop::test::TestNode;

class TestMnesiaPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_mnesiaDir;
    TestNode m_node;
    std::unique_ptr<MainWindow> m_window;
    MnesiaPage *m_page = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    MnesiaTablesModel *tables() const { return m_page->tablesModel(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_mnesiaDir.isValid());
        test::isolateSettings(m_settingsDir);
        test::applyThemeFromEnvironment();
        QVERIFY(m_node.start());
        // A disc node (the schema on disc, in a directory of the test's own) with one table
        // of each storage type, and some committed transactions.
        const QString tables = QStringLiteral(
            "{atomic, ok} = mnesia:create_table(bt_users, [{attributes, [id, name, email]}, {index, [email]}, "
            "{disc_copies, [node()]}]), "
            "{atomic, ok} = mnesia:create_table(bt_cache, [{attributes, [k, v]}, {ram_copies, [node()]}]), "
            "{atomic, ok} = mnesia:create_table(bt_log, [{attributes, [k, v]}, {type, bag}, {disc_only_copies, [node()]}]), "
            "[{atomic, ok} = mnesia:transaction(fun() -> mnesia:write({bt_users, I, <<\"name\">>, I}) end) "
            "|| I <- lists:seq(1, 200)]");
        QCOMPARE(m_node.startMnesia(m_mnesiaDir.path(), tables), QStringLiteral("ok"));

        m_window = std::make_unique<MainWindow>();
        m_page = test::showPageInWindow<MnesiaPage>(*m_window, QStringLiteral("mnesia"), QSize(1400, 1000));
        QVERIFY(m_page);
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                 m_page->tablesModel(), m_page->factsModel(), m_page->heldLocksModel(), m_page->lockQueueModel(),
                 m_page->transactionsModel()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_window->connectWith(m_node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isLive(), 30000);
    }

    void cleanupTestCase()
    {
        m_node.eval(QStringLiteral("catch bt_holder ! stop"));
        m_window.reset();
        m_testers.clear();
    }

    void registeredAfterTheNetworkPage()
    {
        const int index = test::pageIndex(QStringLiteral("mnesia"));
        QVERIFY(index >= 0);
        QVERIFY(index > test::pageIndex(QStringLiteral("network")));
        QCOMPARE(PageRegistry::pages()[size_t(index)].translatedTitle(), QStringLiteral("Mnesia"));
        // Its Ctrl+N shortcut follows its place.
        QAction *show = nullptr;
        for (QAction *a : m_window->actions()) {
            if (a->text() == QLatin1String("Mnesia") && !a->shortcut().isEmpty())
                show = a;
        }
        QVERIFY(show);
        if (index < 9)
            QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    }

    void pageFills()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_page->shown() == MnesiaPage::Shown::Database, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(tables()->rowOf(QStringLiteral("bt_users")) >= 0, 20000);
        // The schema is hidden at first.
        QCOMPARE(tables()->rowOf(QStringLiteral("schema")), -1);
        QCOMPARE(tables()->rowCount(), 3);
        QCOMPARE(test::displayValue(tables(), QStringLiteral("bt_users"), MnesiaTablesModel::Storage), QStringLiteral("disc"));
        QCOMPARE(test::displayValue(tables(), QStringLiteral("bt_cache"), MnesiaTablesModel::Storage), QStringLiteral("ram"));
        QCOMPARE(test::displayValue(tables(), QStringLiteral("bt_log"), MnesiaTablesModel::Storage), QStringLiteral("disc only"));
        QCOMPARE(test::displayValue(tables(), QStringLiteral("bt_log"), MnesiaTablesModel::Type), QStringLiteral("bag"));
        QCOMPARE(test::rawValue(tables(), QStringLiteral("bt_users"), MnesiaTablesModel::Size).toLongLong(), 200);
        QVERIFY(test::rawValue(tables(), QStringLiteral("bt_users"), MnesiaTablesModel::Memory).toLongLong() > 0);
        const int users = tables()->rowOf(QStringLiteral("bt_users"));
        QVERIFY(tables()->index(users, MnesiaTablesModel::Memory).data(Qt::ToolTipRole).toString().contains(QLatin1String("bytes")));
        QCOMPARE(test::displayValue(tables(), QStringLiteral("bt_users"), MnesiaTablesModel::DiscCopies), m_node.nodeName());
        QCOMPARE(test::displayValue(tables(), QStringLiteral("bt_users"), MnesiaTablesModel::WhereToRead), m_node.nodeName());
        QCOMPARE(test::displayValue(tables(), QStringLiteral("bt_users"), MnesiaTablesModel::Indexes), QStringLiteral("email (4)"));
        QCOMPARE(test::displayValue(tables(), QStringLiteral("bt_users"), MnesiaTablesModel::Attributes),
                 QStringLiteral("id, name, email"));
        QVERIFY2(m_page->tablesCaption().contains(QLatin1String("system tables hidden: 1")), qPrintable(m_page->tablesCaption()));

        MnesiaFactsModel *facts = m_page->factsModel();
        QCOMPARE(test::displayValue(facts, QStringLiteral("role"), MnesiaFactsModel::Value), QStringLiteral("disc node"));
        QCOMPARE(test::displayValue(facts, QStringLiteral("running_db_nodes"), MnesiaFactsModel::Value), m_node.nodeName());
        QCOMPARE(test::displayValue(facts, QStringLiteral("stopped_db_nodes"), MnesiaFactsModel::Value), QStringLiteral("none"));
        QVERIFY(test::displayValue(facts, QStringLiteral("directory"), MnesiaFactsModel::Value).contains(m_mnesiaDir.path()));
        QVERIFY(test::rawValue(facts, QStringLiteral("transaction_commits"), MnesiaFactsModel::Value).toLongLong() >= 200);
        QVERIFY(!test::displayValue(facts, QStringLiteral("version"), MnesiaFactsModel::Value).startsWith(QLatin1String("could not")));
        QCOMPARE(m_page->listCaption(QStringLiteral("held")), QStringLiteral("none"));
        QVERIFY(m_page->copyText().contains(QLatin1String("bt_users")));
    }

    void hideSystemTablesToggle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(tables()->rowOf(QStringLiteral("bt_users")) >= 0, 20000);
        QSignalSpy resets(tables(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(tables(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(tables(), &QAbstractItemModel::rowsRemoved);
        m_page->hideSystemBox()->setChecked(false);
        QVERIFY(tables()->rowOf(QStringLiteral("schema")) >= 0);
        QCOMPARE(test::displayValue(tables(), QStringLiteral("schema"), MnesiaTablesModel::Storage), QStringLiteral("disc"));
        QCOMPARE(m_page->tablesView()->model()->rowCount(), 4);
        QVERIFY(!m_page->tablesCaption().contains(QLatin1String("hidden")));
        // Shown, it stays through the next reading.
        QSignalSpy readings(m_window->session()->mnesia(), &MnesiaCollector::sampleReady);
        QVERIFY(readings.wait(10000));
        QVERIFY(tables()->rowOf(QStringLiteral("schema")) >= 0);
        m_page->hideSystemBox()->setChecked(true);
        QCOMPARE(tables()->rowOf(QStringLiteral("schema")), -1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(removed.count() >= 1);
    }

    void locksQueueAndTransactions()
    {
        // A transaction begins; a younger one takes a write lock and holds it; then the older
        // one asks for the same lock and waits in the queue (Mnesia lets only an older
        // transaction wait for a younger one; a younger one would restart).
        QCOMPARE(m_node.eval(QStringLiteral(
                     "Me = self(), "
                     "Old = spawn(fun() -> mnesia:transaction(fun() -> Me ! {begun, self()}, receive go -> ok end, "
                     "mnesia:write({bt_cache, held, 2}) end) end), "
                     "receive {begun, Old} -> ok after 5000 -> timeout end, "
                     "register(bt_holder, spawn(fun() -> mnesia:transaction(fun() -> "
                     "mnesia:write({bt_cache, held, 1}), Me ! locked, receive stop -> ok end end) end)), "
                     "receive locked -> ok after 5000 -> timeout end, Old ! go, ok")),
                 QStringLiteral("ok"));

        MnesiaLocksModel *held = m_page->heldLocksModel();
        MnesiaLocksModel *queue = m_page->lockQueueModel();
        MnesiaTransactionsModel *transactions = m_page->transactionsModel();
        QTRY_VERIFY_WITH_TIMEOUT(held->rowCount() >= 1 && queue->rowCount() >= 1 && transactions->rowCount() >= 2, 20000);
        QCOMPARE(held->index(0, MnesiaLocksModel::Table).data().toString(), QStringLiteral("bt_cache"));
        QCOMPARE(held->index(0, MnesiaLocksModel::Lock).data().toString(), QStringLiteral("write"));
        QCOMPARE(queue->index(0, MnesiaLocksModel::Table).data().toString(), QStringLiteral("bt_cache"));
        // The waiter waits for the holder's transaction.
        const qint64 holderTid = held->index(0, MnesiaLocksModel::Transaction).data(RowTableModel::RawValueRole).toLongLong();
        QCOMPARE(queue->index(0, MnesiaLocksModel::WaitingFor).data(RowTableModel::RawValueRole).toLongLong(), holderTid);
        // Oldest first: the waiter began first (first seen with the holder, so by counter);
        // its age grows between readings.
        const qint64 waiterTid = queue->index(0, MnesiaLocksModel::Transaction).data(RowTableModel::RawValueRole).toLongLong();
        QVERIFY(waiterTid < holderTid);
        QTRY_COMPARE_WITH_TIMEOUT(transactions->index(0, MnesiaTransactionsModel::Transaction).data(RowTableModel::RawValueRole).toLongLong(),
                                  waiterTid, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(transactions->index(0, MnesiaTransactionsModel::Age).data(RowTableModel::RawValueRole).toLongLong() > 0,
                                 20000);
        QVERIFY(!m_page->listCaption(QStringLiteral("transactions")).isEmpty());
        QVERIFY(m_page->listCaption(QStringLiteral("held")) != QLatin1String("none"));
        test::screenshot(m_window.get(), QStringLiteral("mnesia"));

        m_node.eval(QStringLiteral("bt_holder ! stop, ok"));
        QTRY_VERIFY_WITH_TIMEOUT(held->rowCount() == 0 && queue->rowCount() == 0 && transactions->rowCount() == 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->listCaption(QStringLiteral("transactions")), QStringLiteral("none"), 10000);
    }

    void transactionChartsFromTheHistory()
    {
        // More commits, so the rate has something to show.
        QCOMPARE(m_node.eval(QStringLiteral("[{atomic, ok} = mnesia:transaction(fun() -> mnesia:write({bt_users, I, <<\"n\">>, I}) end) "
                                            "|| I <- lists:seq(1000, 1300)], ok")),
                 QStringLiteral("ok"));
        HistoryChartsBox *box = m_page->chartsBox();
        ChartWidget *commits = box->chart(QStringLiteral("commits"));
        ChartWidget *trouble = box->chart(QStringLiteral("trouble"));
        QVERIFY(commits && trouble);
        QTRY_COMPARE_WITH_TIMEOUT(commits->seriesCount(), 2, 20000);
        QCOMPARE(trouble->seriesCount(), 2);
        QCOMPARE(commits->seriesLabel(0), QStringLiteral("Commits"));
        QTRY_VERIFY_WITH_TIMEOUT(commits->pointCount(0) >= 2, 20000);
        QVERIFY(box->rangeText().startsWith(QLatin1String("Live")));
    }

    void contentsAsksForTheBrowser()
    {
        QSignalSpy spy(m_page, &MnesiaPage::openContents);
        QTRY_VERIFY_WITH_TIMEOUT(tables()->rowOf(QStringLiteral("bt_users")) >= 0, 10000);
        m_page->tablesView()->clearSelection();
        QVERIFY(!m_page->contentsAction()->isEnabled());
        QVERIFY(m_page->selectTable(QStringLiteral("bt_users")));
        QCOMPARE(m_page->selectedTable(), QStringLiteral("bt_users"));
        QVERIFY(m_page->contentsAction()->isEnabled());
        m_page->contentsAction()->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("bt_users"));
        // The same from the right-click menu, by name whatever the row.
        std::unique_ptr<QMenu> menu(m_page->createTableMenu(QStringLiteral("bt_log"), nullptr));
        QAction *contents = menu->findChild<QAction *>(QStringLiteral("action_contents"));
        QVERIFY(contents && contents->isEnabled());
        contents->trigger();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("bt_log"));
        // The selection survives refreshes.
        QSignalSpy readings(m_window->session()->mnesia(), &MnesiaCollector::sampleReady);
        QVERIFY(readings.wait(10000));
        QCOMPARE(m_page->selectedTable(), QStringLiteral("bt_users"));
    }

    void followsItsFeedOnlyWhileShown()
    {
        NodeSession *session = m_window->session();
        QVERIFY(session->isSubscribed(NodeSession::Feed::Mnesia));
        m_window->showPage(0);
        QVERIFY(!session->isSubscribed(NodeSession::Feed::Mnesia));
        m_window->showPage(test::pageIndex(QStringLiteral("mnesia")));
        QVERIFY(session->isSubscribed(NodeSession::Feed::Mnesia));
    }

    void mnesiaStoppingShowsTheNotice()
    {
        QCOMPARE(m_node.eval(QStringLiteral("mnesia:stop()"), 30000), QStringLiteral("stopped"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->shown() == MnesiaPage::Shown::NotRunning, 20000);
        QVERIFY(m_page->notRunningText().contains(m_node.nodeName()));
        QVERIFY(m_page->notRunningText().contains(QLatin1String("not running")));
        QCOMPARE(tables()->rowCount(), 0);
        QCOMPARE(m_page->transactionsModel()->rowCount(), 0);
        // Started again: back to the database.
        QCOMPARE(m_node.eval(QStringLiteral("mnesia:start()"), 30000), QStringLiteral("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->shown() == MnesiaPage::Shown::Database && tables()->rowOf(QStringLiteral("bt_users")) >= 0,
                                 30000);
    }

    void withoutTheAgentThePageSaysWhy()
    {
        MainWindow::Options o;
        o.useAgent = false;
        MainWindow w(o);
        auto *page = test::showPageInWindow<MnesiaPage>(w, QStringLiteral("mnesia"));
        QVERIFY(page);
        w.connectWith(m_node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->notice()->isVisible() && page->notice()->text().contains(QLatin1String("agent")), 20000);
        QCOMPARE(page->shown(), MnesiaPage::Shown::Waiting);
        QCOMPARE(page->tablesModel()->rowCount(), 0);
        w.disconnectFromNode();
        QTRY_VERIFY_WITH_TIMEOUT(!w.session() || w.session()->state() == NodeSession::State::Disconnected, 10000);
    }

    void nodeWithoutMnesia()
    {
        TestNode plain;
        QVERIFY(plain.start());
        MainWindow w;
        auto *page = test::showPageInWindow<MnesiaPage>(w, QStringLiteral("mnesia"));
        QVERIFY(page);
        w.connectWith(plain.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->shown() == MnesiaPage::Shown::NotRunning, 20000);
        const QString text = page->notRunningText();
        QVERIFY2(text.contains(QLatin1String("Mnesia is not running on ")) && text.contains(plain.nodeName()), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("When it runs")), qPrintable(text));
        QVERIFY(!page->notice()->isVisible());
        QCOMPARE(page->tablesModel()->rowCount(), 0);
        QCOMPARE(page->factsModel()->rowCount(), 0);
        // Beamtop did not start it.
        QCOMPARE(plain.eval(QStringLiteral("whereis(mnesia_sup)")), QStringLiteral("undefined"));
        w.disconnectFromNode();
        QTRY_VERIFY_WITH_TIMEOUT(!w.session() || w.session()->state() == NodeSession::State::Disconnected, 10000);
    }
};

QTEST_MAIN(TestMnesiaPage)
#include "tst_mnesiapage.moc"
