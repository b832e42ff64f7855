// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"

#include "accents.h"
#include "charttimelink.h"
#include "filechooser.h"
#include "piechartview.h"
#include "timeserieschartview.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCursor>
#include <QEvent>
#include <QFileInfo>
#include <QGraphicsLineItem>
#include <QImage>
#include <QKeyEvent>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace beamtop {

// What both kinds share: the chart, its view, the model watched, the link, the title, the
// theme and saving. The kind's own drawing is in pie or timeSeries (exactly one is set).
struct ChartWidget::Private
{
    Kind kind = Kind::Pie;
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QPointer<QAbstractItemModel> model; // watched for changes
    bool stale = false;
    std::unique_ptr<PieChartView> pie;
    std::unique_ptr<TimeSeriesChartView> timeSeries;
    QPointer<ChartTimeLink> link;
    ChartTimeLink *ownLink = nullptr;
    bool dirty = false;
    bool queued = false;
    QVector<Marker> markers;
    QVector<QGraphicsLineItem *> markerLines; // one per marker, owned by the chart
};

ChartWidget::ChartWidget(Kind kind, QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->kind = kind;
    d->chart = new QChart;
    d->chart->setMargins(QMargins(0, 0, 0, 0));
    d->chart->setBackgroundRoundness(0);
    d->chart->legend()->setShowToolTips(true);
    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    // Transparent: the chart sits on whatever its parent paints (a group box, a dialog).
    d->view->setBackgroundBrush(Qt::NoBrush);
    d->view->viewport()->setAutoFillBackground(false);
    if (kind == Kind::Pie) {
        d->pie = std::make_unique<PieChartView>(d->chart, d->view);
    } else {
        d->timeSeries = std::make_unique<TimeSeriesChartView>(d->chart, d->view, this);
        connect(d->timeSeries.get(), &TimeSeriesChartView::seriesVisibilityChanged, this,
                &ChartWidget::seriesVisibilityChanged);
        connect(d->timeSeries.get(), &TimeSeriesChartView::activated, this, &ChartWidget::activated);
        connect(d->timeSeries.get(), &TimeSeriesChartView::rebuildNeeded, this, &ChartWidget::scheduleRebuild);
        d->ownLink = new ChartTimeLink(this);
        setTimeLink(d->ownLink);
        setFocusPolicy(Qt::StrongFocus);
        // Markers follow the plot when it moves (a resize, a longer axis label).
        connect(d->chart, &QChart::plotAreaChanged, this, &ChartWidget::placeMarkers);
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
    if (!d->pie)
        return;
    d->pie->setModel(model, labelColumn, valueColumn, valueRole, includeRole);
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
    if (!d->timeSeries)
        return;
    // A tick changes a few rows; one redraw after all of them.
    watchModel(model, &ChartWidget::scheduleRebuild);
    d->timeSeries->setModel(model, series, roles);
    applyTheme();
    rebuild();
}

void ChartWidget::setValueUnits(MetricUnit left, MetricUnit right)
{
    if (d->timeSeries)
        d->timeSeries->setValueUnits(left, right);
    scheduleRebuild();
}

void ChartWidget::setTimeLink(ChartTimeLink *link)
{
    if (d->link)
        disconnect(d->link, nullptr, this, nullptr);
    d->link = link ? link : d->ownLink;
    if (d->timeSeries)
        d->timeSeries->setTimeLink(d->link);
    if (!d->link)
        return;
    connect(d->link, &ChartTimeLink::rangeChanged, this, &ChartWidget::scheduleRebuild);
    scheduleRebuild();
}

ChartTimeLink *ChartWidget::timeLink() const
{
    return d->link;
}

void ChartWidget::setSeriesVisible(int i, bool visible)
{
    if (d->timeSeries)
        d->timeSeries->setSeriesVisible(i, visible);
}

bool ChartWidget::isSeriesVisible(int i) const
{
    return d->timeSeries && d->timeSeries->isSeriesVisible(i);
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
    if (d->pie) {
        if (d->pie->rebuild())
            applyTheme();
        return;
    }
    if (!isVisible()) {
        d->dirty = true; // drawn when shown
        return;
    }
    d->dirty = false;
    d->timeSeries->rebuild();
    placeMarkers();
}

void ChartWidget::setMarkers(const QVector<Marker> &markers)
{
    if (!d->timeSeries)
        return;
    d->markers = markers.size() > MaxMarkers ? markers.mid(markers.size() - MaxMarkers) : markers;
    while (d->markerLines.size() > d->markers.size())
        delete d->markerLines.takeLast();
    while (d->markerLines.size() < d->markers.size()) {
        auto *line = new QGraphicsLineItem(d->chart);
        line->setZValue(900); // above the lines, below the hover line
        d->markerLines.append(line);
    }
    applyTheme();
    placeMarkers();
}

QVector<ChartWidget::Marker> ChartWidget::markers() const
{
    return d->markers;
}

int ChartWidget::shownMarkerCount() const
{
    int n = 0;
    for (const QGraphicsLineItem *l : d->markerLines)
        n += l->isVisible() ? 1 : 0;
    return n;
}

void ChartWidget::placeMarkers()
{
    const QList<QAbstractSeries *> series = d->chart->series();
    // Any line maps time to x: they all share the time axis.
    QAbstractSeries *ref = nullptr;
    for (QAbstractSeries *s : series) {
        if (qobject_cast<QLineSeries *>(s)) {
            ref = s;
            break;
        }
    }
    const QRectF area = d->chart->plotArea();
    const qint64 from = d->link ? d->link->from() : 0;
    const qint64 to = d->link ? d->link->to() : 0;
    for (int i = 0; i < d->markerLines.size(); ++i) {
        QGraphicsLineItem *line = d->markerLines.at(i);
        const qint64 t = d->markers.at(i).timeMs;
        if (!ref || t < from || t > to || area.isEmpty()) {
            line->hide();
            continue;
        }
        const double x = d->chart->mapToPosition(QPointF(double(t), 0), ref).x();
        line->setLine(x, area.top(), x, area.bottom());
        line->setToolTip(d->markers.at(i).text);
        line->show();
    }
}

QString ChartWidget::hoverText(qint64 timeMs) const
{
    return d->timeSeries ? d->timeSeries->hoverText(timeMs) : QString();
}

void ChartWidget::keyPressEvent(QKeyEvent *event)
{
    if (!d->timeSeries || !d->timeSeries->handleKey(event->key()))
        return QWidget::keyPressEvent(event);
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
    // Every colour from the palette and Accents, none from a built-in chart theme: the chart
    // sits on the page like a widget and follows a theme switch (changeEvent).
    d->chart->setBackgroundBrush(pal.color(QPalette::Window));
    d->chart->setBackgroundPen(Qt::NoPen);
    d->chart->setBackgroundVisible(false); // transparent: it sits on what its parent paints
    d->chart->setPlotAreaBackgroundBrush(pal.color(QPalette::Window));
    d->chart->setPlotAreaBackgroundVisible(false);
    const QColor text = pal.color(QPalette::WindowText);
    d->chart->legend()->setLabelColor(text);
    d->chart->legend()->setBrush(Qt::NoBrush);
    d->chart->legend()->setPen(Qt::NoPen);
    d->chart->setTitleBrush(text);
    QFont legendFont = font();
    d->chart->legend()->setFont(legendFont);
    QFont titleFont = font();
    titleFont.setBold(true);
    d->chart->setTitleFont(titleFont);
    if (d->pie)
        d->pie->applyTheme(pal);
    if (d->timeSeries)
        d->timeSeries->applyTheme(pal, font());
    for (int i = 0; i < d->markerLines.size(); ++i) {
        const Marker &m = d->markers.at(i);
        d->markerLines.at(i)->setPen(QPen(m.critical ? Accents::critical(pal) : Accents::warning(pal), 1.5,
                                          m.dashed ? Qt::DashLine : Qt::SolidLine));
    }
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
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
    return d->timeSeries && d->timeSeries->isLegendShown();
}

QMenu *ChartWidget::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QAction *save = menu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save Chart as Image…"), this,
                                    &ChartWidget::saveAs);
    save->setObjectName(QStringLiteral("saveChart"));
    if (d->timeSeries)
        d->timeSeries->addMenuActions(menu);
    return menu;
}

void ChartWidget::saveAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = d->chart->title().isEmpty() ? QStringLiteral("beamtop-chart") : QStringLiteral("beamtop-") + d->chart->title();
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString path = FileChooser::askSavePath(this, tr("Save Chart"), dir + QLatin1Char('/') + name.toLower() + QStringLiteral(".png"),
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
    if (d->timeSeries)
        d->timeSeries->hideHoverLine(); // the image shows the data, not where the mouse was
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
    return d->pie ? d->pie->count() : 0;
}

QString ChartWidget::partLabel(int i) const
{
    return d->pie ? d->pie->label(i) : QString();
}

double ChartWidget::partValue(int i) const
{
    return d->pie ? d->pie->value(i) : 0.0;
}

int ChartWidget::seriesCount() const
{
    return d->timeSeries ? d->timeSeries->seriesCount() : 0;
}

QString ChartWidget::seriesLabel(int i) const
{
    return d->timeSeries ? d->timeSeries->seriesLabel(i) : QString();
}

int ChartWidget::pointCount(int i) const
{
    return d->timeSeries ? d->timeSeries->pointCount(i) : 0;
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
