// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorypage.h"
#include "pageicon.h"

#include "allocfindingsview.h"
#include "allocfragmentmodel.h"
#include "allocsettingsmodel.h"
#include "alloctreemodel.h"
#include "chartgrid.h"
#include "charttimelink.h"
#include "chartwidget.h"
#include "columnfit.h"
#include "filechooser.h"
#include "format.h"
#include "historychartmodel.h"
#include "itemtableview.h"
#include "msegcachemodel.h"
#include "noticebar.h"
#include "usagebardelegate.h"

#include "collect/alloccollector.h"
#include "collect/allocfindings.h"
#include "export/exportfile.h"
#include "export/rowwriter.h"
#include "history/loadmetrics.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace beamtop {

namespace {

QGroupBox *card(const QString &title, QWidget *content, QWidget *extra = nullptr)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    if (extra)
        layout->addWidget(extra);
    layout->addStretch(1);
    return box;
}

// One JSON value per cell of the allocator table: numbers as numbers, an infinite ratio as null.
QJsonValue jsonOf(const QVariant &raw)
{
    if (!raw.isValid())
        return QJsonValue::Null;
    switch (raw.typeId()) {
    case QMetaType::Double: {
        const double d = raw.toDouble();
        return std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Null);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QJsonValue(raw.toLongLong());
    default:
        return QJsonValue(raw.toString());
    }
}

} // namespace

MemoryPage::MemoryPage(QWidget *parent)
    : Page(parent),
      m_tree(new AllocTreeModel(this)),
      m_treeProxy(new QSortFilterProxyModel(this)),
      m_fragments(new AllocFragmentModel(this)),
      m_mseg(new MsegCacheModel(this)),
      m_settings(new AllocSettingsModel(this)),
      m_chartModel(new HistoryChartModel(this)),
      m_link(new ChartTimeLink(this))
{
    m_link->setMaximumSpanMs(m_store->windowMs());

    m_notice = new NoticeBar;
    m_notice->setObjectName(QStringLiteral("allocNotice"));
    m_notice->hide();

    m_findings = new AllocFindingsView;
    m_findings->setObjectName(QStringLiteral("findings"));

    auto *delegate = new UsageBarDelegate(this);
    m_fragmentTable = new ItemTableView;
    m_fragmentTable->setObjectName(QStringLiteral("fragmentTable"));
    m_fragmentTable->setSourceModel(m_fragments, true);
    m_fragmentTable->setItemDelegate(delegate);
    // Worst first; the model keeps rows in place so a new rank is a change, not a reset.
    m_fragmentTable->sortByColumn(AllocFragmentModel::Unused, Qt::DescendingOrder);
    m_msegTable = new ItemTableView;
    m_msegTable->setObjectName(QStringLiteral("msegTable"));
    m_msegTable->setSourceModel(m_mseg, true);
    m_msegTable->setItemDelegate(delegate);
    m_msegNote = new QLabel;
    m_msegNote->setWordWrap(true);
    m_msegNote->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setSpacing(12);
    grid->addWidget(m_notice, 0, 0, 1, 2);
    grid->addWidget(card(tr("Totals"), makeTotals()), 1, 0, 1, 2);
    grid->addWidget(card(tr("Findings"), m_findings), 2, 0, 1, 2);
    grid->addWidget(card(tr("Allocators"), makeTable()), 3, 0, 1, 2);
    grid->addWidget(card(tr("Most unused carrier space"), m_fragmentTable), 4, 0);
    grid->addWidget(card(tr("mseg_alloc cache"), m_msegTable, m_msegNote), 4, 1);
    grid->addWidget(makeCharts(), 5, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(6, 1);

    createActions();
    setBody(content, true);

    connect(m_link, &ChartTimeLink::rangeChanged, this, &MemoryPage::refreshCharts);
    connect(m_link, &ChartTimeLink::liveChanged, this, [this](bool live) { m_live->setEnabled(!live); });
    clear();
}

MemoryPage::~MemoryPage() = default;

QWidget *MemoryPage::makeTotals()
{
    auto *strip = new QWidget;
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    const std::pair<const char *, const char *> totals[] = {
        {"allocated", QT_TR_NOOP("Allocated")},
        {"used", QT_TR_NOOP("Used")},
        {"unused", QT_TR_NOOP("Unused")},
        {"erlang_total", QT_TR_NOOP("erlang:memory(total)")},
        {"rss", QT_TR_NOOP("Resident (OS)")},
    };
    for (const auto &[id, caption] : totals) {
        auto *cell = new QWidget;
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        auto *title = new QLabel(tr(caption));
        title->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel;
        value->setObjectName(QStringLiteral("total_") + QLatin1String(id));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.4);
        f.setBold(true);
        value->setFont(f);
        v->addWidget(title);
        v->addWidget(value);
        m_totals.insert(QLatin1String(id), value);
        layout->addWidget(cell);
    }
    layout->addStretch(1);
    return strip;
}

