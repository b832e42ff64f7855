#include "chartwidget.h"

#include "accents.h"
#include "charttimelink.h"
#include "exportfile.h"

#include <QAbstractItemModel>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileInfo>
#include <QGraphicsLineItem>
#include <QImage>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace beamtop {

namespace {

// Envelopes (min–max bands) only where they can still be told apart.
constexpr int MaxSeriesWithEnvelope = 8;
constexpr int MaxSeriesInHoverText = 12;

// How a value axis reads: the values are divided by divisor and the axis says the unit.
struct AxisScale
{
    double divisor = 1;
    QString unit;
};

QString trChart(const char *text)
{
    return QCoreApplication::translate("beamtop::ChartWidget", text);
}

AxisScale scaleFor(MetricUnit unit, double max)
{
    const bool perSecond = unit == MetricUnit::BytesPerSecond || unit == MetricUnit::PerSecond;
    auto pick = [&](const char *const *names, double step) {
        int i = 0;
        double d = 1;
        while (names[i + 1] && max >= d * step) {
            d *= step;
            ++i;
        }
        const QString name = *names[i] ? trChart(names[i]) : QString();
        if (!perSecond)
            return AxisScale{d, name};
        //: An axis unit per second: %1 is "KiB", "M" or nothing (a plain count)
        return AxisScale{d, QCoreApplication::translate("beamtop::ChartWidget", "%1/s").arg(name)};
    };
    static const char *const bytes[] = {
        //: Axis unit: bytes
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "B"),
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "KiB"),
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "MiB"),
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "GiB"),
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "TiB"),
        nullptr};
    static const char *const counts[] = {
        "",
        //: Axis unit: thousands
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "k"),
        //: Axis unit: millions
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "M"),
        //: Axis unit: billions
        QT_TRANSLATE_NOOP("beamtop::ChartWidget", "G"),
        nullptr};
    switch (unit) {
    case MetricUnit::Ratio:
        //: Axis unit: percent
        return {0.01, QCoreApplication::translate("beamtop::ChartWidget", "%")};
    case MetricUnit::Bytes:
    case MetricUnit::BytesPerSecond:
        return pick(bytes, 1024);
    case MetricUnit::Count:
    case MetricUnit::PerSecond:
        return pick(counts, 1000);
    }
    return {};
}

// 1, 2, 2.5, 5 times a power of ten, at least v.
double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * p >= v - 1e-12 * p)
            return m * p;
    }
    return 10 * p;
}

} // namespace

struct ChartWidget::Private
{
    Kind kind = Kind::Pie;
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QPointer<QAbstractItemModel> model;
    bool stale = false;

    // Pie
    QPieSeries *pie = nullptr;
    int labelColumn = 0;
    int valueColumn = 1;
    int valueRole = Qt::DisplayRole;
    int includeRole = -1;

    // Time series
    struct Line
    {
        QLineSeries *line = nullptr;
        QAreaSeries *area = nullptr; // the min–max envelope, when drawn
        int points = 0;
    };
    QVector<Series> series;
    QVector<Line> lines;
    TimeRoles roles;
    QDateTimeAxis *timeAxis = nullptr;
    QValueAxis *leftAxis = nullptr;
    QValueAxis *rightAxis = nullptr;
    MetricUnit leftUnit = MetricUnit::Count;
    MetricUnit rightUnit = MetricUnit::Count;
    QPointer<ChartTimeLink> link;
    ChartTimeLink *ownLink = nullptr;
    QVector<qint64> times; // per model row, for the hover lookup
    QGraphicsLineItem *hoverLine = nullptr;
    bool dirty = false;
    bool queued = false;
    bool dragging = false;
    QPointF dragFrom;

