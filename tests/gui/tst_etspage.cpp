// SPDX-License-Identifier: GPL-3.0-or-later
// The ETS page against a real node holding a named table of every type and protection (owned by
// bt_pg_owner, the sets with bt_pg_heir as heir), bt_pg_long (many small rows) and bt_pg_wide
// (few, large rows: the most memory). The page sits before Mnesia at Ctrl+7 and subscribes to the
// ETS feed only while shown; it lists every table (private ones too), ranks by memory, and by
// rows after a click on Rows; the type and protection choices and the filter restrict it on the
// node; Growth (the sliding window) puts a growing table first with a rising trend; a table
// deleted while listed shows as deleted with its last figures, and so does its open details
// window; the details window opens on Enter with the table's info (owner and heir as links),
// live charts of rows and memory, and its contents (a private table's say why they cannot be
// read); the context menu opens the contents and the owner's process; export writes the ranking
// as CSV. One node and one window for the whole class.
#include "chartwidget.h"
#include "etsdetailswindow.h"
#include "etshistorymodel.h"
#include "etspage.h"
#include "etstablemodel.h"
#include "etstoolbar.h"
#include "export/etscolumns.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "pageregistry.h"
#include "processdetailshtml.h"
#include "processdetailswindow.h"
#include "session/nodesession.h"
#include "tablecontentsview.h"
#include "tablerowsmodel.h"
#include "testnode.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

// Loaded on the node under test (no comments inside: TestNode sends it as one line).
//   start()   bt_pg_owner owns bt_pg_<type>_<protection> (10 rows each; the sets with
//             bt_pg_heir as heir), bt_pg_long (30,000 small rows) and bt_pg_wide (300 rows of
//             2,000-element lists: the most memory); returns ok
//   grower()  bt_pg_grower inserts 100 rows every 20 ms into bt_pg_grows until told stop
//   doomed()  bt_pg_doomer owns bt_pg_doomed (50 rows); bt_pg_doomer ! {drop, From} deletes it
const char HelperSource[] = R"erl(
-module(bt_etspage).
-export([start/0, grower/0, doomed/0]).

owned_by(Name, Setup, Serve) ->
    Self = self(),
    spawn(fun() -> register(Name, self()), State = Setup(), Self ! ready, Serve(State) end),
    receive ready -> ok after 10000 -> timeout end.

fill(Name, Opts, Rows) ->
    T = ets:new(Name, [named_table | Opts]),
    ets:insert(T, Rows),
    T.

start() ->
    owned_by(bt_pg_heir, fun() -> ok end, fun(_) -> receive stop -> ok end end),
    Heir = whereis(bt_pg_heir),
    owned_by(bt_pg_owner,
             fun() ->
                     [fill(list_to_atom("bt_pg_" ++ atom_to_list(T) ++ "_" ++ atom_to_list(P)),
                           [T, P | [{heir, Heir, none} || T =:= set]], [{K, K} || K <- lists:seq(1, 10)])
                      || T <- [set, ordered_set, bag, duplicate_bag], P <- [public, protected, private]],
                     fill(bt_pg_long, [public], [{K, K} || K <- lists:seq(1, 30000)]),
                     fill(bt_pg_wide, [public], [{K, lists:seq(1, 2000)} || K <- lists:seq(1, 300)])
             end,
             fun(_) -> receive stop -> ok end end).

grower() ->
    owned_by(bt_pg_grower, fun() -> fill(bt_pg_grows, [public], []) end, fun(T) -> grow(T, 0) end).

grow(T, N) ->
    ets:insert(T, [{N + K, <<"growing row">>} || K <- lists:seq(1, 100)]),
    receive stop -> ets:delete(T) after 20 -> grow(T, N + 100) end.

doomed() ->
    owned_by(bt_pg_doomer, fun() -> fill(bt_pg_doomed, [public], [{K, K} || K <- lists:seq(1, 50)]) end,
             fun(T) -> receive {drop, From} -> ets:delete(T), From ! dropped end, receive stop -> ok end end).
)erl";

