// SPDX-License-Identifier: GPL-3.0-or-later
// The Applications page against a real node, offscreen. The node runs a small application
// loaded from source (bt_shop: a top supervisor with a worker, a nested supervisor of two
// workers and a simple_one_for_one pool of 250, a process linked to the nested supervisor that
// is not its child, and one process of the application outside its tree). The table lists it
// with its version and process count; a double click opens its tree with the top levels
// expanded and subtree totals; the search finds a worker by name or pid and expands to it
// (Enter and F3 step through the matches); a refresh, even one where a worker was restarted,
// keeps expansion and selection; the pool's children come in pages of 100; a header click
// sorts children on the node; right-click on a worker gives the Processes page's menu with
// Kill off while read-only; "Show in Processes" and the "(no application)" row hand the
// Processes page an app: filter; Enter on an application opens its tree and selecting another
// switches it. Without the agent the page says why.
//
// With BEAMTOP_SCREENSHOT_DIR set, the page is saved there (beamtop-applications.png,
// beamtop-applications-paged.png).
#include "applicationspage.h"
#include "appstablemodel.h"
#include "demo/demonode.h"
#include "apptreeview.h"
#include "guitestutil.h"
#include "itemtableview.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "pageregistry.h"
#include "processactions.h"
#include "processdetailswindow.h"
#include "processespage.h"
#include "processtablemodel.h"
#include "suptreemodel.h"
#include "testnode.h"

#include "collect/appscollector.h"
#include "session/nodesession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

