// SPDX-License-Identifier: GPL-3.0-or-later
// The table contents view against a real node, offscreen: the first page's rows appear in
// columns (the key's marked), scrolling to the end fetches the next page by inserting rows (the
// selection stays), Load More does the same, a key search (Enter) shows its rows and Esc goes
// back to the whole table, a malformed pattern shows the node's message, Copy puts the selected
// rows' terms on the clipboard, a private table says why it shows no rows, a table deleted
// while open says so and keeps its rows, and the main window opens one contents window per
// Mnesia table.
//
// With BEAMTOP_SCREENSHOT_DIR set, the view with its first page is saved there
// (beamtop-table-contents.png).
#include "filechooser.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "tablecontentsview.h"
#include "tablecontentswindow.h"
#include "tablerowsmodel.h"
#include "testnode.h"

#include "session/nodesession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace beamtop;
using beamtop::test::TestNode;

class TestTableContentsView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    TestNode m_node;
    std::unique_ptr<MainWindow> m_window;

    std::unique_ptr<TableContentsView> view(const QString &table)
    {
        auto v = std::make_unique<TableContentsView>(m_window->session(), TableBrowser::Source::Ets, Term::binary(table.toUtf8()));
        v->resize(800, 500);
        return v;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
        QVERIFY(m_node.start());
        QCOMPARE(m_node.eval(QStringLiteral("begin ets:new(bt_rows, [named_table, ordered_set, public]), "
                                            "[ets:insert(bt_rows, {K, <<\"value\">>}) || K <- lists:seq(1, 1000)], "
                                            "ets:new(bt_private, [named_table, private]), ets:insert(bt_private, {k}), ok end")),
                 QStringLiteral("ok"));
        m_window = std::make_unique<MainWindow>();
        m_window->connectWith(m_node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isLive(), 30000);
    }

    void cleanupTestCase() { m_window.reset(); }

    void rowsAppearAndScrollingFetchesMore()
    {
        auto v = view(QStringLiteral("bt_rows"));
        QAbstractItemModelTester tester(v->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        v->show();
        QTRY_COMPARE_WITH_TIMEOUT(v->model()->rowCount(), 100, 20000);
        QCOMPARE(v->model()->columnCount(), 2);
        QCOMPARE(v->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("1 · key"));
        QCOMPARE(v->model()->index(0, 1).data().toString(), QStringLiteral("<<\"value\">>"));
        QCOMPARE(v->model()->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("{1,<<\"value\">>}"));
        QVERIFY2(v->statusLabel()->text().contains(QStringLiteral("100 rows read of")), qPrintable(v->statusLabel()->text()));
        QVERIFY(v->loadMoreButton()->isVisible());
        QVERIFY(v->searchEdit()->placeholderText().contains(QStringLiteral("Erlang")));
        test::screenshot(v.get(), QStringLiteral("table-contents"));

        // Scrolled to the end: the next page comes by inserting rows; the selection stays.
        v->view()->selectRow(5);
        QSignalSpy resets(v->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(v->model(), &QAbstractItemModel::rowsInserted);
        v->view()->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(v->model()->rowCount(), 200, 20000);
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserts.count() >= 1);
        QCOMPARE(v->view()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(v->view()->selectionModel()->selectedRows().first().row(), 5);
        QCOMPARE(v->model()->index(150, 0).data().toString(), QStringLiteral("151"));

        // Load More: one more page.
        const int before = v->model()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(v->loadMoreButton()->isEnabled(), 20000);
        v->loadMoreButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(v->model()->rowCount(), before + 100, 20000);
    }

    void searchAndCopy()
    {
        auto v = view(QStringLiteral("bt_rows"));
        v->show();
        QTRY_COMPARE_WITH_TIMEOUT(v->model()->rowCount(), 100, 20000);
        v->setSearchMode(TableContentsView::SearchMode::Key);
        v->searchEdit()->setText(QStringLiteral("7"));
        QTest::keyClick(v->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(v->model()->rowCount(), 1, 20000);
        QCOMPARE(v->model()->rowText(0), QStringLiteral("{7,<<\"value\">>}"));
        QVERIFY(!v->loadMoreButton()->isVisible());

        // Copy: the selected row's term.
        QApplication::clipboard()->clear();
        v->view()->selectRow(0);
        QVERIFY(v->copyAction()->isEnabled());
        v->copyAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("{7,<<\"value\">>}"));

        // Esc: the whole table again.
        QTest::keyClick(v->searchEdit(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(v->model()->rowCount(), 100, 20000);
        QVERIFY(v->searchEdit()->text().isEmpty());

        // A pattern, then a malformed one: the node's message in the message area.
        v->setSearchMode(TableContentsView::SearchMode::Pattern);
        QVERIFY(v->searchEdit()->placeholderText().contains(QStringLiteral("'_'")));
        v->searchEdit()->setText(QStringLiteral("{12, '_'}"));
        QTest::keyClick(v->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(v->model()->rowCount(), 1, 20000);
        QVERIFY2(v->statusLabel()->text().contains(QStringLiteral("scanned")), qPrintable(v->statusLabel()->text()));
        v->searchEdit()->setText(QStringLiteral("{12, "));
        QTest::keyClick(v->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(v->message()->text().contains(QStringLiteral("syntax error")), 20000);
        QCOMPARE(v->message()->kind(), NoticeBar::Kind::Error);
    }

    // Export ▸ Rows read… writes what is shown; Export ▸ All rows… asks first, then reads the
    // whole table on the node in pages.
    void exportRows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString answer;
        QString caption;
        FileChooser::setAnswerer([&](FileChooser::Request &request) {
            caption = request.caption;
            // The filter decides the suffix, as the user's pick does.
            request.chosenFilter = answer.endsWith(QLatin1String(".json")) ? 1 : 0;
            return answer;
        });
        auto cleanup = qScopeGuard([] { FileChooser::setAnswerer({}); });
        auto v = view(QStringLiteral("bt_rows"));
        v->show();
        QTRY_COMPARE_WITH_TIMEOUT(v->model()->rowCount(), 100, 20000);

        answer = dir.filePath(QStringLiteral("read.csv"));
        v->exportRowsRead();
        QCOMPARE(caption, QStringLiteral("Export Rows Read"));
        QFile f(answer);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("key,row"));
        QCOMPARE(int(lines.size()), 102);
        QVERIFY(lines.at(1).startsWith("1,\"{1,<<\"\"value\"\">>}\""));

        // The confirmation states the size and how the table is read; Yes goes on.
        answer = dir.filePath(QStringLiteral("all.json"));
        QString asked;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text() + QLatin1Char(' ') + box->informativeText();
            box->button(QMessageBox::Yes)->click();
        });
        v->exportAllRows();
        QVERIFY2(asked.contains(QStringLiteral("1,000")) || asked.contains(QStringLiteral("1000")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("in pages")), qPrintable(asked));
        QTRY_VERIFY2_WITH_TIMEOUT(v->message()->text().contains(QStringLiteral("all.json")), qPrintable(v->message()->text()), 30000);
        QVERIFY2(v->message()->text().startsWith(QStringLiteral("Exported")), qPrintable(v->message()->text()));
        QFile j(answer);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(j.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("rows")).toArray().size(), 1000);
        QCOMPARE(doc.value(QStringLiteral("size")).toInt(), 1000);
    }

    void privateTable()
    {
        auto v = view(QStringLiteral("bt_private"));
        v->show();
        QTRY_VERIFY_WITH_TIMEOUT(v->message()->text().contains(QStringLiteral("only its owner process can read a private table's rows")),
                                 20000);
        QCOMPARE(v->model()->rowCount(), 0);
        QVERIFY(!v->loadMoreButton()->isVisible());
        QVERIFY(v->statusLabel()->text().contains(QStringLiteral("Private")));
    }

    void deletedWhileOpen()
    {
        QCOMPARE(m_node.eval(QStringLiteral("begin ets:new(bt_going, [named_table, set, public]), "
                                            "ets:insert(bt_going, [{K} || K <- lists:seq(1, 300)]), ok end")),
                 QStringLiteral("ok"));
        auto v = view(QStringLiteral("bt_going"));
        v->show();
        QTRY_COMPARE_WITH_TIMEOUT(v->model()->rowCount(), 100, 20000);
        QCOMPARE(m_node.eval(QStringLiteral("ets:delete(bt_going)")), QStringLiteral("true"));
        v->loadMore();
        QTRY_VERIFY_WITH_TIMEOUT(v->message()->text().contains(QStringLiteral("was deleted")), 20000);
        QCOMPARE(v->model()->rowCount(), 100); // what was read stays
        QVERIFY(!v->loadMoreButton()->isVisible());
    }

    void mnesiaContentsWindow()
    {
        QCOMPARE(m_node.eval(QStringLiteral("mnesia:start()"), 30000), QStringLiteral("ok"));
        QCOMPARE(m_node.eval(QStringLiteral("mnesia:create_table(bt_people, [{attributes, [id, name]}])"), 30000),
                 QStringLiteral("{atomic,ok}"));
        QCOMPARE(m_node.eval(QStringLiteral("begin [mnesia:dirty_write({bt_people, I, I * 2}) || I <- lists:seq(1, 30)], ok end")),
                 QStringLiteral("ok"));
        TableContentsWindow *w = m_window->openTableContents(TableBrowser::Source::Mnesia, Term::binary("bt_people"));
        QVERIFY(w);
        QVERIFY(w->isVisible());
        QVERIFY(w->windowTitle().contains(QStringLiteral("bt_people")));
        QTRY_COMPARE_WITH_TIMEOUT(w->contents()->model()->rowCount(), 30, 20000);
        // A record: its key is the second element.
        QCOMPARE(w->contents()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("2 · key"));
        // Asking again raises the same window.
        QCOMPARE(m_window->openTableContents(TableBrowser::Source::Mnesia, Term::binary("bt_people")), w);
        QCOMPARE(m_window->tableContentsWindows().size(), 1);
        w->close();
        QTRY_COMPARE(m_window->tableContentsWindows().size(), 0);
    }
};

QTEST_MAIN(TestTableContentsView)
#include "tst_tablecontentsview.moc"
