// SPDX-License-Identifier: GPL-3.0-or-later
// The Processes page against a real node with known outliers (a large heap, a 50,000-message
// queue, large binaries, a busy loop, and for the window test a queue that grows): each ranks first in the GUI's model on
// its own column, absolute and window mode; drill-down follows pids, not rows; the long
// queue's preview needs a confirmation; a process dying under its details window shows as
// dead; actions are off in read-only mode and work after turning it off; export writes CSV and
// JSON a program can read. One node and one window for the whole class.
#include "collect/processinspector.h"
#include "chartwidget.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "session/nodesession.h"
#include "noticebar.h"
#include "pageregistry.h"
#include "processactions.h"
#include "processdetailshtml.h"
#include "processdetailswindow.h"
#include "processespage.h"
#include "export/processexport.h"
#include "processhistorymodel.h"
#include "processtablemodel.h"
#include "testnode.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QContextMenuEvent>
#include <QDoubleSpinBox>
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
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace beamtop;
using beamtop::test::TestNode;

class TestProcessesPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    TestNode m_node;
    std::unique_ptr<MainWindow> m_window;
    ProcessesPage *m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString pidOf(const char *registeredName)
    {
        return m_node.eval(QStringLiteral("list_to_atom(pid_to_list(whereis(%1)))").arg(QLatin1String(registeredName)))
            .remove(QLatin1Char('\''));
    }
    ProcessTableModel *model() const { return m_page->model(); }
    QString pidAt(int row) const { return model()->index(row, 0).data(ProcessTableModel::PidTextRole).toString(); }
    QString topPid() const { return model()->rowCount() > 0 ? pidAt(0) : QString(); }

    // Filters down to one registered process and returns its row's pid term.
    Term onlyRow(const QString &name)
    {
        m_page->setFilterText(name);
        if (!QTest::qWaitFor([&] { return model()->rowCount() == 1 && model()->isLoaded(0) && model()->filter() == name; }, 20000))
            return {};
        return model()->index(0, 0).data(ProcessTableModel::PidRole).value<Term>();
    }

    QMenu *rightClickRow(int row) { return test::rightClickRow(m_page, row, ProcessTableModel::Name); }
    static QAction *menuAction(QMenu *menu, const QString &name) { return test::menuAction(menu, name); }

    ProcessDetailsWindow *windowFor(const QString &pidText) const
    {
        const QList<ProcessDetailsWindow *> all = m_page->detailsWindows();
        for (ProcessDetailsWindow *w : all) {
            if (w->pid().isPid() && TermFormatter().format(w->pid()) == pidText)
                return w;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "50,000"
        QVERIFY(m_node.start());
        // The outliers of tst_processes, each registered so the test can find its pid.
        QCOMPARE(m_node.eval(QStringLiteral(
                     "register(bt_heap, spawn(fun() -> L = lists:seq(1, 3000000), receive stop -> length(L) end end)), "
                     "register(bt_queue, spawn(fun() -> receive stop -> ok end end)), "
                     "[bt_queue ! {msg, I} || I <- lists:seq(1, 50000)], "
                     "register(bt_bins, spawn(fun() -> B = [binary:copy(<<I>>, 4000000) || I <- lists:seq(1, 4)], receive stop -> B end end)), "
                     "register(bt_busy, spawn(fun Spin() -> _ = lists:reverse(lists:seq(1, 100)), Spin() end)), "
                     "ok")),
                 QStringLiteral("ok"));
        m_window = std::make_unique<MainWindow>();
        m_page = test::showPageInWindow<ProcessesPage>(*m_window, QStringLiteral("processes"), QSize(1280, 800));
        QVERIFY(m_page);
        // Every model change with real data is checked against the model contract.
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_window->currentPage(), m_page);
        m_window->connectWith(m_node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isLive(), 30000);
        m_page->budgetBox()->setValue(50); // a test need not wait on the 2 % default
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 20 && model()->isLoaded(0), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().rankingComplete, 20000);
        QVERIFY(m_page->statusText().contains(QLatin1String("processes")));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
    }

    void init()
    {
        m_page->setFilterText({});
        m_page->setWindowMode(false);
        QTRY_VERIFY_WITH_TIMEOUT(model()->filter().isEmpty(), 5000);
    }

    void eachOutlierRanksFirst_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("window");
        QTest::addColumn<QString>("expected");
        using M = ProcessTableModel;
        QTest::newRow("memory") << int(M::Memory) << false << "bt_heap";
        QTest::newRow("total heap") << int(M::TotalHeapSize) << false << "bt_heap";
        QTest::newRow("message queue") << int(M::MessageQueueLen) << false << "bt_queue";
        QTest::newRow("binary memory") << int(M::BinaryMemory) << false << "bt_bins";
        QTest::newRow("reductions") << int(M::Reductions) << false << "bt_busy";
        QTest::newRow("reductions/s (window)") << int(M::ReductionsPerS) << true << "bt_busy";
        QTest::newRow("queue growth (window)") << int(M::MessageQueueLen) << true << "bt_growing";
    }
    void eachOutlierRanksFirst()
    {
        QFETCH(int, column);
        QFETCH(bool, window);
        QFETCH(QString, expected);
        // A queue that grows only while its row runs: fed for ever it would soon outgrow the
        // 50,000-message queue the other tests expect on top.
        if (expected == QLatin1String("bt_growing")) {
            QCOMPARE(m_node.eval(QStringLiteral(
                         "register(bt_growing, spawn(fun() -> receive stop -> ok end end)), "
                         "register(bt_feeder, spawn(fun Feed() -> [bt_growing ! tick || _ <- lists:seq(1, 50)], timer:sleep(10), Feed() end)), "
                         "ok")),
                     QStringLiteral("ok"));
        }
        auto stopFeeding = qScopeGuard([&] {
            if (expected == QLatin1String("bt_growing"))
                m_node.eval(QStringLiteral("exit(whereis(bt_feeder), kill), exit(whereis(bt_growing), kill), ok"));
        });
        // A click on the header, the way a user ranks.
        QHeaderView *header = m_page->table()->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        if (window)
            m_page->setWindowMode(true);
        const ProcessQuery::Sort sort = model()->sort();
        QCOMPARE(model()->mode(), window ? ProcessQuery::Mode::Window : ProcessQuery::Mode::Absolute);
        QCOMPARE(header->sortIndicatorSection(), ProcessTableModel::columnFor(sort, model()->mode()));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        const QString pid = pidOf(expected.toLatin1().constData());
        QTRY_COMPARE_WITH_TIMEOUT(topPid(), pid, 30000);
        QCOMPARE(model()->index(0, ProcessTableModel::Name).data().toString(), expected);
        if (window && column != ProcessTableModel::ReductionsPerS) {
            QVERIFY(!m_page->table()->isColumnHidden(ProcessTableModel::WindowChange));
            QTRY_VERIFY_WITH_TIMEOUT(model()->index(0, ProcessTableModel::WindowChange).data(ProcessTableModel::RawValueRole).toLongLong() > 0, 20000);
        }
    }

    void columnsTheNodeCannotRankDoNotSort()
    {
        QVERIFY(m_page->sortByColumn(ProcessTableModel::Memory));
        QHeaderView *header = m_page->table()->horizontalHeader();
        const int column = ProcessTableModel::Status;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
        QCOMPARE(model()->sort(), ProcessQuery::Sort::Memory);
        QCOMPARE(header->sortIndicatorSection(), int(ProcessTableModel::Memory));
        QVERIFY(model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("does not sort")));
    }

    void keyboardShortcutsRank()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_Q, Qt::AltModifier);
        QCOMPARE(model()->sort(), ProcessQuery::Sort::MessageQueueLen);
        QTRY_COMPARE_WITH_TIMEOUT(topPid(), pidOf("bt_queue"), 20000);
        QTest::keyClick(m_page->table(), Qt::Key_B, Qt::AltModifier);
        QCOMPARE(model()->sort(), ProcessQuery::Sort::BinaryMemory);
        QTest::keyClick(m_page->table(), Qt::Key_T, Qt::AltModifier);
        QCOMPARE(model()->sort(), ProcessQuery::Sort::TotalHeapSize);
        QTest::keyClick(m_page->table(), Qt::Key_S, Qt::AltModifier);
        QCOMPARE(model()->sort(), ProcessQuery::Sort::Reductions);
        QCOMPARE(model()->mode(), ProcessQuery::Mode::Window);
        QTest::keyClick(m_page->table(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(model()->mode(), ProcessQuery::Mode::Absolute);
        QTest::keyClick(m_page->table(), Qt::Key_M, Qt::AltModifier);
        QCOMPARE(model()->sort(), ProcessQuery::Sort::Memory);
    }

    void filterIsEvaluatedOnTheNode()
    {
        m_page->filterEdit()->setFocus();
        QTest::keyClicks(m_page->filterEdit(), QStringLiteral("BT_QUE"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->filter() == QLatin1String("BT_QUE") && model()->rowCount() == 1 && model()->isLoaded(0), 20000);
        QCOMPARE(topPid(), pidOf("bt_queue"));
        QCOMPARE(model()->index(0, ProcessTableModel::MessageQueueLen).data(ProcessTableModel::RawValueRole).toLongLong(), qint64(50000));
        QCOMPARE(model()->index(0, ProcessTableModel::MessageQueueLen).data(Qt::ToolTipRole).toString(), QLocale().toString(50000));
        QVERIFY(m_page->statusText().contains(QLatin1String("match")));
    }

    void refreshAppliesDifferencesAndKeepsTheSelection()
    {
        QVERIFY(m_page->sortByColumn(ProcessTableModel::Memory));
        QTRY_COMPARE_WITH_TIMEOUT(topPid(), pidOf("bt_heap"), 20000);
        const QString queue = pidOf("bt_queue");
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfPid(queue) >= 0, 20000);
        m_page->table()->selectRow(model()->rowOfPid(queue));
        QCOMPARE(m_page->selectedPids(), QStringList{queue});

        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        QSignalSpy pages(model(), &ProcessTableModel::pageApplied);
        // Reductions move on every tick: refreshes change cells, never the whole model.
        QTRY_VERIFY_WITH_TIMEOUT(pages.count() >= 4, 20000);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() > 0);
        const QModelIndexList rows = m_page->table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(ProcessTableModel::PidTextRole).toString(), queue);
        QVERIFY2(m_page->statusText().contains(QLatin1String("selected: bt_queue")), qPrintable(m_page->statusText()));
        // Copy gives the selected row's exact values.
        const QStringList copied = m_page->copyText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(copied.size(), 2); // header and the one row
        QVERIFY(copied.at(1).startsWith(queue));
        QVERIFY(copied.at(1).split(QLatin1Char('\t')).contains(QStringLiteral("50000")));
        test::screenshot(m_window.get(), QStringLiteral("processes"));
        QVERIFY(!m_page->table()->verticalScrollBar()->isVisible() || m_page->table()->verticalScrollBar()->value() == 0);
    }

    void rightClickDetailsFollowsThePidAfterResorting()
    {
        QVERIFY(m_page->sortByColumn(ProcessTableModel::MessageQueueLen));
        const QString queue = pidOf("bt_queue");
        QTRY_COMPARE_WITH_TIMEOUT(topPid(), queue, 20000);
        QMenu *menu = rightClickRow(0);
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(m_page->selectedPids(), QStringList{queue}); // right-click selects the row
        // The ranking changes under the open menu: row 0 is another process now.
        QVERIFY(m_page->sortByColumn(ProcessTableModel::Memory));
        QTRY_COMPARE_WITH_TIMEOUT(topPid(), pidOf("bt_heap"), 20000);
        QAction *details = menuAction(menu, QStringLiteral("action_details"));
        QVERIFY(details);
        details->trigger();
        ProcessDetailsWindow *w = windowFor(queue);
        QVERIFY(w);
        QVERIFY(w->isVisible());
        QVERIFY(w->windowTitle().contains(queue));
        QTRY_VERIFY_WITH_TIMEOUT(w->hasDetails(), 15000);
        QVERIFY(w->windowTitle().startsWith(QLatin1String("bt_queue")));
        QVERIFY(w->windowTitle().contains(m_node.nodeName()));
        QVERIFY(w->tabText(ProcessDetailsWindow::OverviewTab).contains(QLatin1String("50,000")));
        // The selection followed the pid through the re-sort too.
        QCOMPARE(m_page->selectedPids(), QStringList{queue});

        // Enter opens the current row's details; a second request raises the same window.
        QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded(0), 10000);
        m_page->table()->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(m_page->table(), Qt::Key_Return);
        ProcessDetailsWindow *heap = windowFor(pidOf("bt_heap"));
        QVERIFY(heap);
        const int open = m_page->detailsWindows().size();
        QTest::keyClick(m_page->table(), Qt::Key_Return);
        QCOMPARE(m_page->detailsWindows().size(), open);
        QTRY_VERIFY_WITH_TIMEOUT(heap->hasDetails(), 15000);
        QVERIFY(heap->tabText(ProcessDetailsWindow::StateTab).contains(QLatin1String("Not available")));
        QVERIFY(heap->tabText(ProcessDetailsWindow::StackTab).contains(QLatin1String(":")));
        // The live samples arrive by the session's interval.
        QTRY_VERIFY_WITH_TIMEOUT(heap->history()->rowCount() >= 2, 15000);
        QVERIFY(heap->history()->index(1, ProcessHistoryModel::Memory).data(ProcessHistoryModel::RawValueRole).toDouble() > 3000000);
        test::screenshot(heap, QStringLiteral("process-details"));
        // The same samples drawn: memory, reductions/s and queue length over time.
        heap->tabs()->setCurrentIndex(ProcessDetailsWindow::ChartsTab);
        QCOMPARE(heap->charts().size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(heap->charts().at(0)->pointCount(0) >= 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(heap->charts().at(2)->pointCount(0) >= 2, 15000);
        test::screenshot(heap, QStringLiteral("process-charts"));
        heap->close();
        w->close();
    }

    void linksInTheDetailsOpenTheirOwnWindow()
    {
        const Term pid = onlyRow(QStringLiteral("bt_queue"));
        QVERIFY(pid.isPid());
        ProcessDetailsWindow *w = m_page->openDetails(pid);
        QTRY_VERIFY_WITH_TIMEOUT(w->hasDetails(), 15000);
        // The group leader is a pid: the overview links it with its whole identity.
        const Term leader = w->details().value("group_leader");
        QVERIFY(leader.isPid());
        auto *overview = w->findChild<QTextBrowser *>(QStringLiteral("overview"));
        QVERIFY(overview);
        const QString href = ProcessDetailsHtml::href(leader);
        QVERIFY2(overview->toHtml().contains(href), qPrintable(href));
        const int before = m_page->detailsWindows().size();
        emit overview->anchorClicked(QUrl(href)); // what a click on the link does
        QCOMPARE(m_page->detailsWindows().size(), before + 1);
        ProcessDetailsWindow *other = nullptr;
        for (ProcessDetailsWindow *d : m_page->detailsWindows()) {
            if (d->pid() == leader)
                other = d;
        }
        QVERIFY(other);
        QTRY_VERIFY_WITH_TIMEOUT(other->hasDetails(), 15000);
        other->close();
        w->close();
    }

    void statusSaysHowFreshAndWhatItCosts()
    {
        QVERIFY(m_page->sortByColumn(ProcessTableModel::Memory));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->statusText().contains(QLatin1String("ranked")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->statusText().contains(QLatin1String("agent: ")), 15000);
        QVERIFY(m_page->statusText().contains(QLatin1String("of one scheduler")));
    }

    void reducedModeSaysRowsAreInPidOrder()
    {
        MainWindow::Options o;
        o.useAgent = false;
        MainWindow w(o);
        auto *page = test::showPageInWindow<ProcessesPage>(w, QStringLiteral("processes"));
        QVERIFY(page);
        w.connectWith(m_node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 10 && page->model()->isLoaded(0), 30000);
        QVERIFY(page->model()->lastPage().reducedMode);
        QVERIFY(page->notice()->isVisible());
        QVERIFY2(page->notice()->text().contains(QLatin1String("pid order")), qPrintable(page->notice()->text()));
        QVERIFY(!page->table()->horizontalHeader()->sectionsClickable());
        QVERIFY(!page->filterEdit()->isEnabled());
        w.disconnectFromNode();
        QTRY_VERIFY_WITH_TIMEOUT(!w.session() || w.session()->state() == NodeSession::State::Disconnected, 10000);
    }

    void longQueuePreviewNeedsConfirmationAndIsBounded()
    {
        const Term pid = onlyRow(QStringLiteral("bt_queue"));
        QVERIFY(pid.isPid());
        ProcessDetailsWindow *w = m_page->openDetails(pid);
        QVERIFY(w);
        QSignalSpy messages(m_window->session()->inspector(), &ProcessInspector::messagesReady);
        w->tabs()->setCurrentIndex(ProcessDetailsWindow::MessagesTab);
        QTRY_VERIFY_WITH_TIMEOUT(w->messages().isMap(), 15000);
        QVERIFY(w->messages().value("refused").toBool());
        QVERIFY(w->messages().value("messages").isError()); // nothing copied, nothing sent
        QVERIFY(w->readQueueButton()->isVisible());
        QVERIFY(w->tabText(ProcessDetailsWindow::MessagesTab).contains(QLatin1String("50,000")));

        // Cancel: nothing is read.
        QTest::mouseClick(w->readQueueButton(), Qt::LeftButton);
        QMessageBox *box = w->queueConfirmation();
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QLatin1String("50,000")));
        const int before = messages.count();
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!w->queueConfirmation());
        QCOMPARE(messages.count(), before);
        QVERIFY(w->messages().value("refused").toBool());

        // Confirm: the first 100 come, and only those.
        QTest::mouseClick(w->readQueueButton(), Qt::LeftButton);
        box = w->queueConfirmation();
        QVERIFY(box);
        auto *read = box->findChild<QPushButton *>(QStringLiteral("readButton"));
        QVERIFY(read);
        read->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w->messages().value("refused").toBool(true), 15000);
        QCOMPARE(w->messages().value("messages").size(), 100);
        QVERIFY(!w->readQueueButton()->isVisible());
        const QString text = w->tabText(ProcessDetailsWindow::MessagesTab);
        QVERIFY2(text.contains(QLatin1String("{msg,1}")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QLatin1String("{msg,100}")));
        QVERIFY(!text.contains(QLatin1String("{msg,101}")));
        test::screenshot(w, QStringLiteral("process-messages"));
        w->close();
    }

    void aDyingProcessShowsAsDead()
    {
        QCOMPARE(m_node.eval(QStringLiteral("register(bt_mortal, spawn(fun() -> put(k, v), receive stop -> ok end end)), ok")),
                 QStringLiteral("ok"));
        const Term pid = onlyRow(QStringLiteral("bt_mortal"));
        QVERIFY(pid.isPid());
        ProcessDetailsWindow *w = m_page->openDetails(pid);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->hasDetails(), 15000);
        QVERIFY(!w->isDead());
        QVERIFY(w->tabText(ProcessDetailsWindow::DictionaryTab).contains(QLatin1String("k")));
        QSignalSpy dead(w, &ProcessDetailsWindow::dead);
        m_node.eval(QStringLiteral("bt_mortal ! stop"));
        QVERIFY(dead.wait(15000));
        QVERIFY(w->isDead());
        QVERIFY(w->windowTitle().contains(QLatin1String("(dead)")));
        QVERIFY(w->banner()->isVisible());
        QVERIFY(w->banner()->text().contains(QLatin1String("exited")));
        // Its last data stays readable.
        QVERIFY(w->tabText(ProcessDetailsWindow::OverviewTab).contains(QLatin1String("bt_mortal")));
        // And the table marks it gone (or it has left the ranking).
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() == 0 || model()->index(0, 0).data(ProcessTableModel::ExitedRole).toBool(), 15000);
        w->close();
    }

    void actionsAreOffInReadOnlyModeAndWorkAfterTurningItOff()
    {
        NodeSession *session = m_window->session();
        QVERIFY(session->isReadOnly()); // the default for every connection
        auto *readOnly = m_window->findChild<QAction *>(QStringLiteral("readOnlyAction"));
        QVERIFY(readOnly);
        QVERIFY(readOnly->isChecked());
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("readOnlyIndicator"))->text(), QStringLiteral("Read-only"));
        QCOMPARE(m_node.eval(QStringLiteral("register(bt_victim, spawn(fun() -> receive _ -> ok end end)), ok")), QStringLiteral("ok"));
        const Term pid = onlyRow(QStringLiteral("bt_victim"));
        QVERIFY(pid.isPid());

        QMenu *menu = rightClickRow(0);
        QVERIFY(menu);
        for (const char *name : {"action_kill", "action_gc", "action_suspend", "action_resume"}) {
            QAction *a = menuAction(menu, QLatin1String(name));
            QVERIFY(a);
            QVERIFY2(!a->isEnabled(), name);
            QVERIFY(a->toolTip().contains(QLatin1String("Read-only")));
        }
        menuAction(menu, QStringLiteral("action_kill"))->trigger(); // a disabled action does nothing
        QVERIFY(!m_page->processActions()->confirmation());
        menu->close();
        QCOMPARE(m_node.eval(QStringLiteral("is_process_alive(whereis(bt_victim))")), QStringLiteral("true"));

        readOnly->trigger();
        QVERIFY(!session->isReadOnly());
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("readOnlyIndicator"))->text(), QStringLiteral("Changes allowed"));

        // Garbage collection works now.
        QSignalSpy done(m_page->processActions(), &ProcessActions::finished);
        menu = rightClickRow(0);
        QAction *gc = menuAction(menu, QStringLiteral("action_gc"));
        QVERIFY(gc && gc->isEnabled());
        gc->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().at(0).toBool());
        QVERIFY(m_page->notice()->text().contains(QLatin1String("Garbage collected")));

        // Kill asks first, naming the process; Cancel keeps it.
        menu = rightClickRow(0);
        QAction *kill = menuAction(menu, QStringLiteral("action_kill"));
        QVERIFY(kill && kill->isEnabled());
        kill->trigger();
        QMessageBox *box = m_page->processActions()->confirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("bt_victim")));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(m_node.eval(QStringLiteral("is_process_alive(whereis(bt_victim))")), QStringLiteral("true"));
        menu = rightClickRow(0);
        menuAction(menu, QStringLiteral("action_kill"))->trigger();
        box = m_page->processActions()->confirmation();
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("killButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_node.eval(QStringLiteral("whereis(bt_victim)")), QStringLiteral("undefined"), 10000);

        readOnly->trigger(); // back to the default for the tests that follow
        QVERIFY(session->isReadOnly());
    }

    void exportWritesCsvAndJson()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        m_page->setFilterText(QStringLiteral("bt_"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->filter() == QLatin1String("bt_") && model()->rowCount() >= 4, 20000);
        QSignalSpy finished(m_page, &ProcessesPage::exportFinished);

        const QString csvPath = dir.filePath(QStringLiteral("procs.csv"));
        m_page->exportTable(csvPath);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(QString::fromUtf8(lines.first().trimmed()), ProcessExport::keys().join(QLatin1Char(',')));
        QVERIFY(lines.size() >= 5); // bt_heap, bt_queue, bt_bins, bt_busy
        bool sawQueue = false;
        const int nameColumn = int(ProcessExport::keys().indexOf(QStringLiteral("name")));
        const int queueColumn = int(ProcessExport::keys().indexOf(QStringLiteral("message_queue_len")));
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).trimmed().split(',');
            if (cells.value(nameColumn) == "bt_queue") {
                sawQueue = true;
                QCOMPARE(cells.value(queueColumn), QByteArray("50000"));
            }
        }
        QVERIFY(sawQueue);

        const QString jsonPath = dir.filePath(QStringLiteral("procs.json"));
        m_page->exportTable(jsonPath);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(json.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QStringLiteral("node")).toString(), m_node.nodeName());
        QCOMPARE(doc.value(QStringLiteral("filter")).toString(), QStringLiteral("bt_"));
        const QJsonArray rows = doc.value(QStringLiteral("processes")).toArray();
        QCOMPARE(rows.size(), lines.size() - 1);
        QCOMPARE(doc.value(QStringLiteral("total")).toInt(), rows.size());
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            for (const QString &k : ProcessExport::keys())
                QVERIFY2(o.contains(k), qPrintable(k));
        }

        // A folder that cannot be written: the error says so, and no file appears.
        const QString bad = dir.filePath(QStringLiteral("missing/dir/procs.csv"));
        m_page->exportTable(bad);
        QVERIFY(finished.count() == 3 || finished.wait(10000));
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY(finished.last().at(1).toString().contains(QLatin1String("Could not write")));
        QVERIFY(!QFile::exists(bad));

        // One process's details as JSON.
        m_page->setFilterText(QStringLiteral("bt_heap"));
        const Term pid = onlyRow(QStringLiteral("bt_heap"));
        ProcessDetailsWindow *w = m_page->openDetails(pid);
        QTRY_VERIFY_WITH_TIMEOUT(w->hasDetails(), 15000);
        QString why;
        const QString detailsPath = dir.filePath(QStringLiteral("heap.json"));
        QVERIFY2(w->exportTo(detailsPath, &why), qPrintable(why));
        QFile d(detailsPath);
        QVERIFY(d.open(QIODevice::ReadOnly));
        const QJsonObject details = QJsonDocument::fromJson(d.readAll()).object();
        QCOMPARE(details.value(QStringLiteral("pid")).toString(), pidOf("bt_heap"));
        QCOMPARE(details.value(QStringLiteral("details")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("bt_heap"));
        QVERIFY(details.value(QStringLiteral("details")).toObject().value(QStringLiteral("total_heap_size")).toDouble() > 3000000);
        w->close();
    }

    void syntaxFollowsTheSessionsChoice()
    {
        NodeSession *session = m_window->session();
        QVERIFY(onlyRow(QStringLiteral("bt_queue")).isPid());
        const QModelIndex current = model()->index(0, ProcessTableModel::CurrentFunction);
        QVERIFY(current.data().toString().startsWith(QLatin1String("erlang:")) // a plain receive waits in erts code
                || current.data().toString().contains(QLatin1Char(':')));
        QVERIFY(!current.data().toString().startsWith(QLatin1Char(':')));
        session->setSyntaxChoice(AgentClient::SyntaxChoice::Elixir);
        QVERIFY(model()->index(0, ProcessTableModel::CurrentFunction).data().toString().startsWith(QLatin1Char(':')));
        session->setSyntaxChoice(AgentClient::SyntaxChoice::Auto); // an Erlang node: Erlang syntax
        QVERIFY(!model()->index(0, ProcessTableModel::CurrentFunction).data().toString().startsWith(QLatin1Char(':')));
    }

    void scrollingFetchesOnlyTheRowsOnScreen()
    {
        // Enough processes that the table is far longer than a page.
        QCOMPARE(m_node.eval(QStringLiteral("register(bt_crowd, spawn(fun() -> Ps = [spawn(fun() -> receive stop -> ok end end) || "
                                            "_ <- lists:seq(1, 5000)], receive stop -> [P ! stop || P <- Ps] end end)), ok")),
                 QStringLiteral("ok"));
        QVERIFY(m_page->sortByColumn(ProcessTableModel::Memory));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 5000 && model()->lastPage().rankingComplete, 30000);
        QTableView *t = m_page->table();
        QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded(0), 10000);
        QVERIFY(model()->loadedCount() <= 500);
        QVERIFY(!model()->isLoaded(model()->rowCount() - 1));
        QCOMPARE(model()->index(model()->rowCount() - 1, 0).data().toString(), QStringLiteral("…"));
        t->scrollToBottom();
        const int last = model()->rowCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded(t->rowAt(t->viewport()->height() - 1) < 0 ? last : t->rowAt(t->viewport()->height() - 1)), 15000);
        QVERIFY(model()->loadedCount() <= 500);
        QVERIFY(!model()->isLoaded(0)); // the top was let go
        t->scrollToTop();
        QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded(0), 15000);
        m_node.eval(QStringLiteral("bt_crowd ! stop"));
    }
};

QTEST_MAIN(TestProcessesPage)
#include "tst_processespage.moc"
