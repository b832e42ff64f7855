// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against real nodes: connect and read the System page, the cookie error in the
// dialog, a node that dies and comes back, copy of exact values.
#include "activitymodel.h"
#include "chartwidget.h"
#include "clusterpanel.h"
#include "collect/processcollector.h"
#include "collect/systemcollector.h"
#include "loadpage.h"
#include "pageregistry.h"
#include "processespage.h"
#include "processtablemodel.h"
#include "connectdialog.h"
#include "guitestutil.h"
#include "itemtableview.h"
#include "mainwindow.h"
#include "memorymodel.h"
#include "nodefactsmodel.h"
#include "session/nodesession.h"
#include "noticebar.h"
#include "sessionstatusbar.h"
#include "systemlimitsmodel.h"
#include "systempage.h"
#include "testnode.h"

#include <QAction>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace beamtop;
using beamtop::test::TestNode;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

    static SystemPage *systemPage(MainWindow &w) { return qobject_cast<SystemPage *>(w.page(QStringLiteral("system"))); }

    // Connects through the dialog, the way a user does.
    static bool connectThroughDialog(MainWindow &w, const TestNode &node)
    {
        w.openConnectDialog(node.nodeName());
        ConnectDialog *d = w.connectDialog();
        if (!d)
            return false;
        d->setTypedCookie(node.cookie());
        d->startConnect();
        return QTest::qWaitFor([&] { return w.session() && w.session()->isLive(); }, 30000);
    }

    static qint64 processesShown(MainWindow &w)
    {
        return test::rawValue(systemPage(w)->limitsModel(), QStringLiteral("processes"), SystemLimitsModel::Count).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
        test::applyThemeFromEnvironment();
    }

    void connectsAndShowsTheSystemPage()
    {
        TestNode node;
        QVERIFY(node.start());
        MainWindow w;
        w.resize(1180, 820);
        w.show();
        w.setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
        QVERIFY(connectThroughDialog(w, node));
        QVERIFY(!w.connectDialog() || !w.connectDialog()->isVisible());

        SystemPage *page = systemPage(w);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->factsModel()->rowCount() > 0, 15000);
        QCOMPARE(test::displayValue(page->factsModel(), QStringLiteral("node"), NodeFactsModel::Value), node.nodeName());
        const qint64 otp = node.evalInt(QStringLiteral("list_to_integer(erlang:system_info(otp_release))"));
        QVERIFY(otp > 0);
        QCOMPARE(test::displayValue(page->factsModel(), QStringLiteral("otp_release"), NodeFactsModel::Value),
                 QString::number(otp));

        // The process count moves a little (the agent, rex workers): compare within a tolerance.
        const qint64 actual = node.evalInt(QStringLiteral("erlang:system_info(process_count)"));
        QVERIFY(actual > 0);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(processesShown(w) - actual) <= qMax<qint64>(10, actual / 10), 10000);
        QCOMPARE(test::rawValue(page->limitsModel(), QStringLiteral("processes"), SystemLimitsModel::Limit).toLongLong(),
                 node.evalInt(QStringLiteral("erlang:system_info(process_limit)")));

        // The memory chart gets its slices from the model: six parts of the total.
        QCOMPARE(page->memoryChart()->partCount(), 6);
        const qint64 total = test::rawValue(page->memoryModel(), QStringLiteral("total"), MemoryModel::Size).toLongLong();
        double sum = 0;
        for (int i = 0; i < page->memoryChart()->partCount(); ++i)
            sum += page->memoryChart()->partValue(i);
        QVERIFY2(qAbs(sum - double(total)) <= double(total) * 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(total)));

        // The chart saves itself as PNG and SVG.
        QTemporaryDir out;
        QVERIFY(page->memoryChart()->saveImage(out.filePath(QStringLiteral("memory.png"))));
        QVERIFY(page->memoryChart()->saveImage(out.filePath(QStringLiteral("memory.svg"))));
        QVERIFY(!QImage(out.filePath(QStringLiteral("memory.png"))).isNull());
        QFile svg(out.filePath(QStringLiteral("memory.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));

        // The status bar: state, versions, agent mode, and (after two cost reports) its CPU cost.
        SessionStatusBar *status = w.sessionStatusBar();
        QCOMPARE(status->stateText(), NodeSession::stateText(NodeSession::State::Live));
        QCOMPARE(status->nodeText(), node.nodeName());
        QVERIFY2(status->agentText().contains(QLatin1String("full")), qPrintable(status->agentText()));
        QTRY_VERIFY_WITH_TIMEOUT(status->costText().startsWith(QLatin1String("agent ")), 10000);
        QVERIFY(status->costText().endsWith(QLatin1String("CPU")));
        QVERIFY(!page->isStale());
        QVERIFY(!w.notice()->isVisible());
        QVERIFY(w.windowTitle().contains(node.nodeName()));
        // From the second sample on, the counters have rates.
        QTRY_VERIFY_WITH_TIMEOUT(test::rawValue(page->activityModel(), QStringLiteral("reductions"), ActivityModel::PerSecond)
                                         .toDouble() > 0,
                                 10000);
        test::screenshot(&w, QStringLiteral("connected"));

        // Ctrl+C in a table copies exact values, not "12.4 MiB".
        auto *limits = page->findChild<ItemTableView *>(QStringLiteral("limitsTable"));
        QVERIFY(limits);
        limits->setFocus();
        limits->selectRow(0); // unsorted: the model's order, processes first
        QTest::keySequence(limits, QKeySequence::Copy);
        const QStringList cells = QApplication::clipboard()->text().trimmed().split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), int(SystemLimitsModel::ColumnCount));
        bool ok = false;
        QVERIFY(cells.at(SystemLimitsModel::Count).toLongLong(&ok) > 0 && ok);
        QVERIFY(cells.at(SystemLimitsModel::Limit).toLongLong(&ok) > 0 && ok);

        // Ctrl+C elsewhere copies the whole page, card by card, exact values.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.findChild<QWidget *>(QStringLiteral("pageList"))->setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(&w, QKeySequence::Copy);
        const QString all = QApplication::clipboard()->text();
        QVERIFY2(all.contains(node.nodeName()), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("Memory")));
        QVERIFY(all.contains(QStringLiteral("\t%1\t").arg(test::rawValue(page->memoryModel(), QStringLiteral("total"),
                                                                          MemoryModel::Size).toLongLong())));

        // A clean exit detaches the agent: nothing of Beamtop is left on the node.
        QSignalSpy closed(w.session(), &NodeSession::closed);
        w.disconnectFromNode();
        QVERIFY(closed.wait(10000) || closed.count() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 10000);
    }

    void wrongCookieKeepsTheDialogOpenWithTheCookieError()
    {
        TestNode node;
        QVERIFY(node.start());
        MainWindow w;
        w.show();
        w.openConnectDialog(node.nodeName());
        ConnectDialog *d = w.connectDialog();
        QVERIFY(d);
        const QByteArray wrong = "definitely-not-" + node.cookie();
        d->setTypedCookie(wrong);
        d->startConnect();
        QTRY_COMPARE_WITH_TIMEOUT(d->errorKind(), ConnectError::Kind::WrongCookie, 20000);
        QVERIFY(d->isVisible());
        QVERIFY2(d->errorHeadline().contains(QLatin1String("cookie"), Qt::CaseInsensitive), qPrintable(d->errorHeadline()));
        QVERIFY(!d->errorText().contains(QString::fromLatin1(wrong)));
        QVERIFY(!w.session());
        d->resize(d->sizeHint().expandedTo(QSize(560, 0)));
        test::screenshot(d, QStringLiteral("error-dialog"));

        // Fixing the field and trying again works, in the same dialog.
        d->setTypedCookie(node.cookie());
        d->startConnect();
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QTRY_VERIFY(!w.connectDialog() || !w.connectDialog()->isVisible());

        // The cookie is never written to the settings.
        QSettings().sync();
        QDirIterator it(m_settingsDir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(node.cookie()), qPrintable(f.fileName()));
        }
        QCOMPARE(QSettings().value(QStringLiteral("connection/lastNode")).toString(), node.nodeName());
    }

    void nodeDeathGreysOutAndRestartReconnects_data()
    {
        QTest::addColumn<bool>("useAgent");
        QTest::newRow("agent") << true;
        QTest::newRow("reduced mode") << false;
    }

    void nodeDeathGreysOutAndRestartReconnects()
    {
        QFETCH(bool, useAgent);
        TestNode node;
        QVERIFY(node.start());
        MainWindow::Options o;
        o.useAgent = useAgent;
        MainWindow w(o);
        w.resize(1180, 820);
        w.show();
        w.setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
        QVERIFY(connectThroughDialog(w, node));
        SystemPage *page = systemPage(w);
        QTRY_VERIFY_WITH_TIMEOUT(page->factsModel()->rowCount() > 0, 15000);
        NodeSession *session = w.session();

        node.kill();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), NodeSession::State::Reconnecting, 20000);
        QVERIFY(page->isStale());
        QVERIFY(page->factsModel()->rowCount() > 0); // the data stays on screen
        QVERIFY2(w.sessionStatusBar()->stateText().startsWith(QLatin1String("Disconnected")),
                 qPrintable(w.sessionStatusBar()->stateText()));
        QVERIFY(w.notice()->isVisible());
        QCOMPARE(w.notice()->kind(), NoticeBar::Kind::Warning);
        QVERIFY(w.notice()->text().contains(node.nodeName()));
        QVERIFY(!w.sessionStatusBar()->agentText().contains(QLatin1String("full")));
        QVERIFY(w.sessionStatusBar()->costText().isEmpty());
        if (useAgent)
            test::screenshot(&w, QStringLiteral("disconnected"));

        // Same name and cookie again: the backend reconnects, the agent reloads, data resumes
        // (not stale any more means a sample arrived over the new link).
        QVERIFY(node.start());
        QTRY_VERIFY_WITH_TIMEOUT(session->isLive() && !session->isStale(), 60000);
        QCOMPARE(w.session(), session);
        QVERIFY(!page->isStale());
        const qint64 actual = node.evalInt(QStringLiteral("erlang:system_info(process_count)"));
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(processesShown(w) - actual) <= qMax<qint64>(10, actual / 10), 10000);
        QCOMPARE(w.sessionStatusBar()->stateText(), NodeSession::stateText(NodeSession::State::Live));
        QVERIFY(!w.notice()->isVisible());
    }

    void stalledNodeShowsTheFailedRefreshAndRecovers()
    {
        TestNode node;
        QVERIFY(node.start());
        MainWindow w;
        w.show();
        w.setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
        QVERIFY(connectThroughDialog(w, node));
        QTRY_VERIFY_WITH_TIMEOUT(systemPage(w)->factsModel()->rowCount() > 0, 15000);
        // A node that stops answering (but keeps its link) makes refreshes time out; the window
        // says so and keeps the last data, and the event loop keeps running throughout.
        node.suspend();
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->fetchError().isEmpty(), 30000);
        QVERIFY(w.notice()->isVisible());
        QCOMPARE(w.notice()->kind(), NoticeBar::Kind::Warning);
        QVERIFY(systemPage(w)->factsModel()->rowCount() > 0);
        node.resume();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->fetchError().isEmpty() && w.session()->isLive(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.notice()->isVisible(), 10000);
    }

    void reducedModeWithoutTheAgent()
    {
        TestNode node;
        QVERIFY(node.start());
        MainWindow::Options o;
        o.useAgent = false;
        MainWindow w(o);
        w.show();
        QVERIFY(connectThroughDialog(w, node));
        QTRY_VERIFY_WITH_TIMEOUT(systemPage(w)->factsModel()->rowCount() > 0, 15000);
        QVERIFY2(w.sessionStatusBar()->agentText().contains(QLatin1String("reduced")),
                 qPrintable(w.sessionStatusBar()->agentText()));
        QVERIFY(w.sessionStatusBar()->costText().isEmpty());
        QCOMPARE(node.traceLeft(), QStringLiteral("clean"));
    }

    // The session ticks, pages subscribe: a page opened after connecting fills (a user connects
    // on the System page, then opens the others), a hidden page stops asking, and the Load
    // page shows the history recorded while it was hidden. Pause stops the tick.
    void pagesShownLaterFillAndHiddenOnesStopAsking()
    {
        TestNode node;
        QVERIFY(node.start());
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        w.setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
        QCOMPARE(w.currentPage(), w.page(QStringLiteral("system")));
        QVERIFY(connectThroughDialog(w, node));
        NodeSession *session = w.session();
        QVERIFY(!session->isSubscribed(NodeSession::Feed::Processes));
        QSignalSpy history(session, &NodeSession::historyAppended);
        QTRY_VERIFY_WITH_TIMEOUT(history.count() >= 2, 15000); // recorded with the Load page hidden
        auto show = [&](const char *id) {
            const auto &pages = PageRegistry::pages();
            for (size_t i = 0; i < pages.size(); ++i)
                if (QLatin1String(pages[i].id) == QLatin1String(id))
                    w.showPage(int(i));
            return w.currentPage();
        };
        auto *processes = qobject_cast<ProcessesPage *>(show("processes"));
        QVERIFY(processes);
        QVERIFY(session->isSubscribed(NodeSession::Feed::Processes));
        QTRY_VERIFY_WITH_TIMEOUT(processes->model()->rowCount() > 10 && processes->model()->isLoaded(0), 15000);
        auto *load = qobject_cast<LoadPage *>(show("load"));
        QVERIFY(load);
        QVERIFY(!session->isSubscribed(NodeSession::Feed::Processes));
        QVERIFY(load->history().sampleCount() >= 2); // at once: the session kept it
        auto *cluster = qobject_cast<ClusterPanel *>(show("cluster"));
        QVERIFY(cluster && session->isSubscribed(NodeSession::Feed::Cluster));
        // Hidden, the Processes page gets no pages (once one in flight when it was hidden lands).
        QTRY_VERIFY_WITH_TIMEOUT(!session->processes()->isBusy(), 10000);
        QSignalSpy pages(session->processes(), &ProcessCollector::pageReady);
        QSignalSpy samples(session, &NodeSession::sampleReady);
        QTRY_VERIFY_WITH_TIMEOUT(samples.count() >= 3, 15000);
        QCOMPARE(pages.count(), 0);
        // Paused, nothing is sampled; resumed, it is again.
        w.setPaused(true);
        QVERIFY(session->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(!session->system()->isBusy(), 10000); // one in flight lands first
        samples.clear();
        w.refreshNow(); // F5 still takes one
        QTRY_COMPARE_WITH_TIMEOUT(samples.count(), 1, 10000);
        QVERIFY(!samples.wait(3 * MainWindow::MinimumIntervalMs));
        w.setPaused(false);
        QVERIFY(samples.wait(10000));
    }

    void refreshIntervalHasAFloorAndPagesHaveShortcuts()
    {
        MainWindow w;
        w.show();
        auto *spin = w.findChild<QDoubleSpinBox *>(QStringLiteral("refreshInterval"));
        QVERIFY(spin);
        w.setRefreshIntervalMs(10);
        QCOMPARE(w.refreshIntervalMs(), MainWindow::MinimumIntervalMs);
        // The toolbar shows what applies, and typing there applies it.
        QCOMPARE(spin->value(), MainWindow::MinimumIntervalMs / 1000.0);
        spin->setValue(2.0);
        QCOMPARE(w.refreshIntervalMs(), 2000);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(w.currentPage(), w.page(QStringLiteral("system")));
        // Ctrl+P pauses and resumes, and the action says what pressing it next does.
        QAction *pause = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P))
                pause = a;
        QVERIFY(pause);
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_P));
        QVERIFY(w.isPaused());
        QVERIFY(pause->isChecked());
        QCOMPARE(pause->text(), QStringLiteral("&Resume"));
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_P));
        QVERIFY(!w.isPaused());
        QCOMPARE(pause->text(), QStringLiteral("&Pause"));
        QCOMPARE(w.sessionStatusBar()->stateText(), QStringLiteral("Not connected"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
