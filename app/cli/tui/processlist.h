// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuitable.h"

#include "collect/processranking.h"

#include <QObject>
#include <QPointer>
#include <QRect>

namespace beamtop {
class NodeSession;
class ProcessTableModel;
} // namespace beamtop

namespace beamtop::tui {

class TuiPage;

// The process ranking in a TuiTable, for the Home and Processes pages: the desktop's
// ProcessTableModel over the session's process feed, asking the node only for the rows on
// screen (and, with a margin, a screenful either side, as widgets/rankedtableview does). The
// collector has one standing query, which the shown page owns: pages are applied only while
// the owner is shown, and its query is set again when it is shown.
class ProcessList : public QObject
{
    Q_OBJECT
public:
    explicit ProcessList(TuiPage *owner);
    ~ProcessList() override;

    void setSession(NodeSession *session);
    // Which ranking to show; a different one starts from its first page at the top.
    void setRanking(ProcessQuery::Sort sort, ProcessQuery::Mode mode, const QString &filter);
    ProcessQuery::Sort sort() const { return m_sort; }
    ProcessQuery::Mode mode() const { return m_mode; }
    QString filter() const { return m_filter; }
    // false: only the rows on screen (the Home page's top N); true: a screenful either side.
    void setMargin(bool margin) { m_margin = margin; }
    void setColumns(const QVector<int> &columns) { m_table.setColumns(columns); }

    ProcessTableModel *model() const { return m_model; }
    const ProcessRanking &lastPage() const;
    // The selected row, when it is held (nullptr for a row not fetched yet).
    const ProcessRow *currentRow() const;
    // "name <0.12.0>", for confirmations and titles.
    QString describe(const ProcessRow &row) const;
    // Why the last refresh failed (empty once a page came).
    QString error() const { return m_error; }

    // Draws the table into area; when the rows on screen changed it asks the node for them.
    void render(Terminal &t, const QRect &area);
    bool handleKey(const Key &key);
    // Tells the feed which rows of which ranking are on screen (now: fetch at once, not at the
    // next tick: another ranking, or an action that changed the node).
    void updateQuery(bool now = false);

signals:
    void changed();

private:
    void onPage(const ProcessRanking &page);

    TuiPage *m_owner;
    QPointer<NodeSession> m_session;
    QString m_shownNode;
    ProcessTableModel *m_model;
    TuiTable m_table;
    ProcessQuery::Sort m_sort = ProcessQuery::Sort::Memory;
    ProcessQuery::Mode m_mode = ProcessQuery::Mode::Absolute;
    QString m_filter;
    bool m_margin = true;
    int m_askedFirst = -1, m_askedVisible = -1; // the screen rows the standing query was made for
    bool m_queryQueued = false;
    QString m_error;
};

} // namespace beamtop::tui