QWidget *MemoryPage::makeTable()
{
    m_treeProxy->setSourceModel(m_tree);
    m_treeProxy->setSortRole(RowTableModel::RawValueRole);
    m_treeProxy->setDynamicSortFilter(true);

    m_treeView = new QTreeView;
    m_treeView->setObjectName(QStringLiteral("allocTree"));
    m_treeView->setModel(m_treeProxy);
    m_treeView->setItemDelegate(new UsageBarDelegate(m_treeView));
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_treeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_treeView->setMinimumHeight(300);
    m_treeView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_treeView->header()->setSortIndicatorClearable(true);
    m_treeView->setSortingEnabled(true); // unsorted at first: the node's order
    m_treeView->setToolTip(QString());
    ColumnFit::install(m_treeView, m_treeView->header(), ColumnFit::Mode::Contents);

    connect(m_treeView, &QTreeView::expanded, this, &MemoryPage::onExpansionChanged);
    connect(m_treeView, &QTreeView::collapsed, this, &MemoryPage::onExpansionChanged);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MemoryPage::updateSettings);
    connect(m_treeView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createTableMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_treeView->viewport()->mapToGlobal(pos));
    });

    m_settingsTitle = new QLabel;
    m_settingsTitle->setObjectName(QStringLiteral("settingsTitle"));
    m_settingsTitle->setWordWrap(true);
    m_settingsTable = new ItemTableView;
    m_settingsTable->setObjectName(QStringLiteral("settingsTable"));
    m_settingsTable->setSourceModel(m_settings, true);
    m_settingsTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_settingsTable->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *settings = new QWidget;
    auto *sv = new QVBoxLayout(settings);
    sv->setContentsMargins(0, 0, 0, 0);
    sv->addWidget(m_settingsTitle);
    sv->addWidget(m_settingsTable, 1);
    // Below the tree, not beside it: the tree's many columns need the page's whole width.
    m_settingsTable->setFixedHeight(12 * m_settingsTable->fontMetrics().height());

    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_treeView, 1);
    v->addWidget(settings);
    return box;
}

