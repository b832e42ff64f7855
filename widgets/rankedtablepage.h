#pragma once

#include "page.h"

#include <QPointer>

#include <functional>

class QAction;
class QLineEdit;
class QMenu;
class QTableView;

namespace beamtop {

class NoticeBar;
class RankedTableModelBase;
class RankedTableView;
class RankedToolbar;
class RankingStatusLine;

// What the pages of a ranking the node keeps (ProcessesPage, NetworkPage) share around their
// RankedTableView: the kind's toolbar above it, a notice bar, the status line below; the
// filter, window mode, export and header clicks wired to the kind's ranking; the rows on
// screen asked for as they scroll in; the context menu's frame; the export job's progress.
// The kind says what it ranks (its query, its collector) and what a row's menu offers.
class RankedTablePage : public Page
{
    Q_OBJECT
public:
    QString copyText() const override;

    QTableView *table() const;
    QLineEdit *filterEdit() const;
    QAction *windowAction() const;
    NoticeBar *notice() const { return m_notice; }
    QString statusText() const;
    // The context menu for a row (as right-click shows it; it carries the row's entity).
    QMenu *contextMenu() const;

    // Ranks by the metric of a column; false for a column the node cannot rank.
    virtual bool sortByColumn(int column) = 0;
    virtual void setWindowMode(bool on) = 0;
    // Applied after the debounce, like typing.
    void setFilterText(const QString &text);
    virtual void showContextMenu(const QPoint &viewportPos) = 0;
    // Writes the whole ranking (every entity the filter matches) to path; CSV or JSON by suffix.
    virtual void exportTable(const QString &path) = 0;

signals:
    void exportFinished(bool ok, const QString &message);

public:
    // What a kind names and says where the pages differ only in words.
    struct Names
    {
        QString table, notice, status; // object names
        QString exportCaption;         // the save dialog's caption
        QString exportStem;            // the suggested file: <stem>-<node>.csv
        QString copyKeys;              // the action copying the selected keys: "Copy Pid"
    };
protected:
    // Takes model and toolbar over.
    RankedTablePage(RankedTableModelBase *model, RankedToolbar *toolbar, const Names &names, QWidget *parent);

    // The page from top to bottom: toolbar, notice, body (the table, or a splitter holding
    // it), status line. Then the shared actions and connections.
    void layOut(QWidget *body);

    // Apply the ranking the page's settings say (a new one resets the table).
    virtual void applyRanking() = 0;
    // Tells the kind's feed which rows of which ranking are on screen.
    virtual void updateQuery(bool now = false) = 0;
    virtual void updateStatus() = 0;
    virtual void updateSortIndicator() = 0;
    // A held row was activated: its details.
    virtual void openEntity(const Term &entity, int row) = 0;
    void updateReadOnly();

    // The selected keys (pids, port ids), whether or not their rows are on screen.
    QStringList selectedKeys() const;
    // A new context menu (closing the one open) with Details (Enter) running details first.
    QMenu *startMenu(const QString &objectName, const std::function<void()> &details);
    void popUpMenu(QMenu *menu, const QPoint &viewportPos);
    bool exportRunning() const { return !m_export.isNull(); }
    // Starts job (ProcessExport, PortExport) writing path, its progress in a dialog.
    template <typename Job>
    void runExport(Job *job, const QString &label, const QString &path);

    void staleChanged(bool stale) override;
    void showEvent(QShowEvent *event) override;

    QPointer<NodeSession> m_session;
    QString m_shownNode;
    NoticeBar *m_notice;
    RankedTableView *m_table;
    RankingStatusLine *m_status;
    QString m_filterText;
    QString m_error;
    QPointer<QObject> m_export;

private:
    void exportAs();

    RankedToolbar *m_bar;
    Names m_names;
    QPointer<QMenu> m_menu;
};

} // namespace beamtop

#include "tableexport.h"

namespace beamtop {

template <typename Job>
void RankedTablePage::runExport(Job *job, const QString &label, const QString &path)
{
    m_export = job;
    TableExport::watch(job, label, m_notice, this, [this](bool ok, const QString &message) {
        m_export = nullptr; // another export may start right away
        emit exportFinished(ok, message);
    });
    job->start(path, Job::formatFor(path));
}

} // namespace beamtop
