// SPDX-License-Identifier: GPL-3.0-or-later
#include "processlist.h"

#include "tuipage.h"

#include "collect/processcollector.h"
#include "processtablemodel.h"
#include "rank/rankedquery.h"
#include "session/nodesession.h"

#include <QTimer>

namespace beamtop::tui {

namespace {
constexpr int RowsBeforeFirstDraw = 50; // what a query asks for before the table knows its height
} // namespace

ProcessList::ProcessList(TuiPage *owner) : QObject(owner), m_owner(owner), m_model(new ProcessTableModel(this))
{
    m_table.setModel(m_model);
    m_table.setSortColumn(ProcessTableModel::columnFor(m_sort, m_mode));
}

ProcessList::~ProcessList() = default;

const ProcessRanking &ProcessList::lastPage() const
{
    return m_model->lastPage();
}

void ProcessList::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->processes(), nullptr, this, nullptr);
    }
    m_session = session;
    m_error.clear();
    if (!session || session->nodeName() != m_shownNode)
        m_model->clear(); // another node's processes must not stay
    m_shownNode = session ? session->nodeName() : QString();
    m_askedFirst = m_askedVisible = -1;
    if (!session)
        return;
    m_model->setFormatter(session->formatter());
    if (const std::optional<SystemSample> &s = session->lastSample())
        m_model->setWordSize(int(s->wordsize));
    connect(session->processes(), &ProcessCollector::pageReady, this, &ProcessList::onPage);
    connect(session->processes(), &ProcessCollector::failed, this, [this](const QString &error) {
        if (!m_owner->isShown())
            return;
        m_error = error;
        emit changed();
    });
    connect(session, &NodeSession::formatterChanged, this, [this] {
        m_model->setFormatter(m_session->formatter());
        emit changed();
    });
    connect(session, &NodeSession::sampleReady, this, [this](const SystemSample &s) { m_model->setWordSize(int(s.wordsize)); });
    connect(session, &NodeSession::stateChanged, this, [this](NodeSession::State s) {
        if (s == NodeSession::State::Live && m_owner->isShown())
            updateQuery(true);
    });
}

void ProcessList::setRanking(ProcessQuery::Sort sort, ProcessQuery::Mode mode, const QString &filter)
{
    m_sort = sort;
    m_mode = mode;
    m_filter = filter;
    if (sort == m_model->sort() && mode == m_model->mode() && filter == m_model->filter())
        return;
    m_model->setRanking(sort, mode, filter);
    m_table.setSortColumn(ProcessTableModel::columnFor(sort, mode));
    m_table.setCurrentRow(0); // a new ranking starts at its top
    m_error.clear();
    if (m_owner->isShown())
        updateQuery(true);
    emit changed();
}

const ProcessRow *ProcessList::currentRow() const
{
    return m_model->rowAt(m_table.currentRow());
}

QString ProcessList::describe(const ProcessRow &row) const
{
    return m_model->describe(row);
}

void ProcessList::updateQuery(bool now)
{
    m_queryQueued = false;
    if (!m_session || !m_session->isLive() || !m_owner->isShown())
        return;
    const int visible = m_table.visibleRows() > 0 ? m_table.visibleRows() : RowsBeforeFirstDraw;
    const int first = m_margin ? m_table.firstVisibleRow() : 0;
    ProcessQuery q;
    q.sort = m_sort;
    q.mode = m_mode;
    q.filter = m_filter;
    if (m_margin) {
        // The rows on screen and a screenful either side, within the agent's cap per page.
        const int margin = qMin(visible, (RankedQuery::MaxRows - visible) / 2);
        q.offset = qMax(0, first - qMax(0, margin));
        q.limit = qBound(1, visible + 2 * qMax(0, margin), int(RankedQuery::MaxRows));
    } else {
        q.offset = 0;
        q.limit = qBound(1, visible, int(RankedQuery::MaxRows));
    }
    q.intervalMs = m_session->refreshIntervalMs();
    // The selected process stays fresh even when the wheel scrolls it away.
    if (const ProcessRow *r = currentRow(); r && !r->exited())
        q.pinned.append(r->pid);
    m_askedFirst = first;
    m_askedVisible = visible;
    m_session->processes()->setQuery(q, now);
}

void ProcessList::onPage(const ProcessRanking &page)
{
    if (!m_owner->isShown())
        return; // the other page's query: the collector has one standing query, the shown page's
    if (!m_model->applyPage(page))
        return;
    // Without the agent rows come in pid order: no column is the sort.
    m_table.setSortColumn(page.reducedMode ? -1 : ProcessTableModel::columnFor(m_sort, m_mode));
    m_error.clear();
    emit changed();
}

void ProcessList::render(Terminal &t, const QRect &area)
{
    m_table.render(t, area);
    if (!m_session || !m_owner->isShown() || m_queryQueued)
        return;
    const int visible = m_table.visibleRows();
    const int first = m_table.firstVisibleRow();
    bool wanted;
    if (m_margin) {
        // Asked again only when rows on screen are not held (scrolling within the held rows
        // waits for the tick), or the screen grew.
        const int rows = m_model->rowCount();
        const int last = qMin(rows - 1, first + visible - 1);
        const bool missing = rows > 0 && (!m_model->isLoaded(first) || !m_model->isLoaded(last));
        wanted = (missing && (first != m_askedFirst || visible != m_askedVisible)) || visible > m_askedVisible;
    } else {
        wanted = visible != m_askedVisible;
    }
    if (wanted && visible > 0) {
        // Not while drawing: the query goes out once this frame is done.
        m_queryQueued = true;
        QTimer::singleShot(0, this, [this] { updateQuery(); });
    }
}

bool ProcessList::handleKey(const Key &key)
{
    if (!m_table.handleKey(key))
        return false;
    emit changed();
    return true;
}

} // namespace beamtop::tui