QWidget *MemoryPage::makeCharts()
{
    const struct
    {
        const char *id;
        const char *title;
    } defs[] = {
        {"allocated", QT_TR_NOOP("Carriers allocated, by allocator")},
        {"used", QT_TR_NOOP("Blocks used, by allocator")},
        {"unused", QT_TR_NOOP("Allocated, used and unused")},
        {"rss", QT_TR_NOOP("Resident size and erlang:memory(total)")},
    };
    auto *box = new QGroupBox(tr("Over time"));
    auto *v = new QVBoxLayout(box);
    auto *controls = new QHBoxLayout;
    m_rangeText = new QLabel;
    m_rangeText->setObjectName(QStringLiteral("rangeText"));
    m_rangeText->setForegroundRole(QPalette::PlaceholderText);
    controls->addWidget(m_rangeText, 1);
    v->addLayout(controls);
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    int i = 0;
    for (const auto &def : defs) {
        auto *chart = new ChartWidget(ChartWidget::Kind::TimeSeries);
        chart->setObjectName(QStringLiteral("chart_") + QLatin1String(def.id));
        chart->setTitle(tr(def.title));
        chart->setTimeLink(m_link);
        chart->setValueUnits(MetricUnit::Bytes, MetricUnit::Bytes);
        chart->setMinimumHeight(230);
        connect(chart, &ChartWidget::activated, this, [this, chart] { m_currentChart = chart; });
        m_charts.append({QLatin1String(def.id), chart});
        grid->addWidget(chart, i / 2, i % 2);
        ++i;
    }
    v->addLayout(grid);

    m_live = new QAction(PageIcon::action(QStringLiteral("go-last")), tr("Follow the Newest Data"), this);
    m_live->setToolTip(tr("Back to the whole history window, following new samples (or double-click a chart)"));
    connect(m_live, &QAction::triggered, m_link, &ChartTimeLink::goLive);
    auto *liveButton = new QToolButton;
    liveButton->setDefaultAction(m_live);
    liveButton->setAutoRaise(true);
    controls->addWidget(liveButton);
    return box;
}

void MemoryPage::createActions()
{
    // On the page: the window's File ▸ Export menu lists them while this page is shown, with
    // the Load and Processes pages' shortcuts.
    m_exportTable = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export Allocator Table…"), this);
    m_exportTable->setObjectName(QStringLiteral("exportAllocTable"));
    m_exportTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportTable->setToolTip(tr("Every allocator type, and the instances shown, as CSV or JSON (Ctrl+E)"));
    connect(m_exportTable, &QAction::triggered, this, &MemoryPage::exportWithDialog);
    m_saveChart = new QAction(QIcon::fromTheme(QStringLiteral("image-x-generic")), tr("Save Chart as Image…"), this);
    m_saveChart->setObjectName(QStringLiteral("saveChart"));
    m_saveChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveChart->setToolTip(tr("The chart last clicked, as PNG or SVG (Ctrl+Shift+S); right-click a chart for the same"));
    connect(m_saveChart, &QAction::triggered, this, [this] {
        ChartWidget *c = m_currentChart ? m_currentChart.data() : m_charts.first().chart;
        c->saveAs();
    });
    m_chartImages = new QMenu(tr("Save a Chart as Image"), this);
    for (const ChartSpec &spec : std::as_const(m_charts)) {
        ChartWidget *c = spec.chart;
        m_chartImages->addAction(tr("%1…").arg(c->title()), c, &ChartWidget::saveAs);
    }
    for (QAction *a : {m_exportTable, m_saveChart, m_chartImages->menuAction()}) {
        a->setProperty("beamtopExport", true);
        addAction(a);
    }
}

QMenu *MemoryPage::createTableMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("allocTableMenu"));
    QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Table"), this, [this] {
        QApplication::clipboard()->setText(tableText());
    });
    copy->setObjectName(QStringLiteral("action_copy"));
    menu->addAction(m_exportTable);
    return menu;
}

void MemoryPage::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->allocators(), nullptr, this, nullptr);
        // What this page asked for is for this page only.
        m_session->allocators()->setInstanceTypes({});
    }
    m_session = session;
    followSession(session);
    clear();
    m_store = session ? &session->history() : &m_noHistory;
    if (!session)
        return;
    m_shownNode = session->nodeName();
    AllocCollector *alloc = session->allocators();
    connect(alloc, &AllocCollector::sampleReady, this, &MemoryPage::onSample);
    connect(alloc, &AllocCollector::failed, this, [this](const QString &error) {
        m_error = error;
        updateNotice();
    });
    connect(session, &NodeSession::historyAppended, this, [this](qint64, bool newMetrics) { onHistory(newMetrics); });
    connect(session, &NodeSession::stateChanged, this, &MemoryPage::updateNotice);
    connect(session, &NodeSession::refreshed, this, &MemoryPage::updateNotice);
    if (isVisible())
        askForInstances(true);
    if (const std::optional<AllocSample> &s = alloc->last())
        onSample(*s);
    if (!m_store->isEmpty())
        onHistory(true);
    updateNotice();
}