// One module for the application, its supervisors and its workers: init/1 tells them apart.
const char *const ShopSource = R"erl(
-module(bt_shop).
-export([start/2, stop/1, init/1, handle_call/3, handle_cast/2, start_sup/1, start_worker/1, start_pool/0, start_pooled/0]).
start(_Type, _Args) -> supervisor:start_link({local, bt_shop_sup}, bt_shop, top).
stop(_State) -> ok.
start_sup(Name) -> supervisor:start_link({local, Name}, bt_shop, {sup, Name}).
start_worker(Name) -> gen_server:start_link({local, Name}, bt_shop, {worker, Name}, []).
start_pool() -> supervisor:start_link({local, bt_shop_pool_sup}, bt_shop, pool).
start_pooled() -> gen_server:start_link(bt_shop, {worker, pooled}, []).
init(top) ->
    {ok, {#{strategy => one_for_one, intensity => 3, period => 5},
          [#{id => bt_shop_cache, start => {bt_shop, start_worker, [bt_shop_cache]}},
           #{id => bt_shop_orders_sup, start => {bt_shop, start_sup, [bt_shop_orders_sup]}, type => supervisor},
           #{id => bt_shop_pool_sup, start => {bt_shop, start_pool, []}, type => supervisor}]}};
init(pool) ->
    {ok, {#{strategy => simple_one_for_one},
          [#{id => pooled, start => {bt_shop, start_pooled, []}, restart => temporary}]}};
init({sup, _Name}) ->
    {ok, {#{strategy => rest_for_one, intensity => 5, period => 10},
          [#{id => bt_shop_order_a, start => {bt_shop, start_worker, [bt_shop_order_a]}},
           #{id => bt_shop_order_b, start => {bt_shop, start_worker, [bt_shop_order_b]}}]}};
init({worker, Name}) -> {ok, Name}.
handle_call(_Request, _From, State) -> {reply, ok, State}.
handle_cast(_Request, State) -> {noreply, State}.
)erl";

} // namespace

class TestApplicationsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    TestNode m_node;
    std::unique_ptr<MainWindow> m_window;
    ApplicationsPage *m_page = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    AppsTableModel *apps() const { return m_page->appsModel(); }
    AppTreeView *treeView() const { return m_page->treeView(); }
    SupTreeModel *tree() const { return treeView()->model(); }

    // The tree row of the process registered as name (the first match of a search), or invalid.
    QModelIndex rowOf(const QString &name) const
    {
        const QModelIndexList hits = tree()->search(name);
        for (const QModelIndex &hit : hits) {
            if (hit.data(Qt::DisplayRole).toString() == name)
                return hit;
        }
        return {};
    }
    qint64 processes(const QModelIndex &row) const
    {
        return row.siblingAtColumn(SupTreeModel::Processes).data(RowTableModel::RawValueRole).toLongLong();
    }
    // The row of key in the apps table as shown (through its sort and filter proxies).
    QModelIndex shownApp(const QString &key) const
    {
        QAbstractItemModel *shown = m_page->appsView()->model();
        for (int r = 0; r < shown->rowCount(); ++r) {
            if (shown->index(r, 0).data(RowTableModel::KeyRole).toString() == key)
                return shown->index(r, 0);
        }
        return {};
    }
    void doubleClickApp(const QString &key)
    {
        const QModelIndex at = shownApp(key);
        QVERIFY2(at.isValid(), qPrintable(key));
        ItemTableView *v = m_page->appsView();
        v->scrollTo(at);
        const QPoint pos = v->visualRect(at).center();
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, pos);
        QTest::mouseDClick(v->viewport(), Qt::LeftButton, {}, pos);
    }
    QMenu *rightClickTreeRow(const QModelIndex &row)
    {
        QTreeView *t = treeView()->tree();
        t->scrollTo(row);
        const QPoint pos = t->visualRect(row).center();
        QContextMenuEvent ev(QContextMenuEvent::Mouse, pos, t->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(t->viewport(), &ev);
        return m_page->contextMenu();
    }
    // Each test can run alone: the shop's tree open, its workers read.
    void openShop()
    {
        QTRY_VERIFY_WITH_TIMEOUT(apps()->rowOf(QStringLiteral("bt_shop")) >= 0, 20000);
        m_page->openApp(QStringLiteral("bt_shop"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("bt_shop_order_b")).isValid(), 20000);
    }
    void showApplications()
    {
        m_window->showPage(test::pageIndex(QStringLiteral("applications")));
        QCOMPARE(m_window->currentPage(), static_cast<Page *>(m_page));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
        test::applyThemeFromEnvironment();
        QVERIFY(m_node.start());
        QVERIFY(m_node.loadModule(QString::fromLatin1(ShopSource)));
        QCOMPARE(m_node.eval(QStringLiteral(
                     "ok = application:load({application, bt_shop, [{description, \"Beamtop test shop\"}, {vsn, \"1.2.3\"}, "
                     "{modules, [bt_shop]}, {registered, []}, {applications, [kernel, stdlib]}, {mod, {bt_shop, []}}]}), "
                     "ok = application:load({application, bt_idle, [{description, \"Loaded, never started\"}, {vsn, \"0.1\"}, "
                     "{modules, []}, {registered, []}, {applications, [kernel, stdlib]}]}), "
                     "application:start(bt_shop)")),
                 QStringLiteral("ok"));
        // A process linked to the nested supervisor that is not its child, and one of the
        // application's processes (by group leader) outside its tree.
        QCOMPARE(m_node.eval(QStringLiteral(
                     "Sup = whereis(bt_shop_orders_sup), {group_leader, GL} = process_info(Sup, group_leader), "
                     "register(bt_shop_linked, spawn(fun() -> group_leader(GL, self()), link(Sup), receive stop -> ok end end)), "
                     "register(bt_shop_loose, spawn(fun() -> group_leader(GL, self()), receive stop -> ok end end)), "
                     "[{ok, _} = supervisor:start_child(bt_shop_pool_sup, []) || _ <- lists:seq(1, 250)], ok")),
                 QStringLiteral("ok"));

        m_window = std::make_unique<MainWindow>();
        m_page = test::showPageInWindow<ApplicationsPage>(*m_window, QStringLiteral("applications"), QSize(1400, 1000));
        QVERIFY(m_page);
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{apps(), tree()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QVERIFY(test::connectLive(*m_window, m_node.connectOptions()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_testers.clear();
    }

    void registeredAfterMnesiaWithCtrl9()
    {
        const int index = test::pageIndex(QStringLiteral("applications"));
        QCOMPARE(index, test::pageIndex(QStringLiteral("mnesia")) + 1);
        QCOMPARE(PageRegistry::pages()[size_t(index)].translatedTitle(), QStringLiteral("Applications"));
        QAction *show = test::shortcutAction(*m_window, QKeySequence(Qt::CTRL | Qt::Key_9));
        QVERIFY(show);
        QCOMPARE(show->text(), QStringLiteral("Applications"));
    }

    void tableListsTheApplicationWithItsProcesses()
    {
        QTRY_VERIFY_WITH_TIMEOUT(apps()->rowOf(QStringLiteral("bt_shop")) >= 0, 20000);
        QCOMPARE(test::displayValue(apps(), QStringLiteral("bt_shop"), AppsTableModel::Version), QStringLiteral("1.2.3"));
        QCOMPARE(test::displayValue(apps(), QStringLiteral("bt_shop"), AppsTableModel::Description),
                 QStringLiteral("Beamtop test shop"));
        QCOMPARE(test::displayValue(apps(), QStringLiteral("bt_shop"), AppsTableModel::Status), QStringLiteral("running"));
        QVERIFY(apps()->rowOf(QStringLiteral("kernel")) >= 0);
        QVERIFY(apps()->rowOf(AppsTableModel::outsideKey()) >= 0);
        // The totals come with the agent's first sweep: at least the three supervisors, three
        // workers, the pool's 250, the linked and the loose process (the application master's
        // may count too).
        QTRY_VERIFY_WITH_TIMEOUT(test::rawValue(apps(), QStringLiteral("bt_shop"), AppsTableModel::Processes).toLongLong() >= 258,
                                 20000);
        QVERIFY(test::rawValue(apps(), QStringLiteral("bt_shop"), AppsTableModel::Memory).toLongLong() > 0);
        QVERIFY(test::rawValue(apps(), QStringLiteral("kernel"), AppsTableModel::Processes).toLongLong() > 5);
        QVERIFY(test::rawValue(apps(), AppsTableModel::outsideKey(), AppsTableModel::Processes).toLongLong() > 0);
        QVERIFY2(m_page->statusText().contains(QLatin1String("running")), qPrintable(m_page->statusText()));
        QVERIFY(!m_page->notice()->isVisible());

        // The filter box keeps what matches.
        m_page->filterEdit()->setText(QStringLiteral("test shop"));
        QCOMPARE(m_page->appsView()->model()->rowCount(), 1);
        QVERIFY(m_page->statusText().contains(QLatin1String("1 of")));
        m_page->filterEdit()->clear();
        QVERIFY(m_page->appsView()->model()->rowCount() > 3);
    }

    void doubleClickOpensTheTreeExpanded()
    {
        QTRY_VERIFY_WITH_TIMEOUT(apps()->rowOf(QStringLiteral("bt_shop")) >= 0, 20000);
        QVERIFY(treeView()->app().isEmpty());
        doubleClickApp(QStringLiteral("bt_shop"));
        QCOMPARE(m_page->openedApp(), QStringLiteral("bt_shop"));
        QCOMPARE(m_page->selectedApp(), QStringLiteral("bt_shop"));
        // Until the first walk lands, the pane says what it is doing.
        QCOMPARE(treeView()->stateText(), QStringLiteral("Reading the supervision tree of bt_shop…"));
        QTRY_VERIFY_WITH_TIMEOUT(treeView()->hasTree() && rowOf(QStringLiteral("bt_shop_order_b")).isValid(), 20000);
        QVERIFY(treeView()->stateText().isEmpty());

        QTreeView *t = treeView()->tree();
        QCOMPARE(tree()->rowCount(), 1); // the application itself
        const QModelIndex app = tree()->index(0, 0);
        const QModelIndex top = tree()->index(0, 0, app);
        QVERIFY(top.isValid());
        QCOMPARE(top.data().toString(), QStringLiteral("bt_shop_sup"));
        QVERIFY(t->isExpanded(app));
        QVERIFY(t->isExpanded(top));
        const QModelIndex cache = rowOf(QStringLiteral("bt_shop_cache"));
        const QModelIndex orders = rowOf(QStringLiteral("bt_shop_orders_sup"));
        QCOMPARE(cache.parent(), top);
        QCOMPARE(orders.parent(), top);
        QVERIFY(!t->isExpanded(orders)); // deeper levels wait to be opened
        QCOMPARE(cache.siblingAtColumn(SupTreeModel::Type).data().toString(), QStringLiteral("worker"));
        QCOMPARE(orders.siblingAtColumn(SupTreeModel::Type).data().toString(), QStringLiteral("supervisor"));
        QVERIFY(orders.siblingAtColumn(SupTreeModel::Strategy).data().toString().startsWith(QLatin1String("rest_for_one")));
        // Subtree totals: a worker counts itself; the nested supervisor itself, its two workers
        // and the process linked to it; the top supervisor all of those and the cache.
        QCOMPARE(processes(cache), 1);
        QCOMPARE(processes(rowOf(QStringLiteral("bt_shop_order_a"))), 1);
        QVERIFY(processes(orders) >= 3);
        QCOMPARE(processes(rowOf(QStringLiteral("bt_shop_pool_sup"))), 251);
        QVERIFY(processes(top) >= processes(orders) + 2 + 251);
        // The linked process hangs apart under the supervisor it is linked to.
        bool hasLinkedGroup = false;
        for (int r = 0; r < tree()->rowCount(orders); ++r) {
            if (const SupNode *n = tree()->nodeAt(tree()->index(r, 0, orders)); n && n->kind == SupNode::Kind::LinkedGroup)
                hasLinkedGroup = true;
        }
        QVERIFY(hasLinkedGroup);
        // The loose process and the application master are the application's but outside the
        // tree; the line says so and offers the Processes page.
        QVERIFY2(treeView()->infoText().contains(QLatin1String("outside its supervision tree")), qPrintable(treeView()->infoText()));
        QVERIFY(treeView()->infoText().contains(QLatin1String("Show in Processes")));
        test::screenshot(m_window.get(), QStringLiteral("applications"));
    }

    void searchSelectsAWorkerByName()
    {
        openShop();
        QTreeView *t = treeView()->tree();
        const QModelIndex orders = rowOf(QStringLiteral("bt_shop_orders_sup"));
        t->collapse(orders);
        // Ctrl+F goes to the search field.
        t->setFocus();
        QTest::keyClick(t, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(treeView()->searchEdit()->hasFocus());
        QTest::keyClicks(treeView()->searchEdit(), QStringLiteral("ORDER_B"));
        QTest::keyClick(treeView()->searchEdit(), Qt::Key_Return);
        const QModelIndex b = rowOf(QStringLiteral("bt_shop_order_b"));
        QCOMPARE(t->currentIndex().siblingAtColumn(0), b);
        QVERIFY(t->selectionModel()->isRowSelected(b.row(), b.parent()));
        QVERIFY(t->isExpanded(orders)); // expanded to it
        QCOMPARE(treeView()->searchStatus(), QStringLiteral("1 of 1"));

        // Several matches: a new text starts from the first, in tree order; Enter steps, F3
        // too, and it wraps.
        treeView()->searchEdit()->setText(QStringLiteral("bt_shop_order_"));
        QTest::keyClick(treeView()->searchEdit(), Qt::Key_Return);
        const QModelIndex a = rowOf(QStringLiteral("bt_shop_order_a"));
        const QModelIndexList hits = tree()->search(QStringLiteral("bt_shop_order_"));
        QCOMPARE(hits.size(), 2);
        QVERIFY(hits.contains(a) && hits.contains(b));
        QCOMPARE(t->currentIndex().siblingAtColumn(0), hits[0]);
        QCOMPARE(treeView()->searchStatus(), QStringLiteral("1 of 2"));
        QTest::keyClick(treeView()->searchEdit(), Qt::Key_F3);
        QCOMPARE(t->currentIndex().siblingAtColumn(0), hits[1]);
        QCOMPARE(treeView()->searchStatus(), QStringLiteral("2 of 2"));
        QTest::keyClick(treeView()->searchEdit(), Qt::Key_Return);
        QCOMPARE(t->currentIndex().siblingAtColumn(0), hits[0]);

        // By pid too.
        const QString pidB = tree()->pidAt(b);
        QVERIFY(pidB.startsWith(QLatin1Char('<')));
        treeView()->searchEdit()->setText(pidB);
        QTest::keyClick(treeView()->searchEdit(), Qt::Key_Return);
        QCOMPARE(t->currentIndex().siblingAtColumn(0), b);

        treeView()->searchEdit()->setText(QStringLiteral("no such process"));
        QTest::keyClick(treeView()->searchEdit(), Qt::Key_Return);
        QCOMPARE(treeView()->searchStatus(), QStringLiteral("No match"));
        QCOMPARE(t->currentIndex().siblingAtColumn(0), b); // where it was
    }

    void refreshKeepsExpansionAndSelection()
    {
        openShop();
        QTreeView *t = treeView()->tree();
        const QModelIndex b = rowOf(QStringLiteral("bt_shop_order_b"));
        t->selectionModel()->setCurrentIndex(b, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QModelIndex orders = rowOf(QStringLiteral("bt_shop_orders_sup"));
        t->expand(orders);
        const QString oldA = tree()->pidAt(rowOf(QStringLiteral("bt_shop_order_a")));
        QSignalSpy resets(tree(), &QAbstractItemModel::modelReset);
        // A worker restarted by its supervisor: a new pid, the same id, the same row. (b is the
        // last child, so rest_for_one restarts it alone.)
        const QString oldB = tree()->pidAt(b);
        QCOMPARE(m_node.eval(QStringLiteral("exit(whereis(bt_shop_order_b), kill), ok")), QStringLiteral("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(tree()->pidAt(rowOf(QStringLiteral("bt_shop_order_b"))) != oldB
                                     && !tree()->pidAt(rowOf(QStringLiteral("bt_shop_order_b"))).isEmpty(),
                                 20000);
        QSignalSpy walks(m_window->session()->appTree(), &AppTreeCollector::treeReady);
        QVERIFY(walks.wait(20000));
        QCOMPARE(resets.count(), 0);
        const QModelIndex b2 = rowOf(QStringLiteral("bt_shop_order_b"));
        QCOMPARE(t->currentIndex().siblingAtColumn(0), b2);
        QVERIFY(t->selectionModel()->isRowSelected(b2.row(), b2.parent()));
        QVERIFY(t->isExpanded(rowOf(QStringLiteral("bt_shop_orders_sup"))));
        QVERIFY(t->isExpanded(tree()->index(0, 0)));
        QCOMPARE(tree()->pidAt(rowOf(QStringLiteral("bt_shop_order_a"))), oldA); // b was the last: a kept its process
    }

    void rightClickOnAWorkerGivesTheProcessMenuReadOnly()
    {
        openShop();
        QVERIFY(m_window->session()->isReadOnly()); // the default for every connection
        QMenu *menu = rightClickTreeRow(rowOf(QStringLiteral("bt_shop_cache")));
        QVERIFY(menu);
        QVERIFY(test::menuAction(menu, QStringLiteral("action_details"))->isEnabled());
        QVERIFY(test::menuAction(menu, QStringLiteral("action_copypid"))->isEnabled());
        for (const char *name : {"action_kill", "action_gc", "action_suspend", "action_resume"}) {
            QAction *a = test::menuAction(menu, QLatin1String(name));
            QVERIFY2(a, name);
            QVERIFY2(!a->isEnabled(), name);
        }
        test::menuAction(menu, QStringLiteral("action_kill"))->trigger(); // a disabled action does nothing
        QVERIFY(!m_page->processActions()->confirmation());
        QCOMPARE(m_node.eval(QStringLiteral("is_pid(whereis(bt_shop_cache))")), QStringLiteral("true"));
        test::menuAction(menu, QStringLiteral("action_copypid"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), tree()->pidAt(rowOf(QStringLiteral("bt_shop_cache"))));
        menu->close();

        // Details opens the process window the Processes page opens.
        menu = rightClickTreeRow(rowOf(QStringLiteral("bt_shop_cache")));
        QVERIFY(menu);
        test::menuAction(menu, QStringLiteral("action_details"))->trigger();
        QTRY_COMPARE(m_page->detailsWindows().size(), 1);
        m_page->detailsWindows().first()->close();
    }

    void largeSupervisorPages()
    {
        openShop();
        QTreeView *t = treeView()->tree();
        const QModelIndex pool = rowOf(QStringLiteral("bt_shop_pool_sup"));
        QCOMPARE(tree()->rowCount(pool), 100); // one page
        QCOMPARE(pool.data(TreeRowModel::TotalChildrenRole).toInt(), 250);
        QVERIFY(!treeView()->isPagingShown());
        t->selectionModel()->setCurrentIndex(pool, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(treeView()->isPagingShown());
        QCOMPARE(treeView()->pagingText(), QStringLiteral("Children 1–100 of 250 under bt_shop_pool_sup"));
        QVERIFY(!treeView()->previousButton()->isEnabled());
        QVERIFY(treeView()->nextButton()->isEnabled());
        const QString firstChild = tree()->index(0, 0, pool).data(RowTableModel::KeyRole).toString();
        QTest::mouseClick(treeView()->nextButton(), Qt::LeftButton);
        QCOMPARE(m_window->session()->appTree()->query().offsets.value(tree()->pidAt(pool)), 100);
        QTRY_COMPARE_WITH_TIMEOUT(treeView()->pagingText(), QStringLiteral("Children 101–200 of 250 under bt_shop_pool_sup"), 20000);
        QVERIFY(tree()->index(0, 0, rowOf(QStringLiteral("bt_shop_pool_sup"))).data(RowTableModel::KeyRole).toString() != firstChild);
        QTest::mouseClick(treeView()->nextButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(treeView()->pagingText(), QStringLiteral("Children 201–250 of 250 under bt_shop_pool_sup"), 20000);
        QCOMPARE(tree()->rowCount(rowOf(QStringLiteral("bt_shop_pool_sup"))), 50);
        QVERIFY(!treeView()->nextButton()->isEnabled());
        // A child of the paged supervisor steps through its parent's pages too.
        t->selectionModel()->setCurrentIndex(tree()->index(3, 0, rowOf(QStringLiteral("bt_shop_pool_sup"))),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(treeView()->isPagingShown());
        QTest::mouseClick(treeView()->previousButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(treeView()->pagingText(), QStringLiteral("Children 101–200 of 250 under bt_shop_pool_sup"), 20000);
        QTest::mouseClick(treeView()->previousButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->appTree()->query().offsets.contains(tree()->pidAt(rowOf(QStringLiteral("bt_shop_pool_sup"))))
                                     && tree()->rowCount(rowOf(QStringLiteral("bt_shop_pool_sup"))) == 100
                                     && treeView()->pagingText().startsWith(QStringLiteral("Children 1–100")),
                                 20000);
        t->expand(rowOf(QStringLiteral("bt_shop_pool_sup")));
        test::screenshot(m_window.get(), QStringLiteral("applications-paged"));
        t->collapse(rowOf(QStringLiteral("bt_shop_pool_sup")));
        t->selectionModel()->setCurrentIndex(rowOf(QStringLiteral("bt_shop_cache")), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!treeView()->isPagingShown());
    }

    void sortByHeaderAsksTheNode()
    {
        openShop();
        QHeaderView *header = treeView()->tree()->header();
        const QPoint pos(header->sectionViewportPosition(SupTreeModel::Processes) + header->sectionSize(SupTreeModel::Processes) / 2,
                         header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(treeView()->query().sort, AppTreeQuery::Sort::Processes);
        QCOMPARE(m_window->session()->appTree()->query().sort, AppTreeQuery::Sort::Processes);
        QCOMPARE(header->sortIndicatorSection(), int(SupTreeModel::Processes));
        QCOMPARE(treeView()->sortBox()->currentData().toInt(), int(AppTreeQuery::Sort::Processes));
        // Heaviest first: the pool, then the nested supervisor's subtree, then the cache.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("bt_shop_pool_sup")).row() == 0
                                     && rowOf(QStringLiteral("bt_shop_orders_sup")).row() == 1
                                     && rowOf(QStringLiteral("bt_shop_cache")).row() == 2,
                                 20000);
        // A column the node cannot sort by changes nothing.
        const QPoint pidPos(header->sectionViewportPosition(SupTreeModel::Pid) + header->sectionSize(SupTreeModel::Pid) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pidPos);
        QCOMPARE(treeView()->query().sort, AppTreeQuery::Sort::Processes);
        QCOMPARE(header->sortIndicatorSection(), int(SupTreeModel::Processes));
        treeView()->setSort(AppTreeQuery::Sort::Start);
        QCOMPARE(m_window->session()->appTree()->query().sort, AppTreeQuery::Sort::Start);
    }

    void showInProcessesFiltersByApplication()
    {
        openShop();
        const QString cachePid = tree()->pidAt(rowOf(QStringLiteral("bt_shop_cache")));
        auto *info = treeView()->findChild<QLabel *>(QStringLiteral("supTreeInfo"));
        QVERIFY(info);
        emit info->linkActivated(QStringLiteral("processes"));
        auto *processes = qobject_cast<ProcessesPage *>(m_window->page(QStringLiteral("processes")));
        QVERIFY(processes);
        QCOMPARE(m_window->currentPage(), static_cast<Page *>(processes));
        QCOMPARE(processes->filterEdit()->text(), QStringLiteral("app:bt_shop"));
        // The node ranks the application's processes only.
        QTRY_VERIFY_WITH_TIMEOUT(processes->model()->filter() == QLatin1String("app:bt_shop")
                                     && processes->model()->rowOfKey(cachePid) >= 0,
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(processes->model()->rowCount() >= 258, 20000);

        // The "(no application)" row: the processes of no application.
        showApplications();
        doubleClickApp(AppsTableModel::outsideKey());
        QCOMPARE(m_window->currentPage(), static_cast<Page *>(processes));
        QCOMPARE(processes->filterEdit()->text(), QStringLiteral("app:none"));
        QTRY_VERIFY_WITH_TIMEOUT(processes->model()->filter() == QLatin1String("app:none") && processes->model()->rowCount() > 0
                                     && processes->model()->rowOfKey(cachePid) < 0,
                                 20000);
        processes->setFilterText(QString());
        showApplications();
        QCOMPARE(m_page->openedApp(), QStringLiteral("bt_shop")); // the outside row has no tree
    }

    void enterOpensAnotherApplicationAndSelectionSwitches()
    {
        openShop();
        // Choosing the outside row above left the selection there; put it on kernel by key.
        ItemTableView *v = m_page->appsView();
        v->setFocus();
        QVERIFY(m_page->selectApp(QStringLiteral("kernel")));
        // A tree is open: selecting another application switches to it.
        QCOMPARE(m_page->openedApp(), QStringLiteral("kernel"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("code_server")).isValid(), 20000);
        QVERIFY(rowOf(QStringLiteral("bt_shop_cache")) == QModelIndex());
        // A library application has no tree; one only loaded is not running: the pane says so.
        QVERIFY(m_page->selectApp(QStringLiteral("stdlib")));
        QCOMPARE(m_page->openedApp(), QStringLiteral("stdlib"));
        QTRY_VERIFY_WITH_TIMEOUT(treeView()->stateText().contains(QLatin1String("library application")), 20000);
        QVERIFY(!treeView()->hasTree());
        QTRY_VERIFY_WITH_TIMEOUT(apps()->rowOf(QStringLiteral("bt_idle")) >= 0, 20000);
        QCOMPARE(test::displayValue(apps(), QStringLiteral("bt_idle"), AppsTableModel::Status), QStringLiteral("loaded"));
        QVERIFY(m_page->selectApp(QStringLiteral("bt_idle")));
        QCOMPARE(m_page->openedApp(), QStringLiteral("bt_idle"));
        QTRY_COMPARE_WITH_TIMEOUT(treeView()->stateText(), QStringLiteral("bt_idle is loaded but not started: it has no supervision tree."),
                                  20000);

        // With no tree open, Enter opens one.
        m_page->treeView()->clear();
        QVERIFY(m_page->openedApp().isEmpty());
        QVERIFY(m_page->selectApp(QStringLiteral("bt_shop")));
        QVERIFY(m_page->openedApp().isEmpty()); // selecting alone does not open
        QTest::keyClick(v, Qt::Key_Return);
        QCOMPARE(m_page->openedApp(), QStringLiteral("bt_shop"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("bt_shop_cache")).isValid(), 20000);
        QVERIFY(!m_page->copyText().isEmpty());
        QVERIFY(m_page->copyText().contains(QLatin1String("bt_shop_cache")));
    }

    void withoutTheAgentThePageSaysWhy()
    {
        MainWindow::Options o;
        o.useAgent = false;
        MainWindow w(o);
        auto *page = test::showPageInWindow<ApplicationsPage>(w, QStringLiteral("applications"));
        QVERIFY(page);
        w.connectWith(m_node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->notice()->isVisible(), 15000);
        QVERIFY2(page->notice()->text().contains(QLatin1String("need Beamtop's agent")), qPrintable(page->notice()->text()));
        QCOMPARE(page->appsModel()->rowCount(), 0);
    }

    // The demo node's applications (what "done" means for the page): its web application's
    // tree with the nested connection and client supervisors.
    void demoNodeApplications()
    {
        if (!DemoNode::hasBundledBeams())
            QSKIP("The demo node is not part of this build (no resources/demo sources).");
        MainWindow w;
        auto *page = test::showPageInWindow<ApplicationsPage>(w, QStringLiteral("applications"), QSize(1400, 1000));
        QVERIFY(page);
        w.startDemo();
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 60000);
        // A test need not wait on the 2 % default: on a host as loaded as a test run's, the
        // session's own requests can take all of it, and the applications' sweep waits.
        w.session()->agent()->setBudget(0.2);
        AppsTableModel *m = page->appsModel();
        QTRY_VERIFY_WITH_TIMEOUT(test::displayValue(m, QStringLiteral("beamtop_demo_web"), AppsTableModel::Status)
                                         == QLatin1String("running")
                                     && test::rawValue(m, QStringLiteral("beamtop_demo_web"), AppsTableModel::Processes).toLongLong() > 5,
                                 60000);
        QVERIFY(m->rowOf(QStringLiteral("beamtop_demo_store")) >= 0);
        QVERIFY(m->rowOf(QStringLiteral("mnesia")) >= 0);
        QVERIFY(page->selectApp(QStringLiteral("beamtop_demo_web")));
        QTest::keyClick(page->appsView(), Qt::Key_Return);
        SupTreeModel *t = page->treeView()->model();
        const auto find = [t](const QString &name) {
            const QModelIndexList hits = t->search(name);
            for (const QModelIndex &hit : hits) {
                if (hit.data().toString() == name)
                    return hit;
            }
            return QModelIndex();
        };
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("beamtop_demo_web_client_sup")).isValid(), 30000);
        const QModelIndex top = find(QStringLiteral("beamtop_demo_web_sup"));
        QVERIFY(top.isValid());
        QCOMPARE(find(QStringLiteral("beamtop_demo_web_conn_sup")).parent(), top);
        QCOMPARE(find(QStringLiteral("beamtop_demo_web_client_sup")).parent(), top);
        QVERIFY(t->rowCount(find(QStringLiteral("beamtop_demo_web_client_sup"))) > 0);
        QVERIFY(page->treeView()->tree()->isExpanded(top));
        QCOMPARE(find(QStringLiteral("beamtop_demo_web_conn_sup")).siblingAtColumn(SupTreeModel::Strategy).data().toString().section(
                     QLatin1Char(','), 0, 0),
                 QStringLiteral("simple_one_for_one"));
        test::screenshot(&w, QStringLiteral("applications-demo"));
    }
};

QTEST_MAIN(TestApplicationsPage)
#include "tst_applicationspage.moc"
