// SPDX-License-Identifier: GPL-3.0-or-later
#include "processespage.h"

#include "processactionkeys.h"
#include "processdetails.h"
#include "processlist.h"
#include "tuiparts.h"
#include "tuiscreen.h"

#include "format.h"
#include "processtablemodel.h"
#include "session/nodesession.h"

namespace beamtop::tui {

ProcessesPage::ProcessesPage(TuiScreen *screen)
    : TuiPage(screen), m_list(new ProcessList(this)), m_actions(new ProcessActionKeys(screen, this))
{
    setFeeds({int(NodeSession::Feed::Processes)});
    connect(m_list, &ProcessList::changed, this, &TuiPage::changed);
    connect(m_actions, &ProcessActionKeys::done, this, [this] { m_list->updateQuery(true); }); // show what it did now
    updateColumns();
}

void ProcessesPage::setSession(NodeSession *session)
{
    TuiPage::setSession(session);
    m_list->setSession(session);
    m_actions->setSession(session);
    emit changed();
}

void ProcessesPage::shown()
{
    m_list->updateQuery(true); // the collector's standing query is this page's again
}

bool ProcessesPage::canRank() const
{
    if (!m_list->lastPage().reducedMode)
        return true;
    screen()->notice(tr("Rows are in pid order: ranking and filtering need Beamtop's agent, which is not loaded on this node."),
                     Role::Warning);
    return false;
}

void ProcessesPage::sortBy(ProcessQuery::Sort sort)
{
    if (!canRank())
        return;
    m_sort = sort;
    applyRanking();
}

void ProcessesPage::setWindowMode(bool on)
{
    if (!canRank())
        return;
    m_mode = on ? ProcessQuery::Mode::Window : ProcessQuery::Mode::Absolute;
    applyRanking();
}

void ProcessesPage::setFilter(const QString &text)
{
    if (!canRank())
        return;
    m_filter = text.trimmed();
    applyRanking();
}

void ProcessesPage::applyRanking()
{
    m_list->setRanking(m_sort, m_mode, m_filter);
    updateColumns();
    emit changed();
}

void ProcessesPage::updateColumns()
{
    using M = ProcessTableModel;
    // Left to right in the order they matter: a narrow terminal cuts from the right. The
    // window's change column says something the others do not, except for reductions, whose
    // rate has its own column.
    QVector<int> columns = {M::Pid, M::Name};
    if (m_mode == ProcessQuery::Mode::Window && m_sort != ProcessQuery::Sort::Reductions)
        columns << M::WindowChange;
    columns << M::Memory << M::ReductionsPerS << M::MessageQueueLen << M::Reductions << M::TotalHeapSize << M::BinaryMemory
            << M::Status << M::CurrentFunction << M::Application << M::InitialCall;
    m_list->setColumns(columns);
}

QStringList ProcessesPage::statusParts() const
{
    const ProcessRanking &p = m_list->lastPage();
    QStringList parts;
    QString sortName;
    switch (m_sort) {
    case ProcessQuery::Sort::Memory: sortName = tr("memory"); break;
    case ProcessQuery::Sort::Reductions: sortName = tr("reductions"); break;
    case ProcessQuery::Sort::MessageQueueLen: sortName = tr("message queue"); break;
    case ProcessQuery::Sort::TotalHeapSize: sortName = tr("heap"); break;
    case ProcessQuery::Sort::BinaryMemory: sortName = tr("binary memory"); break;
    }
    if (!p.reducedMode)
        parts << (m_mode == ProcessQuery::Mode::Window ? tr("by %1 growth per second (window)").arg(sortName)
                                                       : tr("by %1").arg(sortName));
    if (!m_filter.isEmpty())
        parts << tr("filter \"%1\"").arg(m_filter);
    const int rows = m_list->model()->rowCount();
    if (rows > 0 || p.count > 0)
        parts << (m_filter.isEmpty() ? tr("%1 processes").arg(Format::count(p.count))
                                     : tr("%1 of %2 match").arg(Format::count(rows), Format::count(p.count)));
    parts << TuiParts::rankingText(p, m_mode == ProcessQuery::Mode::Window);
    return parts;
}

void ProcessesPage::render(Terminal &t, const QRect &area)
{
    if (area.height() <= 0 || area.width() <= 0)
        return;
    TuiParts::titleLine(t, area.left(), area.top(), area.width(), tr("Processes"), statusParts());
    int y = area.top() + 1;
    // What is wrong, on a line of its own: the last rows read stay shown under it.
    QString problem;
    if (!m_list->error().isEmpty())
        problem = tr("The process list could not be read; showing the last rows read: %1").arg(m_list->error());
    else if (m_list->lastPage().reducedMode)
        problem = tr("Rows are in pid order: ranking and filtering need Beamtop's agent, which is not loaded on this node.");
    if (!problem.isEmpty() && y <= area.bottom())
        t.text(area.left(), y++, problem, Role::Warning, area.width());
    if (y > area.bottom())
        return;
    const QRect table(area.left(), y, area.width(), area.bottom() - y + 1);
    m_list->render(t, table); // the header, and the query for the rows it has room for
    if (m_list->model()->rowCount() == 0 && table.height() > 1) {
        QString empty;
        if (m_list->lastPage().receivedAt.isValid())
            empty = m_filter.isEmpty() ? tr("No processes.") : tr("No process matches \"%1\".").arg(m_filter);
        else
            empty = TuiParts::waitingText(session(), tr("Reading the processes…"));
        TuiParts::paragraph(t, table.adjusted(0, 1, 0, 0), empty);
    }
}

void ProcessesPage::openDetails()
{
    const ProcessRow *r = m_list->currentRow();
    if (!r || !session())
        return;
    screen()->openOverlay(new ProcessDetails(screen(), session(), Term::pid(r->pid), m_list->describe(*r)));
}

bool ProcessesPage::handleKey(const Key &key)
{
    if (key.isChar(U'M'))
        sortBy(ProcessQuery::Sort::Memory);
    else if (key.isChar(U'R'))
        sortBy(ProcessQuery::Sort::Reductions);
    else if (key.isChar(U'Q'))
        sortBy(ProcessQuery::Sort::MessageQueueLen);
    else if (key.isChar(U'H'))
        sortBy(ProcessQuery::Sort::TotalHeapSize);
    else if (key.isChar(U'B'))
        sortBy(ProcessQuery::Sort::BinaryMemory);
    else if (key.isChar(U'w'))
        setWindowMode(m_mode != ProcessQuery::Mode::Window);
    else if (key.isChar(U'/') && canRank())
        screen()->prompt(tr("Filter (on the node; empty: all): "), m_filter, [this](const QString &text) { setFilter(text); });
    else if (key.type == Key::Enter)
        openDetails();
    else if (ProcessInspector::Action a; ProcessActionKeys::actionFor(key, false, &a)) {
        const ProcessRow *r = m_list->currentRow();
        if (!r || r->exited())
            return true;
        if (a == ProcessInspector::Action::Suspend && r->status == QLatin1String("suspended"))
            a = ProcessInspector::Action::Resume;
        m_actions->run(a, Term::pid(r->pid), m_list->describe(*r));
    } else
        return m_list->handleKey(key);
    return true;
}

QVector<QPair<QString, QString>> ProcessesPage::keyHelp() const
{
    QVector<QPair<QString, QString>> keys = {
        {QStringLiteral("M R Q H B"), tr("rank by memory, reductions, message queue, heap, binary memory")},
        {QStringLiteral("w"), tr("sliding window: rank by growth per second (R: reductions/s)")},
        {QStringLiteral("/"), tr("filter on the node (text, app:NAME)")},
        {tr("Enter"), tr("details of the selected process")},
        {tr("arrows, PgUp, PgDn"), tr("move (Home, End: first, last)")},
    };
    keys << ProcessActionKeys::keyHelp();
    return keys;
}

QString ProcessesPage::hint() const
{
    return tr("M R Q H B sort · w window · / filter");
}

} // namespace beamtop::tui
