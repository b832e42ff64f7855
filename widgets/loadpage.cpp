// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadpage.h"
#include "pageicon.h"

#include "chartgrid.h"
#include "chartwidget.h"
#include "charttimelink.h"
#include "filechooser.h"
#include "format.h"
#include "historychartmodel.h"
#include "historymodel.h"
#include "itemtableview.h"
#include "session/nodesession.h"
#include "schedulerbars.h"
#include "schedulermodel.h"
#include "usagebardelegate.h"

#include "alerts/alertmonitor.h"
#include "collect/schedulercollector.h"
#include "history/historywriter.h"
#include "history/loadmetrics.h"
#include "collect/schedulercollector.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QResizeEvent>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>

namespace beamtop {

namespace {

const QString WindowKey = QStringLiteral("load/historyWindowMs");
// Tall enough for an axis with four labels and a legend under the plot.
constexpr int MinChartHeight = 260;

struct ChartLine
{
    const char *key;
    const char *label; // short, for the legend
    bool right;        // on the right axis
};

struct ChartDef
{
    const char *id;
    const char *title;
    QVector<ChartLine> lines;
    MetricUnit left, right;
};

// The utilisation chart's lines depend on the schedulers; its keys are filled in later.
const QVector<ChartDef> &chartDefs()
{
    static const QVector<ChartDef> defs = {
        {"utilization", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Scheduler utilisation"), {}, MetricUnit::Ratio, MetricUnit::Ratio},
        {"memory", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Memory"),
         {{"memory_total_bytes", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Total"), false},
          {"memory_processes_bytes", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Processes"), false},
          {"memory_binary_bytes", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Binary"), false},
          {"memory_ets_bytes", QT_TRANSLATE_NOOP("beamtop::LoadPage", "ETS"), false},
          {"memory_atom_bytes", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Atoms"), false},
          {"memory_code_bytes", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Code"), false}},
         MetricUnit::Bytes, MetricUnit::Bytes},
        {"processes", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Processes and ports"),
         {{"process_count", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Processes"), false},
          {"port_count", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Ports (right)"), true}},
         MetricUnit::Count, MetricUnit::Count},
        {"reductions", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Reductions per second"),
         {{"reductions_per_s", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Reductions/s"), false}},
         MetricUnit::PerSecond, MetricUnit::PerSecond},
        {"io", QT_TRANSLATE_NOOP("beamtop::LoadPage", "I/O per second"),
         {{"io_in_bytes_per_s", QT_TRANSLATE_NOOP("beamtop::LoadPage", "In"), false},
          {"io_out_bytes_per_s", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Out"), false}},
         MetricUnit::BytesPerSecond, MetricUnit::BytesPerSecond},
        {"gc", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Garbage collection"),
         {{"gc_per_s", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Collections/s"), false},
          {"gc_words_reclaimed_per_s", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Words reclaimed/s (right)"), true}},
         MetricUnit::PerSecond, MetricUnit::PerSecond},
        {"run_queue", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Run queue"),
         {{"run_queue", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Waiting"), false},
          {"run_queue_imbalance", QT_TRANSLATE_NOOP("beamtop::LoadPage", "Imbalance"), false}},
         MetricUnit::Count, MetricUnit::Count},
    };
    return defs;
}

QGroupBox *card(const QString &title, QWidget *content, QWidget *extra = nullptr)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    if (extra)
        layout->addWidget(extra);
    return box;
}

} // namespace

LoadPage::LoadPage(QWidget *parent)
    : Page(parent),
      m_stats(new HistoryModel(this)),
      m_chartModel(new HistoryChartModel(this)),
      m_schedModel(new SchedulerModel(this)),
      m_link(new ChartTimeLink(this))
{
    m_windowMs = QSettings().value(WindowKey, HistoryStore::DefaultWindowMs).toLongLong();
    m_noHistory.setWindowMs(m_windowMs);
    m_link->setMaximumSpanMs(m_store->windowMs());

    // Schedulers now: bars and how balanced they are.
    m_bars = new SchedulerBars;
    m_bars->setObjectName(QStringLiteral("schedulerBars"));
    m_bars->setModel(m_schedModel);
    m_balance = new QLabel;
    m_balance->setObjectName(QStringLiteral("balance"));
    m_balance->setWordWrap(true);
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balance->setToolTip(tr("Spread: how much busier the busiest normal scheduler was than the idlest over the last "
                             "interval. Imbalance: the longest run queue minus the shortest, now."));

    // What the charts show.
    m_window = new QComboBox;
    m_window->setObjectName(QStringLiteral("historyWindow"));
    const std::pair<const char *, qint64> windows[] = {
        {QT_TR_NOOP("5 minutes"), 5 * 60 * 1000},  {QT_TR_NOOP("15 minutes"), 15 * 60 * 1000},
        {QT_TR_NOOP("1 hour"), 3600 * 1000},       {QT_TR_NOOP("6 hours"), 6 * 3600 * 1000},
        {QT_TR_NOOP("24 hours"), 24 * 3600 * 1000},
    };
    for (const auto &w : windows)
        m_window->addItem(tr(w.first), w.second);
    showWindowChoice();
    m_window->setToolTip(tr("How much history Beamtop keeps in memory. Longer windows keep older samples as "
                            "10 s and 60 s buckets with their least, greatest and mean value, so peaks stay."));
    connect(m_window, &QComboBox::activated, this, [this](int i) { setHistoryWindowMs(m_window->itemData(i).toLongLong()); });
    auto *windowLabel = new QLabel(tr("&History:"));
    windowLabel->setBuddy(m_window);

    m_lines = new QComboBox;
    m_lines->setObjectName(QStringLiteral("utilizationLines"));
    m_lines->addItem(tr("Total"), int(UtilizationLines::Total));
    m_lines->addItem(tr("Total and normal schedulers"), int(UtilizationLines::Normal));
    m_lines->addItem(tr("Dirty CPU schedulers"), int(UtilizationLines::DirtyCpu));
    m_lines->addItem(tr("Dirty I/O schedulers"), int(UtilizationLines::DirtyIo));
    m_lines->addItem(tr("All schedulers"), int(UtilizationLines::All));
    m_lines->setCurrentIndex(1);
    m_lines->setToolTip(tr("Which lines the utilisation chart draws. Beyond %1 lines the chart has no legend: "
                           "right-click it to show or hide single schedulers.")
                            .arg(ChartWidget::MaxSeriesInLegend));
    connect(m_lines, &QComboBox::activated, this, [this] { updateSeries(); });
    auto *linesLabel = new QLabel(tr("&Utilisation chart:"));
    linesLabel->setBuddy(m_lines);

    m_rangeText = new QLabel;
    m_rangeText->setObjectName(QStringLiteral("rangeText"));
    m_rangeText->setForegroundRole(QPalette::PlaceholderText);
    m_rangeText->setMinimumWidth(0); // it may be cut short rather than widen the row of controls
    m_rangeText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // The charts, on one time axis: two columns when there is room, else one.
    m_chartsBox = new QWidget;
    auto *chartsGrid = new QGridLayout(m_chartsBox);
    chartsGrid->setContentsMargins(0, 0, 0, 0);
    chartsGrid->setSpacing(8);
    m_chartsBox->installEventFilter(this);
    for (const ChartDef &def : chartDefs()) {
        auto *chart = new ChartWidget(ChartWidget::Kind::TimeSeries);
        const QString id = QLatin1String(def.id);
        chart->setObjectName(QStringLiteral("chart_") + id);
        chart->setTitle(tr(def.title));
        chart->setTimeLink(m_link);
        chart->setValueUnits(def.left, def.right);
        chart->setMinimumHeight(MinChartHeight);
        connect(chart, &ChartWidget::activated, this, [this, chart] { m_currentChart = chart; });
        m_charts.append({id, chart});
    }
    layoutCharts(1);

    // Per metric over the range shown, and the schedulers' table.
    auto *delegate = new UsageBarDelegate(this);
    m_statsTable = new ItemTableView;
    m_statsTable->setObjectName(QStringLiteral("historyTable"));
    m_statsTable->setSourceModel(m_stats, true);
    m_schedTable = new ItemTableView;
    m_schedTable->setObjectName(QStringLiteral("schedulerTable"));
    m_schedTable->setSourceModel(m_schedModel, true);
    m_schedTable->setItemDelegate(delegate);
    m_statsTitle = new QLabel;
    m_statsTitle->setForegroundRole(QPalette::PlaceholderText);

    auto *controls = new QHBoxLayout;
    controls->addWidget(windowLabel);
    controls->addWidget(m_window);
    controls->addSpacing(12);
    controls->addWidget(linesLabel);
    controls->addWidget(m_lines);
    controls->addSpacing(12);
    controls->addWidget(m_rangeText, 1);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setSpacing(12);
    grid->addWidget(card(tr("Schedulers"), m_bars, m_balance), 0, 0, 1, 2);
    grid->addLayout(controls, 1, 0, 1, 2);
    // The charts take the whole width (two columns of them from about 800 px), the tables go
    // below them side by side: beside the charts they left each chart too narrow and short.
    grid->addWidget(m_chartsBox, 2, 0, 1, 2);
    auto *metricsCard = card(tr("Metrics"), m_statsTitle, m_statsTable);
    auto *schedulersCard = card(tr("Schedulers now"), m_schedTable);
    grid->addWidget(metricsCard, 3, 0, Qt::AlignTop);
    grid->addWidget(schedulersCard, 3, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(4, 1);

    createActions();
    // Zooming and following work while the page is shown.
    content->addAction(m_live);
    auto *zoomIn = new QAction(PageIcon::action(QStringLiteral("zoom-in")), tr("Zoom In"), content);
    zoomIn->setShortcuts(QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, m_link, [this] { m_link->zoom(0.5); });
    auto *zoomOut = new QAction(PageIcon::action(QStringLiteral("zoom-out")), tr("Zoom Out"), content);
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, m_link, [this] { m_link->zoom(2.0); });
    content->addAction(zoomIn);
    content->addAction(zoomOut);
    for (QAction *a : {zoomIn, zoomOut, m_live}) {
        auto *b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        b->setAutoRaise(true);
        controls->addWidget(b);
    }
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addActions({m_exportAll, m_exportShown});
    exportMenu->addSeparator();
    exportMenu->addAction(m_saveChart);
    exportMenu->addMenu(m_chartImages);
    exportButton->setMenu(exportMenu);
    controls->addWidget(exportButton);

    setBody(content, true);

    connect(m_link, &ChartTimeLink::rangeChanged, this, &LoadPage::refreshViews);
    connect(m_link, &ChartTimeLink::liveChanged, this, &LoadPage::updateActions);
    updateRangeText();
    updateActions();
}

LoadPage::~LoadPage() = default;

void LoadPage::createActions()
{
    // On the page: the window's File ▸ Export menu lists them while this page is shown.
    m_exportAll = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export History…"), this);
    m_exportAll->setObjectName(QStringLiteral("exportHistory"));
    m_exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAll->setToolTip(tr("Every sampled metric over the whole history window, as CSV or JSON (Ctrl+E)"));
    connect(m_exportAll, &QAction::triggered, this, [this] { exportWithDialog(false); });
    m_exportShown = new QAction(tr("Export Shown Range…"), this);
    m_exportShown->setObjectName(QStringLiteral("exportShownRange"));
    m_exportShown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportShown->setToolTip(tr("The metrics over the range the charts show after zooming or panning (Ctrl+Shift+E)"));
    connect(m_exportShown, &QAction::triggered, this, [this] { exportWithDialog(true); });
    m_saveChart = new QAction(QIcon::fromTheme(QStringLiteral("image-x-generic")), tr("Save Chart as Image…"), this);
    m_saveChart->setObjectName(QStringLiteral("saveChart"));
    m_saveChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveChart->setToolTip(tr("The chart last clicked, as PNG or SVG (Ctrl+Shift+S); right-click a chart for the same"));
    connect(m_saveChart, &QAction::triggered, this, [this] {
        ChartWidget *c = m_currentChart ? m_currentChart.data() : m_charts.first().chart;
        c->saveAs();
    });
    m_chartImages = new QMenu(tr("Save a Chart as Image"), this);
    for (const ChartSpec &spec : qAsConst(m_charts)) {
        ChartWidget *c = spec.chart;
        m_chartImages->addAction(tr("%1…").arg(c->title()), c, &ChartWidget::saveAs);
    }
    m_live = new QAction(PageIcon::action(QStringLiteral("go-last")), tr("Follow the Newest Data"), this);
    m_live->setToolTip(tr("Back to the whole window, following new samples (or double-click a chart)"));
    connect(m_live, &QAction::triggered, m_link, &ChartTimeLink::goLive);
    // Shortcuts of a page's actions work while the page is shown; File ▸ Export lists the ones
    // marked as exports.
    for (QAction *a : {m_exportAll, m_exportShown, m_saveChart, m_chartImages->menuAction()}) {
        a->setProperty("beamtopExport", true);
        addAction(a);
    }
}

void LoadPage::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->schedulers(), nullptr, this, nullptr);
        disconnect(m_session->alerts(), nullptr, this, nullptr);
    }
    m_session = session;
    clear();
    m_store = session ? &session->history() : &m_noHistory;
    if (!session)
        return;
    m_shownNode = session->nodeName();
    // The session records every sample, whichever page is shown; this page draws it.
    m_store->setWindowMs(m_windowMs);
    connect(session, &NodeSession::historyAppended, this, [this](qint64, bool newMetrics) { onRow(newMetrics); });
    connect(session->schedulers(), &SchedulerCollector::sampleReady, this, &LoadPage::onSchedulers);
    connect(session, &NodeSession::schedulerError, this, [this](const QString &error) {
        m_schedulerNote = tr("Could not read the schedulers: %1").arg(error);
        m_balance->setText(m_schedulerNote);
    });
    if (const std::optional<SchedulerSample> &s = session->schedulers()->last())
        onSchedulers(*s);
    // Every chart marks when alerts fired (solid) and resolved (dashed).
    connect(session->alerts(), &AlertMonitor::logAppended, this, &LoadPage::updateMarkers);
    updateMarkers();
    if (!m_store->isEmpty())
        onRow(true);
}

void LoadPage::updateMarkers()
{
    QVector<ChartWidget::Marker> markers;
    const QVector<AlertEvent> log = m_session ? m_session->alerts()->log() : QVector<AlertEvent>();
    for (const AlertEvent &e : log) {
        ChartWidget::Marker m;
        m.timeMs = e.atMs;
        m.critical = e.severity == AlertSeverity::Critical;
        m.dashed = e.type == AlertEvent::Type::Resolved;
        m.text = e.text();
        markers.append(m);
    }
    for (const ChartSpec &s : std::as_const(m_charts))
        s.chart->setMarkers(markers);
}

void LoadPage::clear()
{
    m_shownNode.clear();
    m_store = &m_noHistory;
    m_chartModel->clear();
    m_stats->clear();
    m_schedModel->clear();
    m_balance->clear();
    m_schedulerNote.clear();
    m_normalSchedulers = 0;
    m_link->setData(0, 0);
    m_link->goLive();
    updateSeries();
    for (const ChartSpec &s : std::as_const(m_charts))
        s.chart->setMarkers({});
    showBody(false);
}

void LoadPage::onRow(bool newMetrics)
{
    if (newMetrics) {
        // The columns changed: the chart model takes them now, shown or not, and the charts
        // pick their lines from them.
        m_chartModel->setFrames(m_store->metrics(), {});
        updateSeries();
    }
    m_link->setData(m_store->firstMs(), m_store->lastMs()); // live: moves the range, which refreshes
    if (!m_link->isLive())
        updateRangeText();
    showBody(true);
}

void LoadPage::onSchedulers(const SchedulerSample &s)
{
    m_schedModel->setSample(s);
    if (s.schedulers != m_normalSchedulers) {
        m_normalSchedulers = s.schedulers;
        // More lines than the chart's legend takes (the total and one per normal scheduler):
        // the total, unless the user chose. A chosen many-line view lists its lines in the
        // chart's context menu instead of the legend.
        if (m_normalSchedulers + 1 > ChartWidget::MaxSeriesInLegend
            && m_lines->currentData().toInt() == int(UtilizationLines::Normal))
            setUtilizationLines(UtilizationLines::Total);
    }
    m_schedulerNote.clear();
    m_balance->setText(balanceText());
}

QString LoadPage::balanceText() const
{
    const std::optional<SchedulerSample> s = m_session ? m_session->schedulers()->last() : std::nullopt;
    if (!s)
        return m_schedulerNote;
    if (!s->wallTimeAvailable)
        return tr("Utilisation needs the node's scheduler_wall_time flag, which Beamtop turns on through its agent "
                  "for as long as it is connected. Without the agent (reduced mode) only run queues are shown.");
    QStringList parts;
    if (s->hasUtilization) {
        parts << tr("Total %1 (normal %2, dirty CPU %3, dirty I/O %4) over %5 s.")
                     .arg(Format::percent(s->total), Format::percent(s->normal), Format::percent(s->dirtyCpu),
                          Format::percent(s->dirtyIo), QLocale().toString(s->intervalS, 'f', 1));
        if (s->spread >= 0 && s->schedulersOnline > 1)
            parts << tr("Busiest scheduler %1 at %2, idlest %3 at %4: a spread of %5 points.")
                         .arg(s->busiestId)
                         .arg(Format::percent(s->byId(s->busiestId)->utilization))
                         .arg(s->idlestId)
                         .arg(Format::percent(s->byId(s->idlestId)->utilization))
                         .arg(QLocale().toString(s->spread * 100.0, 'f', 1));
    } else {
        parts << tr("Measuring utilisation…");
    }
    if (s->schedulersOnline > 1)
        parts << tr("Run queues: %1 waiting; scheduler %2 has the longest (%3), scheduler %4 the shortest (%5): an imbalance of %6.")
                     .arg(Format::count(s->totalRunQueue()))
                     .arg(s->runQueueMaxId)
                     .arg(Format::count(s->runQueueMax))
                     .arg(s->runQueueMinId)
                     .arg(Format::count(s->runQueueMin))
                     .arg(Format::count(s->runQueueImbalance()));
    else
        parts << tr("Run queue: %1 waiting.").arg(Format::count(s->totalRunQueue()));
    return parts.join(QLatin1Char(' '));
}

void LoadPage::refreshViews()
{
    if (!isVisible()) {
        m_dirty = true; // the charts and tables catch up when shown
        return;
    }
    m_dirty = false;
    const qint64 from = m_link->from(), to = m_link->to();
    m_stats->setStats(m_store->metrics(), m_store->stats(from, to));
    m_chartModel->setFrames(m_store->metrics(), ChartGrid::frames(*m_store, from, to));
    updateRangeText();
    updateActions();
}

void LoadPage::layoutCharts(int columns)
{
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    auto *grid = static_cast<QGridLayout *>(m_chartsBox->layout());
    for (const ChartSpec &s : qAsConst(m_charts))
        grid->removeWidget(s.chart);
    for (int i = 0; i < m_charts.size(); ++i)
        grid->addWidget(m_charts.at(i).chart, i / columns, i % columns);
    for (int c = 0; c < 2; ++c)
        grid->setColumnStretch(c, c < columns ? 1 : 0);
}

bool LoadPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartsBox && event->type() == QEvent::Resize) {
        const int width = static_cast<QResizeEvent *>(event)->size().width();
        // Hysteresis, so a width near the edge does not flip the layout back and forth.
        if (m_chartColumns == 1 && width >= 820)
            layoutCharts(2);
        else if (m_chartColumns == 2 && width < 780)
            layoutCharts(1);
    }
    return Page::eventFilter(watched, event);
}

void LoadPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        refreshViews();
}

void LoadPage::setUtilizationLines(UtilizationLines lines)
{
    m_lines->setCurrentIndex(qMax(0, m_lines->findData(int(lines))));
    updateSeries();
}

void LoadPage::updateSeries()
{
    const QVector<HistoryMetric> &metrics = m_store->metrics();
    const ChartWidget::TimeRoles roles{HistoryChartModel::TimeRole, HistoryChartModel::RawValueRole, HistoryChartModel::MinRole,
                                       HistoryChartModel::MaxRole, HistoryChartModel::SamplesRole};
    const auto lines = UtilizationLines(m_lines->currentData().toInt());
    for (int c = 0; c < m_charts.size(); ++c) {
        const ChartDef &def = chartDefs().at(c);
        QVector<ChartWidget::Series> series;
        auto add = [&](const QString &key, bool right, const QString &label) {
            const int column = m_chartModel->columnOf(key);
            if (column >= 0)
                series.append({column, label, right, true, LoadMetrics::label(key)});
        };
        if (def.lines.isEmpty()) { // utilisation
            if (lines != UtilizationLines::DirtyIo)
                add(QStringLiteral("scheduler_utilization_total"), false, tr("Total"));
            for (const HistoryMetric &m : metrics) {
                int type = 0, index = 0;
                if (!LoadMetrics::parseSchedulerKey(m.key, &type, &index))
                    continue;
                const auto t = SchedulerSample::Type(type);
                const bool wanted = lines == UtilizationLines::All
                    || (lines == UtilizationLines::Normal && t == SchedulerSample::Type::Normal)
                    || (lines == UtilizationLines::DirtyCpu && t == SchedulerSample::Type::DirtyCpu)
                    || (lines == UtilizationLines::DirtyIo && t == SchedulerSample::Type::DirtyIo);
                if (!wanted)
                    continue;
                add(m.key, false, t == SchedulerSample::Type::Normal ? QString::number(index)
                                  : t == SchedulerSample::Type::DirtyCpu ? tr("CPU %1").arg(index)
                                                                         : tr("I/O %1").arg(index));
            }
        } else {
            for (const ChartLine &l : def.lines)
                add(QLatin1String(l.key), l.right, tr(l.label));
        }
        m_charts.at(c).chart->setTimeSeries(m_chartModel, series, roles);
    }
}

void LoadPage::setHistoryWindowMs(qint64 ms)
{
    m_store->setWindowMs(ms);
    m_windowMs = m_store->windowMs();
    QSettings().setValue(WindowKey, m_windowMs);
    showWindowChoice();
    m_link->setMaximumSpanMs(m_store->windowMs());
    if (!m_store->isEmpty())
        m_link->setData(m_store->firstMs(), m_store->lastMs());
    refreshViews();
}

void LoadPage::showWindowChoice()
{
    // A window that is none of the presets (from the settings, or set by code) is shown as
    // what it is, in its place among them, never as a preset it is not.
    constexpr int CustomRole = Qt::UserRole + 1;
    const qint64 ms = m_store->windowMs();
    for (int i = m_window->count() - 1; i >= 0; --i) {
        if (m_window->itemData(i, CustomRole).toBool())
            m_window->removeItem(i);
    }
    int index = m_window->findData(ms);
    if (index < 0) {
        index = 0;
        while (index < m_window->count() && m_window->itemData(index).toLongLong() < ms)
            ++index;
        m_window->insertItem(index, tr("Custom (%1)").arg(Format::duration(ms)), ms);
        m_window->setItemData(index, true, CustomRole);
    }
    m_window->setCurrentIndex(index);
}

qint64 LoadPage::historyWindowMs() const
{
    return m_store->windowMs();
}

void LoadPage::updateRangeText()
{
    const QLocale loc;
    const qint64 span = m_link->span();
    QString text;
    if (m_link->isLive()) {
        text = tr("Live: the last %1").arg(Format::duration(span));
    } else {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_link->from()).toLocalTime();
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(m_link->to()).toLocalTime();
        text = tr("%1 – %2 (double-click a chart to follow the newest data)")
                   .arg(loc.toString(from, QStringLiteral("HH:mm:ss")), loc.toString(to, QStringLiteral("HH:mm:ss")));
    }
    m_rangeText->setText(text);
    m_rangeText->setToolTip(text); // the label may be cut short on a narrow window
    m_statsTitle->setText(m_link->isLive() ? tr("Over the last %1; trends per minute.").arg(Format::duration(span))
                                           : tr("Over the range shown; trends per minute."));
}

void LoadPage::updateActions()
{
    const bool any = !m_store->isEmpty();
    m_exportAll->setEnabled(any);
    m_exportShown->setEnabled(any);
    m_saveChart->setEnabled(any);
    m_chartImages->setEnabled(any);
    m_live->setEnabled(!m_link->isLive() || m_link->liveSpanMs() < m_link->maximumSpanMs());
    updateRangeText();
}

ChartWidget *LoadPage::chart(const QString &id) const
{
    for (const ChartSpec &s : m_charts) {
        if (s.id == id)
            return s.chart;
    }
    return nullptr;
}

QList<ChartWidget *> LoadPage::charts() const
{
    QList<ChartWidget *> out;
    for (const ChartSpec &s : m_charts)
        out.append(s.chart);
    return out;
}

bool LoadPage::exportHistory(const QString &path, bool shownRangeOnly, QString *error) const
{
    const HistoryWriter::Format format = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        ? HistoryWriter::Format::Json
        : HistoryWriter::Format::Csv;
    const qint64 from = shownRangeOnly ? m_link->from() : std::numeric_limits<qint64>::min();
    const qint64 to = shownRangeOnly ? m_link->to() : std::numeric_limits<qint64>::max();
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly)
        && HistoryWriter::write(&file, format, *m_store, m_shownNode, from, to) && file.commit();
    if (!ok && error)
        *error = tr("Could not write %1: %2. Check that the folder exists and that you may write there.")
                     .arg(path, file.errorString());
    return ok;
}

void LoadPage::exportWithDialog(bool shownRangeOnly)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString node = m_shownNode;
    node.replace(QLatin1Char('@'), QLatin1Char('-'));
    const QString name = QStringLiteral("beamtop-history-%1-%2.csv")
                             .arg(node, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = FileChooser::askSavePath(this, shownRangeOnly ? tr("Export the Shown Range") : tr("Export History"),
                                                 dir + QLatin1Char('/') + name,
                                                 {{tr("CSV, one row per sample"), QStringLiteral("csv")},
                                                  {tr("JSON"), QStringLiteral("json")}});
    if (path.isEmpty())
        return;
    QString error;
    if (!exportHistory(path, shownRangeOnly, &error))
        QMessageBox::warning(this, tr("Export History"), error);
}

void LoadPage::staleChanged(bool stale)
{
    for (const ChartSpec &s : qAsConst(m_charts))
        s.chart->setStale(stale);
    m_bars->setStale(stale);
    m_statsTable->viewport()->update();
    m_schedTable->viewport()->update();
}

QString LoadPage::copyText() const
{
    return tr("Metrics") + QLatin1Char('\n') + m_statsTable->allText() + QLatin1Char('\n') + tr("Schedulers")
        + QLatin1Char('\n') + m_schedTable->allText();
}

} // namespace beamtop
