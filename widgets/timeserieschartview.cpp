// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschartview.h"
#include "pageicon.h"

#include "accents.h"
#include "chartaxis.h"
#include "charttimelink.h"

#include <QAbstractItemModel>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace beamtop {

namespace {

// Envelopes (min–max bands) only where they can still be told apart.
constexpr int MaxSeriesWithEnvelope = 8;
constexpr int MaxSeriesInHoverText = 12;

} // namespace

TimeSeriesChartView::TimeSeriesChartView(QChart *chart, QChartView *view, QWidget *owner)
    : m_chart(chart), m_view(view), m_owner(owner)
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_hoverLine = new QGraphicsLineItem(m_chart);
    m_hoverLine->setZValue(1000);
    m_hoverLine->hide();
}

void TimeSeriesChartView::setModel(QAbstractItemModel *model, const QVector<Series> &series, TimeRoles roles)
{
    m_model = model;
    m_series = series;
    m_roles = roles;
    createSeries();
}

void TimeSeriesChartView::setValueUnits(MetricUnit left, MetricUnit right)
{
    m_leftUnit = left;
    m_rightUnit = right;
}

void TimeSeriesChartView::setTimeLink(ChartTimeLink *link)
{
    if (m_link)
        disconnect(m_link, nullptr, this, nullptr);
    m_link = link;
    if (m_link)
        connect(m_link, &ChartTimeLink::hoverChanged, this, &TimeSeriesChartView::updateHoverLine);
}

void TimeSeriesChartView::setSeriesVisible(int i, bool visible)
{
    if (i < 0 || i >= m_series.size() || m_series.at(i).visible == visible)
        return;
    m_series[i].visible = visible;
    if (i < m_lines.size()) {
        const Line &l = m_lines.at(i);
        l.line->setVisible(visible);
        if (l.area)
            l.area->setVisible(visible);
        // A hidden series hides its legend entry too; keep the entry, dimmed, to click again.
        const QList<QLegendMarker *> markers = m_chart->legend()->markers(l.line);
        for (QLegendMarker *m : markers) {
            m->setVisible(true);
            QColor c = m_owner->palette().color(QPalette::WindowText);
            c.setAlphaF(visible ? 1.0 : 0.4);
            m->setLabelBrush(c);
        }
        if (l.area) {
            for (QLegendMarker *m : m_chart->legend()->markers(l.area))
                m->setVisible(false);
        }
    }
    emit seriesVisibilityChanged(i, visible);
    emit rebuildNeeded(); // the value axis fits what is shown
}

bool TimeSeriesChartView::isSeriesVisible(int i) const
{
    return i >= 0 && i < m_series.size() && m_series.at(i).visible;
}

bool TimeSeriesChartView::isLegendShown() const
{
    return m_series.size() > 1 && m_series.size() <= ChartWidget::MaxSeriesInLegend;
}

void TimeSeriesChartView::createSeries()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *a : axes) {
        m_chart->removeAxis(a);
        delete a;
    }
    m_lines.clear();
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setTickCount(ChartAxis::TickCount);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_leftAxis = new QValueAxis;
    m_leftAxis->setTickCount(ChartAxis::TickCount);
    m_chart->addAxis(m_leftAxis, Qt::AlignLeft);
    m_rightAxis = nullptr;
    for (const Series &s : qAsConst(m_series)) {
        if (s.rightAxis && !m_rightAxis) {
            m_rightAxis = new QValueAxis;
            m_rightAxis->setTickCount(ChartAxis::TickCount);
            m_chart->addAxis(m_rightAxis, Qt::AlignRight);
        }
    }
    const bool envelopes = m_series.size() <= MaxSeriesWithEnvelope;
    for (int i = 0; i < m_series.size(); ++i) {
        const Series &s = m_series.at(i);
        QValueAxis *valueAxis = s.rightAxis ? m_rightAxis : m_leftAxis;
        Line l;
        if (envelopes) {
            // Behind the line: added first.
            l.area = new QAreaSeries(new QLineSeries, new QLineSeries);
            l.area->setName(s.label);
            m_chart->addSeries(l.area);
            // An area series does not own its bounding lines (it is even their child until the
            // chart takes it): give them to the area, or every rebuild of the series and every
            // closed details window leaves two lines and their points behind (the soak found it).
            l.area->upperSeries()->setParent(l.area);
            l.area->lowerSeries()->setParent(l.area);
            l.area->attachAxis(m_timeAxis);
            l.area->attachAxis(valueAxis);
        }
        l.line = new QLineSeries;
        l.line->setName(s.label);
        m_chart->addSeries(l.line);
        l.line->attachAxis(m_timeAxis);
        l.line->attachAxis(valueAxis);
        m_lines.append(l);
        const QList<QLegendMarker *> markers = m_chart->legend()->markers(l.line);
        for (QLegendMarker *m : markers)
            connect(m, &QLegendMarker::clicked, this, [this, i] { setSeriesVisible(i, !isSeriesVisible(i)); });
        if (l.area) {
            for (QLegendMarker *m : m_chart->legend()->markers(l.area))
                m->setVisible(false);
        }
    }
    m_chart->legend()->setVisible(isLegendShown());
    for (int i = 0; i < m_series.size(); ++i) {
        if (!m_series.at(i).visible) {
            m_series[i].visible = true;
            setSeriesVisible(i, false);
        }
    }
}

