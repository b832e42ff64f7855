// SPDX-License-Identifier: GPL-3.0-or-later
// The Memory page against a real node, offscreen: it fills (totals, allocator types, charts of
// the history); expanding a type shows its instance rows because the page asks the collector
// for that type's instances, and a hidden page asks for none; a node made to fragment its
// binary_alloc shows the fragmentation finding with its flags linked to the erts_alloc
// documentation and tops the fragmentation list; the table exports as CSV and JSON from its
// right-click menu; without the agent the page says why it shows nothing.
//
// With BEAMTOP_SCREENSHOT_DIR set, the filled page is saved there (beamtop-memory.png).
#include "allocfindingsview.h"
#include "allocfragmentmodel.h"
#include "allocsettingsmodel.h"
#include "alloctreemodel.h"
#include "chartwidget.h"
#include "filechooser.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "memorypage.h"
#include "msegcachemodel.h"
#include "noticebar.h"
#include "pageregistry.h"
#include "testnode.h"

#include "collect/alloccollector.h"
#include "session/nodesession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

int pageIndex(const QString &id)
{
    const auto &pages = PageRegistry::pages();
    for (size_t i = 0; i < pages.size(); ++i) {
        if (QLatin1String(pages[i].id) == id)
            return int(i);
    }
    return -1;
}

// Like the demo's workload, smaller: 48 MiB of mid-sized binaries (they share multiblock
// carriers), every tenth kept, so binary_alloc's carriers stay about a tenth used.
const char *const FragSource = R"(
-module(bt_frag).
-export([start/0]).
start() ->
    Self = self(),
    P = spawn(fun() -> hold(Self) end),
    receive {P, laid} -> ok after 20000 -> timeout end.
hold(Parent) ->
    Kept = keep(make(48 * 1048576, []), 0, []),
    true = erlang:garbage_collect(),
    Parent ! {self(), laid},
    receive stop -> length(Kept) end.
make(Left, Acc) when Left =< 0 -> Acc;
make(Left, Acc) -> B = binary:copy(<<7>>, 30000), make(Left - 30000, [B | Acc]).
keep([], _, Acc) -> Acc;
keep([B | T], I, Acc) when I rem 10 =:= 0 -> keep(T, I + 1, [B | Acc]);
keep([_ | T], I, Acc) -> keep(T, I + 1, Acc).
)";

} // namespace

class TestMemoryPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_out;
    TestNode m_node;
    std::unique_ptr<MainWindow> m_window;
    MemoryPage *m_page = nullptr;

    NodeSession *session() const { return m_window->session(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_out.isValid());
        test::isolateSettings(m_settingsDir);
        test::applyThemeFromEnvironment();
        QVERIFY(m_node.start());
        QVERIFY(m_node.loadModule(QString::fromLatin1(FragSource)));
        QCOMPARE(m_node.eval(QStringLiteral("bt_frag:start()")), QStringLiteral("ok"));

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 1000);
        m_window->show();
        m_window->setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
        m_page = qobject_cast<MemoryPage *>(m_window->page(QStringLiteral("memory")));
        QVERIFY(m_page);
        m_window->showPage(pageIndex(QStringLiteral("memory")));
        m_window->connectWith(m_node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(session() && session()->isLive(), 30000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void pageFills()
    {
        AllocTreeModel *tree = m_page->treeModel();
        QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount() >= 5, 15000);
        QVERIFY(tree->typeIndex(QStringLiteral("binary_alloc")).isValid());
        QVERIFY(tree->typeIndex(QStringLiteral("eheap_alloc")).isValid());
        QVERIFY(m_page->totalText(QStringLiteral("allocated")) != QStringLiteral("—"));
        QVERIFY(!m_page->totalText(QStringLiteral("erlang_total")).isEmpty());
        // Linux: the node reads its RSS; elsewhere the page says it has none.
#ifdef Q_OS_LINUX
        QVERIFY2(!m_page->totalText(QStringLiteral("rss")).contains(QStringLiteral("not available")),
                 qPrintable(m_page->totalText(QStringLiteral("rss"))));
#endif
        QVERIFY(!m_page->notice()->isVisible());
        QVERIFY(m_page->fragmentModel()->rowCount() > 0);
        // Charts of the history: a line per allocator type, RSS against erlang:memory(total).
        QTRY_VERIFY_WITH_TIMEOUT(session()->history().appendedCount() >= 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->chart(QStringLiteral("allocated"))->seriesCount() >= 5, 10000);
        // Exactly one line per type: the totals are not taken for a type.
        QCOMPARE(m_page->chart(QStringLiteral("allocated"))->seriesCount(), tree->rowCount());
        QCOMPARE(m_page->chart(QStringLiteral("used"))->seriesCount(), tree->rowCount());
        QCOMPARE(m_page->chart(QStringLiteral("allocated"))->seriesLabel(0), tree->index(0, 0).data().toString().chopped(6));
        QCOMPARE(m_page->chart(QStringLiteral("unused"))->seriesCount(), 3);
        QVERIFY(m_page->chart(QStringLiteral("rss"))->seriesCount() >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->chart(QStringLiteral("unused"))->pointCount(2) >= 2, 10000);
    }

    void fragmentedNodeShowsAFinding()
    {
        AllocFindingsView *findings = m_page->findingsView();
        auto hasFragmentation = [findings] {
            for (const AllocFinding &f : findings->findings()) {
                if (f.rule == QLatin1String("fragmentation") && f.subject.contains(QLatin1String("binary_alloc")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasFragmentation(), 15000);
        QVERIFY2(findings->plainText().contains(QStringLiteral("binary_alloc")), qPrintable(findings->plainText()));
        // Each flag is a link to the erts_alloc documentation.
        QVERIFY(!findings->links().isEmpty());
        for (const QUrl &url : findings->links())
            QVERIFY2(url.isValid() && url.toString().contains(QStringLiteral("erts_alloc")), qPrintable(url.toString()));
        QVERIFY(findings->plainText().contains(QStringLiteral("+MB")));
        // The worst fragment is a binary_alloc instance.
        const QStringList worst = m_page->fragmentModel()->sortedWorstFirst();
        QVERIFY(!worst.isEmpty());
        QVERIFY2(worst.first().startsWith(QStringLiteral("binary_alloc/")), qPrintable(worst.first()));
    }

    void expandingATypeShowsItsInstances()
    {
        AllocTreeModel *tree = m_page->treeModel();
        QTreeView *view = m_page->treeView();
        AllocCollector *alloc = session()->allocators();
        QVERIFY(alloc->instanceTypes().isEmpty());
        const QModelIndex binary = m_page->treeProxy()->mapFromSource(tree->typeIndex(QStringLiteral("binary_alloc")));
        QCOMPARE(tree->rowCount(tree->typeIndex(QStringLiteral("binary_alloc"))), 0);
        view->expand(binary);
        QCOMPARE(alloc->instanceTypes(), QStringList{QStringLiteral("binary_alloc")});
        // The global instance and one per scheduler.
        const qint64 schedulers = m_node.evalInt(QStringLiteral("erlang:system_info(schedulers)"));
        QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount(tree->typeIndex(QStringLiteral("binary_alloc"))) >= schedulers + 1, 10000);
        const QModelIndex type = tree->typeIndex(QStringLiteral("binary_alloc"));
        QCOMPARE(tree->index(0, 0, type).data().toString(), QStringLiteral("global"));
        QCOMPARE(tree->index(1, 0, type).data().toString(), QStringLiteral("scheduler 1"));
        QVERIFY(view->isExpanded(m_page->treeProxy()->mapFromSource(type)));
        // The settings of the selected type.
        view->setCurrentIndex(m_page->treeProxy()->mapFromSource(type));
        QVERIFY(m_page->settingsModel()->rowCount() > 0);
        QCOMPARE(m_page->settingsModel()->typeName(), QStringLiteral("binary_alloc"));
        // Stays expanded over refreshes.
        const qint64 before = session()->history().appendedCount();
        QTRY_VERIFY_WITH_TIMEOUT(session()->history().appendedCount() >= before + 2, 10000);
        QVERIFY(view->isExpanded(m_page->treeProxy()->mapFromSource(tree->typeIndex(QStringLiteral("binary_alloc")))));
        QVERIFY(tree->rowCount(tree->typeIndex(QStringLiteral("binary_alloc"))) >= schedulers + 1);

        // The whole page, with a type expanded,, charts included, not just what the window shows.
        auto *scroll = m_page->findChild<QScrollArea *>();
        test::screenshot(scroll ? scroll->widget() : static_cast<QWidget *>(m_page), QStringLiteral("memory"));

        // A hidden page costs nothing extra: no instances asked for; shown again, they are.
        m_window->showPage(pageIndex(QStringLiteral("system")));
        QVERIFY(alloc->instanceTypes().isEmpty());
        m_window->showPage(pageIndex(QStringLiteral("memory")));
        QCOMPARE(alloc->instanceTypes(), QStringList{QStringLiteral("binary_alloc")});
        // Collapsing stops asking.
        view->collapse(m_page->treeProxy()->mapFromSource(tree->typeIndex(QStringLiteral("binary_alloc"))));
        QVERIFY(alloc->instanceTypes().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(tree->rowCount(tree->typeIndex(QStringLiteral("binary_alloc"))), 0, 10000);
    }

    void rightClickExportsTheTable()
    {
        QStringList offered;
        int answer = 0;
        QString typed;
        FileChooser::setAnswerer([&](FileChooser::Request &request) {
            offered = request.filters;
            request.chosenFilter = answer;
            return typed;
        });
        auto cleanup = qScopeGuard([] { FileChooser::setAnswerer({}); });
        QTreeView *view = m_page->treeView();

        for (const bool json : {false, true}) {
            answer = json ? 1 : 0;
            typed = m_out.filePath(json ? QStringLiteral("alloc.json") : QStringLiteral("alloc.csv"));
            emit view->customContextMenuRequested(QPoint(10, 10));
            QMenu *menu = nullptr;
            QTRY_VERIFY((menu = m_page->findChild<QMenu *>(QStringLiteral("allocTableMenu"))));
            QAction *exportAction = nullptr;
            for (QAction *a : menu->actions()) {
                if (a->objectName() == QLatin1String("exportAllocTable"))
                    exportAction = a;
            }
            QVERIFY(exportAction);
            QVERIFY(exportAction->isEnabled());
            menu->close();
            exportAction->trigger();
            QCOMPARE(offered.size(), 2);
            QFile f(typed);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            if (!json) {
                const QList<QByteArray> lines = data.split('\n');
                QVERIFY2(lines.first().startsWith("allocator,instance,instances,carriers_size,blocks_size,usage"), lines.first().constData());
                bool binary = false;
                for (const QByteArray &line : lines)
                    binary = binary || line.startsWith("binary_alloc,,");
                QVERIFY(binary);
            } else {
                const QJsonObject doc = QJsonDocument::fromJson(data).object();
                QCOMPARE(doc.value(QStringLiteral("node")).toString(), m_node.nodeName());
                const QJsonArray rows = doc.value(QStringLiteral("allocators")).toArray();
                QCOMPARE(rows.size(), m_page->treeModel()->rowCount());
                bool found = false;
                for (const QJsonValue &row : rows) {
                    const QJsonObject o = row.toObject();
                    if (o.value(QStringLiteral("allocator")).toString() == QLatin1String("binary_alloc")) {
                        found = true;
                        QVERIFY(o.value(QStringLiteral("carriers_size")).toDouble() > 40 * 1024 * 1024);
                        QVERIFY(o.value(QStringLiteral("instance")).isNull());
                    }
                }
                QVERIFY(found);
            }
        }
        // The charts save from the page's action too.
        QAction *saveChart = m_page->findChild<QAction *>(QStringLiteral("saveChart"));
        QVERIFY(saveChart && saveChart->isEnabled());
        answer = 0;
        typed = m_out.filePath(QStringLiteral("chart.png"));
        saveChart->trigger();
        QVERIFY(QFile::exists(typed));
    }

    void withoutTheAgentThePageSaysWhy()
    {
        MainWindow::Options o;
        o.useAgent = false;
        MainWindow w(o);
        w.resize(1000, 700);
        w.show();
        w.setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
        auto *page = qobject_cast<MemoryPage *>(w.page(QStringLiteral("memory")));
        QVERIFY(page);
        w.showPage(pageIndex(QStringLiteral("memory")));
        w.connectWith(m_node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->notice()->isVisible(), 10000);
        QVERIFY2(page->notice()->text().contains(QStringLiteral("agent")), qPrintable(page->notice()->text()));
        QCOMPARE(page->treeModel()->rowCount(), 0);
        w.disconnectFromNode();
        QTRY_VERIFY_WITH_TIMEOUT(!w.session() || w.session()->state() == NodeSession::State::Disconnected, 10000);
    }
};

QTEST_MAIN(TestMemoryPage)
#include "tst_memorypage.moc"
