// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychartsbox.h"
#include "pageicon.h"

#include "chartgrid.h"
#include "charttimelink.h"
#include "chartwidget.h"
#include "format.h"
#include "historychartmodel.h"

#include "history/loadmetrics.h"

#include <QAction>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace beamtop {

HistoryChartsBox::HistoryChartsBox(const QString &title, QWidget *parent)
    : QGroupBox(title, parent), m_model(new HistoryChartModel(this)), m_link(new ChartTimeLink(this))
{
    m_store = &m_empty;
    m_range = new QLabel;
    m_range->setObjectName(QStringLiteral("rangeText"));
    m_range->setForegroundRole(QPalette::PlaceholderText);

    m_live = new QAction(PageIcon::action(QStringLiteral("go-last")), tr("Follow the Newest Data"), this);
    m_live->setToolTip(tr("The whole history window again, following new samples (or double-click a chart)"));
    m_live->setEnabled(false);
    connect(m_live, &QAction::triggered, m_link, &ChartTimeLink::goLive);
    auto *follow = new QToolButton;
    follow->setDefaultAction(m_live);
    follow->setAutoRaise(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_range, 1);
    top->addWidget(follow);
    m_grid = new QGridLayout;
    m_grid->setSpacing(8);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_grid);

    connect(m_link, &ChartTimeLink::rangeChanged, this, &HistoryChartsBox::refresh);
    connect(m_link, &ChartTimeLink::liveChanged, m_live, [this](bool live) { m_live->setEnabled(!live); });
}

HistoryChartsBox::~HistoryChartsBox() = default;

ChartWidget *HistoryChartsBox::addChart(const QString &id, const QString &title, MetricUnit unit, const QVector<Line> &lines)
{
    auto *widget = new ChartWidget(ChartWidget::Kind::TimeSeries);
    widget->setObjectName(QStringLiteral("chart_") + id);
    widget->setTitle(title);
    widget->setTimeLink(m_link);
    widget->setValueUnits(unit, unit);
    widget->setMinimumHeight(200);
    const int at = int(m_charts.size());
    m_grid->addWidget(widget, at / 2, at % 2);
    m_charts.append({id, widget, lines});
    updateSeries();
    return widget;
}

void HistoryChartsBox::setStore(const HistoryStore *store)
{
    m_store = store ? store : &m_empty;
    m_model->setFrames(m_store->metrics(), {});
    updateSeries();
    m_link->setMaximumSpanMs(m_store->windowMs());
    m_link->goLive();
    if (!m_store->isEmpty())
        m_link->setData(m_store->firstMs(), m_store->lastMs());
    refresh();
}

void HistoryChartsBox::onHistory(bool newMetrics)
{
    m_link->setMaximumSpanMs(m_store->windowMs());
    if (newMetrics) {
        // New columns (the node started Mnesia, say): the charts pick their lines again.
        m_model->setFrames(m_store->metrics(), {});
        updateSeries();
    }
    m_link->setData(m_store->firstMs(), m_store->lastMs()); // live: moves the range, which refreshes
}

void HistoryChartsBox::clear()
{
    setStore(nullptr);
    m_link->setData(0, 0);
}

void HistoryChartsBox::setStale(bool stale)
{
    for (const Chart &c : std::as_const(m_charts))
        c.widget->setStale(stale);
}

void HistoryChartsBox::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    if (m_dirty)
        refresh();
}

void HistoryChartsBox::refresh()
{
    // Downsampling a long range costs a pass over the store: not for a box nobody sees.
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    const qint64 from = m_link->from(), to = m_link->to();
    m_model->setFrames(m_store->metrics(), ChartGrid::frames(*m_store, from, to));
    const QLocale locale;
    auto clock = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QStringLiteral("HH:mm:ss"));
    };
    if (!hasData())
        m_range->setText(tr("Nothing recorded yet: the charts fill from the session's history as it is read."));
    else if (m_link->isLive())
        m_range->setText(tr("Live: the last %1 (the Load page's history window)").arg(Format::duration(m_link->span())));
    else
        m_range->setText(tr("%1 – %2 (double-click a chart to follow the newest data)").arg(clock(from), clock(to)));
}

void HistoryChartsBox::updateSeries()
{
    const ChartWidget::TimeRoles roles{HistoryChartModel::TimeRole, HistoryChartModel::RawValueRole, HistoryChartModel::MinRole,
                                       HistoryChartModel::MaxRole, HistoryChartModel::SamplesRole};
    for (const Chart &c : std::as_const(m_charts)) {
        QVector<ChartWidget::Series> series;
        for (const Line &line : c.lines) {
            const int column = m_model->columnOf(line.metricKey);
            if (column >= 0)
                series.append({column, line.label, false, true, LoadMetrics::label(line.metricKey)});
        }
        c.widget->setTimeSeries(m_model, series, roles);
    }
}

bool HistoryChartsBox::hasData() const
{
    if (m_store->isEmpty())
        return false;
    for (const Chart &c : m_charts) {
        for (const Line &line : c.lines) {
            if (m_store->indexOf(line.metricKey) >= 0)
                return true;
        }
    }
    return false;
}

ChartWidget *HistoryChartsBox::chart(const QString &id) const
{
    for (const Chart &c : m_charts) {
        if (c.id == id)
            return c.widget;
    }
    return nullptr;
}

QList<ChartWidget *> HistoryChartsBox::charts() const
{
    QList<ChartWidget *> out;
    for (const Chart &c : m_charts)
        out.append(c.widget);
    return out;
}

QString HistoryChartsBox::rangeText() const
{
    return m_range->text();
}

} // namespace beamtop
