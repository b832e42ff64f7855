// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/term.h"

#include <QTableView>
#include <QTimer>
#include <QVector>

namespace beamtop {

class KeySelection;
class RankedTableModelBase;

// The table of a ranking the node keeps (the Processes and Network pages): as many rows as the
// ranking, all of one height so nothing is measured per row, the header clickable to rank by a
// column, the selection kept by entity (KeySelection) and the rows on screen asked for as they
// scroll into view (rowsWanted, wantedRows). The page says what to rank; this says which rows.
class RankedTableView : public QTableView
{
    Q_OBJECT
public:
    static constexpr int MaxPinned = 100; // selected entities refreshed beside each page

    explicit RankedTableView(RankedTableModelBase *model, QWidget *parent = nullptr);

    KeySelection *keySelection() const { return m_selection; }
    // One width per column, in ems.
    void setColumnWidths(const QVector<int> &ems);

    struct Rows
    {
        int offset = 0;
        int limit = 1;
    };
    // The rows to ask the node for: those on screen and a screenful either side, within the
    // agent's cap per page.
    Rows wantedRows() const;
    // The selected entities to keep fresh beside the page, whether or not they are on screen.
    QVector<Term> pinned() const;

    // Runs change (applying a page; false: another ranking's page, ignored) without losing the
    // selection, then selects the selected entities' rows again and looks whether the screen
    // still shows rows not held. Returns what change returned.
    template <typename Change>
    bool applyPage(Change &&change);
    // Runs change (setting another ranking: no rows until its first page) keeping the
    // selection, and goes back to the top.
    template <typename Change>
    void changeRanking(Change &&change);
    // Runs change (emptying the model: another node) and forgets the selection.
    template <typename Change>
    void clearRows(Change &&change);

    // The selected rows held (every row held when none is) as tab-separated exact values under
    // a header line, shown columns only.
    QString copyText() const;
    // The held row at a viewport position, for a context menu: selected alone unless it was
    // selected already. Invalid where no row is held.
    QModelIndex rowForMenu(const QPoint &viewportPos);
    // Looks soon (coalescing scroll steps) whether the screen shows rows not held.
    void scheduleFetch();

signals:
    // Rows on screen are not held: the page asks for wantedRows().
    void rowsWanted();
    // A held row was activated (Enter, double click): its entity (KeyRole) and position.
    void entityActivated(const beamtop::Term &entity, int row);

protected:
    bool viewportEvent(QEvent *event) override;

private:
    void keepSelectionDuring(const std::function<void()> &change);
    void restoreSelection();
    void forgetSelection();

    RankedTableModelBase *m_model;
    KeySelection *m_selection;
    QTimer m_fetchTimer;
};

template <typename Change>
bool RankedTableView::applyPage(Change &&change)
{
    bool applied = false; // rows going at the end must not drop their keys from the selection
    keepSelectionDuring([&] { applied = change(); });
    if (!applied)
        return false;
    restoreSelection();
    scheduleFetch(); // the total moved: the screen may show rows not fetched yet
    return true;
}

template <typename Change>
void RankedTableView::changeRanking(Change &&change)
{
    keepSelectionDuring(change);
    scrollToTop();
}

template <typename Change>
void RankedTableView::clearRows(Change &&change)
{
    keepSelectionDuring(change);
    forgetSelection();
}

} // namespace beamtop