void MemoryPage::clear()
{
    m_shownNode.clear();
    m_error.clear();
    m_store = &m_noHistory;
    m_sampleDirty = m_chartsDirty = false;
    m_expanded.clear();
    m_tree->clear();
    m_fragments->clear();
    m_mseg->clear();
    m_settings->setType(nullptr);
    m_settingsTitle->setText(tr("Select an allocator to see its settings."));
    m_findings->clear();
    for (QLabel *l : std::as_const(m_totals)) {
        l->setText(QStringLiteral("—"));
        l->setToolTip(QString());
    }
    m_chartModel->clear();
    m_link->setData(0, 0);
    m_link->goLive();
    m_live->setEnabled(false);
    updateSeries();
    m_notice->hide();
    m_exportTable->setEnabled(false);
    showBody(false);
}

void MemoryPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    askForInstances(true);
    if (m_sampleDirty && m_session && m_session->allocators()->last())
        applySample(*m_session->allocators()->last());
    if (m_chartsDirty)
        refreshCharts();
}

void MemoryPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    askForInstances(false);
}

void MemoryPage::askForInstances(bool shown)
{
    if (!m_session)
        return;
    AllocCollector *alloc = m_session->allocators();
    const QStringList wanted = shown ? m_expanded : QStringList();
    if (alloc->instanceTypes() != wanted)
        alloc->setInstanceTypes(wanted, shown && m_session->isLive());
}

void MemoryPage::onExpansionChanged()
{
    QStringList expanded;
    for (int r = 0; r < m_treeProxy->rowCount(); ++r) {
        const QModelIndex i = m_treeProxy->index(r, 0);
        if (m_treeView->isExpanded(i))
            expanded << i.data(AllocTreeModel::TypeNameRole).toString();
    }
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    // A newly expanded type wants its instances now, not one interval later.
    if (isVisible())
        askForInstances(true);
}

void MemoryPage::onSample(const AllocSample &sample)
{
    m_error.clear();
    if (!isVisible()) {
        m_sampleDirty = true; // caught up when shown
        updateNotice();
        return;
    }
    applySample(sample);
}

void MemoryPage::applySample(const AllocSample &sample)
{
    m_sampleDirty = false;
    m_tree->setSample(sample);
    // A type expanded before its instances came stays expanded: the view may have dropped it
    // while the row had no children.
    for (const QString &type : std::as_const(m_expanded)) {
        const QModelIndex i = m_treeProxy->mapFromSource(m_tree->typeIndex(type));
        if (i.isValid() && !m_treeView->isExpanded(i)) {
            const QSignalBlocker block(m_treeView);
            m_treeView->expand(i);
        }
    }
    m_fragments->setSample(sample);
    m_mseg->setSample(sample);
    m_msegTable->setVisible(!sample.mseg.isEmpty());
    m_msegNote->setText(sample.mseg.isEmpty()
                            ? tr("This node runs without mseg_alloc (+MMe false, or an OS without it): carriers come "
                                 "straight from the operating system.")
                            : tr("Hit rates below %1 are marked: carriers then come from the operating system rather "
                                 "than the cache. Counts since the node started.")
                                  .arg(Format::percent(MsegCacheModel::MinGoodHitRate, 0)));
    updateTotals(sample);
    updateSettings();
    m_findings->setFindings(AllocFindings::evaluate(sample));
    m_exportTable->setEnabled(true);
    updateNotice();
    showBody(true);
}