    struct Part
    {
        QString label;
        double value = 0;
        QString tooltip;
    };
    QVector<Part> parts() const
    {
        QVector<Part> out;
        if (!model)
            return out;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (includeRole >= 0 && !model->index(r, 0).data(includeRole).toBool())
                continue;
            const QModelIndex v = model->index(r, valueColumn);
            const QString label = model->index(r, labelColumn).data(Qt::DisplayRole).toString();
            const QString text = v.data(Qt::DisplayRole).toString();
            out.append({label, qMax(0.0, v.data(valueRole).toDouble()), trChart("%1: %2").arg(label, text)});
        }
        return out;
    }

    // The row nearest in time, or -1.
    int rowNear(qint64 t) const
    {
        if (times.isEmpty())
            return -1;
        const auto it = std::lower_bound(times.cbegin(), times.cend(), t);
        const int after = int(it - times.cbegin());
        if (after >= times.size())
            return int(times.size()) - 1;
        if (after == 0)
            return 0;
        return t - times.at(after - 1) <= times.at(after) - t ? after - 1 : after;
    }
};

ChartWidget::ChartWidget(Kind kind, QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->kind = kind;
    d->chart = new QChart;
    d->chart->setMargins(QMargins(0, 0, 0, 0));
    d->chart->setBackgroundRoundness(0);
    d->chart->legend()->setShowToolTips(true);
    if (kind == Kind::Pie) {
        d->chart->legend()->setAlignment(Qt::AlignRight);
        d->pie = new QPieSeries;
        d->pie->setPieSize(0.85);
        d->chart->addSeries(d->pie);
    } else {
        d->chart->legend()->setAlignment(Qt::AlignBottom);
        d->ownLink = new ChartTimeLink(this);
        setTimeLink(d->ownLink);
        setFocusPolicy(Qt::StrongFocus);
    }
    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    // Transparent: the chart sits on whatever its parent paints (a group box, a dialog).
    d->view->setBackgroundBrush(Qt::NoBrush);
    d->view->viewport()->setAutoFillBackground(false);
    if (kind == Kind::TimeSeries) {
        d->view->setMouseTracking(true);
        d->view->viewport()->setMouseTracking(true);
        d->view->viewport()->installEventFilter(this);
        d->view->setFocusPolicy(Qt::NoFocus);
        d->hoverLine = new QGraphicsLineItem(d->chart);
        d->hoverLine->setZValue(1000);
        d->hoverLine->hide();
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    applyTheme();
}

ChartWidget::~ChartWidget() = default;

ChartWidget::Kind ChartWidget::kind() const
{
    return d->kind;
}

void ChartWidget::setModel(QAbstractItemModel *model, int labelColumn, int valueColumn, int valueRole, int includeRole)
{
    Q_ASSERT(d->kind == Kind::Pie);
    d->labelColumn = labelColumn;
    d->valueColumn = valueColumn;
    d->valueRole = valueRole;
    d->includeRole = includeRole;
    watchModel(model, &ChartWidget::rebuild);
    rebuild();
}

void ChartWidget::watchModel(QAbstractItemModel *model, void (ChartWidget::*onChange)())
{
    if (d->model)
        disconnect(d->model, nullptr, this, nullptr);
    d->model = model;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, onChange);
    connect(model, &QAbstractItemModel::layoutChanged, this, onChange);
    connect(model, &QAbstractItemModel::dataChanged, this, onChange);
    connect(model, &QAbstractItemModel::rowsInserted, this, onChange);
    connect(model, &QAbstractItemModel::rowsRemoved, this, onChange);
}

void ChartWidget::setTimeSeries(QAbstractItemModel *model, const QVector<Series> &series, TimeRoles roles)
{
    Q_ASSERT(d->kind == Kind::TimeSeries);
    d->series = series;
    d->roles = roles;
    // A tick changes a few rows; one redraw after all of them.
    watchModel(model, &ChartWidget::scheduleRebuild);
    createSeries();
    rebuild();
}

void ChartWidget::setValueUnits(MetricUnit left, MetricUnit right)
{
    d->leftUnit = left;
    d->rightUnit = right;
    scheduleRebuild();
}

