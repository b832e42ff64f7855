// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QVector>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QMenu;

namespace beamtop {

class ChartTimeLink;

// Beamtop's one chart widget. Qt Charts is deprecated (Qt 6.10), so every QChart stays inside
// this class and the two halves it delegates to (PieChartView, TimeSeriesChartView; the axis
// arithmetic is ChartAxis's, with no chart type): the rest of the code gives it a model and
// never sees a chart type. It follows the palette (light/dark), greys out when the data is
// stale, and saves itself as PNG or SVG from its context menu.
//
// Two kinds:
//  * Pie: one slice per included row of a model.
//  * TimeSeries: rows of a model are points in time, chosen columns are lines. Points that
//    stand for several samples draw their min–max envelope behind the line, so a peak shows
//    even when a long range is downsampled. Charts given the same ChartTimeLink share one time
//    axis: the wheel zooms, dragging pans, a double-click (or Home) goes back to the newest
//    data, and hovering shows every line's exact value at that time in all of them. Clicking a
//    legend entry hides or shows its line; without a legend (too many lines) the context menu
//    lists them.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Pie, TimeSeries };
    // Beyond this many lines a legend would cover the chart: it is hidden, and the context menu
    // lists the lines to show or hide instead (the hover text still names them).
    static constexpr int MaxSeriesInLegend = 12;

    // A line of a time series chart.
    struct Series
    {
        int column = 0;
        QString label;          // in the legend
        bool rightAxis = false; // on a second value axis, for another unit
        bool visible = true;
        QString longLabel;      // in the hover text; empty: the label
    };
    // A moment marked on a time series chart with a vertical line across the plot (an alert
    // that fired or resolved), in the warning or critical accent.
    struct Marker
    {
        qint64 timeMs = 0;
        bool critical = false;
        bool dashed = false; // resolved: dashed; fired: solid
        QString text;        // the line's tooltip
    };
    // At most this many markers are drawn (the newest).
    static constexpr int MaxMarkers = 200;

    // Where a time series chart finds its numbers in the model.
    struct TimeRoles
    {
        int time = Qt::UserRole;  // ms since the epoch (UTC), on any column
        int value = Qt::UserRole; // the point's value (invalid: no value)
        int min = -1;             // the least and greatest value the point stands for
        int max = -1;
        int samples = -1;         // how many samples; more than 1 draws the envelope
    };

    explicit ChartWidget(Kind kind, QWidget *parent = nullptr);
    ~ChartWidget() override;

    Kind kind() const;

    // Pie: rows of model become slices: the label from labelColumn's DisplayRole, the value
    // from valueColumn's valueRole (a number), the tooltip from valueColumn's DisplayRole. With
    // includeRole >= 0, only rows whose includeRole data is true take part.
    void setModel(QAbstractItemModel *model, int labelColumn, int valueColumn, int valueRole, int includeRole = -1);

    // Time series. Hover text comes from the model's ToolTipRole (exact values).
    void setTimeSeries(QAbstractItemModel *model, const QVector<Series> &series, TimeRoles roles);
    // How the value axes read: percent for ratios, KiB/MiB/GiB for bytes, and so on.
    void setValueUnits(MetricUnit left, MetricUnit right = MetricUnit::Count);
    // Shares the time axis with every chart on the same link. Without one the chart keeps its own.
    void setTimeLink(ChartTimeLink *link);
    ChartTimeLink *timeLink() const;
    void setSeriesVisible(int series, bool visible);
    bool isSeriesVisible(int series) const;
    // Replaces the time series chart's markers; those outside the time axis are not drawn.
    void setMarkers(const QVector<Marker> &markers);
    QVector<Marker> markers() const;
    // For tests: how many markers are drawn now (inside the range shown).
    int shownMarkerCount() const;
    // A time series chart of 2 to MaxSeriesInLegend lines has a legend that toggles them.
    bool isLegendShown() const;
    // What right-clicking offers (save, zoom, the lines when there is no legend); the caller
    // owns it. Public for File menus and tests.
    QMenu *createContextMenu(QWidget *parent);

    void setTitle(const QString &title);
    QString title() const;
    void setStale(bool stale);

    // By suffix: .svg writes SVG, anything else a PNG. Returns false if the file could not be written.
    bool saveImage(const QString &path) const;
    // Asks where (PNG or SVG), then saves.
    void saveAs();

    // For tests: the parts as shown.
    int partCount() const;
    QString partLabel(int i) const;
    double partValue(int i) const;
    int seriesCount() const;
    QString seriesLabel(int series) const;
    int pointCount(int series) const;
    // What hovering at this time shows (the exact values, from the model).
    QString hoverText(qint64 timeMs) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seriesVisibilityChanged(int series, bool visible);
    // The user pointed at this chart (clicked, opened its menu): the one File ▸ Export saves.
    void activated();

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Stops watching the previous model and calls onChange on every change of this one.
    void watchModel(QAbstractItemModel *model, void (ChartWidget::*onChange)());
    void rebuild();
    void scheduleRebuild();
    void applyTheme();
    void placeMarkers();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace beamtop