void MemoryPage::updateTotals(const AllocSample &s)
{
    const AllocSample::Totals &t = s.totals;
    auto set = [this](const char *id, const QString &text, const QString &tip) {
        QLabel *l = m_totals.value(QLatin1String(id));
        l->setText(text);
        l->setToolTip(tip);
    };
    set("allocated", Format::bytes(t.allocated),
        tr("%1: the size of every carrier of the alloc_util allocators, what they hold from the operating system")
            .arg(Format::exactBytes(t.allocated)));
    set("used", Format::bytes(t.used),
        tr("%1: the size of every block in those carriers, %2 of them").arg(Format::exactBytes(t.used), Format::percent(t.usage())));
    set("unused", Format::bytes(t.unused()),
        tr("%1: carrier space no block uses (allocated − used)").arg(Format::exactBytes(t.unused())));
    set("erlang_total", Format::bytes(t.erlangTotal),
        tr("%1: what erlang:memory() counts, read at the same moment").arg(Format::exactBytes(t.erlangTotal)));
    if (t.rss)
        set("rss", Format::bytes(*t.rss),
            tr("%1: the node's resident set size, from its /proc status").arg(Format::exactBytes(*t.rss)));
    else
        set("rss", tr("not available on this OS"),
            tr("The node reads its resident size from /proc, which only Linux has."));
}

void MemoryPage::updateSettings()
{
    const QModelIndex current = m_treeView->currentIndex();
    const QString type = current.isValid() ? current.data(AllocTreeModel::TypeNameRole).toString() : QString();
    const AllocType *t = type.isEmpty() ? nullptr : m_tree->sample().type(type);
    m_settings->setType(t);
    if (!t)
        m_settingsTitle->setText(tr("Select an allocator to see its settings."));
    else if (t->settings.isEmpty())
        m_settingsTitle->setText(tr("The node reported no settings for %1.").arg(type));
    else
        m_settingsTitle->setText(tr("Settings of %1:").arg(type));
}

void MemoryPage::updateNotice()
{
    if (!m_session || m_session->state() != NodeSession::State::Live) {
        m_notice->hide();
        return;
    }
    const AgentClient *agent = m_session->agent();
    QString text, detail;
    if (agent->mode() == AgentClient::Mode::Reduced) {
        text = tr("The allocators can only be read through Beamtop's agent, which is not loaded on this node.");
        detail = tr("%1 Reconnect once the node accepts code loading (or without --no-agent).").arg(agent->reducedReason());
    } else if (agent->mode() == AgentClient::Mode::Full && !m_session->allocators()->isAvailable()) {
        text = tr("The Beamtop agent running on this node is an older one that cannot read allocators.");
        detail = tr("Another Beamtop loaded it first. It is replaced when the last Beamtop disconnects from the node: "
                    "close the others, then reconnect.");
    } else if (!m_error.isEmpty()) {
        text = tr("Could not read the allocators: %1").arg(m_error);
        detail = tr("Beamtop tries again at every refresh. What is shown is the last reading.");
    }
    if (text.isEmpty()) {
        m_notice->hide();
        return;
    }
    m_notice->showNotice(NoticeBar::Kind::Warning, text, detail);
    m_notice->show();
    showBody(true); // the notice is the page's content when nothing else is
}

void MemoryPage::onHistory(bool newMetrics)
{
    m_link->setMaximumSpanMs(m_store->windowMs());
    if (newMetrics) {
        m_chartModel->setFrames(m_store->metrics(), {});
        updateSeries();
    }
    m_link->setData(m_store->firstMs(), m_store->lastMs()); // live: moves the range, which refreshes
}