void ChartWidget::setTimeLink(ChartTimeLink *link)
{
    if (d->link)
        disconnect(d->link, nullptr, this, nullptr);
    d->link = link ? link : d->ownLink;
    if (!d->link)
        return;
    connect(d->link, &ChartTimeLink::rangeChanged, this, &ChartWidget::scheduleRebuild);
    connect(d->link, &ChartTimeLink::hoverChanged, this, &ChartWidget::updateHoverLine);
    scheduleRebuild();
}

ChartTimeLink *ChartWidget::timeLink() const
{
    return d->link;
}

void ChartWidget::setSeriesVisible(int i, bool visible)
{
    if (i < 0 || i >= d->series.size() || d->series.at(i).visible == visible)
        return;
    d->series[i].visible = visible;
    if (i < d->lines.size()) {
        const Private::Line &l = d->lines.at(i);
        l.line->setVisible(visible);
        if (l.area)
            l.area->setVisible(visible);
        // A hidden series hides its legend entry too; keep the entry, dimmed, to click again.
        const QList<QLegendMarker *> markers = d->chart->legend()->markers(l.line);
        for (QLegendMarker *m : markers) {
            m->setVisible(true);
            QColor c = palette().color(QPalette::WindowText);
            c.setAlphaF(visible ? 1.0 : 0.4);
            m->setLabelBrush(c);
        }
        if (l.area) {
            for (QLegendMarker *m : d->chart->legend()->markers(l.area))
                m->setVisible(false);
        }
    }
    emit seriesVisibilityChanged(i, visible);
    scheduleRebuild(); // the value axis fits what is shown
}

bool ChartWidget::isSeriesVisible(int i) const
{
    return i >= 0 && i < d->series.size() && d->series.at(i).visible;
}

void ChartWidget::setTitle(const QString &title)
{
    d->chart->setTitle(title);
}

QString ChartWidget::title() const
{
    return d->chart->title();
}

void ChartWidget::setStale(bool stale)
{
    d->stale = stale;
    d->chart->setOpacity(stale ? 0.45 : 1.0);
    applyTheme();
}

void ChartWidget::scheduleRebuild()
{
    if (d->queued)
        return;
    d->queued = true;
    QTimer::singleShot(0, this, [this] {
        d->queued = false;
        rebuild();
    });
}

void ChartWidget::rebuild()
{
    if (d->kind == Kind::Pie)
        rebuildPie();
    else
        rebuildTimeSeries();
}

void ChartWidget::rebuildPie()
{
    const QVector<Private::Part> parts = d->parts();
    const QList<QPieSlice *> slices = d->pie->slices();
    // Same slices as before: update in place, so colours and hover state stay put.
    bool same = slices.size() == parts.size();
    for (int i = 0; same && i < parts.size(); ++i)
        same = slices.at(i)->property("beamtopKey").toString() == parts.at(i).label;
    if (!same) {
        d->pie->clear();
        for (const Private::Part &p : parts) {
            auto *slice = d->pie->append(p.label, p.value);
            slice->setProperty("beamtopKey", p.label);
            connect(slice, &QPieSlice::hovered, this, [this, slice](bool on) {
                slice->setExploded(on);
                slice->setExplodeDistanceFactor(0.04);
                if (on)
                    QToolTip::showText(QCursor::pos(), slice->property("beamtopTip").toString(), d->view);
                else
                    QToolTip::hideText();
            });
        }
    }
    const QList<QPieSlice *> now = d->pie->slices();
    for (int i = 0; i < parts.size(); ++i) {
        QPieSlice *slice = now.at(i);
        slice->setValue(parts.at(i).value);
        slice->setProperty("beamtopTip", parts.at(i).tooltip);
    }
    // Legend labels carry the share, which the model does not know for the parts alone.
    const double sum = d->pie->sum();
    for (int i = 0; i < parts.size(); ++i) {
        const double share = sum > 0 ? parts.at(i).value / sum : 0.0;
        now.at(i)->setLabel(tr("%1 (%2 %)").arg(parts.at(i).label, QLocale().toString(share * 100.0, 'f', 1)));
    }
    if (!same)
        applyTheme();
}

