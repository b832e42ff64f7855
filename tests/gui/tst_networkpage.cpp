// SPDX-License-Identifier: GPL-3.0-or-later
// The Network page against a real node with a few TCP connections: one pair that has moved
// 32 MB (its receiver reads), three quiet pairs, and a sender blocked on a peer that never
// reads (its port queue fills). The table fills and ranks by I/O; the type choice and the
// filter restrict it on the node; the queue shows with its warning; the details window opens on
// Enter and shows the port's statistics, options and live samples, its owner a link to the
// process; closing is refused read-only and works (after a confirmation) without it, the
// window keeping the closed port's last data; the distribution lists Beamtop's own connection;
// a port link in a process's details opens the port's window; export writes CSV and JSON. One
// node and one window for the whole class.
#include "chartwidget.h"
#include "distmodel.h"
#include "export/portcolumns.h"
#include "guitestutil.h"
#include "itemtableview.h"
#include "mainwindow.h"
#include "networkpage.h"
#include "networktoolbar.h"
#include "noticebar.h"
#include "pageregistry.h"
#include "portactions.h"
#include "portdetailswindow.h"
#include "porthistorymodel.h"
#include "porttablemodel.h"
#include "porttypesmodel.h"
#include "processdetailshtml.h"
#include "processdetailswindow.h"
#include "session/nodesession.h"
#include "testnode.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace beamtop;
using beamtop::test::TestNode;

class TestNetworkPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    TestNode m_node;
    std::unique_ptr<MainWindow> m_window;
    NetworkPage *m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_heavy, m_blocked, m_quiet; // port ids as the node prints them
    qint64 m_heavyPort = 0;              // the heavy sender's local TCP port

    PortTableModel *model() const { return m_page->model(); }
    QString idAt(int row) const { return model()->index(row, 0).data(PortTableModel::IdTextRole).toString(); }

    // A port kept in a persistent term on the node, as the node prints it.
    QString portText(const char *key)
    {
        return m_node.eval(QStringLiteral("list_to_atom(erlang:port_to_list(persistent_term:get(%1)))").arg(QLatin1String(key)))
            .remove(QLatin1Char('\''));
    }
    bool portAlive(const char *key)
    {
        return m_node.eval(QStringLiteral("erlang:port_info(persistent_term:get(%1), id) =/= undefined").arg(QLatin1String(key)))
            == QLatin1String("true");
    }

    // Filters down to the rows of one port (and, by address, its peer) and returns its row.
    int rowOf(const QString &id, const QString &filter) { return test::filteredRow(m_page, id, filter); }

    QMenu *rightClickRow(int row) { return test::rightClickRow(m_page, row, PortTableModel::Id); }
    static QAction *menuAction(QMenu *menu, const QString &name) { return test::menuAction(menu, name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_node.start());
        // bt_net owns a listener and the client ends; the heavy pair's receiver drains it, the
        // quiet pairs carry a word each, and bt_blocked sends into a peer that never reads.
        const QString setup = QStringLiteral(
            "register(bt_net, spawn(fun() -> "
            "  Opts = [binary, {active, false}], "
            "  {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | Opts]), "
            "  {ok, P} = inet:port(L), "
            "  Pair = fun() -> {ok, C} = gen_tcp:connect({127,0,0,1}, P, Opts), {ok, A} = gen_tcp:accept(L), {C, A} end, "
            "  {H, HA} = Pair(), "
            "  Sink = spawn(fun Drain() -> receive {tcp, _, _} -> Drain(); stop -> ok end end), "
            "  ok = gen_tcp:controlling_process(HA, Sink), "
            "  ok = inet:setopts(HA, [{active, true}]), "
            "  ok = gen_tcp:send(H, binary:copy(<<\"x\">>, 33554432)), "
            "  Quiet = [Pair() || _ <- lists:seq(1, 3)], "
            "  [ok = gen_tcp:send(C, <<\"hello\">>) || {C, _} <- Quiet], "
            "  {B, _BA} = Pair(), "
            "  Me = self(), "
            "  Blocked = spawn(fun() -> receive go -> gen_tcp:send(B, binary:copy(<<\"y\">>, 16777216)) end, receive stop -> ok end end), "
            "  ok = gen_tcp:controlling_process(B, Blocked), "
            "  Blocked ! go, "
            "  register(bt_blocked, Blocked), "
            "  persistent_term:put(bt_heavy, H), "
            "  persistent_term:put(bt_quiet, element(1, hd(Quiet))), "
            "  persistent_term:put(bt_blocked_port, B), "
            "  persistent_term:put(bt_heavy_port, element(2, element(2, inet:sockname(H)))), "
            "  persistent_term:put(bt_ready, Me), "
            "  receive stop -> ok end "
            "end)), ok");
        QCOMPARE(m_node.eval(setup), QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(m_node.eval(QStringLiteral("is_pid(persistent_term:get(bt_ready, false))")), QStringLiteral("true"), 20000);
        m_heavy = portText("bt_heavy");
        m_quiet = portText("bt_quiet");
        m_blocked = portText("bt_blocked_port");
        m_heavyPort = m_node.evalInt(QStringLiteral("persistent_term:get(bt_heavy_port)"));
        QVERIFY2(m_heavy.startsWith(QLatin1String("#Port<")), qPrintable(m_heavy));
        QVERIFY2(m_heavyPort > 0, qPrintable(m_node.eval(QStringLiteral("persistent_term:get(bt_heavy_port)"))));
        // The blocked sender's port holds what the peer did not take.
        QTRY_VERIFY_WITH_TIMEOUT(m_node.evalInt(QStringLiteral("element(2, erlang:port_info(persistent_term:get(bt_blocked_port), queue_size))")) > 0, 20000);

        m_window = std::make_unique<MainWindow>();
        m_page = test::showPageInWindow<NetworkPage>(*m_window, QStringLiteral("network"), QSize(1280, 800));
        QVERIFY(m_page);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int index = test::pageIndex(QStringLiteral("network"));
        QVERIFY(index >= 0);
        QCOMPARE(PageRegistry::pages()[size_t(index)].translatedTitle(), QStringLiteral("Network"));
        QCOMPARE(m_window->currentPage(), m_page);
        QVERIFY(test::connectLive(*m_window, m_node.connectOptions()));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 10 && model()->isLoaded(0), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().rankingComplete, 30000);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
    }

    void init()
    {
        m_page->setFilterText({});
        m_page->setType({});
        m_page->setWindowMode(false);
        QVERIFY(m_page->sortByColumn(PortTableModel::Io));
        QTRY_VERIFY_WITH_TIMEOUT(model()->filter().isEmpty() && model()->type().isEmpty(), 5000);
    }

    void tableFillsAndRanksByIo()
    {
        QHeaderView *header = m_page->table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(PortTableModel::Io));
        // The heavy pair moved 32 MB: it leads the I/O ranking.
        QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded(0) && model()->index(0, PortTableModel::Io).data(PortTableModel::RawValueRole).toLongLong() >= 33554432, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfId(m_heavy) >= 0 && model()->rowOfId(m_heavy) <= 1, 20000);
        const int row = model()->rowOfId(m_heavy);
        QCOMPARE(model()->index(row, PortTableModel::Type).data(PortTableModel::RawValueRole).toString(), QStringLiteral("tcp"));
        QCOMPARE(model()->index(row, PortTableModel::Type).data().toString(), QStringLiteral("TCP"));
        QCOMPARE(model()->index(row, PortTableModel::Owner).data().toString(), QStringLiteral("bt_net"));
        QCOMPARE(model()->index(row, PortTableModel::Local).data().toString(), QStringLiteral("127.0.0.1:%1").arg(m_heavyPort));
        QVERIFY(model()->index(row, PortTableModel::SendOct).data(PortTableModel::RawValueRole).toLongLong() >= 33554432);
        // Sizes for people, the exact figure on hover.
        const QString tip = model()->index(row, PortTableModel::SendOct).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("bytes")), qPrintable(tip));
        QVERIFY(m_page->statusText().contains(QLatin1String("ports and sockets")));
        // Clicking a header the node ranks by ranks by it.
        const int column = PortTableModel::SendOct;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
        QCOMPARE(model()->sort(), PortQuery::Sort::SendOct);
        QCOMPARE(header->sortIndicatorSection(), column);
        QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded(0) && model()->lastPage().query.sort == PortQuery::Sort::SendOct, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(idAt(0), m_heavy, 20000);
        // One the node cannot rank by does not change the ranking.
        QVERIFY(!m_page->sortByColumn(PortTableModel::Peer));
        QCOMPARE(model()->sort(), PortQuery::Sort::SendOct);
        test::screenshot(m_window.get(), QStringLiteral("network"));
    }

    void slidingWindowRanksByRates()
    {
        QHeaderView *header = m_page->table()->horizontalHeader();
        m_page->toolbar()->windowAction()->trigger(); // as the toolbar button does
        QCOMPARE(model()->mode(), PortQuery::Mode::Window);
        QCOMPARE(model()->sort(), PortQuery::Sort::Io);
        QCOMPARE(header->sortIndicatorSection(), int(PortTableModel::IoPerS));
        QVERIFY(m_page->table()->isColumnHidden(PortTableModel::WindowChange)); // the rate columns say it
        // Beamtop's own connection moves bytes every refresh: something has a rate on top.
        QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded(0) && model()->lastPage().windowValid
                                     && model()->index(0, PortTableModel::IoPerS).data(PortTableModel::RawValueRole).toDouble() > 0,
                                 30000);
        // Ranking the queue in window mode ranks its growth, in a column of its own.
        QVERIFY(m_page->sortByColumn(PortTableModel::QueueSize));
        QCOMPARE(model()->mode(), PortQuery::Mode::Window);
        QVERIFY(!m_page->table()->isColumnHidden(PortTableModel::WindowChange));
        QCOMPARE(model()->headerData(PortTableModel::WindowChange, Qt::Horizontal).toString(), QStringLiteral("Queue growth/s"));
        QCOMPARE(header->sortIndicatorSection(), int(PortTableModel::WindowChange));
        // Received (a total) takes the window off again.
        QVERIFY(m_page->sortByColumn(PortTableModel::RecvOct));
        QCOMPARE(model()->mode(), PortQuery::Mode::Absolute);
        QVERIFY(!m_page->toolbar()->windowAction()->isChecked());
    }

    void typeChoiceRestrictsOnTheNode()
    {
        QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded(0), 10000);
        const int all = model()->rowCount();
        // The choice lists the node's counts by type.
        QComboBox *box = m_page->toolbar()->typeBox();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->typesModel()->count(QStringLiteral("tcp")) >= 10, 20000);
        const int tcpItem = box->findData(QStringLiteral("tcp"));
        QVERIFY(tcpItem > 0);
        QVERIFY2(box->itemText(tcpItem).startsWith(QLatin1String("TCP (")), qPrintable(box->itemText(tcpItem)));
        box->setCurrentIndex(tcpItem);
        QCOMPARE(model()->type(), QStringLiteral("tcp"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().query.type == QLatin1String("tcp") && model()->rowCount() > 0 && model()->isLoaded(0), 20000);
        QVERIFY2(model()->rowCount() < all, qPrintable(QStringLiteral("%1 of %2").arg(model()->rowCount()).arg(all)));
        for (int r = model()->firstLoaded(); r < model()->firstLoaded() + model()->loadedCount(); ++r)
            QCOMPARE(model()->index(r, PortTableModel::Type).data(PortTableModel::RawValueRole).toString(), QStringLiteral("tcp"));
        QVERIFY(m_page->statusText().contains(QLatin1String("match")));

        // No UDP socket on this node: nothing.
        m_page->setType(QStringLiteral("udp"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().query.type == QLatin1String("udp"), 20000);
        QCOMPARE(model()->rowCount(), 0);
    }

    void socketModuleSocketsAreListedWithTheirCounters()
    {
        QCOMPARE(m_node.eval(QStringLiteral(
                     "register(bt_sock, spawn(fun() -> {ok, S} = socket:open(inet, stream, tcp), "
                     "ok = socket:bind(S, #{family => inet, addr => {127,0,0,1}, port => 0}), ok = socket:listen(S), "
                     "receive stop -> socket:close(S) end end)), ok")),
                 QStringLiteral("ok"));
        m_page->setType(QStringLiteral("socket"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().query.type == QLatin1String("socket") && model()->rowCount() >= 1
                                     && model()->isLoaded(0),
                                 20000);
        int row = -1;
        for (int r = 0; r < model()->loadedCount(); ++r) {
            if (model()->index(r, PortTableModel::Owner).data().toString() == QLatin1String("bt_sock"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model()->index(row, PortTableModel::Type).data().toString(), QStringLiteral("socket"));
        QVERIFY(model()->index(row, PortTableModel::Id).data().toString().startsWith(QLatin1String("#Socket<")));
        QCOMPARE(model()->index(row, PortTableModel::Name).data().toString(), QStringLiteral("inet/stream/tcp"));
        QCOMPARE(model()->index(row, PortTableModel::QueueSize).data().toString(), QStringLiteral("—")); // no port queue
        const Term id = model()->index(row, 0).data(PortTableModel::IdRole).value<Term>();
        QVERIFY(id.isTaggedTuple("$socket", 2));
        PortDetailsWindow *w = m_page->openDetails(id, model()->index(row, 0).data().toString());
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->hasDetails(), 15000);
        QVERIFY2(w->windowTitle().startsWith(QLatin1String("#Socket<")), qPrintable(w->windowTitle()));
        const QString stats = w->tabText(PortDetailsWindow::StatisticsTab);
        QVERIFY2(stats.contains(QLatin1String("read_byte")), qPrintable(stats));
        const QString options = w->tabText(PortDetailsWindow::OptionsTab);
        QVERIFY2(options.contains(QLatin1String("socket:")), qPrintable(options.left(400)));
        QVERIFY(w->tabText(PortDetailsWindow::AddressesTab).contains(QLatin1String("rstates")));
        test::screenshot(w, QStringLiteral("socket-details"));
        w->close();
        m_node.eval(QStringLiteral("bt_sock ! stop"));
    }

    void filterIsEvaluatedOnTheNode()
    {
        // The heavy sender's port number: its own local address and its peer's peer address.
        const QString filter = QStringLiteral("127.0.0.1:%1").arg(m_heavyPort);
        m_page->filterEdit()->setFocus();
        QTest::keyClicks(m_page->filterEdit(), filter);
        QTRY_VERIFY_WITH_TIMEOUT(model()->filter() == filter && model()->rowCount() == 2 && model()->isLoaded(1), 20000);
        QVERIFY(model()->rowOfId(m_heavy) >= 0);
    }

    void aFullQueueShowsWithAWarning()
    {
        QVERIFY(m_page->sortByColumn(PortTableModel::QueueSize));
        QTRY_COMPARE_WITH_TIMEOUT(idAt(0), m_blocked, 20000);
        const QModelIndex queue = model()->index(0, PortTableModel::QueueSize);
        QVERIFY(queue.data(PortTableModel::RawValueRole).toLongLong() > 0);
        QCOMPARE(queue.data(PortTableModel::LevelRole).toInt(), int(RowTableModel::Level::Warning));
        QCOMPARE(model()->index(0, PortTableModel::Memory).data(PortTableModel::LevelRole).toInt(), int(RowTableModel::Level::Normal));
    }

    void detailsOpenOnEnterAndShowStatistics()
    {
        const int row = rowOf(m_heavy, QStringLiteral("127.0.0.1:%1").arg(m_heavyPort));
        QVERIFY(row >= 0);
        PortDetailsWindow *w = test::openDetailsByEnter(m_page, row);
        QVERIFY(w); // one window, raised on a second Enter
        QCOMPARE(m_page->selectedIds(), QStringList{m_heavy});
        QTRY_VERIFY_WITH_TIMEOUT(w->hasDetails(), 15000);
        QVERIFY2(w->windowTitle().contains(m_heavy), qPrintable(w->windowTitle()));
        QVERIFY(w->windowTitle().contains(m_node.nodeName()));
        const QString overview = w->tabText(PortDetailsWindow::OverviewTab);
        QVERIFY2(overview.contains(QLatin1String("tcp_inet")), qPrintable(overview));
        QVERIFY(overview.contains(QLatin1String("bt_net")));
        const QString stats = w->tabText(PortDetailsWindow::StatisticsTab);
        QVERIFY2(stats.contains(QLatin1String("send_oct")), qPrintable(stats));
        QVERIFY(stats.contains(QLatin1String("recv_cnt")));
        const QString options = w->tabText(PortDetailsWindow::OptionsTab);
        QVERIFY2(options.contains(QLatin1String("nodelay")), qPrintable(options));
        QVERIFY(!options.contains(QLatin1String("could not be read")));
        QVERIFY(w->tabText(PortDetailsWindow::AddressesTab).contains(QStringLiteral("127.0.0.1:%1").arg(m_heavyPort)));
        QVERIFY(w->tabText(PortDetailsWindow::LinksTab).contains(QLatin1String("Links (1)"))); // its owner
        test::screenshot(w, QStringLiteral("port-overview"));
        w->tabs()->setCurrentIndex(PortDetailsWindow::OptionsTab);
        test::screenshot(w, QStringLiteral("port-options"));
        w->tabs()->setCurrentIndex(PortDetailsWindow::StatisticsTab);
        test::screenshot(w, QStringLiteral("port-statistics"));
        // The live samples arrive by the session's interval and draw.
        QTRY_VERIFY_WITH_TIMEOUT(w->history()->rowCount() >= 2, 15000);
        QVERIFY(w->liveLabel()->text().contains(QLatin1String("Sent/s")));
        w->tabs()->setCurrentIndex(PortDetailsWindow::ChartsTab);
        QCOMPARE(w->charts().size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(w->charts().at(2)->pointCount(0) >= 2, 15000); // the queue is known from the first sample
        test::screenshot(w, QStringLiteral("port-details"));

        // The owner is a link to its process's details.
        const QString pid = m_node.eval(QStringLiteral("list_to_atom(pid_to_list(whereis(bt_net)))")).remove(QLatin1Char('\''));
        auto *browser = w->findChild<QTextBrowser *>(QStringLiteral("overview"));
        QVERIFY(browser);
        const Term owner = w->details().owner;
        QVERIFY(owner.isPid());
        QCOMPARE(TermFormatter().format(owner), pid);
        const QString href = ProcessDetailsHtml::href(owner);
        QVERIFY2(browser->toHtml().contains(href), qPrintable(href));
        emit browser->anchorClicked(QUrl(href)); // what a click on the link does
        QCOMPARE(m_page->ownerWindows().size(), 1);
        ProcessDetailsWindow *p = m_page->ownerWindows().first();
        QCOMPARE(p->pid(), owner);
        QTRY_VERIFY_WITH_TIMEOUT(p->hasDetails(), 15000);
        p->close();
        w->close();
    }

    void contextMenuOpensTheOwner()
    {
        const int row = rowOf(m_heavy, QStringLiteral("127.0.0.1:%1").arg(m_heavyPort));
        QVERIFY(row >= 0);
        QMenu *menu = rightClickRow(row);
        QVERIFY(menu);
        QCOMPARE(m_page->selectedIds(), QStringList{m_heavy}); // right-click selects the row
        QAction *owner = menuAction(menu, QStringLiteral("action_owner"));
        QVERIFY(owner && owner->isEnabled());
        const int before = int(m_page->ownerWindows().size());
        owner->trigger();
        QCOMPARE(m_page->ownerWindows().size(), before + 1);
        ProcessDetailsWindow *p = m_page->ownerWindows().last();
        QTRY_VERIFY_WITH_TIMEOUT(p->hasDetails(), 15000);
        QVERIFY2(p->windowTitle().startsWith(QLatin1String("bt_net")), qPrintable(p->windowTitle()));

        // A port link in the process's details opens that port's own window.
        auto *overview = p->findChild<QTextBrowser *>(QStringLiteral("overview"));
        QVERIFY(overview);
        const Term heavy = model()->index(model()->rowOfId(m_heavy), 0).data(PortTableModel::IdRole).value<Term>();
        QCOMPARE(heavy.kind(), Term::Kind::Port);
        emit overview->anchorClicked(QUrl(ProcessDetailsHtml::href(heavy)));
        auto *portWindow = p->findChild<PortDetailsWindow *>();
        QVERIFY(portWindow);
        QCOMPARE(portWindow->id(), heavy);
        QTRY_VERIFY_WITH_TIMEOUT(portWindow->hasDetails(), 15000);
        QVERIFY(portWindow->tabText(PortDetailsWindow::OverviewTab).contains(QLatin1String("tcp_inet")));
        p->close();
    }

    void closeIsRefusedWhileReadOnly()
    {
        NodeSession *session = m_window->session();
        QVERIFY(session->isReadOnly()); // the default for every connection
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("readOnlyIndicator"))->text(), QStringLiteral("Read-only"));
        const int row = rowOf(m_heavy, QStringLiteral("127.0.0.1:%1").arg(m_heavyPort));
        QVERIFY(row >= 0);
        QMenu *menu = rightClickRow(row);
        QAction *close = menuAction(menu, QStringLiteral("action_close"));
        QVERIFY(close);
        QVERIFY(!close->isEnabled());
        QVERIFY(close->toolTip().contains(QLatin1String("Read-only")));
        close->trigger(); // a disabled action does nothing
        QVERIFY(!m_page->portActions()->confirmation());
        menu->close();

        // Asked anyway (as a script would): refused with the reason, no confirmation.
        QSignalSpy done(m_page->portActions(), &PortActions::finished);
        const Term id = model()->index(row, 0).data(PortTableModel::IdRole).value<Term>();
        m_page->portActions()->close(id, m_heavy);
        QCOMPARE(done.count(), 1);
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(done.first().at(1).toString().contains(QLatin1String("Read-only")));
        QVERIFY(!m_page->portActions()->confirmation());

        // The details window's button says the same.
        PortDetailsWindow *w = m_page->openDetails(id, m_heavy);
        QVERIFY(w);
        QVERIFY(w->closeButton()->toolTip().contains(QLatin1String("Read-only")));
        w->closeButton()->click();
        QVERIFY(!w->portActions()->confirmation());
        QVERIFY(w->banner()->text().contains(QLatin1String("Read-only")));
        QVERIFY(portAlive("bt_heavy"));
        w->close();
    }

    void closingWorksAfterTurningReadOnlyOffAndTheWindowKeepsTheData()
    {
        NodeSession *session = m_window->session();
        auto *readOnly = m_window->findChild<QAction *>(QStringLiteral("readOnlyAction"));
        QVERIFY(readOnly && readOnly->isChecked());
        readOnly->trigger();
        QVERIFY(!session->isReadOnly());
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("readOnlyIndicator"))->text(), QStringLiteral("Changes allowed"));

        const QString quietAddress = m_node.eval(QStringLiteral("{ok, {_, P}} = inet:sockname(persistent_term:get(bt_quiet)), P"));
        const int row = rowOf(m_quiet, QStringLiteral("127.0.0.1:%1").arg(quietAddress));
        QVERIFY(row >= 0);
        const Term id = model()->index(row, 0).data(PortTableModel::IdRole).value<Term>();
        PortDetailsWindow *w = m_page->openDetails(id, m_quiet);
        QTRY_VERIFY_WITH_TIMEOUT(w->hasDetails(), 15000);
        QVERIFY(!w->isClosed());

        // Cancel keeps it.
        w->closeButton()->click();
        QMessageBox *box = w->portActions()->confirmation();
        QVERIFY(box);
        QVERIFY2(box->text().contains(m_quiet), qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(portAlive("bt_quiet"));

        QSignalSpy closed(w, &PortDetailsWindow::portClosed);
        w->closeButton()->click();
        box = w->portActions()->confirmation();
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
        QVERIFY(closed.wait(15000));
        QVERIFY(!portAlive("bt_quiet"));
        QVERIFY(w->isClosed());
        QVERIFY2(w->windowTitle().contains(QLatin1String("(closed)")), qPrintable(w->windowTitle()));
        QVERIFY(w->banner()->text().contains(QLatin1String("closed")));
        QVERIFY(!w->closeButton()->isEnabled());
        // Its last data stays readable.
        QVERIFY(w->tabText(PortDetailsWindow::OverviewTab).contains(QLatin1String("tcp_inet")));
        QVERIFY(w->tabText(PortDetailsWindow::StatisticsTab).contains(QLatin1String("send_oct")));
        // And the table greys it (or it has left the ranking).
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfId(m_quiet) < 0
                                     || model()->index(model()->rowOfId(m_quiet), 0).data(PortTableModel::ClosedRole).toBool(),
                                 15000);
        w->close();
        readOnly->trigger(); // back to the default for the tests that follow
        QVERIFY(session->isReadOnly());
    }

    void distributionListsOwnConnection()
    {
        DistModel *dist = m_page->distModel();
        QTRY_VERIFY_WITH_TIMEOUT(dist->rowCount() >= 1, 20000);
        bool own = false;
        for (int r = 0; r < dist->rowCount(); ++r)
            own = own || dist->index(r, DistModel::Type).data().toString() == QLatin1String("Beamtop (this connection)");
        QVERIFY(own);
        QVERIFY2(m_page->distText().contains(QLatin1String("net_ticktime 60 s")), qPrintable(m_page->distText()));
        QVERIFY(m_page->distText().contains(QLatin1String("busy limit")));
        // Rates come from the second reading on.
        QTRY_VERIFY_WITH_TIMEOUT(dist->index(0, DistModel::InPerS).data(RowTableModel::RawValueRole).isValid(), 20000);
    }

    void ctrl6ShowsThePageWhichSubscribesWhileShown()
    {
        NodeSession *session = m_window->session();
        QVERIFY(session->isSubscribed(NodeSession::Feed::Ports));
        QVERIFY(session->isSubscribed(NodeSession::Feed::Distribution));
        m_window->showPage(0);
        QVERIFY(m_window->currentPage() != m_page);
        QVERIFY(!session->isSubscribed(NodeSession::Feed::Ports));
        QVERIFY(!session->isSubscribed(NodeSession::Feed::Distribution));
        QAction *show = test::shortcutAction(*m_window, QKeySequence(Qt::CTRL | Qt::Key_6));
        QVERIFY(show);
        QCOMPARE(show->text(), QStringLiteral("Network"));
        show->trigger();
        QCOMPARE(m_window->currentPage(), m_page);
        QVERIFY(session->isSubscribed(NodeSession::Feed::Ports));
        QVERIFY(session->isSubscribed(NodeSession::Feed::Distribution));
    }

    void exportWritesCsvAndJson()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        m_page->setType(QStringLiteral("tcp"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().query.type == QLatin1String("tcp") && model()->rowCount() >= 8, 20000);
        QString failure;
        const QByteArray csv = test::exportedFile(m_page, dir.filePath(QStringLiteral("ports.csv")), &failure);
        QVERIFY2(!csv.isEmpty(), qPrintable(failure));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(QString::fromUtf8(lines.first().trimmed()), PortColumns::keys().join(QLatin1Char(',')));
        QVERIFY(lines.size() >= 9);
        bool sawHeavy = false;
        for (int i = 1; i < lines.size(); ++i)
            sawHeavy = sawHeavy || lines.at(i).startsWith(m_heavy.toUtf8());
        QVERIFY(sawHeavy);

        const QByteArray json = test::exportedFile(m_page, dir.filePath(QStringLiteral("ports.json")), &failure);
        QVERIFY2(!json.isEmpty(), qPrintable(failure));
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QStringLiteral("node")).toString(), m_node.nodeName());
        const QJsonArray rows = doc.value(QStringLiteral("ports")).toArray();
        QCOMPARE(rows.size(), lines.size() - 1);
        for (const QJsonValue &v : rows)
            QCOMPARE(v.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("tcp"));
    }

    void withoutTheAgentThePageSaysWhy()
    {
        MainWindow::Options o;
        o.useAgent = false;
        MainWindow w(o);
        auto *page = test::showPageInWindow<NetworkPage>(w, QStringLiteral("network"));
        QVERIFY(page);
        w.connectWith(m_node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->notice()->isVisible() && page->notice()->text().contains(QLatin1String("needs the agent")), 20000);
        QCOMPARE(page->model()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(page->distText().contains(QLatin1String("needs the agent")), 20000);
        w.disconnectFromNode();
        QTRY_VERIFY_WITH_TIMEOUT(!w.session() || w.session()->state() == NodeSession::State::Disconnected, 10000);
    }

    void scrollingFetchesOnlyTheRowsOnScreen()
    {
        // Far more UDP sockets than a page holds.
        QCOMPARE(m_node.eval(QStringLiteral("register(bt_crowd, spawn(fun() -> Ss = [element(2, gen_udp:open(0, [{ip, {127,0,0,1}}])) || "
                                            "_ <- lists:seq(1, 1500)], receive stop -> [gen_udp:close(S) || S <- Ss] end end)), ok")),
                 QStringLiteral("ok"));
        m_page->setType(QStringLiteral("udp"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().query.type == QLatin1String("udp") && model()->rowCount() == 1500
                                     && model()->lastPage().rankingComplete && model()->isLoaded(0),
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->typesModel()->count(QStringLiteral("udp")), qint64(1500), 20000);
        QCOMPARE(test::checkRowsOnDemand(m_page), QString());
        m_node.eval(QStringLiteral("bt_crowd ! stop"));
    }
};

QTEST_MAIN(TestNetworkPage)
#include "tst_networkpage.moc"