void MemoryPage::refreshCharts()
{
    if (!isVisible()) {
        m_chartsDirty = true;
        return;
    }
    m_chartsDirty = false;
    const qint64 from = m_link->from(), to = m_link->to();
    m_chartModel->setFrames(m_store->metrics(), ChartGrid::frames(*m_store, from, to));
    m_saveChart->setEnabled(!m_store->isEmpty());
    m_chartImages->setEnabled(!m_store->isEmpty());
    m_rangeText->setText(m_link->isLive() ? tr("Live: the last %1 (the Load page's history window)").arg(Format::duration(m_link->span()))
                                          : tr("%1 – %2 (double-click a chart to follow the newest data)")
                                                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(from).toLocalTime(), QStringLiteral("HH:mm:ss")),
                                                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(to).toLocalTime(), QStringLiteral("HH:mm:ss"))));
}

void MemoryPage::updateSeries()
{
    const ChartWidget::TimeRoles roles{HistoryChartModel::TimeRole, HistoryChartModel::RawValueRole, HistoryChartModel::MinRole,
                                       HistoryChartModel::MaxRole, HistoryChartModel::SamplesRole};
    auto add = [this](QVector<ChartWidget::Series> &series, const QString &key, const QString &label, bool right = false) {
        const int column = m_chartModel->columnOf(key);
        if (column >= 0)
            series.append({column, label, right, true, LoadMetrics::label(key)});
    };
    for (const ChartSpec &spec : std::as_const(m_charts)) {
        QVector<ChartWidget::Series> series;
        if (spec.id == QLatin1String("allocated") || spec.id == QLatin1String("used")) {
            const bool wantUsed = spec.id == QLatin1String("used");
            for (const HistoryMetric &m : m_store->metrics()) {
                QString type;
                bool used = false;
                // The legend names the type without its "_alloc": "binary", "eheap".
                if (LoadMetrics::parseAllocKey(m.key, &type, &used) && used == wantUsed)
                    add(series, m.key, type.chopped(type.endsWith(QLatin1String("_alloc")) ? 6 : 0));
            }
        } else if (spec.id == QLatin1String("unused")) {
            add(series, QStringLiteral("alloc_allocated_bytes"), tr("Allocated"));
            add(series, QStringLiteral("alloc_used_bytes"), tr("Used"));
            add(series, QStringLiteral("alloc_unused_bytes"), tr("Unused"));
        } else {
            add(series, QStringLiteral("memory_rss_bytes"), tr("Resident (OS)"));
            add(series, QStringLiteral("memory_total_bytes"), tr("erlang:memory(total)"));
            add(series, QStringLiteral("alloc_allocated_bytes"), tr("Allocators' carriers"));
        }
        spec.chart->setTimeSeries(m_chartModel, series, roles);
    }
}

void MemoryPage::staleChanged(bool stale)
{
    for (const ChartSpec &s : std::as_const(m_charts))
        s.chart->setStale(stale);
    m_treeView->viewport()->update();
    m_fragmentTable->viewport()->update();
    m_msegTable->viewport()->update();
}

ChartWidget *MemoryPage::chart(const QString &id) const
{
    for (const ChartSpec &s : m_charts) {
        if (s.id == id)
            return s.chart;
    }
    return nullptr;
}

QList<ChartWidget *> MemoryPage::charts() const
{
    QList<ChartWidget *> out;
    for (const ChartSpec &s : m_charts)
        out.append(s.chart);
    return out;
}

QString MemoryPage::totalText(const QString &id) const
{
    const QLabel *l = m_totals.value(id);
    return l ? l->text() : QString();
}

