// SPDX-License-Identifier: GPL-3.0-or-later
#include "topcommand.h"

#include <QLocale>

namespace beamtop {

QString TopCommand::summary() const
{
    return tr("The processes ranked by memory, reductions, message queue, binaries or heap.");
}

QString TopCommand::description() const
{
    return tr("Ranks every process of the node by a metric, on the node and within the agent's CPU budget, and "
              "prints the first rows: a table for people, CSV or JSON with the keys of the desktop's export. "
              "--window ranks by the change per second over a window, like recon:proc_window; --watch prints again "
              "at every interval. The first answer comes within about a second, whatever the node's size: if the "
              "node has not finished ranking by then, it says how much it has ranked (partial), and --watch prints "
              "better answers as the ranking completes. --complete waits for a complete ranking instead.");
}

QList<QCommandLineOption> TopCommand::options() const
{
    QList<QCommandLineOption> options = rankingOptions(
        {QStringLiteral("sort"), tr("Rank by memory, reductions, message_queue_len, binary_memory or total_heap_size (default memory)."),
         tr("KEY"), QStringLiteral("memory")},
        tr("How many processes (default 10, at most 500)."),
        tr("Rank by the change over MS milliseconds (per second), like recon:proc_window."),
        tr("Only processes whose pid, name, initial call, current function or application contains TEXT."));
    // After --watch, and after --interval.
    options.insert(5, {QStringLiteral("complete"),
                       tr("Wait for a complete ranking, however long the node takes at its budget (a progress bar on stderr when "
                          "it is a terminal).")});
    options.insert(7, {QStringLiteral("budget"),
                       tr("Share of one scheduler the agent may spend on the node, ranking included (default 0.02)."), tr("F")});
    return options;
}

int TopCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (const int rc = parseStart(p, args))
        return rc;
    if (!ProcessQuery::parseSort(p.value(QStringLiteral("sort")), &m_query.sort))
        return usageError(tr("--sort is one of memory, reductions, message_queue_len, binary_memory, total_heap_size."));
    if (const int rc = parseRanking(p, &m_query))
        return rc;
    setComplete(p.isSet(QStringLiteral("complete")));
    if (p.isSet(QStringLiteral("budget"))) {
        bool ok = true;
        m_budget = p.value(QStringLiteral("budget")).toDouble(&ok);
        if (!ok || m_budget <= 0 || m_budget > 1)
            return usageError(tr("--budget takes a fraction between 0 and 1, e.g. 0.02 for 2 %."));
    }
    return Ok;
}

void TopCommand::start()
{
    if (m_budget > 0)
        session()->agent()->setBudget(m_budget);
    RankedCommandOf::start();
}

ProcessCollector *TopCommand::collector() const
{
    return session()->processes();
}

QString TopCommand::failedText(const QString &error) const
{
    return tr("Could not read the processes: %1").arg(error);
}

void TopCommand::printText(const ProcessRanking &page)
{
    const QLocale loc;
    // Before the first ranking completes, total counts only the processes ranked so far.
    m_out << tr("%1 processes on %2, ranked by %3%4")
                 .arg(loc.toString(page.rankingComplete ? page.total : page.count), session()->nodeName(),
                      ProcessQuery::sortName(page.query.sort),
                      page.query.mode == ProcessQuery::Mode::Window ? tr(" change per second") : QString())
          << '\n' << ProcessColumns::rankingLine(page) << '\n';
    ProcessColumns::writeTable(m_out, page.rows, session()->formatter());
    m_out << Qt::endl;
}

} // namespace beamtop