void TimeSeriesChartView::rebuild()
{
    const qint64 from = m_link ? m_link->from() : 0;
    const qint64 to = m_link ? m_link->to() : 0;
    QAbstractItemModel *m = m_model;
    const int rows = m ? m->rowCount() : 0;
    m_times.resize(rows);
    for (int r = 0; r < rows; ++r)
        m_times[r] = m->index(r, 0).data(m_roles.time).toLongLong();

    // Raw values first: the axes' units depend on how large the shown values are.
    struct Values
    {
        QVector<double> mean, min, max;
        bool envelope = false;
    };
    QVector<Values> values(m_lines.size());
    double maxLeft = 0, maxRight = 0, minLeft = 0, minRight = 0;
    for (int i = 0; i < m_lines.size() && m; ++i) {
        const Series &s = m_series.at(i);
        Values &v = values[i];
        v.mean.resize(rows);
        v.min.resize(rows);
        v.max.resize(rows);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex idx = m->index(r, s.column);
            const QVariant raw = idx.data(m_roles.value);
            const double y = raw.isValid() ? raw.toDouble() : std::nan("");
            v.mean[r] = y;
            v.min[r] = m_roles.min >= 0 && idx.data(m_roles.min).isValid() ? idx.data(m_roles.min).toDouble() : y;
            v.max[r] = m_roles.max >= 0 && idx.data(m_roles.max).isValid() ? idx.data(m_roles.max).toDouble() : y;
            if (m_roles.samples >= 0 && idx.data(m_roles.samples).toInt() > 1)
                v.envelope = true;
            if (!s.visible || std::isnan(y) || !ChartAxis::countsForValueAxis(m_times.at(r), from, to))
                continue;
            double &hi = s.rightAxis ? maxRight : maxLeft;
            double &lo = s.rightAxis ? minRight : minLeft;
            hi = qMax(hi, std::isnan(v.max[r]) ? y : v.max[r]);
            lo = qMin(lo, std::isnan(v.min[r]) ? y : v.min[r]);
        }
    }
    const ChartAxis::ValueAxis left = ChartAxis::valueAxis(m_leftUnit, minLeft, maxLeft);
    const ChartAxis::ValueAxis right = ChartAxis::valueAxis(m_rightUnit, minRight, maxRight);
    for (int i = 0; i < m_lines.size(); ++i) {
        const double divisor = (m_series.at(i).rightAxis ? right : left).scale.divisor;
        Line &l = m_lines[i];
        const Values &v = values.at(i);
        QList<QPointF> points, upper, lower;
        points.reserve(rows);
        for (int r = 0; r < rows && m; ++r) {
            if (std::isnan(v.mean.at(r)))
                continue; // no value: the line bridges the gap
            const double x = double(m_times.at(r));
            points.append({x, v.mean.at(r) / divisor});
            if (l.area && v.envelope) {
                upper.append({x, v.max.at(r) / divisor});
                lower.append({x, v.min.at(r) / divisor});
            }
        }
        l.line->replace(points);
        l.points = int(points.size());
        if (l.area) {
            l.area->upperSeries()->replace(upper);
            l.area->lowerSeries()->replace(lower);
            l.area->setVisible(m_series.at(i).visible && !upper.isEmpty());
        }
    }
    auto fit = [](QValueAxis *axis, const ChartAxis::ValueAxis &a) {
        if (!axis)
            return;
        axis->setRange(a.bottom, a.top);
        axis->setLabelFormat(a.labelFormat);
        axis->setTitleText(a.scale.unit);
    };
    fit(m_leftAxis, left);
    fit(m_rightAxis, right);
    applyRange();
    updateHoverLine();
}