void ChartWidget::createSeries()
{
    d->chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = d->chart->axes();
    for (QAbstractAxis *a : axes) {
        d->chart->removeAxis(a);
        delete a;
    }
    d->lines.clear();
    d->timeAxis = new QDateTimeAxis;
    d->timeAxis->setTickCount(5);
    d->chart->addAxis(d->timeAxis, Qt::AlignBottom);
    d->leftAxis = new QValueAxis;
    d->leftAxis->setTickCount(5);
    d->chart->addAxis(d->leftAxis, Qt::AlignLeft);
    d->rightAxis = nullptr;
    for (const Series &s : qAsConst(d->series)) {
        if (s.rightAxis && !d->rightAxis) {
            d->rightAxis = new QValueAxis;
            d->rightAxis->setTickCount(5);
            d->chart->addAxis(d->rightAxis, Qt::AlignRight);
        }
    }
    const bool envelopes = d->series.size() <= MaxSeriesWithEnvelope;
    for (int i = 0; i < d->series.size(); ++i) {
        const Series &s = d->series.at(i);
        QValueAxis *valueAxis = s.rightAxis ? d->rightAxis : d->leftAxis;
        Private::Line l;
        if (envelopes) {
            // Behind the line: added first.
            l.area = new QAreaSeries(new QLineSeries, new QLineSeries);
            l.area->setName(s.label);
            d->chart->addSeries(l.area);
            l.area->attachAxis(d->timeAxis);
            l.area->attachAxis(valueAxis);
        }
        l.line = new QLineSeries;
        l.line->setName(s.label);
        d->chart->addSeries(l.line);
        l.line->attachAxis(d->timeAxis);
        l.line->attachAxis(valueAxis);
        d->lines.append(l);
        const QList<QLegendMarker *> markers = d->chart->legend()->markers(l.line);
        for (QLegendMarker *m : markers)
            connect(m, &QLegendMarker::clicked, this, [this, i] { setSeriesVisible(i, !isSeriesVisible(i)); });
        if (l.area) {
            for (QLegendMarker *m : d->chart->legend()->markers(l.area))
                m->setVisible(false);
        }
    }
    d->chart->legend()->setVisible(isLegendShown());
    for (int i = 0; i < d->series.size(); ++i) {
        if (!d->series.at(i).visible) {
            d->series[i].visible = true;
            setSeriesVisible(i, false);
        }
    }
    applyTheme();
}

