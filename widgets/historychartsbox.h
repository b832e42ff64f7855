// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QGroupBox>
#include <QPointer>
#include <QVector>

class QAction;
class QGridLayout;
class QLabel;

namespace beamtop {

class ChartTimeLink;
class ChartWidget;
class HistoryChartModel;

// A titled box of time series charts over the session's history, on one shared time axis: the
// store's frames on the ChartGrid, through one HistoryChartModel, each chart a few of its
// metrics. A page declares its charts (addChart), hands over the session's store (setStore) and
// forwards NodeSession::historyAppended (onHistory); while hidden the box only remembers that
// it has catching up to do. A metric the store does not have (yet) is simply not drawn.
class HistoryChartsBox : public QGroupBox
{
    Q_OBJECT
public:
    struct Line
    {
        QString metricKey; // "mnesia_commits_per_s"
        QString label;     // in the legend
    };

    explicit HistoryChartsBox(const QString &title, QWidget *parent = nullptr);
    ~HistoryChartsBox() override;

    // Charts are laid out two a row, in the order added.
    ChartWidget *addChart(const QString &id, const QString &title, MetricUnit unit, const QVector<Line> &lines);

    // nullptr: no history (the charts empty).
    void setStore(const HistoryStore *store);
    void onHistory(bool newMetrics);
    void clear();
    void setStale(bool stale);

    ChartWidget *chart(const QString &id) const;
    QList<ChartWidget *> charts() const;
    HistoryChartModel *model() const { return m_model; }
    ChartTimeLink *timeLink() const { return m_link; }
    QString rangeText() const;
    // Whether any of the metrics the charts draw is in the store.
    bool hasData() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Chart
    {
        QString id;
        ChartWidget *widget = nullptr;
        QVector<Line> lines;
    };

    void refresh();
    void updateSeries();

    const HistoryStore *m_store = nullptr;
    HistoryStore m_empty;
    HistoryChartModel *m_model;
    ChartTimeLink *m_link;
    QLabel *m_range = nullptr;
    QAction *m_live = nullptr;
    QGridLayout *m_grid = nullptr;
    QVector<Chart> m_charts;
    bool m_dirty = false;
};

} // namespace beamtop