void TimeSeriesChartView::applyRange()
{
    if (!m_timeAxis || !m_link)
        return;
    const ChartAxis::TimeAxis axis = ChartAxis::timeAxis(m_link->from(), m_link->to());
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(axis.fromMs), QDateTime::fromMSecsSinceEpoch(axis.toMs));
    m_timeAxis->setFormat(axis.format);
}

void TimeSeriesChartView::updateHoverLine()
{
    const qint64 t = m_link ? m_link->hoverMs() : -1;
    if (t < 0 || m_lines.isEmpty() || t < m_link->from() || t > m_link->to()) {
        m_hoverLine->hide();
        return;
    }
    const QRectF area = m_chart->plotArea();
    const double x = m_chart->mapToPosition(QPointF(double(t), 0), m_lines.first().line).x();
    m_hoverLine->setLine(x, area.top(), x, area.bottom());
    m_hoverLine->show();
}

void TimeSeriesChartView::hideHoverLine()
{
    m_hoverLine->hide();
}

QString TimeSeriesChartView::hoverText(qint64 timeMs) const
{
    QAbstractItemModel *m = m_model;
    if (!m || m_times.isEmpty())
        return {};
    const int row = ChartAxis::nearestIndex(m_times, timeMs);
    if (row < 0 || row >= m->rowCount())
        return {};
    QStringList lines{m->index(row, 0).data(Qt::ToolTipRole).toString()};
    struct Item
    {
        double value;
        QString text;
    };
    QVector<Item> items;
    for (const Series &s : qAsConst(m_series)) {
        if (!s.visible)
            continue;
        const QModelIndex idx = m->index(row, s.column);
        const QVariant raw = idx.data(m_roles.value);
        const QString text = raw.isValid() ? idx.data(Qt::ToolTipRole).toString() : ChartWidget::tr("no value");
        items.append({raw.isValid() ? raw.toDouble() : -1e300,
                      ChartWidget::tr("%1: %2").arg(s.longLabel.isEmpty() ? s.label : s.longLabel, text)});
    }
    if (items.size() > MaxSeriesInHoverText) {
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.value > b.value; });
        const int more = int(items.size()) - MaxSeriesInHoverText;
        items.resize(MaxSeriesInHoverText);
        items.append({0, ChartWidget::tr("… and %n more", nullptr, more)});
    }
    for (const Item &i : qAsConst(items))
        lines.append(i.text);
    return lines.join(QLatin1Char('\n'));
}

bool TimeSeriesChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport() || !m_link || m_lines.isEmpty())
        return QObject::eventFilter(watched, event);
    QLineSeries *ref = m_lines.first().line;
    auto timeAt = [&](const QPointF &pos) { return qint64(m_chart->mapToValue(pos, ref).x()); };
    switch (event->type()) {
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        const QPointF pos = e->position();
        if (m_dragging) {
            const double width = m_chart->plotArea().width();
            if (width > 0)
                m_link->pan(ChartAxis::dragPanMs(pos.x() - m_dragFrom.x(), width, m_link->span()));
            m_dragFrom = pos;
            return true;
        }
        if (!m_chart->plotArea().contains(pos)) {
            m_link->setHover(-1);
            QToolTip::hideText();
            return false;
        }
        const qint64 t = timeAt(pos);
        m_link->setHover(t);
        QToolTip::showText(e->globalPosition().toPoint(), hoverText(t), m_view->viewport());
        return false;
    }
    case QEvent::Leave:
        m_link->setHover(-1);
        QToolTip::hideText();
        return false;
    case QEvent::Wheel: {
        auto *e = static_cast<QWheelEvent *>(event);
        const double factor = ChartAxis::wheelZoomFactor(e->angleDelta().y());
        if (factor == 0)
            return false;
        m_link->zoom(factor, timeAt(e->position()));
        emit activated();
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        m_owner->setFocus(Qt::MouseFocusReason);
        emit activated();
        if (e->button() == Qt::LeftButton && m_chart->plotArea().contains(e->position())) {
            m_dragging = true;
            m_dragFrom = e->position();
            m_view->viewport()->setCursor(Qt::ClosedHandCursor);
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonRelease:
        if (m_dragging) {
            m_dragging = false;
            m_view->viewport()->unsetCursor();
            return true;
        }
        return false;
    case QEvent::MouseButtonDblClick:
        m_link->goLive();
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

bool TimeSeriesChartView::handleKey(int key)
{
    if (!m_link)
        return false;
    const qint64 step = ChartAxis::keyPanMs(m_link->span());
    switch (key) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_link->zoom(ChartAxis::ZoomInFactor);
        return true;
    case Qt::Key_Minus:
        m_link->zoom(ChartAxis::ZoomOutFactor);
        return true;
    case Qt::Key_Left:
        m_link->pan(-step);
        return true;
    case Qt::Key_Right:
        m_link->pan(step);
        return true;
    case Qt::Key_Home:
    case Qt::Key_End:
        m_link->goLive();
        return true;
    default:
        return false;
    }
}

void TimeSeriesChartView::applyTheme(const QPalette &palette, const QFont &font)
{
    const QColor text = palette.color(QPalette::WindowText);
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QColor grid = text;
    grid.setAlphaF(0.12);
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *a : axes) {
        a->setLabelsBrush(text);
        a->setLabelsFont(small);
        a->setTitleBrush(text);
        a->setTitleFont(small);
        a->setGridLineColor(grid);
        a->setMinorGridLineColor(grid);
        a->setLinePenColor(grid);
        a->setShadesVisible(false);
    }
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        QPen pen = l.line->pen();
        pen.setColor(Accents::series(i, palette));
        pen.setWidthF(1.5);
        l.line->setPen(pen);
        if (l.area) {
            QColor band = pen.color();
            band.setAlphaF(0.22);
            l.area->setBrush(band);
            l.area->setPen(Qt::NoPen);
        }
        if (!m_series.at(i).visible) {
            for (QLegendMarker *m : m_chart->legend()->markers(l.line)) {
                QColor c = text;
                c.setAlphaF(0.4);
                m->setLabelBrush(c);
            }
        }
    }
    QColor c = text;
    c.setAlphaF(0.45);
    m_hoverLine->setPen(QPen(c, 1, Qt::DashLine));
}

