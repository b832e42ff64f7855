// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/processranking.h"
#include "rankedtablepage.h"
#include "windowset.h"

class QDoubleSpinBox;

namespace beamtop {

class NodeSession;
class ProcessActions;
class ProcessDetailsWindow;
class ProcessExport;
class ProcessesToolbar;
class ProcessTableModel;

// Every process of the node, ranked by the node within the agent's CPU budget (observer's
// Processes tab and recon's proc_count/proc_window, without shipping every process on every
// refresh). The table has as many rows as the ranking, but only the rows on screen (and a
// screenful around them) are fetched; the rest show "…" until scrolled to. Clicking a metric
// header ranks by it on the node; the filter is evaluated on the node too. Selection follows
// pids, not rows, and the selected processes are refreshed even when scrolled away.
// (RankedTablePage: what it shares with the Network page.)
class ProcessesPage : public RankedTablePage
{
    Q_OBJECT
public:
    explicit ProcessesPage(QWidget *parent = nullptr);
    ~ProcessesPage() override;

    void setSession(NodeSession *session) override;

    ProcessTableModel *model() const { return m_model; }
    QDoubleSpinBox *budgetBox() const;
    ProcessActions *processActions() const { return m_actions; }

    // Ranks by the metric of a column (Memory, Reductions, Reductions/s, ...); false for a
    // column the node cannot rank.
    bool sortByColumn(int column) override;
    void setWindowMode(bool on) override;

    // The pids selected, whether or not their rows are on screen.
    QStringList selectedPids() const;
    // Opens (or raises) the details window of pid.
    ProcessDetailsWindow *openDetails(const Term &pid, const QString &description = {});
    QList<ProcessDetailsWindow *> detailsWindows() const;
    void showContextMenu(const QPoint &viewportPos) override;

    // Writes the whole ranking (all processes the filter matches) to path; CSV or JSON by suffix.
    void exportTable(const QString &path) override;
    ProcessExport *runningExport() const;

protected:
    void applyRanking() override;
    // Tells the session's process feed which rows of which ranking are on screen.
    void updateQuery(bool now = false) override;
    void updateStatus() override;
    void updateSortIndicator() override;
    void openEntity(const Term &pid, int row) override;

private:
    ProcessesPage(ProcessTableModel *model, ProcessesToolbar *toolbar, QWidget *parent);
    void createSortActions();
    void onPage(const ProcessRanking &page);
    void onFailed(const QString &error);
    void updateColumns();
    QString describeRow(int row) const;

    ProcessTableModel *m_model;
    ProcessesToolbar *m_toolbar;
    ProcessActions *m_actions;

    ProcessQuery::Sort m_sort = ProcessQuery::Sort::Memory;
    ProcessQuery::Mode m_mode = ProcessQuery::Mode::Absolute;
    double m_cost = -1;
    WindowSet<ProcessDetailsWindow> m_details; // by link identity
};

} // namespace beamtop
