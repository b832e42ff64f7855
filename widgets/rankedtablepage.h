// SPDX-License-Identifier: GPL-3.0-or-later
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
struct RankingStatus;

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
    // setSession's frame. adoptSession takes the session (the kind has disconnected the old
    // one): what another node showed goes (clearShown empties the kind's rows and the rest),
    // the page's feeds follow the new session. The kind connects its collectors, then
    // settleSession follows the session's state and read-only switch (going live asks for the
    // rows on screen while shown), asks for them now if it is live, and updates the status.
    void adoptSession(NodeSession *session, const std::function<void()> &clearShown);
    void settleSession();
    // A page of the kind's ranking arrived: applied keeping the selection (apply returns false
    // for another ranking's page, which changes nothing); a notice that the list failed goes
    // once the list is back.
    template <typename Apply>
    void showPage(Apply &&apply);
    // The kind's list could not be read. Without the agent (or with one that cannot rank kind,
    // "port", "ets") there is no list at all and the notice says why; otherwise it says
    // passing (the last rows read stay shown).
    void showFailure(const QString &error, const char *kind, const QString &passing);
    // The status line's first part: how many entities (all: "%L1 ports"), or while filtered
    // how many of them match (match: "%L1 of %L2 ports match"); none before the first page.
    QStringList countParts(const RankingStatus &page, bool filtered, const QString &all, const QString &match) const;
    // Shows parts, then a failed refresh and the selection: one key as selectedOne says it
    // (nothing when it returns empty), several counted.
    void finishStatus(QStringList parts, const std::function<QString(const QString &key)> &selectedOne);

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
    QString m_failureShown; // the notice about the list failing, which the next page clears

private:
    void exportAs();
    void clearFailure();

    RankedToolbar *m_bar;
    Names m_names;
    QPointer<QMenu> m_menu;
};

} // namespace beamtop

#include "rankedtableview.h"
#include "tableexport.h"

#include <utility>

namespace beamtop {

template <typename Apply>
void RankedTablePage::showPage(Apply &&apply)
{
    m_error.clear();
    if (!m_table->applyPage(std::forward<Apply>(apply)))
        return;
    clearFailure();
    updateStatus();
}

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