void ChartWidget::rebuildTimeSeries()
{
    if (!isVisible()) {
        d->dirty = true; // drawn when shown
        return;
    }
    d->dirty = false;
    const qint64 from = d->link ? d->link->from() : 0;
    const qint64 to = d->link ? d->link->to() : 0;
    QAbstractItemModel *m = d->model;
    const int rows = m ? m->rowCount() : 0;
    d->times.resize(rows);
    for (int r = 0; r < rows; ++r)
        d->times[r] = m->index(r, 0).data(d->roles.time).toLongLong();

    // Raw values first: the axes' units depend on how large the shown values are.
    struct Values
    {
        QVector<double> mean, min, max;
        bool envelope = false;
    };
    QVector<Values> values(d->lines.size());
    double maxLeft = 0, maxRight = 0, minLeft = 0, minRight = 0;
    for (int i = 0; i < d->lines.size() && m; ++i) {
        const Series &s = d->series.at(i);
        Values &v = values[i];
        v.mean.resize(rows);
        v.min.resize(rows);
        v.max.resize(rows);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex idx = m->index(r, s.column);
            const QVariant raw = idx.data(d->roles.value);
            const double y = raw.isValid() ? raw.toDouble() : std::nan("");
            v.mean[r] = y;
            v.min[r] = d->roles.min >= 0 && idx.data(d->roles.min).isValid() ? idx.data(d->roles.min).toDouble() : y;
            v.max[r] = d->roles.max >= 0 && idx.data(d->roles.max).isValid() ? idx.data(d->roles.max).toDouble() : y;
            if (d->roles.samples >= 0 && idx.data(d->roles.samples).toInt() > 1)
                v.envelope = true;
            if (!s.visible || std::isnan(y) || d->times.at(r) < from - (to - from) / 20 || d->times.at(r) > to)
                continue;
            double &hi = s.rightAxis ? maxRight : maxLeft;
            double &lo = s.rightAxis ? minRight : minLeft;
            hi = qMax(hi, std::isnan(v.max[r]) ? y : v.max[r]);
            lo = qMin(lo, std::isnan(v.min[r]) ? y : v.min[r]);
        }
    }
    const AxisScale left = scaleFor(d->leftUnit, qMax(std::fabs(maxLeft), std::fabs(minLeft)));
    const AxisScale right = scaleFor(d->rightUnit, qMax(std::fabs(maxRight), std::fabs(minRight)));
    for (int i = 0; i < d->lines.size(); ++i) {
        const AxisScale &sc = d->series.at(i).rightAxis ? right : left;
        Private::Line &l = d->lines[i];
        const Values &v = values.at(i);
        QList<QPointF> points, upper, lower;
        points.reserve(rows);
        for (int r = 0; r < rows && m; ++r) {
            if (std::isnan(v.mean.at(r)))
                continue; // no value: the line bridges the gap
            const double x = double(d->times.at(r));
            points.append({x, v.mean.at(r) / sc.divisor});
            if (l.area && v.envelope) {
                upper.append({x, v.max.at(r) / sc.divisor});
                lower.append({x, v.min.at(r) / sc.divisor});
            }
        }
        l.line->replace(points);
        l.points = int(points.size());
        if (l.area) {
            l.area->upperSeries()->replace(upper);
            l.area->lowerSeries()->replace(lower);
            l.area->setVisible(d->series.at(i).visible && !upper.isEmpty());
        }
    }
    auto fit = [](QValueAxis *axis, const AxisScale &sc, MetricUnit unit, double lo, double hi) {
        if (!axis)
            return;
        double top = unit == MetricUnit::Ratio ? 100.0 : niceCeiling(hi / sc.divisor * 1.05);
        if (unit == MetricUnit::Ratio && hi > 1.0)
            top = niceCeiling(hi / sc.divisor);
        const double bottom = lo < 0 ? -niceCeiling(-lo / sc.divisor * 1.05) : 0.0;
        axis->setRange(bottom, top);
        const double step = (top - bottom) / 4;
        axis->setLabelFormat(step >= 1 || step == 0 ? QStringLiteral("%.0f") : step >= 0.1 ? QStringLiteral("%.1f") : QStringLiteral("%.2f"));
        axis->setTitleText(sc.unit);
    };
    fit(d->leftAxis, left, d->leftUnit, minLeft, maxLeft);
    fit(d->rightAxis, right, d->rightUnit, minRight, maxRight);
    applyRange();
    updateHoverLine();
}

void ChartWidget::applyRange()
{
    if (!d->timeAxis || !d->link)
        return;
    const qint64 from = d->link->from(), to = d->link->to();
    d->timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(qMax(to, from + 1)));
    const qint64 span = to - from;
    d->timeAxis->setFormat(span <= 15 * 60 * 1000 ? QStringLiteral("HH:mm:ss")
                           : span <= 24 * 3600 * 1000 ? QStringLiteral("HH:mm")
                                                      : QStringLiteral("dd HH:mm"));
}

void ChartWidget::updateHoverLine()
{
    if (!d->hoverLine)
        return;
    const qint64 t = d->link ? d->link->hoverMs() : -1;
    if (t < 0 || d->lines.isEmpty() || t < d->link->from() || t > d->link->to()) {
        d->hoverLine->hide();
        return;
    }
    const QRectF area = d->chart->plotArea();
    const double x = d->chart->mapToPosition(QPointF(double(t), 0), d->lines.first().line).x();
    d->hoverLine->setLine(x, area.top(), x, area.bottom());
    d->hoverLine->show();
}

