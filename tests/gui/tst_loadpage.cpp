// SPDX-License-Identifier: GPL-3.0-or-later
// The Load page against a real node, offscreen: data after two samples (scheduler rows, chart
// lines, metrics), history kept while another page is shown, zoom on the shared time axis,
// exports through the page's actions (the file dialog answered by a seam, the chosen filter
// deciding the format); chart export to valid PNG and SVG files; many schedulers keep every line
// reachable; a history window that is no preset shows as what it is.
#include "chartwidget.h"
#include "charttimelink.h"
#include "filechooser.h"
#include "guitestutil.h"
#include "historychartmodel.h"
#include "historymodel.h"
#include "loadpage.h"
#include "mainwindow.h"
#include "session/nodesession.h"
#include "pageregistry.h"
#include "schedulerbars.h"
#include "schedulermodel.h"
#include "testnode.h"

#include "collect/schedulersample.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace beamtop;
using beamtop::test::TestNode;

class TestLoadPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_out;

    static LoadPage *loadPage(MainWindow &w) { return qobject_cast<LoadPage *>(w.page(QStringLiteral("load"))); }
    static int pageIndex(const QString &id)
    {
        const auto &pages = PageRegistry::pages();
        for (size_t i = 0; i < pages.size(); ++i) {
            if (QLatin1String(pages[i].id) == id)
                return int(i);
        }
        return -1;
    }

    static void verifyPng(const QString &path, const QSize &atLeast)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= atLeast.width() && image.height() >= atLeast.height());
        // Not one flat colour: something was drawn.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 3);
    }

    static void verifySvg(const QString &path)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        bool svgRoot = false;
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (elements++ == 0)
                    svgRoot = xml.name() == QLatin1String("svg");
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(svgRoot);
        QVERIFY(elements > 10);
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_out.isValid());
        test::isolateSettings(m_settingsDir);
        test::applyThemeFromEnvironment();
    }

    void chartExportWritesValidPngAndSvg()
    {
        // A chart of a plain model, no node: rows are points in time.
        QStandardItemModel model(30, 2);
        const qint64 t0 = 1'750'000'000'000;
        for (int r = 0; r < 30; ++r) {
            for (int c = 0; c < 2; ++c) {
                QStandardItem *item = new QStandardItem(QString::number(r));
                item->setData(t0 + r * 1000, Qt::UserRole);
                item->setData(c == 0 ? double(r * r) : double(100 - r), Qt::UserRole + 1);
                item->setData(QStringLiteral("value %1").arg(r), Qt::ToolTipRole);
                model.setItem(r, c, item);
            }
        }
        ChartWidget chart(ChartWidget::Kind::TimeSeries);
        chart.resize(480, 260);
        chart.setTitle(QStringLiteral("Test"));
        ChartTimeLink link;
        link.setMaximumSpanMs(60'000);
        link.setData(t0, t0 + 29'000);
        chart.setTimeLink(&link);
        chart.setTimeSeries(&model, {{0, QStringLiteral("squares"), false, true, {}}, {1, QStringLiteral("down"), true, true, {}}},
                            {Qt::UserRole, Qt::UserRole + 1, -1, -1, -1});
        chart.show();
        QTRY_COMPARE(chart.pointCount(0), 30);
        QCOMPARE(chart.pointCount(1), 30);
        QVERIFY(chart.hoverText(t0 + 5200).contains(QStringLiteral("squares: value 5")));
        chart.setSeriesVisible(1, false);
        QVERIFY(!chart.hoverText(t0).contains(QStringLiteral("down")));

        const QString png = m_out.filePath(QStringLiteral("chart.png"));
        const QString svg = m_out.filePath(QStringLiteral("chart.svg"));
        QVERIFY(chart.saveImage(png));
        QVERIFY(chart.saveImage(svg));
        verifyPng(png, QSize(400, 200));
        verifySvg(svg);
        // A place that cannot be written says so.
        QVERIFY(!chart.saveImage(m_out.filePath(QStringLiteral("no/such/dir/chart.png"))));
    }

    void schedulerBarsBecomeAHeatStrip()
    {
        // 128 normal schedulers, 2 dirty CPU, 10 dirty I/O: bars where they fit, else a strip.
        auto sample = [](int normal, int cpu, int io) {
            SchedulerSample s;
            s.schedulers = s.schedulersOnline = normal;
            s.dirtyCpuSchedulers = s.dirtyCpuSchedulersOnline = cpu;
            s.dirtyIoSchedulers = io;
            s.wallTimeAvailable = s.hasUtilization = true;
            s.intervalS = 1;
            int id = 0;
            for (auto [type, n] : {std::pair{SchedulerSample::Type::Normal, normal}, std::pair{SchedulerSample::Type::DirtyCpu, cpu},
                                   std::pair{SchedulerSample::Type::DirtyIo, io}}) {
                for (int i = 1; i <= n; ++i) {
                    SchedulerSample::Scheduler x;
                    x.id = ++id;
                    x.type = type;
                    x.index = i;
                    x.utilization = (id % 10) / 10.0;
                    s.items.append(x);
                }
            }
            return s;
        };
        SchedulerModel model;
        SchedulerBars bars;
        bars.setModel(&model);
        bars.resize(700, 200);
        model.setSample(sample(128, 2, 10));
        QCOMPARE(bars.cellCount(), 140);
        QCOMPARE(bars.styleFor(int(SchedulerSample::Type::Normal)), SchedulerBars::Style::HeatStrip);
        QCOMPARE(bars.styleFor(int(SchedulerSample::Type::DirtyCpu)), SchedulerBars::Style::Bars);
        // Narrower: the strip wraps onto more lines rather than shrinking cells to nothing.
        QVERIFY(bars.heightForWidth(300) > bars.heightForWidth(1400));
        bars.show();
        test::screenshot(&bars, QStringLiteral("scheduler-heat-strip"));
        const QString tip = bars.toolTipAt(QPoint(bars.width() - 3, 3));
        QVERIFY2(tip.contains(QStringLiteral("Scheduler")) && tip.contains(QStringLiteral("busy")), qPrintable(tip));
        // One scheduler: one bar.
        model.setSample(sample(1, 0, 0));
        QCOMPARE(bars.cellCount(), 1);
        QCOMPARE(bars.styleFor(int(SchedulerSample::Type::Normal)), SchedulerBars::Style::Bars);
        const QImage image = bars.grab().toImage();
        QVERIFY(!image.isNull());
    }

    void timeLinkZoomsAndPans()
    {
        const qint64 t0 = 1'750'000'000'000, minute = 60'000;
        ChartTimeLink link;
        QSignalSpy ranges(&link, &ChartTimeLink::rangeChanged);
        link.setMaximumSpanMs(15 * minute);
        link.setData(t0, t0 + 10 * minute);
        // Younger than the window: the whole of it.
        QVERIFY(link.isLive());
        QCOMPARE(link.from(), t0);
        QCOMPARE(link.to(), t0 + 10 * minute);
        QVERIFY(ranges.count() >= 1);
        // Zooming in away from the newest data fixes the range around the anchor.
        link.zoom(0.5, t0 + 2 * minute);
        QVERIFY(!link.isLive());
        QCOMPARE(link.span(), 5 * minute);
        QVERIFY(link.from() <= t0 + 2 * minute && link.to() >= t0 + 2 * minute);
        // New data does not move a fixed range.
        const qint64 from = link.from();
        link.setData(t0, t0 + 11 * minute);
        QCOMPARE(link.from(), from);
        // Panning into the newest data follows it again.
        link.pan(20 * minute);
        QVERIFY(link.isLive());
        QCOMPARE(link.to(), t0 + 11 * minute);
        QCOMPARE(link.span(), 5 * minute);
        // Zooming at the newest data stays live with a shorter span.
        link.zoom(0.5);
        QVERIFY(link.isLive());
        QCOMPARE(link.span(), 150'000);
        link.setData(t0, t0 + 12 * minute);
        QCOMPARE(link.from(), t0 + 12 * minute - 150'000);
        // Never shorter than the least span, never longer than the window.
        link.zoom(0.001);
        QCOMPARE(link.span(), ChartTimeLink::MinSpanMs);
        link.goLive();
        QCOMPARE(link.span(), 12 * minute);
        link.setData(t0, t0 + 60 * minute);
        QCOMPARE(link.span(), 15 * minute);
        link.setHover(t0 + 5);
        QCOMPARE(link.hoverMs(), t0 + 5);
    }

    void historyWindowShowsACustomValue()
    {
        LoadPage page;
        auto *box = page.findChild<QComboBox *>(QStringLiteral("historyWindow"));
        QVERIFY(box);
        const int presets = box->count();
        page.setHistoryWindowMs(2 * 3600 * 1000); // none of the presets
        QCOMPARE(box->count(), presets + 1);
        QCOMPARE(box->currentData().toLongLong(), 2 * 3600 * 1000);
        QVERIFY2(box->currentText().contains(QStringLiteral("Custom")), qPrintable(box->currentText()));
        // In its place: after 1 hour, before 6 hours.
        QCOMPARE(box->itemData(box->currentIndex() - 1).toLongLong(), 3600 * 1000);
        QCOMPARE(box->itemData(box->currentIndex() + 1).toLongLong(), 6 * 3600 * 1000);
        // Back on a preset, the custom entry goes.
        page.setHistoryWindowMs(HistoryStore::DefaultWindowMs);
        QCOMPARE(box->count(), presets);
        QCOMPARE(box->currentData().toLongLong(), HistoryStore::DefaultWindowMs);
        QVERIFY(!box->currentText().contains(QStringLiteral("Custom")));
    }

    void manySchedulersKeepEveryLineReachable()
    {
        // 14 normal schedulers: with the total, more lines than a legend takes.
        TestNode::Options o;
        o.extraArgs = {QStringLiteral("+S"), QStringLiteral("14:14"), QStringLiteral("+SDcpu"), QStringLiteral("2:2"),
                       QStringLiteral("+SDio"), QStringLiteral("2")};
        TestNode node(o);
        QVERIFY(node.start());
        MainWindow w;
        w.resize(1280, 900);
        w.show();
        w.setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
        LoadPage *page = loadPage(w);
        QVERIFY(page);
        w.showPage(pageIndex(QStringLiteral("load")));
        w.connectWith(node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->history().appendedCount() >= 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(page->schedulerModel()->rowCount() >= 18, 10000);
        ChartWidget *util = page->chart(QStringLiteral("utilization"));
        QVERIFY(util);

        // By default the chart never loses its legend to many schedulers: the total alone.
        QTRY_COMPARE_WITH_TIMEOUT(util->seriesCount(), 1, 5000);

        // Chosen anyway, every line can still be shown or hidden, from the context menu.
        for (auto lines : {LoadPage::UtilizationLines::Normal, LoadPage::UtilizationLines::All}) {
            page->setUtilizationLines(lines);
            const int count = util->seriesCount();
            QCOMPARE(count, lines == LoadPage::UtilizationLines::All ? 1 + 14 + 2 + 2 : 1 + 14);
            QVERIFY(!util->isLegendShown());
            std::unique_ptr<QMenu> menu(util->createContextMenu(nullptr));
            auto *linesMenu = menu->findChild<QMenu *>(QStringLiteral("chartLines"));
            QVERIFY(linesMenu);
            QList<QAction *> toggles;
            for (QAction *a : linesMenu->actions()) {
                if (a->isCheckable())
                    toggles << a;
            }
            QCOMPARE(toggles.size(), count);
            QVERIFY(toggles.at(3)->isChecked());
            toggles.at(3)->trigger();
            QVERIFY(!util->isSeriesVisible(3));
            QVERIFY(util->isSeriesVisible(2));
            // Just one scheduler: hide all, show it.
            linesMenu->actions().first()->trigger();
            for (int i = 0; i < count; ++i)
                QVERIFY(!util->isSeriesVisible(i));
            toggles.at(5)->trigger();
            QVERIFY(util->isSeriesVisible(5));
            QVERIFY(!util->isSeriesVisible(0));
        }
        // A few lines keep their legend.
        page->setUtilizationLines(LoadPage::UtilizationLines::DirtyCpu);
        QCOMPARE(util->seriesCount(), 1 + 2);
        QVERIFY(util->isLegendShown());

        // Export through the real actions, the dialog answered by the seam. The filter chosen
        // decides the format, whatever suffix the typed name has.
        QStringList offered;
        int answer = 0;
        QString typed;
        FileChooser::setAnswerer([&](FileChooser::Request &request) {
            offered = request.filters;
            request.chosenFilter = answer;
            return typed;
        });
        auto cleanup = qScopeGuard([] { FileChooser::setAnswerer({}); });

        // File ▸ Export ▸ Save Chart as Image, SVG chosen for a name ending in .png.
        QAction *saveChart = page->findChild<QAction *>(QStringLiteral("saveChart"));
        QVERIFY(saveChart);
        QTRY_VERIFY_WITH_TIMEOUT(saveChart->isEnabled(), 5000);
        typed = m_out.filePath(QStringLiteral("from-menu.png"));
        answer = 1;
        saveChart->trigger();
        QCOMPARE(offered.size(), 2);
        QVERIFY(offered.at(1).contains(QStringLiteral("*.svg")));
        QVERIFY(!QFile::exists(typed));
        verifySvg(m_out.filePath(QStringLiteral("from-menu.svg")));

        // Right-click on a chart ▸ Save Chart as Image, PNG chosen for a name without a suffix.
        ChartWidget *memory = page->chart(QStringLiteral("memory"));
        typed = m_out.filePath(QStringLiteral("right-click"));
        answer = 0;
        bool triggered = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            if (auto *a = menu->findChild<QAction *>(QStringLiteral("saveChart"))) {
                a->trigger();
                triggered = true;
            }
            menu->close();
        });
        const QPoint at = memory->rect().center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, memory->mapToGlobal(at));
        QApplication::sendEvent(memory, &event);
        QVERIFY(triggered);
        verifyPng(m_out.filePath(QStringLiteral("right-click.png")), QSize(200, 150));

        // History export: JSON chosen for the suggested .csv name.
        QAction *exportAll = page->findChild<QAction *>(QStringLiteral("exportHistory"));
        QVERIFY(exportAll);
        typed = m_out.filePath(QStringLiteral("history-export.csv"));
        answer = 1;
        exportAll->trigger();
        QVERIFY(!QFile::exists(typed));
        QFile json(m_out.filePath(QStringLiteral("history-export.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(json.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.value(QStringLiteral("node")).toString(), node.nodeName());
        // And back: CSV chosen for a .json name.
        typed = m_out.filePath(QStringLiteral("history-back.json"));
        answer = 0;
        exportAll->trigger();
        QFile csv(m_out.filePath(QStringLiteral("history-back.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("time,unix_ms,"));
    }

    void showsDataAfterTwoSamplesAndExports()
    {
        TestNode::Options o;
        o.extraArgs = {QStringLiteral("+S"), QStringLiteral("3:3")};
        TestNode node(o);
        QVERIFY(node.start());
        MainWindow w;
        w.resize(1280, 900);
        w.show();
        w.setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
        LoadPage *page = loadPage(w);
        QVERIFY(page);
        // History is kept while another page is shown.
        w.showPage(0);
        w.connectWith(node.connectOptions());
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->isLive(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->history().appendedCount() >= 2, 15000);
        w.showPage(pageIndex(QStringLiteral("load")));
        QCOMPARE(w.currentPage(), page);

        // Schedulers: 3 normal plus the dirty ones, each with a utilisation.
        SchedulerModel *scheds = page->schedulerModel();
        QTRY_VERIFY_WITH_TIMEOUT(scheds->rowCount() >= 3, 10000);
        const int row = scheds->rowOf(QStringLiteral("normal.3"));
        QVERIFY(row >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(scheds->index(row, SchedulerModel::Utilization).data(RowTableModel::RawValueRole).isValid(), 10000);
        QCOMPARE(page->schedulerBars()->cellCount(), scheds->rowCount());
        QCOMPARE(page->schedulerBars()->styleFor(int(SchedulerSample::Type::Normal)), SchedulerBars::Style::Bars);
        QVERIFY(page->balanceText().contains(QStringLiteral("Total")));

        // Charts: lines with points, on the node's numbers.
        ChartWidget *util = page->chart(QStringLiteral("utilization"));
        QVERIFY(util);
        QCOMPARE(util->seriesCount(), 1 + 3); // total and three normal schedulers
        QTRY_VERIFY_WITH_TIMEOUT(util->pointCount(0) >= 2, 10000);
        ChartWidget *memory = page->chart(QStringLiteral("memory"));
        QTRY_VERIFY_WITH_TIMEOUT(memory->pointCount(0) >= 2, 10000);
        const qint64 nodeTotal = node.evalInt(QStringLiteral("erlang:memory(total)"));
        HistoryChartModel *cm = page->chartModel();
        const int memColumn = cm->columnOf(QStringLiteral("memory_total_bytes"));
        const double shown = cm->index(cm->rowCount() - 1, memColumn).data(HistoryChartModel::RawValueRole).toDouble();
        QVERIFY2(shown > nodeTotal / 2 && shown < nodeTotal * 2, qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(nodeTotal)));
        QVERIFY(!memory->hoverText(cm->index(0, 0).data(HistoryChartModel::TimeRole).toLongLong()).isEmpty());

        // Per metric over the window.
        HistoryModel *stats = page->statsModel();
        const int procRow = stats->rowOf(QStringLiteral("process_count"));
        QVERIFY(procRow >= 0);
        const qint64 procs = node.evalInt(QStringLiteral("erlang:system_info(process_count)"));
        QVERIFY(qAbs(stats->index(procRow, HistoryModel::Current).data(RowTableModel::RawValueRole).toDouble() - procs) < 20);
        test::screenshot(&w, QStringLiteral("load"));

        // Live, the charts reach from the first sample to the newest.
        ChartTimeLink *link = page->timeLink();
        QVERIFY(link->isLive());
        QCOMPARE(link->to(), page->history().lastMs());
        QVERIFY(link->from() <= page->history().firstMs());
        QCOMPARE(link->maximumSpanMs(), page->historyWindowMs());

        // Exports: history as CSV and JSON, a chart as an image, through the page's actions'
        // code paths (the dialogs aside).
        const QString csv = m_out.filePath(QStringLiteral("history.csv"));
        QString error;
        QVERIFY2(page->exportHistory(csv, false, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.size() >= 3);
        QVERIFY(lines.first().startsWith("time,unix_ms,scheduler_utilization_total,scheduler_utilization_1,"));
        const QString json = m_out.filePath(QStringLiteral("history.json"));
        QVERIFY(page->exportHistory(json, true, &error));
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(j.readAll()).object().value(QStringLiteral("node")).toString(), node.nodeName());
        QVERIFY(!page->exportHistory(m_out.filePath(QStringLiteral("missing/dir/h.csv")), false, &error));
        QVERIFY(error.contains(QStringLiteral("Check")));

        const QString image = m_out.filePath(QStringLiteral("memory.png"));
        QVERIFY(memory->saveImage(image));
        verifyPng(image, QSize(200, 150));

        // The window's File ▸ Export menu offers the page's exports.
        QMenu *exportMenu = w.menuBar()->findChild<QMenu *>(QStringLiteral("exportMenu"));
        QVERIFY(exportMenu);
        emit exportMenu->aboutToShow();
        QStringList names;
        const QList<QAction *> offered = exportMenu->actions();
        for (QAction *a : offered)
            names << a->objectName();
        QVERIFY(names.contains(QStringLiteral("exportHistory")));
        QVERIFY(names.contains(QStringLiteral("saveChart")));

        // A longer window keeps what is there; the charts follow.
        page->setHistoryWindowMs(3600 * 1000);
        QCOMPARE(link->maximumSpanMs(), 3600 * 1000);
        QVERIFY(page->history().sampleCount() >= 2);
        page->setHistoryWindowMs(HistoryStore::DefaultWindowMs);
    }
};

QTEST_MAIN(TestLoadPage)
#include "tst_loadpage.moc"
