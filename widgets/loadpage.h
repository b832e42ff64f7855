// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "history/historystore.h"

#include <QPointer>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QMenu;

namespace beamtop {

class ChartTimeLink;
class ChartWidget;
class HistoryChartModel;
class HistoryModel;
class ItemTableView;
class NodeSession;
class SchedulerBars;
class SchedulerModel;
struct HistoryMetric;
struct SchedulerSample;
struct SystemSample;

// How loaded the node is, now and over the recent past: per-scheduler utilisation as bars (or a
// heat strip when there are many) with how balanced they are; live charts of utilisation,
// memory, processes and ports, reductions, I/O, garbage collection and run queue on one time
// axis; and per metric its current value, extremes, mean and trend over the range shown.
// Every sample goes into a history (15 minutes by default, up to 24 hours) whether the page is
// shown or not, so a spike seen late can still be found, zoomed into and exported.
class LoadPage : public Page
{
    Q_OBJECT
public:
    // What the utilisation chart draws.
    enum class UtilizationLines { Total, Normal, DirtyCpu, DirtyIo, All };
    Q_ENUM(UtilizationLines)

    explicit LoadPage(QWidget *parent = nullptr);
    ~LoadPage() override;

    void setSession(NodeSession *session) override;
    QString copyText() const override;

    void setHistoryWindowMs(qint64 ms);
    qint64 historyWindowMs() const;
    void setUtilizationLines(UtilizationLines lines);

    // Writes the history as CSV or JSON (by suffix): the whole window, or the range the charts
    // show. Returns false with *error set when the file cannot be written.
    bool exportHistory(const QString &path, bool shownRangeOnly, QString *error = nullptr) const;

    const HistoryStore &history() const { return *m_store; }
    HistoryModel *statsModel() const { return m_stats; }
    HistoryChartModel *chartModel() const { return m_chartModel; }
    SchedulerModel *schedulerModel() const { return m_schedModel; }
    SchedulerBars *schedulerBars() const { return m_bars; }
    ChartTimeLink *timeLink() const { return m_link; }
    // By id: utilization, memory, processes, reductions, io, gc, run_queue.
    ChartWidget *chart(const QString &id) const;
    QList<ChartWidget *> charts() const;
    QString balanceText() const;

protected:
    void staleChanged(bool stale) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ChartSpec
    {
        QString id;
        ChartWidget *chart = nullptr;
    };

    void createActions();
    void onRow(bool newMetrics);
    void onSchedulers(const SchedulerSample &sample);
    void refreshViews();
    void updateSeries();
    void updateMarkers();
    void updateRangeText();
    void updateActions();
    void showWindowChoice();
    void clear();
    void exportWithDialog(bool shownRangeOnly);
    void layoutCharts(int columns);

    QPointer<NodeSession> m_session;
    QString m_shownNode;
    // The session's history (recorded whatever page is shown), or an empty one.
    HistoryStore *m_store = &m_noHistory;
    HistoryStore m_noHistory;
    qint64 m_windowMs = HistoryStore::DefaultWindowMs; // the user's choice, for every session
    HistoryModel *m_stats;
    HistoryChartModel *m_chartModel;
    SchedulerModel *m_schedModel;
    ChartTimeLink *m_link;
    SchedulerBars *m_bars = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_rangeText = nullptr;
    QLabel *m_statsTitle = nullptr;
    QComboBox *m_window = nullptr;
    QComboBox *m_lines = nullptr;
    ItemTableView *m_statsTable = nullptr;
    ItemTableView *m_schedTable = nullptr;
    QVector<ChartSpec> m_charts;
    QWidget *m_chartsBox = nullptr;
    int m_chartColumns = 0;
    QPointer<ChartWidget> m_currentChart;
    QAction *m_exportAll = nullptr;
    QAction *m_exportShown = nullptr;
    QAction *m_saveChart = nullptr;
    QAction *m_live = nullptr;
    QMenu *m_chartImages = nullptr;
    QString m_schedulerNote;
    bool m_dirty = false;
    int m_normalSchedulers = 0;
};

} // namespace beamtop