const QStringList Types = {QStringLiteral("set"), QStringLiteral("ordered_set"), QStringLiteral("bag"),
                           QStringLiteral("duplicate_bag")};
const QStringList Protections = {QStringLiteral("public"), QStringLiteral("protected"), QStringLiteral("private")};

} // namespace

class TestEtsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    TestNode m_node;
    std::unique_ptr<MainWindow> m_window;
    // Destroyed before the window (members go in reverse order), the node last.
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    EtsPage *m_page = nullptr;

    EtsTableModel *model() const { return m_page->model(); }
    QString idAt(int row) const { return model()->index(row, 0).data(EtsTableModel::IdTextRole).toString(); }
    // Filters down to a table by its name: its row, or -1.
    int tableRow(const QString &name) { return test::filteredRow(m_page, name, name); }
    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return model()->index(row, column).data(role).toString();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // figures as the assertions write them
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
        QVERIFY(m_node.start());
        QVERIFY(m_node.loadModule(QString::fromUtf8(HelperSource)));
        QCOMPARE(m_node.eval(QStringLiteral("bt_etspage:start()")), QStringLiteral("ok"));

        m_window = std::make_unique<MainWindow>();
        m_page = test::showPageInWindow<EtsPage>(*m_window, QStringLiteral("ets"), QSize(1400, 900));
        QVERIFY(m_page);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::connectLive(*m_window, m_node.connectOptions()));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 14 && model()->isLoaded(0), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().rankingComplete, 30000);
    }

    void init()
    {
        QVERIFY(m_page->sortByColumn(EtsTableModel::Memory)); // absolute, by memory
        m_page->setProtection({});
        m_page->setType({});
        m_page->setFilterText({});
        QTRY_VERIFY_WITH_TIMEOUT(model()->filter().isEmpty() && model()->type().isEmpty() && model()->protection().isEmpty(), 5000);
    }

    void pageSitsBeforeMnesiaAtCtrl7()
    {
        const int ets = test::pageIndex(QStringLiteral("ets"));
        QCOMPARE(ets, 6);
        QCOMPARE(test::pageIndex(QStringLiteral("mnesia")), ets + 1);
        QCOMPARE(PageRegistry::pages()[size_t(ets)].translatedTitle(), QStringLiteral("ETS"));
        QAction *seven = test::shortcutAction(*m_window, QKeySequence(Qt::CTRL | Qt::Key_7));
        QAction *eight = test::shortcutAction(*m_window, QKeySequence(Qt::CTRL | Qt::Key_8));
        QVERIFY(seven && eight);
        QCOMPARE(seven->text(), QStringLiteral("ETS"));
        QCOMPARE(eight->text(), QStringLiteral("Mnesia"));
    }

    void everyTypeAndProtectionIsListed()
    {
        // The owner's name matches every table it owns.
        m_page->setFilterText(QStringLiteral("bt_pg_owner"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->filter() == QLatin1String("bt_pg_owner") && model()->rowCount() == 14
                                     && model()->isLoaded(13),
                                 20000);
        for (const QString &type : Types) {
            for (const QString &protection : Protections) {
                const QString name = QStringLiteral("bt_pg_%1_%2").arg(type, protection);
                const int row = model()->rowOfId(name);
                QVERIFY2(row >= 0, qPrintable(name));
                QCOMPARE(cell(row, EtsTableModel::Table), name);
                QCOMPARE(cell(row, EtsTableModel::Type), type);
                QCOMPARE(cell(row, EtsTableModel::Protection), protection);
                // Private ones too: their metadata is anyone's to read.
                QCOMPARE(cell(row, EtsTableModel::Size, EtsTableModel::RawValueRole), QStringLiteral("10"));
                QCOMPARE(cell(row, EtsTableModel::Owner), QStringLiteral("bt_pg_owner"));
                QCOMPARE(cell(row, EtsTableModel::Named), QStringLiteral("yes"));
                QCOMPARE(cell(row, EtsTableModel::Heir) != QLatin1String("none"), type == QLatin1String("set"));
                QVERIFY(cell(row, EtsTableModel::Memory, Qt::ToolTipRole).contains(QLatin1String("bytes")));
            }
        }
        QVERIFY2(m_page->statusText().contains(QLatin1String("tables match")), qPrintable(m_page->statusText()));
    }

    void ranksByMemoryAndByRowsAfterAClickOnRows()
    {
        QHeaderView *header = m_page->table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(EtsTableModel::Memory));
        QTRY_COMPARE_WITH_TIMEOUT(idAt(0), QStringLiteral("bt_pg_wide"), 20000);
        const int column = EtsTableModel::Size;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
        QCOMPARE(model()->sort(), EtsQuery::Sort::Size);
        QCOMPARE(header->sortIndicatorSection(), column);
        QTRY_COMPARE_WITH_TIMEOUT(idAt(0), QStringLiteral("bt_pg_long"), 20000);
        QCOMPARE(model()->index(0, EtsTableModel::Size).data(EtsTableModel::RawValueRole).toLongLong(), 30000);
        // A column the node cannot rank by changes nothing.
        QVERIFY(!m_page->sortByColumn(EtsTableModel::Owner));
        QCOMPARE(model()->sort(), EtsQuery::Sort::Size);
        test::screenshot(m_window.get(), QStringLiteral("ets"));
    }

    void typeAndProtectionChoicesRestrictOnTheNode()
    {
        QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded(0), 10000);
        const int all = model()->rowCount();
        QComboBox *type = m_page->toolbar()->typeBox();
        const int bag = type->findData(QStringLiteral("bag"));
        QVERIFY(bag > 0);
        type->setCurrentIndex(bag);
        QCOMPARE(model()->type(), QStringLiteral("bag"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().query.type == QLatin1String("bag") && model()->rowCount() > 0
                                     && model()->isLoaded(model()->rowCount() - 1),
                                 20000);
        QVERIFY2(model()->rowCount() < all, qPrintable(QStringLiteral("%1 of %2").arg(model()->rowCount()).arg(all)));
        for (int r = 0; r < model()->rowCount(); ++r)
            QCOMPARE(cell(r, EtsTableModel::Type), QStringLiteral("bag"));

        QComboBox *protection = m_page->toolbar()->protectionBox();
        protection->setCurrentIndex(protection->findData(QStringLiteral("private")));
        QCOMPARE(model()->protection(), QStringLiteral("private"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().query.protection == QLatin1String("private")
                                     && model()->rowOfId(QStringLiteral("bt_pg_bag_private")) >= 0,
                                 20000);
        for (int r = 0; r < model()->rowCount(); ++r) {
            QCOMPARE(cell(r, EtsTableModel::Type), QStringLiteral("bag"));
            QCOMPARE(cell(r, EtsTableModel::Protection), QStringLiteral("private"));
        }
        QVERIFY(m_page->statusText().contains(QLatin1String("match")));
    }

    void filterFindsATableByName()
    {
        const QString name = QStringLiteral("bt_pg_duplicate_bag_protected");
        m_page->filterEdit()->setFocus();
        QTest::keyClicks(m_page->filterEdit(), name);
        QTRY_VERIFY_WITH_TIMEOUT(model()->filter() == name && model()->rowCount() == 1 && model()->isLoaded(0), 20000);
        QCOMPARE(idAt(0), name);
    }

    void growthRanksAGrowingTableFirst()
    {
        QCOMPARE(m_node.eval(QStringLiteral("bt_etspage:grower()")), QStringLiteral("ok"));
        QVERIFY(m_page->sortByColumn(EtsTableModel::Size));
        QAction *growth = m_page->windowAction();
        QCOMPARE(growth->shortcut(), QKeySequence(Qt::ALT | Qt::Key_W));
        growth->trigger(); // as Alt+W and the toolbar button do
        QCOMPARE(model()->mode(), EtsQuery::Mode::Window);
        QCOMPARE(model()->sort(), EtsQuery::Sort::Size);
        QCOMPARE(m_page->table()->horizontalHeader()->sortIndicatorSection(), int(EtsTableModel::SizePerS));
        // ~5,000 rows/s: first, its trend rising, once two refreshes have measured it.
        QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded(0) && idAt(0) == QLatin1String("bt_pg_grows")
                                     && model()->index(0, EtsTableModel::Trend).data(EtsTableModel::TrendRole).toInt() == 1,
                                 30000);
        const QString trend = cell(0, EtsTableModel::Trend);
        QVERIFY2(trend.startsWith(QStringLiteral("↑ +")) && trend.endsWith(QLatin1String("rows/s")), qPrintable(trend));
        QVERIFY(model()->index(0, EtsTableModel::SizePerS).data(EtsTableModel::RawValueRole).toDouble() > 0);
        // A total's header takes Growth off again.
        QVERIFY(m_page->sortByColumn(EtsTableModel::Memory));
        QCOMPARE(model()->mode(), EtsQuery::Mode::Absolute);
        QVERIFY(!growth->isChecked());
        m_node.eval(QStringLiteral("bt_pg_grower ! stop, ok"));
    }

    void detailsOpenOnEnterWithInfoChartsAndContents()
    {
        const QString name = QStringLiteral("bt_pg_set_public");
        const int row = tableRow(name);
        QVERIFY(row >= 0);
        EtsDetailsWindow *w = test::openDetailsByEnter(m_page, row);
        QVERIFY(w);
        QCOMPARE(m_page->selectedIds(), QStringList{name});
        QVERIFY2(w->windowTitle().contains(name), qPrintable(w->windowTitle()));
        QVERIFY(w->windowTitle().contains(m_node.nodeName()));
        QTRY_VERIFY_WITH_TIMEOUT(w->hasSample(), 15000);
        test::screenshot(w, QStringLiteral("ets-info"));
        const QString info = w->tabText(EtsDetailsWindow::InfoTab);
        for (const char *part : {"bt_pg_owner", "public", "set", "keypos", "write_concurrency", "Heir"})
            QVERIFY2(info.contains(QLatin1String(part)), qPrintable(info));
        // The samples arrive by the session's interval and draw.
        QTRY_VERIFY_WITH_TIMEOUT(w->history()->rowCount() >= 2, 15000);
        QCOMPARE(w->history()->index(0, EtsHistoryModel::Size).data(EtsHistoryModel::RawValueRole).toDouble(), 10.0);
        w->tabs()->setCurrentIndex(EtsDetailsWindow::ChartsTab);
        QCOMPARE(w->charts().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(w->charts().at(0)->pointCount(0) >= 2 && w->charts().at(1)->pointCount(0) >= 2, 15000);
        QVERIFY(w->liveLabel()->text().contains(QLatin1String("Rows 10")));
        test::screenshot(w, QStringLiteral("ets-charts"));
        // Its rows, read when the tab is shown.
        w->tabs()->setCurrentIndex(EtsDetailsWindow::ContentsTab);
        QVERIFY(w->contents());
        QTRY_COMPARE_WITH_TIMEOUT(w->contents()->model()->rowCount(), 10, 15000);
        test::screenshot(w, QStringLiteral("ets-contents"));

        // The owner and the heir are links to their processes' details.
        const Term owner = w->row().owner;
        const Term heir = w->row().heir;
        QVERIFY(owner.isPid() && heir.isPid());
        auto *browser = w->findChild<QTextBrowser *>(QStringLiteral("info"));
        QVERIFY(browser);
        QVERIFY(browser->toHtml().contains(ProcessDetailsHtml::href(owner)));
        QVERIFY(browser->toHtml().contains(ProcessDetailsHtml::href(heir)));
        emit browser->anchorClicked(QUrl(ProcessDetailsHtml::href(owner))); // what a click on the link does
        QCOMPARE(m_page->processWindows().size(), 1);
        ProcessDetailsWindow *p = m_page->processWindows().first();
        QCOMPARE(p->pid(), owner);
        p->close();
        w->close();
    }

    void contextMenuOpensContentsAndTheOwner()
    {
        const QString name = QStringLiteral("bt_pg_ordered_set_protected");
        const int row = tableRow(name);
        QVERIFY(row >= 0);
        QMenu *menu = test::rightClickRow(m_page, row);
        QVERIFY(menu);
        QVERIFY(test::menuAction(menu, QStringLiteral("action_details")));
        QAction *owner = test::menuAction(menu, QStringLiteral("action_owner"));
        QVERIFY(owner && owner->isEnabled());
        QAction *contents = test::menuAction(menu, QStringLiteral("action_contents"));
        QVERIFY(contents);
        contents->trigger();
        QCOMPARE(m_page->detailsWindows().size(), 1);
        EtsDetailsWindow *w = m_page->detailsWindows().first();
        QCOMPARE(w->tabs()->currentIndex(), int(EtsDetailsWindow::ContentsTab));
        QTRY_COMPARE_WITH_TIMEOUT(w->contents()->model()->rowCount(), 10, 15000); // a protected table's rows are readable
        w->close();
        // The menu went with the window it opened (it deletes itself when closed): again.
        owner = test::menuAction(test::rightClickRow(m_page, row), QStringLiteral("action_owner"));
        QVERIFY(owner);
        owner->trigger();
        QCOMPARE(m_page->processWindows().size(), 1);
        QCOMPARE(TermFormatter().format(m_page->processWindows().first()->pid()),
                 m_node.eval(QStringLiteral("list_to_atom(pid_to_list(whereis(bt_pg_owner)))")).remove(QLatin1Char('\'')));
        m_page->processWindows().first()->close();
        if (QMenu *open = m_page->contextMenu())
            open->close();
    }

    void privateTableContentsSayWhy()
    {
        const QString name = QStringLiteral("bt_pg_bag_private");
        const int row = tableRow(name);
        QVERIFY(row >= 0);
        EtsDetailsWindow *w = m_page->openDetails(model()->index(row, 0).data(EtsTableModel::IdRole).value<Term>(), model()->rowAt(row));
        QVERIFY(w);
        // What the page read shows at once.
        QVERIFY(w->tabText(EtsDetailsWindow::InfoTab).contains(QLatin1String("private")));
        w->tabs()->setCurrentIndex(EtsDetailsWindow::ContentsTab);
        QTRY_VERIFY_WITH_TIMEOUT(w->contents()->message()->isVisible(), 15000);
        QVERIFY2(w->contents()->message()->text().contains(QLatin1String("owner")), qPrintable(w->contents()->message()->text()));
        QCOMPARE(w->contents()->model()->rowCount(), 0);
        w->close();
    }

    void aTableDeletedWhileListedStaysMarkedDeleted()
    {
        QCOMPARE(m_node.eval(QStringLiteral("bt_etspage:doomed()")), QStringLiteral("ok"));
        const QString name = QStringLiteral("bt_pg_doomed");
        const int row = tableRow(name);
        QVERIFY(row >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(cell(model()->rowOfId(name), EtsTableModel::Size, EtsTableModel::RawValueRole) == QLatin1String("50"), 15000);
        EtsDetailsWindow *w = m_page->openDetails(Term::atom(name));
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->hasSample(), 15000);
        // The deleted row comes in one page, then leaves: every page applied is looked at.
        bool sawDeleted = false;
        QString deletedText;
        connect(model(), &EtsTableModel::pageApplied, this, [&] {
            const int r = model()->rowOfId(name);
            if (r >= 0 && model()->index(r, 0).data(EtsTableModel::DeletedRole).toBool()) {
                sawDeleted = true;
                deletedText = cell(r, EtsTableModel::Table);
                QCOMPARE(cell(r, EtsTableModel::Size, EtsTableModel::RawValueRole), QStringLiteral("50")); // its last figures
            }
        });
        QCOMPARE(m_node.eval(QStringLiteral("bt_pg_doomer ! {drop, self()}, receive dropped -> ok after 10000 -> timeout end")),
                 QStringLiteral("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(sawDeleted, 20000);
        disconnect(model(), &EtsTableModel::pageApplied, this, nullptr);
        QVERIFY2(deletedText.startsWith(QLatin1String("bt_pg_doomed (deleted, last seen")), qPrintable(deletedText));
        // Its details window says so and keeps the last data.
        QTRY_VERIFY_WITH_TIMEOUT(w->isDeleted(), 15000);
        QVERIFY2(w->windowTitle().contains(QLatin1String("(deleted)")), qPrintable(w->windowTitle()));
        QVERIFY(w->banner()->text().contains(QLatin1String("deleted")));
        const QString info = w->tabText(EtsDetailsWindow::InfoTab);
        QVERIFY2(info.contains(QLatin1String("Deleted at")) && info.contains(QLatin1String("last data")), qPrintable(info));
        QVERIFY(info.contains(QLatin1String("50")));
        w->close();
    }

    void scrollingFetchesOnlyTheRowsOnScreen()
    {
        // Far more tables than a page holds.
        QCOMPARE(m_node.eval(QStringLiteral("register(bt_pg_crowd, spawn(fun() -> [ets:new(bt_pg_crowd, [public]) || _ <- lists:seq(1, 1500)], "
                                            "receive stop -> ok end end)), ok")),
                 QStringLiteral("ok"));
        m_page->setFilterText(QStringLiteral("bt_pg_crowd"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().query.filter == QLatin1String("bt_pg_crowd") && model()->rowCount() == 1500
                                     && model()->lastPage().rankingComplete && model()->isLoaded(0),
                                 30000);
        QCOMPARE(test::checkRowsOnDemand(m_page), QString());
        m_node.eval(QStringLiteral("bt_pg_crowd ! stop"));
    }

    void ctrl7ShowsThePageWhichSubscribesWhileShown()
    {
        NodeSession *session = m_window->session();
        QVERIFY(session->isSubscribed(NodeSession::Feed::Ets));
        m_window->showPage(0);
        QVERIFY(m_window->currentPage() != m_page);
        QVERIFY(!session->isSubscribed(NodeSession::Feed::Ets));
        QAction *show = test::shortcutAction(*m_window, QKeySequence(Qt::CTRL | Qt::Key_7));
        QVERIFY(show);
        show->trigger();
        QCOMPARE(m_window->currentPage(), m_page);
        QVERIFY(session->isSubscribed(NodeSession::Feed::Ets));
    }

    void exportWritesTheRankingAsCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        m_page->setFilterText(QStringLiteral("bt_pg_owner"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->lastPage().query.filter == QLatin1String("bt_pg_owner") && model()->rowCount() == 14, 20000);
        QString error;
        const QByteArray csv = test::exportedFile(m_page, dir.filePath(QStringLiteral("ets.csv")), &error);
        QVERIFY2(!csv.isEmpty(), qPrintable(error));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(QString::fromUtf8(lines.first().trimmed()), EtsColumns::keys().join(QLatin1Char(',')));
        QCOMPARE(lines.size(), 15);
        QVERIFY(lines.at(1).startsWith("bt_pg_wide,")); // by memory, biggest first
    }
};

QTEST_MAIN(TestEtsPage)
#include "tst_etspage.moc"
