#pragma once

#include "collect/processranking.h"
#include "page.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QProgressDialog;
class QTableView;

namespace beamtop {

class NodeSession;
class NoticeBar;
class PidSelection;
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
class ProcessesPage : public Page
{
    Q_OBJECT
public:
    explicit ProcessesPage(QWidget *parent = nullptr);
    ~ProcessesPage() override;

    void setSession(NodeSession *session) override;
    QString copyText() const override;

    ProcessTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const;
    QAction *windowAction() const;
    QDoubleSpinBox *budgetBox() const;
    QLabel *statusLabel() const { return m_status; }
    NoticeBar *notice() const { return m_notice; }
    ProcessActions *processActions() const { return m_actions; }
    QString statusText() const;

    // Ranks by the metric of a column (Memory, Reductions, Reductions/s, ...); false for a
    // column the node cannot rank.
    bool sortByColumn(int column);
    void setWindowMode(bool on);
    // Applied after the debounce, like typing.
    void setFilterText(const QString &text);

    // The pids selected, whether or not their rows are on screen.
    QStringList selectedPids() const;
    // Opens (or raises) the details window of pid.
    ProcessDetailsWindow *openDetails(const Term &pid, const QString &description = {});
    QList<ProcessDetailsWindow *> detailsWindows() const;
    // The context menu for a row (as right-click shows it; it carries the row's pid).
    QMenu *contextMenu() const;
    void showContextMenu(const QPoint &viewportPos);

    // Writes the whole ranking (all processes the filter matches) to path; CSV or JSON by suffix.
    void exportTable(const QString &path);
    ProcessExport *runningExport() const;

signals:
    void exportFinished(bool ok, const QString &message);

protected:
    void staleChanged(bool stale) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createTable();
    void createStatusLine();
    void layOut();
    void createActions();
    void connectParts();
    void applyRanking();
    // Tells the session's process feed which rows of which ranking are on screen.
    void updateQuery(bool now = false);
    void scheduleViewportFetch();
    void onPage(const ProcessRanking &page);
    void onFailed(const QString &error);
    void updateStatus();
    void updateSortIndicator();
    void updateColumns();
    void updateReadOnly();
    void copyPids();
    void exportAs();
    QString describeRow(int row) const;

    QPointer<NodeSession> m_session;
    QString m_shownNode;
    ProcessTableModel *m_model;
    ProcessesToolbar *m_toolbar = nullptr;
    NoticeBar *m_notice = nullptr;
    QTableView *m_table = nullptr;
    PidSelection *m_selection = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_sweep = nullptr;
    ProcessActions *m_actions;
    QPointer<QMenu> m_menu;
    QTimer m_viewportTimer;

    ProcessQuery::Sort m_sort = ProcessQuery::Sort::Memory;
    ProcessQuery::Mode m_mode = ProcessQuery::Mode::Absolute;
    QString m_filterText;
    double m_cost = -1;
    QString m_error;
    QHash<QString, QPointer<ProcessDetailsWindow>> m_details; // by link identity
    QPointer<ProcessExport> m_export;
    QPointer<QProgressDialog> m_exportProgress;
};

} // namespace beamtop
