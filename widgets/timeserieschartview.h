// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QVector>

class QAbstractItemModel;
class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QFont;
class QGraphicsLineItem;
class QLineSeries;
class QMenu;
class QPalette;
class QValueAxis;

namespace beamtop {

class ChartTimeLink;

// ChartWidget's time series: rows of a model are points in time, chosen columns are lines,
// each with its min–max envelope; the shared time axis follows the link, which the wheel, a
// drag and the keys zoom and pan. Only ChartWidget uses it: it owns the chart and the link and
// watches the model, and calls rebuild() while the chart is shown.
class TimeSeriesChartView : public QObject
{
    Q_OBJECT
public:
    using Series = ChartWidget::Series;
    using TimeRoles = ChartWidget::TimeRoles;

    // Watches view's viewport for the pointer; owner is the ChartWidget (focus, palette).
    TimeSeriesChartView(QChart *chart, QChartView *view, QWidget *owner);

    // Makes the lines anew; they still need the theme and a rebuild().
    void setModel(QAbstractItemModel *model, const QVector<Series> &series, TimeRoles roles);
    void setValueUnits(MetricUnit left, MetricUnit right);
    void setTimeLink(ChartTimeLink *link);
    void setSeriesVisible(int series, bool visible);
    bool isSeriesVisible(int series) const;
    bool isLegendShown() const;

    // Reads the model into the lines and fits the axes.
    void rebuild();
    void applyTheme(const QPalette &palette, const QFont &font);
    void hideHoverLine();
    // Zoom, follow and the lines, after what the menu already holds.
    void addMenuActions(QMenu *menu);
    // Zooms or pans for key; false when the key is not one of those.
    bool handleKey(int key);

    int seriesCount() const;
    QString seriesLabel(int series) const;
    int pointCount(int series) const;
    QString hoverText(qint64 timeMs) const;

signals:
    void seriesVisibilityChanged(int series, bool visible);
    void rebuildNeeded();
    void activated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createSeries();
    void applyRange();
    void updateHoverLine();

    struct Line
    {
        QLineSeries *line = nullptr;
        QAreaSeries *area = nullptr; // the min–max envelope, when drawn
        int points = 0;
    };

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QWidget *m_owner = nullptr;
    QPointer<QAbstractItemModel> m_model;
    QVector<Series> m_series;
    QVector<Line> m_lines;
    TimeRoles m_roles;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_leftAxis = nullptr;
    QValueAxis *m_rightAxis = nullptr;
    MetricUnit m_leftUnit = MetricUnit::Count;
    MetricUnit m_rightUnit = MetricUnit::Count;
    QPointer<ChartTimeLink> m_link;
    QVector<qint64> m_times; // per model row, for the hover lookup
    QGraphicsLineItem *m_hoverLine = nullptr;
    bool m_dragging = false;
    QPointF m_dragFrom;
};

} // namespace beamtop
