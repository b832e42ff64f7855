// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuipage.h"
#include "tuitable.h"

#include "rank/rankedquery.h"
#include "session/nodesession.h"

#include <QMetaObject>
#include <QVector>

#include <functional>

namespace beamtop::tui {

// The rows of a node-side ranking that a page shows (the terminal's share of what
// widgets/rankedtablepage does on the desktop): the collector's standing query follows the rows
// on screen, its pages go into the model by difference, a failure is kept for the page to say,
// and another node's rows never stay. The page builds the query's ranking (sort, mode, filter);
// this sets which rows.
template <typename Collector, typename Model>
class RankedRows
{
public:
    using Query = typename Collector::Query;
    using Page = typename Collector::Page;

    // collector: the session's getter (&NodeSession::ets); firstRows: rows asked for before the
    // table has been drawn once (it then says how many fit).
    RankedRows(TuiPage *page, Model *model, Collector *(NodeSession::*collector)() const, int firstRows = 50)
        : m_page(page), m_model(model), m_collector(collector), m_firstRows(firstRows)
    {
    }

    // From the page's setSession, after TuiPage::setSession. askNow asks for the page's rows at
    // once (its updateQuery(true)): when the session goes live again, and right away.
    void setSession(NodeSession *s, const std::function<void()> &askNow)
    {
        for (const QMetaObject::Connection &c : std::as_const(m_connections))
            QObject::disconnect(c);
        m_connections.clear();
        m_session = s;
        error.clear();
        const QString node = s ? s->nodeName() : QString();
        if (!s || node != m_shownNode)
            m_model->clear();
        m_shownNode = node;
        m_askedFirst = m_askedRows = -1;
        if (!s)
            return;
        m_model->setFormatter(s->formatter());
        Collector *c = (s->*m_collector)();
        TuiPage *page = m_page;
        m_connections << QObject::connect(c, &Collector::pageReady, page, [this, page](const Page &p) {
            if (!m_model->applyPage(p))
                return; // another ranking's page
            error.clear();
            emit page->changed();
        });
        m_connections << QObject::connect(c, &Collector::failed, page, [this, page](const QString &e) {
            error = e;
            emit page->changed();
        });
        m_connections << QObject::connect(s, &NodeSession::formatterChanged, page, [this, page] {
            m_model->setFormatter(m_session->formatter());
            emit page->changed();
        });
        m_connections << QObject::connect(s, &NodeSession::stateChanged, page, [askNow, page](NodeSession::State state) {
            if (state == NodeSession::State::Live)
                askNow();
            emit page->changed();
        });
        askNow();
    }

    // Asks for the rows table shows, in q's ranking (offset, limit and interval set here):
    // other rows are fetched at once, the same ones at the tick (or at once with now).
    void ask(Query q, const TuiTable &table, bool now)
    {
        if (!m_session || !m_session->isLive() || !m_page->isShown())
            return;
        const int rows = table.visibleRows() > 0 ? table.visibleRows() : m_firstRows;
        q.offset = table.firstVisibleRow();
        q.limit = qBound(1, rows, RankedQuery::MaxRows);
        q.intervalMs = m_session->refreshIntervalMs();
        m_askedFirst = table.firstVisibleRow();
        m_askedRows = table.visibleRows();
        (m_session->*m_collector)()->setQuery(q, now);
    }
    // The table shows other rows than were asked for (scrolled, resized): ask again.
    bool moved(const TuiTable &table) const
    {
        return table.firstVisibleRow() != m_askedFirst || table.visibleRows() != m_askedRows;
    }

    QString error; // the last failure, until a page comes

private:
    TuiPage *m_page;
    Model *m_model;
    Collector *(NodeSession::*m_collector)() const;
    int m_firstRows;
    NodeSession *m_session = nullptr;
    QVector<QMetaObject::Connection> m_connections;
    QString m_shownNode;
    int m_askedFirst = -1, m_askedRows = -1;
};

} // namespace beamtop::tui