QString MemoryPage::tableText() const
{
    // Exact values, tab-separated, in the order shown, instances under their type.
    QStringList lines;
    QStringList header;
    for (int c = 0; c < AllocTreeModel::ColumnCount; ++c)
        header << m_treeProxy->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    auto row = [this](const QModelIndex &at) {
        QStringList cells;
        for (int c = 0; c < AllocTreeModel::ColumnCount; ++c) {
            const QModelIndex cell = at.siblingAtColumn(c);
            cells << (c == AllocTreeModel::Name ? cell.data().toString() : ItemTableView::exactText(cell));
        }
        return cells.join(QLatin1Char('\t'));
    };
    for (int r = 0; r < m_treeProxy->rowCount(); ++r) {
        const QModelIndex type = m_treeProxy->index(r, 0);
        lines << row(type);
        for (int i = 0; i < m_treeProxy->rowCount(type); ++i)
            lines << row(m_treeProxy->index(i, 0, type));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool MemoryPage::exportTable(const QString &path, QString *error) const
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QStringList keys{QStringLiteral("allocator"), QStringLiteral("instance")};
    for (int c = AllocTreeModel::Instances; c < AllocTreeModel::ColumnCount; ++c)
        keys << AllocTreeModel::columnKey(c);
    RowWriter writer(json ? RowWriter::Format::Json : RowWriter::Format::Csv, keys);
    const AllocSample &s = m_tree->sample();
    QByteArray out = writer.begin({{QStringLiteral("node"), m_shownNode},
                                   {QStringLiteral("taken_at"), s.takenAt.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("note"), QStringLiteral("carriers_size_max and blocks_size_max of a type "
                                                                           "are sums of per-instance peaks, not simultaneous")}},
                                  QStringLiteral("allocators"));
    auto rowOf = [&](const QModelIndex &at, const QString &type, const QVariant &instance) {
        QJsonObject o{{QStringLiteral("allocator"), type}, {QStringLiteral("instance"), jsonOf(instance)}};
        for (int c = AllocTreeModel::Instances; c < AllocTreeModel::ColumnCount; ++c)
            o.insert(AllocTreeModel::columnKey(c), jsonOf(at.siblingAtColumn(c).data(RowTableModel::RawValueRole)));
        return writer.row(o);
    };
    // The model's order (the node's), whatever the view's sorting.
    for (int r = 0; r < m_tree->rowCount(); ++r) {
        const QModelIndex type = m_tree->index(r, 0);
        const QString name = type.data(AllocTreeModel::TypeNameRole).toString();
        out += rowOf(type, name, QVariant());
        for (int i = 0; i < m_tree->rowCount(type); ++i) {
            const QModelIndex inst = m_tree->index(i, 0, type);
            out += rowOf(inst, name, inst.data(AllocTreeModel::InstanceRole));
        }
    }
    out += writer.end();
    QString why;
    if (!ExportFile::writeAll(path, out, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

void MemoryPage::exportWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString node = m_shownNode;
    node.replace(QLatin1Char('@'), QLatin1Char('-'));
    const QString name = QStringLiteral("beamtop-allocators-%1-%2.csv")
                             .arg(node, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = FileChooser::askSavePath(this, tr("Export the Allocator Table"), dir + QLatin1Char('/') + name,
                                                 {{tr("CSV"), QStringLiteral("csv")}, {tr("JSON"), QStringLiteral("json")}});
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTable(path, &error))
        QMessageBox::warning(this, tr("Export the Allocator Table"), error);
}

QString MemoryPage::copyText() const
{
    QStringList parts;
    QStringList totals;
    const AllocSample::Totals &t = m_tree->sample().totals;
    totals << tr("Allocated\t%1").arg(t.allocated) << tr("Used\t%1").arg(t.used) << tr("Unused\t%1").arg(t.unused())
           << tr("erlang:memory(total)\t%1").arg(t.erlangTotal)
           << tr("Resident (OS)\t%1").arg(t.rss ? QString::number(*t.rss) : tr("not available"));
    parts << tr("Totals") + QLatin1Char('\n') + totals.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!m_findings->findings().isEmpty())
        parts << tr("Findings") + QLatin1Char('\n') + m_findings->plainText() + QLatin1Char('\n');
    parts << tr("Allocators") + QLatin1Char('\n') + tableText();
    parts << tr("Most unused carrier space") + QLatin1Char('\n') + m_fragmentTable->allText();
    if (m_mseg->rowCount() > 0)
        parts << tr("mseg_alloc cache") + QLatin1Char('\n') + m_msegTable->allText();
    return parts.join(QLatin1Char('\n'));
}

} // namespace beamtop