void TimeSeriesChartView::addMenuActions(QMenu *menu)
{
    if (m_link) {
        menu->addSeparator();
        menu->addAction(PageIcon::action(QStringLiteral("zoom-in")), ChartWidget::tr("Zoom In"), this,
                        [this] { m_link->zoom(ChartAxis::ZoomInFactor); });
        menu->addAction(PageIcon::action(QStringLiteral("zoom-out")), ChartWidget::tr("Zoom Out"), this,
                        [this] { m_link->zoom(ChartAxis::ZoomOutFactor); });
        QAction *live = menu->addAction(PageIcon::action(QStringLiteral("go-last")), ChartWidget::tr("Follow the Newest Data"),
                                        this, [this] { m_link->goLive(); });
        live->setEnabled(!m_link->isLive() || m_link->liveSpanMs() < m_link->maximumSpanMs());
    }
    if (m_series.size() > 1) {
        menu->addSeparator();
        if (!isLegendShown()) {
            // Too many lines for a legend: the menu lists them instead, each to show or hide.
            QMenu *lines = menu->addMenu(ChartWidget::tr("Lines"));
            lines->setObjectName(QStringLiteral("chartLines"));
            lines->addAction(ChartWidget::tr("Hide All Lines"), this, [this] {
                for (int i = 0; i < m_series.size(); ++i)
                    setSeriesVisible(i, false);
            });
            lines->addSeparator();
            for (int i = 0; i < m_series.size(); ++i) {
                const Series &s = m_series.at(i);
                QAction *a = lines->addAction(s.longLabel.isEmpty() ? s.label : s.longLabel);
                a->setCheckable(true);
                a->setChecked(s.visible);
                a->setData(i);
                connect(a, &QAction::toggled, this, [this, i](bool on) { setSeriesVisible(i, on); });
            }
            // "Hide All Lines" and the legend-less toggles stay in step while the menu is open.
            connect(this, &TimeSeriesChartView::seriesVisibilityChanged, lines, [lines](int series, bool visible) {
                for (QAction *a : lines->actions()) {
                    if (a->isCheckable() && a->data().toInt() == series)
                        a->setChecked(visible);
                }
            });
        }
        menu->addAction(ChartWidget::tr("Show All Lines"), this, [this] {
            for (int i = 0; i < m_series.size(); ++i)
                setSeriesVisible(i, true);
        });
    }
}

int TimeSeriesChartView::seriesCount() const
{
    return int(m_series.size());
}

QString TimeSeriesChartView::seriesLabel(int i) const
{
    return i >= 0 && i < m_series.size() ? m_series.at(i).label : QString();
}

int TimeSeriesChartView::pointCount(int i) const
{
    return i >= 0 && i < m_lines.size() ? m_lines.at(i).points : 0;
}

} // namespace beamtop