QString ChartWidget::hoverText(qint64 timeMs) const
{
    QAbstractItemModel *m = d->model;
    if (d->kind != Kind::TimeSeries || !m || d->times.isEmpty())
        return {};
    const int row = d->rowNear(timeMs);
    if (row < 0 || row >= m->rowCount())
        return {};
    QStringList lines{m->index(row, 0).data(Qt::ToolTipRole).toString()};
    struct Item
    {
        double value;
        QString text;
    };
    QVector<Item> items;
    for (const Series &s : qAsConst(d->series)) {
        if (!s.visible)
            continue;
        const QModelIndex idx = m->index(row, s.column);
        const QVariant raw = idx.data(d->roles.value);
        const QString text = raw.isValid() ? idx.data(Qt::ToolTipRole).toString() : tr("no value");
        items.append({raw.isValid() ? raw.toDouble() : -1e300,
                      tr("%1: %2").arg(s.longLabel.isEmpty() ? s.label : s.longLabel, text)});
    }
    if (items.size() > MaxSeriesInHoverText) {
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.value > b.value; });
        const int more = int(items.size()) - MaxSeriesInHoverText;
        items.resize(MaxSeriesInHoverText);
        items.append({0, tr("… and %n more", nullptr, more)});
    }
    for (const Item &i : qAsConst(items))
        lines.append(i.text);
    return lines.join(QLatin1Char('\n'));
}

