// SPDX-License-Identifier: GPL-3.0-or-later
#include "etspage.h"

#include "tuiparts.h"
#include "tuiscreen.h"

#include "etstablemodel.h"

#include "collect/etscollector.h"
#include "session/nodesession.h"
#include "term/term.h"

namespace beamtop::tui {

EtsPage::EtsPage(TuiScreen *screen)
    : TuiPage(screen), m_model(new EtsTableModel(this)), m_rows(this, m_model, &NodeSession::ets)
{
    setFeeds({int(NodeSession::Feed::Ets)});
    m_table.setModel(m_model);
    updateColumns();
}

void EtsPage::updateColumns()
{
    // The ranked figure next to the name (in window mode a rate, not shown otherwise).
    const int sortColumn = EtsTableModel::columnFor(m_sort, m_mode);
    QVector<int> columns{EtsTableModel::Table};
    if (sortColumn != EtsTableModel::Size && sortColumn != EtsTableModel::Memory)
        columns << sortColumn;
    columns << EtsTableModel::Size << EtsTableModel::Memory << EtsTableModel::Trend << EtsTableModel::Type
            << EtsTableModel::Protection << EtsTableModel::Owner;
    m_table.setColumns(columns);
    m_table.setSortColumn(sortColumn);
}

void EtsPage::setSession(NodeSession *s)
{
    TuiPage::setSession(s);
    m_rows.setSession(s, [this] { updateQuery(true); });
    emit changed();
}

void EtsPage::shown()
{
    updateQuery(true);
}

void EtsPage::setRanking(EtsQuery::Sort sort, EtsQuery::Mode mode, const QString &filter)
{
    if (sort == m_sort && mode == m_mode && filter == m_filter)
        return;
    m_sort = sort;
    m_mode = mode;
    m_filter = filter;
    EtsQuery q;
    q.sort = sort;
    q.mode = mode;
    q.filter = filter;
    m_model->setRanking(q);
    updateColumns();
    m_table.setCurrentRow(0);
    updateQuery(true);
    emit changed();
}

void EtsPage::updateQuery(bool now)
{
    EtsQuery q;
    q.sort = m_sort;
    q.mode = m_mode;
    q.filter = m_filter;
    m_rows.ask(q, m_table, now);
}

void EtsPage::render(Terminal &t, const QRect &area)
{
    QStringList parts;
    const EtsRanking &p = m_model->lastPage();
    if (p.receivedAt.isValid()) {
        parts << (m_filter.isEmpty() ? tr("%L1 tables").arg(p.count)
                                     : tr("%L1 of %L2 tables match").arg(p.total).arg(p.count));
    }
    const bool window = m_mode == EtsQuery::Mode::Window;
    if (m_sort == EtsQuery::Sort::Memory)
        parts << (window ? tr("by memory growth") : tr("by memory"));
    else
        parts << (window ? tr("by rows added") : tr("by rows"));
    parts << TuiParts::rankingText(p, window);
    if (!m_filter.isEmpty())
        parts << tr("filter: %1").arg(m_filter);
    TuiParts::titleLine(t, area.left(), area.top(), area.width(), tr("ETS tables"), parts);

    int top = area.top() + 1;
    if (!m_rows.error.isEmpty()) {
        t.text(area.left(), top++, tr("Could not read the tables: %1").arg(m_rows.error), Role::Warning, area.width());
    }
    const QRect body(area.left(), top, area.width(), area.bottom() - top + 1);
    if (m_model->rowCount() == 0) {
        if (!m_rows.error.isEmpty())
            return; // the line above says why
        const QString empty = p.receivedAt.isValid() ? (m_filter.isEmpty() ? tr("The node has no ETS tables.")
                                                                            : tr("No table matches the filter."))
                                                     : TuiParts::waitingText(session(), tr("Reading the ETS tables…"));
        TuiParts::paragraph(t, body, empty);
        return;
    }
    m_table.render(t, body);
    // Scrolled or resized: ask for the rows now on screen.
    if (m_rows.moved(m_table))
        updateQuery();
}

bool EtsPage::handleKey(const Key &key)
{
    if (key.isChar(U'M')) {
        setRanking(EtsQuery::Sort::Memory, m_mode, m_filter);
        return true;
    }
    if (key.isChar(U'S')) {
        setRanking(EtsQuery::Sort::Size, m_mode, m_filter);
        return true;
    }
    if (key.isChar(U'w')) {
        setRanking(m_sort, m_mode == EtsQuery::Mode::Window ? EtsQuery::Mode::Absolute : EtsQuery::Mode::Window, m_filter);
        return true;
    }
    if (key.isChar(U'/')) {
        screen()->prompt(tr("Filter tables: "), m_filter,
                         [this](const QString &text) { setRanking(m_sort, m_mode, text.trimmed()); });
        return true;
    }
    if (key.isChar(U'o')) {
        const int row = m_table.currentRow();
        const QModelIndex at = m_model->index(row, 0);
        const Term owner = at.isValid() ? at.data(EtsTableModel::OwnerRole).value<Term>() : Term();
        const QString description = at.isValid() ? m_model->index(row, EtsTableModel::Owner).data().toString() : QString();
        if (!TuiParts::openProcess(screen(), session(), owner, description))
            screen()->notice(tr("Select a table to see its owner process's details."));
        return true;
    }
    if (m_table.handleKey(key)) {
        emit changed();
        return true;
    }
    return false;
}

QVector<QPair<QString, QString>> EtsPage::keyHelp() const
{
    return {{QStringLiteral("M"), tr("rank by memory")},
            {QStringLiteral("S"), tr("rank by size (rows)")},
            {QStringLiteral("w"), tr("sliding window: rank by growth")},
            {QStringLiteral("/"), tr("filter on the node (name, type, owner)")},
            {QStringLiteral("o"), tr("the selected table's owner process")},
            {tr("Up, Down, PgUp, PgDn"), tr("move")}};
}

QString EtsPage::hint() const
{
    return tr("M S sort · w window · / filter · o owner");
}

} // namespace beamtop::tui
