// SPDX-License-Identifier: GPL-3.0-or-later
// The window's layout: every page, with a real node's data, readable at 1280×800 (no
// horizontal scroll bar on any scroll area, tables included; the Load page's charts tall
// enough); the first window at about 80 % of its screen, centred; size, position, page and every
// table's column layout back at the next start; a second window offset from the first.
// With BEAMTOP_SCREENSHOT_DIR set, each page at 1280×800 is saved there (beamtop-layout-<id>.png).
#include "chartwidget.h"
#include "guitestutil.h"
#include "i18n/languages.h"
#include "loadpage.h"
#include "mainwindow.h"
#include "pageregistry.h"
#include "processespage.h"
#include "processtablemodel.h"
#include "rankedtablepage.h"
#include "session/nodesession.h"
#include "testnode.h"

#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QScopeGuard>

#include <memory>

using namespace beamtop;
using beamtop::test::TestNode;

class TestLayout : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_mnesiaDir;
    TestNode m_node;

    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
    }

    // Scroll areas in page that show a horizontal scroll bar, by name (or class).
    static QStringList horizontalScrollers(QWidget *page)
    {
        QStringList out;
        const QList<QAbstractScrollArea *> areas = page->findChildren<QAbstractScrollArea *>();
        for (QAbstractScrollArea *a : areas) {
            if (!a->isVisible() || !a->horizontalScrollBar()->isVisible())
                continue;
            QString name = a->objectName().isEmpty() ? QString::fromLatin1(a->metaObject()->className()) : a->objectName();
            out << QStringLiteral("%1 (%2 px wide, content %3)")
                       .arg(name)
                       .arg(a->viewport()->width())
                       .arg(a->viewport()->width() + a->horizontalScrollBar()->maximum());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_mnesiaDir.isValid());
        test::isolateSettings(m_settingsDir);
        test::applyThemeFromEnvironment();
        QVERIFY(m_node.start());
        // Mnesia running with a table, so its page shows what it shows on a real node.
        QCOMPARE(m_node.startMnesia(m_mnesiaDir.path(),
                                    QStringLiteral("{atomic, ok} = mnesia:create_table(bt_users, [{attributes, [id, name, email]}, "
                                                   "{disc_copies, [node()]}])")),
                 QStringLiteral("ok"));
    }

    void firstWindowTakesMostOfTheScreen()
    {
        QSettings().clear();
        MainWindow w;
        const QRect avail = w.screen()->availableGeometry();
        const QSize s = w.size();
        QVERIFY2(qAbs(s.width() - avail.width() * 4 / 5) <= avail.width() / 20,
                 qPrintable(QStringLiteral("%1 of %2").arg(s.width()).arg(avail.width())));
        QVERIFY2(qAbs(s.height() - avail.height() * 4 / 5) <= avail.height() / 20,
                 qPrintable(QStringLiteral("%1 of %2").arg(s.height()).arg(avail.height())));
        const QPoint centre = w.frameGeometry().center();
        QVERIFY(qAbs(centre.x() - avail.center().x()) <= 2);
        QVERIFY(qAbs(centre.y() - avail.center().y()) <= 2);

        // A second window opens next to the first, not on top of it.
        w.show();
        MainWindow *second = w.openWindow();
        QVERIFY(second);
        QVERIFY(second->pos() != w.pos());
        QCOMPARE(second->size(), w.size());
        second->close();
    }

    // In every language: German words are the longest, and a row of controls that fits in
    // English can need a horizontal scroll bar in German.
    void everyPageFitsAt1280x800_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de_DE");
        QTest::newRow("French") << QStringLiteral("fr_FR");
    }
    void everyPageFitsAt1280x800()
    {
        QFETCH(QString, locale);
        auto restore = qScopeGuard(&test::removeTranslators);
        if (!locale.isEmpty()) {
            QLocale::setDefault(QLocale(locale));
            QCOMPARE(Languages::install(qApp, QLocale(locale)).size(), 2);
        }
        QSettings().clear();
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
        QVERIFY(test::connectLive(w, m_node.connectOptions()));

        const auto &pages = PageRegistry::pages();
        QStringList problems; // every page's, not only the first's
        for (size_t i = 0; i < pages.size(); ++i) {
            const QString id = QLatin1String(pages[i].id);
            w.showPage(int(i));
            Page *page = w.page(id);
            QVERIFY(page && page->isVisible());
            // Data in: a ranked page's first rows, and two samples for every page.
            if (auto *ranked = qobject_cast<RankedTablePage *>(page))
                QTRY_VERIFY_WITH_TIMEOUT(ranked->table()->model()->rowCount() > 0, 20000);
            QSignalSpy samples(w.session(), &NodeSession::sampleReady);
            QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2, 20000);
            settle();
            test::screenshot(&w, QStringLiteral("layout-") + id + (locale.isEmpty() ? QString() : QLatin1Char('-') + locale));
            const QStringList scrollers = horizontalScrollers(page);
            if (!scrollers.isEmpty())
                problems << id + QStringLiteral(": ") + scrollers.join(QStringLiteral(", "));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(locale + QLatin1Char(' ') + problems.join(QStringLiteral("; "))));

        // The Load page's charts get the room.
        w.showPage(test::pageIndex(QStringLiteral("load")));
        settle();
        auto *load = qobject_cast<LoadPage *>(w.page(QStringLiteral("load")));
        QVERIFY(load);
        for (ChartWidget *c : load->charts())
            QVERIFY2(c->height() >= 250, qPrintable(QStringLiteral("%1: %2 px").arg(c->objectName()).arg(c->height())));
        QVERIFY(horizontalScrollers(load).isEmpty());
    }

    void sizePagesAndColumnsComeBack()
    {
        QSettings().clear();
        const QRect geometry(60, 50, 1100, 720);
        QByteArray header;
        int hiddenColumn = -1;
        int sortColumn = -1;
        {
            MainWindow w;
            w.setGeometry(geometry);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *processes = qobject_cast<RankedTablePage *>(w.page(QStringLiteral("processes")));
            QVERIFY(processes);
            QHeaderView *h = processes->table()->horizontalHeader();
            QVERIFY(h->count() > 3);
            // Moved, resized, hidden, ranked by another column.
            h->moveSection(1, 3);
            h->resizeSection(0, 211);
            hiddenColumn = h->logicalIndex(2);
            h->hideSection(hiddenColumn);
            for (int c = h->count() - 1; c >= 0 && sortColumn < 0; --c) {
                if (c != hiddenColumn && processes->sortByColumn(c))
                    sortColumn = c;
            }
            QVERIFY(sortColumn >= 0);
            QCOMPARE(h->sortIndicatorSection(), sortColumn);
            header = h->saveState();
            w.showPage(test::pageIndex(QStringLiteral("memory")));
            w.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), geometry.size());
        QCOMPARE(again.geometry().topLeft(), geometry.topLeft());
        QCOMPARE(again.currentPage(), again.page(QStringLiteral("memory")));
        auto *processes = qobject_cast<RankedTablePage *>(again.page(QStringLiteral("processes")));
        QHeaderView *h = processes->table()->horizontalHeader();
        QCOMPARE(h->visualIndex(1), 3);
        QCOMPARE(h->sectionSize(0), 211);
        QVERIFY(h->isSectionHidden(hiddenColumn));
        QCOMPARE(h->saveState(), header);
        // The page ranks by the restored column, not only shows it so.
        auto *model = qobject_cast<ProcessesPage *>(processes)->model();
        QCOMPARE(ProcessTableModel::columnFor(model->sort(), model->mode()), sortColumn);
        again.close();
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