bool ChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != d->view->viewport() || d->kind != Kind::TimeSeries || !d->link || d->lines.isEmpty())
        return QWidget::eventFilter(watched, event);
    QLineSeries *ref = d->lines.first().line;
    auto timeAt = [&](const QPointF &pos) { return qint64(d->chart->mapToValue(pos, ref).x()); };
    switch (event->type()) {
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        const QPointF pos = e->position();
        if (d->dragging) {
            const double width = d->chart->plotArea().width();
            if (width > 0)
                d->link->pan(-qint64((pos.x() - d->dragFrom.x()) / width * double(d->link->span())));
            d->dragFrom = pos;
            return true;
        }
        if (!d->chart->plotArea().contains(pos)) {
            d->link->setHover(-1);
            QToolTip::hideText();
            return false;
        }
        const qint64 t = timeAt(pos);
        d->link->setHover(t);
        QToolTip::showText(e->globalPosition().toPoint(), hoverText(t), d->view->viewport());
        return false;
    }
    case QEvent::Leave:
        d->link->setHover(-1);
        QToolTip::hideText();
        return false;
    case QEvent::Wheel: {
        auto *e = static_cast<QWheelEvent *>(event);
        const int steps = e->angleDelta().y();
        if (steps == 0)
            return false;
        d->link->zoom(steps > 0 ? 0.8 : 1.25, timeAt(e->position()));
        emit activated();
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        setFocus(Qt::MouseFocusReason);
        emit activated();
        if (e->button() == Qt::LeftButton && d->chart->plotArea().contains(e->position())) {
            d->dragging = true;
            d->dragFrom = e->position();
            d->view->viewport()->setCursor(Qt::ClosedHandCursor);
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonRelease:
        if (d->dragging) {
            d->dragging = false;
            d->view->viewport()->unsetCursor();
            return true;
        }
        return false;
    case QEvent::MouseButtonDblClick:
        d->link->goLive();
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void ChartWidget::keyPressEvent(QKeyEvent *event)
{
    if (d->kind != Kind::TimeSeries || !d->link)
        return QWidget::keyPressEvent(event);
    const qint64 step = d->link->span() / 4;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        d->link->zoom(0.5);
        break;
    case Qt::Key_Minus:
        d->link->zoom(2.0);
        break;
    case Qt::Key_Left:
        d->link->pan(-step);
        break;
    case Qt::Key_Right:
        d->link->pan(step);
        break;
    case Qt::Key_Home:
    case Qt::Key_End:
        d->link->goLive();
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void ChartWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (d->dirty)
        scheduleRebuild();
}

void ChartWidget::applyTheme()
{
    const QPalette pal = palette();
    // The theme picks series colours that suit a light or dark background; the background
    // itself and the text come from the palette, so the chart sits on the page like a widget.
    const QChart::ChartTheme theme = Accents::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (d->chart->theme() != theme)
        d->chart->setTheme(theme);
    d->chart->setBackgroundVisible(false);
    d->chart->setPlotAreaBackgroundVisible(false);
    const QColor text = pal.color(QPalette::WindowText);
    d->chart->legend()->setLabelColor(text);
    d->chart->setTitleBrush(text);
    QFont legendFont = font();
    d->chart->legend()->setFont(legendFont);
    QFont titleFont = font();
    titleFont.setBold(true);
    d->chart->setTitleFont(titleFont);
    if (d->pie) {
        const QList<QPieSlice *> slices = d->pie->slices();
        for (QPieSlice *slice : slices) {
            slice->setBorderColor(pal.color(QPalette::Window));
            slice->setBorderWidth(1);
        }
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QColor grid = text;
    grid.setAlphaF(0.12);
    const QList<QAbstractAxis *> axes = d->chart->axes();
    for (QAbstractAxis *a : axes) {
        a->setLabelsBrush(text);
        a->setLabelsFont(small);
        a->setTitleBrush(text);
        a->setTitleFont(small);
        a->setGridLineColor(grid);
        a->setLinePenColor(grid);
    }
    for (int i = 0; i < d->lines.size(); ++i) {
        const Private::Line &l = d->lines.at(i);
        QPen pen = l.line->pen();
        pen.setWidthF(1.5);
        l.line->setPen(pen);
        if (l.area) {
            QColor band = l.line->color();
            band.setAlphaF(0.22);
            l.area->setBrush(band);
            l.area->setPen(Qt::NoPen);
        }
        if (!d->series.at(i).visible) {
            for (QLegendMarker *m : d->chart->legend()->markers(l.line)) {
                QColor c = text;
                c.setAlphaF(0.4);
                m->setLabelBrush(c);
            }
        }
    }
    if (d->hoverLine) {
        QColor c = text;
        c.setAlphaF(0.45);
        d->hoverLine->setPen(QPen(c, 1, Qt::DashLine));
    }
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    emit activated();
    QMenu *menu = createContextMenu(this);
    menu->exec(event->globalPos());
    delete menu;
}

bool ChartWidget::isLegendShown() const
{
    return d->kind == Kind::TimeSeries && d->series.size() > 1 && d->series.size() <= MaxSeriesInLegend;
}

QMenu *ChartWidget::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QAction *save = menu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save Chart as Image…"), this,
                                    &ChartWidget::saveAs);
    save->setObjectName(QStringLiteral("saveChart"));
    if (d->kind == Kind::TimeSeries && d->link) {
        menu->addSeparator();
        menu->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom In"), this, [this] { d->link->zoom(0.5); });
        menu->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom Out"), this, [this] { d->link->zoom(2.0); });
        QAction *live = menu->addAction(QIcon::fromTheme(QStringLiteral("go-last")), tr("Follow the Newest Data"), this,
                                        [this] { d->link->goLive(); });
        live->setEnabled(!d->link->isLive() || d->link->liveSpanMs() < d->link->maximumSpanMs());
    }
    if (d->kind == Kind::TimeSeries && d->series.size() > 1) {
        menu->addSeparator();
        if (!isLegendShown()) {
            // Too many lines for a legend: the menu lists them instead, each to show or hide.
            QMenu *lines = menu->addMenu(tr("Lines"));
            lines->setObjectName(QStringLiteral("chartLines"));
            lines->addAction(tr("Hide All Lines"), this, [this] {
                for (int i = 0; i < d->series.size(); ++i)
                    setSeriesVisible(i, false);
            });
            lines->addSeparator();
            for (int i = 0; i < d->series.size(); ++i) {
                const Series &s = d->series.at(i);
                QAction *a = lines->addAction(s.longLabel.isEmpty() ? s.label : s.longLabel);
                a->setCheckable(true);
                a->setChecked(s.visible);
                a->setData(i);
                connect(a, &QAction::toggled, this, [this, i](bool on) { setSeriesVisible(i, on); });
            }
            // "Hide All Lines" and the legend-less toggles stay in step while the menu is open.
            connect(this, &ChartWidget::seriesVisibilityChanged, lines, [lines](int series, bool visible) {
                for (QAction *a : lines->actions()) {
                    if (a->isCheckable() && a->data().toInt() == series)
                        a->setChecked(visible);
                }
            });
        }
        menu->addAction(tr("Show All Lines"), this, [this] {
            for (int i = 0; i < d->series.size(); ++i)
                setSeriesVisible(i, true);
        });
    }
    return menu;
}

void ChartWidget::saveAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = d->chart->title().isEmpty() ? QStringLiteral("beamtop-chart") : QStringLiteral("beamtop-") + d->chart->title();
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString path = ExportFile::askSavePath(this, tr("Save Chart"), dir + QLatin1Char('/') + name.toLower() + QStringLiteral(".png"),
                                                 {{tr("PNG image"), QStringLiteral("png")}, {tr("SVG image"), QStringLiteral("svg")}});
    if (path.isEmpty())
        return;
    if (!saveImage(path))
        QToolTip::showText(QCursor::pos(), tr("Could not write %1. Check that the folder exists and is writable.").arg(path), this);
}

