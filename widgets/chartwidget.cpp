#include "chartwidget.h"

#include "accents.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QImage>
#include <QLegend>
#include <QMenu>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointer>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>

namespace beamtop {

struct ChartWidget::Private
{
    Kind kind = Kind::Pie;
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QPieSeries *pie = nullptr;
    QPointer<QAbstractItemModel> model;
    int labelColumn = 0;
    int valueColumn = 1;
    int valueRole = Qt::DisplayRole;
    int includeRole = -1;
    bool stale = false;
    QVector<QString> tooltips;

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
            out.append({label, qMax(0.0, v.data(valueRole).toDouble()), label + QStringLiteral(": ") + text});
        }
        return out;
    }
};

ChartWidget::ChartWidget(Kind kind, QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->kind = kind;
    d->chart = new QChart;
    d->chart->setMargins(QMargins(0, 0, 0, 0));
    d->chart->setBackgroundRoundness(0);
    d->chart->legend()->setAlignment(Qt::AlignRight);
    d->chart->legend()->setShowToolTips(true);
    d->pie = new QPieSeries;
    d->pie->setPieSize(0.85);
    d->chart->addSeries(d->pie);
    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    // Transparent: the chart sits on whatever its parent paints (a group box, a dialog).
    d->view->setBackgroundBrush(Qt::NoBrush);
    d->view->viewport()->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    applyTheme();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setModel(QAbstractItemModel *model, int labelColumn, int valueColumn, int valueRole, int includeRole)
{
    if (d->model)
        disconnect(d->model, nullptr, this, nullptr);
    d->model = model;
    d->labelColumn = labelColumn;
    d->valueColumn = valueColumn;
    d->valueRole = valueRole;
    d->includeRole = includeRole;
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &ChartWidget::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ChartWidget::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartWidget::rebuild);
        connect(model, &QAbstractItemModel::modelReset, this, &ChartWidget::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ChartWidget::rebuild);
    }
    rebuild();
}

void ChartWidget::setTitle(const QString &title)
{
    d->chart->setTitle(title);
}

void ChartWidget::setStale(bool stale)
{
    d->stale = stale;
    d->chart->setOpacity(stale ? 0.45 : 1.0);
    applyTheme();
}

void ChartWidget::rebuild()
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

void ChartWidget::applyTheme()
{
    const QPalette pal = palette();
    // The theme picks slice colours that suit a light or dark background; the background
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
    const QList<QPieSlice *> slices = d->pie->slices();
    for (QPieSlice *slice : slices) {
        slice->setBorderColor(pal.color(QPalette::Window));
        slice->setBorderWidth(1);
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
    QMenu menu(this);
    menu.addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save chart as…"), this, &ChartWidget::saveAs);
    menu.exec(event->globalPos());
}

void ChartWidget::saveAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), dir + QStringLiteral("/beamtop-chart.png"),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    saveImage(path);
}

bool ChartWidget::saveImage(const QString &path) const
{
    // On screen the chart is transparent; a saved image gets the window colour behind it.
    const QSize size = d->view->size();
    const QColor background = palette().color(QPalette::Window);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(d->chart->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        painter.fillRect(QRect(QPoint(0, 0), size), background);
        d->view->QWidget::render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        return painter.end();
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
    return int(d->pie->count());
}

QString ChartWidget::partLabel(int i) const
{
    const QList<QPieSlice *> s = d->pie->slices();
    return i >= 0 && i < s.size() ? s.at(i)->property("beamtopKey").toString() : QString();
}

double ChartWidget::partValue(int i) const
{
    const QList<QPieSlice *> s = d->pie->slices();
    return i >= 0 && i < s.size() ? s.at(i)->value() : 0.0;
}

QSize ChartWidget::sizeHint() const
{
    return {420, 240};
}

QSize ChartWidget::minimumSizeHint() const
{
    return {260, 180};
}

} // namespace beamtop
