// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "collect/allocsample.h"
#include "history/historystore.h"

#include <QPointer>
#include <QSet>

class QAction;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;

namespace beamtop {

class AllocFindingsView;
class AllocFragmentModel;
class AllocSettingsModel;
class AllocTreeModel;
class ChartTimeLink;
class ChartWidget;
class HistoryChartModel;
class ItemTableView;
class MsegCacheModel;
class NoticeBar;

// Where the node's memory really goes: the ERTS allocators. Totals (carriers allocated, blocks
// used, unused, against erlang:memory(total) and the OS's resident size); the allocator types,
// each expanding to its instances, with usage bars and the selected type's settings; the
// instances with the most unused carrier space; the mseg cache's hit rate per instance; charts
// of the session's history on the Load page's kind of time axis; and what it all says, in plain
// words, with the emulator flags to look at.
//
// The session reads the allocators every tick whatever is shown (the history records them);
// this page only asks, while shown, for the instances of the types the user expanded
// (AllocCollector::setInstanceTypes), and asks for none once hidden.
class MemoryPage : public Page
{
    Q_OBJECT
public:
    explicit MemoryPage(QWidget *parent = nullptr);
    ~MemoryPage() override;

    void setSession(NodeSession *session) override;
    QString copyText() const override;

    // The allocator table as CSV or JSON (by suffix): every type, and the instances shown.
    bool exportTable(const QString &path, QString *error = nullptr) const;

    // For tests.
    AllocTreeModel *treeModel() const { return m_tree; }
    QTreeView *treeView() const { return m_treeView; }
    QSortFilterProxyModel *treeProxy() const { return m_treeProxy; }
    AllocFragmentModel *fragmentModel() const { return m_fragments; }
    MsegCacheModel *msegModel() const { return m_mseg; }
    AllocSettingsModel *settingsModel() const { return m_settings; }
    AllocFindingsView *findingsView() const { return m_findings; }
    NoticeBar *notice() const { return m_notice; }
    ChartWidget *chart(const QString &id) const;
    QList<ChartWidget *> charts() const;
    QStringList expandedTypes() const { return m_expanded; }
    QString totalText(const QString &id) const; // "allocated", "used", "unused", "erlang_total", "rss"
    // The table's context menu (Copy, Copy all rows, Export), built afresh; the caller owns it.
    QMenu *createTableMenu(QWidget *parent);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void staleChanged(bool stale) override;

private:
    struct ChartSpec
    {
        QString id;
        ChartWidget *chart = nullptr;
    };

    QWidget *makeTotals();
    QWidget *makeTable();
    QWidget *makeCharts();
    void createActions();

    void onSample(const AllocSample &sample);
    void applySample(const AllocSample &sample);
    void onHistory(bool newMetrics);
    void refreshCharts();
    void updateSeries();
    void updateNotice();
    void updateTotals(const AllocSample &sample);
    void updateSettings();
    void onExpansionChanged();
    void askForInstances(bool shown);
    void exportWithDialog();
    QString tableText() const;
    void clear();

    QPointer<NodeSession> m_session;
    QString m_shownNode;
    HistoryStore *m_store = &m_noHistory;
    HistoryStore m_noHistory;
    QString m_error;       // the collector's last failure, until a sample comes
    bool m_sampleDirty = false; // a sample came while hidden
    bool m_chartsDirty = false;

    AllocTreeModel *m_tree;
    QSortFilterProxyModel *m_treeProxy;
    AllocFragmentModel *m_fragments;
    MsegCacheModel *m_mseg;
    AllocSettingsModel *m_settings;
    HistoryChartModel *m_chartModel;
    ChartTimeLink *m_link;

    NoticeBar *m_notice = nullptr;
    QHash<QString, QLabel *> m_totals;
    QTreeView *m_treeView = nullptr;
    QLabel *m_settingsTitle = nullptr;
    ItemTableView *m_settingsTable = nullptr;
    ItemTableView *m_fragmentTable = nullptr;
    ItemTableView *m_msegTable = nullptr;
    QLabel *m_msegNote = nullptr;
    AllocFindingsView *m_findings = nullptr;
    QLabel *m_rangeText = nullptr;
    QVector<ChartSpec> m_charts;
    QPointer<ChartWidget> m_currentChart;
    QStringList m_expanded; // the types whose instances the user sees
    QAction *m_exportTable = nullptr;
    QAction *m_saveChart = nullptr;
    QMenu *m_chartImages = nullptr;
    QAction *m_live = nullptr;
};

} // namespace beamtop