bool ChartWidget::saveImage(const QString &path) const
{
    // On screen the chart is transparent; a saved image gets the window colour behind it.
    const QSize size = d->view->size().isEmpty() ? sizeHint() : d->view->size();
    const QColor background = palette().color(QPalette::Window);
    if (d->hoverLine)
        d->hoverLine->hide(); // the image shows the data, not where the mouse was
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(d->chart->title());
        svg.setDescription(tr("Saved by Beamtop"));
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        painter.fillRect(QRect(QPoint(0, 0), size), background);
        d->view->QWidget::render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        return painter.end() && QFileInfo(path).size() > 0;
    }
    const qreal dpr = devicePixelRatioF();
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(background);
    QPainter painter(&image);
    d->view->QWidget::render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return image.save(path);
}

int ChartWidget::partCount() const
{
    return d->pie ? int(d->pie->count()) : 0;
}

QString ChartWidget::partLabel(int i) const
{
    if (!d->pie)
        return {};
    const QList<QPieSlice *> s = d->pie->slices();
    return i >= 0 && i < s.size() ? s.at(i)->property("beamtopKey").toString() : QString();
}

double ChartWidget::partValue(int i) const
{
    if (!d->pie)
        return 0.0;
    const QList<QPieSlice *> s = d->pie->slices();
    return i >= 0 && i < s.size() ? s.at(i)->value() : 0.0;
}

int ChartWidget::seriesCount() const
{
    return int(d->series.size());
}

QString ChartWidget::seriesLabel(int i) const
{
    return i >= 0 && i < d->series.size() ? d->series.at(i).label : QString();
}

int ChartWidget::pointCount(int i) const
{
    return i >= 0 && i < d->lines.size() ? d->lines.at(i).points : 0;
}

QSize ChartWidget::sizeHint() const
{
    return d->kind == Kind::Pie ? QSize(420, 240) : QSize(460, 230);
}

QSize ChartWidget::minimumSizeHint() const
{
    return d->kind == Kind::Pie ? QSize(260, 180) : QSize(280, 170);
}

} // namespace beamtop
