// SPDX-License-Identifier: GPL-3.0-or-later
#include "etscommand.h"

#include <QLocale>

namespace beamtop {

QString EtsCommand::summary() const
{
    return tr("The ETS tables ranked by memory, rows or growth.");
}

QString EtsCommand::description() const
{
    return tr("Ranks every ETS table of the node, private ones included, by memory (bytes) or rows, on the node "
              "and within the agent's CPU budget, and prints the first rows: a table for people, CSV or JSON with "
              "the keys of the desktop's export. The node re-ranks the whole list at most every 10 s; the rows "
              "printed are read fresh each time. --sort growth ranks by how fast memory grows (the change per "
              "second over a window, as --window does with either metric). `beamtop-cli ets TABLE` reads a "
              "table's rows instead. Needs the agent.");
}

QList<QCommandLineOption> EtsCommand::options() const
{
    QList<QCommandLineOption> options = rankingOptions(
        {QStringLiteral("sort"), tr("Rank by memory, size (rows) or growth (memory per second); default memory."),
         tr("KEY"), QStringLiteral("memory")},
        tr("How many tables (default 10, at most 500)."), tr("Rank by the change over MS milliseconds (per second)."),
        tr("Only tables whose name, id, type or owner contains TEXT."));
    options.insert(1, {QStringLiteral("type"),
                       tr("Only tables of this type: %1.").arg(EtsQuery::typeNames().join(QStringLiteral(", "))), tr("TYPE")});
    options.insert(2, {QStringLiteral("protection"),
                       tr("Only tables with this protection: %1.").arg(EtsQuery::protectionNames().join(QStringLiteral(", "))),
                       tr("PROTECTION")});
    return options;
}

int EtsCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (const int rc = parseStart(p, args))
        return rc;
    const QString sort = p.value(QStringLiteral("sort")).toLower();
    const bool growth = sort == QLatin1String("growth");
    if (!growth && !EtsQuery::parseSort(sort, &m_query.sort))
        return usageError(tr("--sort is one of memory, size, growth."));
    auto choice = [&](const char *option, const QStringList &names, QString *out) {
        if (!p.isSet(QLatin1String(option)))
            return true;
        *out = p.value(QLatin1String(option)).toLower();
        return names.contains(*out);
    };
    if (!choice("type", EtsQuery::typeNames(), &m_query.type))
        return usageError(tr("--type is one of %1.").arg(EtsQuery::typeNames().join(QStringLiteral(", "))));
    if (!choice("protection", EtsQuery::protectionNames(), &m_query.protection))
        return usageError(tr("--protection is one of %1.").arg(EtsQuery::protectionNames().join(QStringLiteral(", "))));
    if (const int rc = parseRanking(p, &m_query))
        return rc;
    // Growth is memory's change per second, over the interval unless --window says otherwise.
    if (growth && m_query.mode != EtsQuery::Mode::Window) {
        m_query.sort = EtsQuery::Sort::Memory;
        m_query.mode = EtsQuery::Mode::Window;
        m_query.intervalMs = qMax(1000, m_query.intervalMs);
    }
    return Ok;
}

EtsCollector *EtsCommand::collector() const
{
    return session()->ets();
}

QString EtsCommand::failedText(const QString &error) const
{
    return tr("Could not read the ETS tables: %1").arg(error);
}

void EtsCommand::printText(const EtsRanking &page)
{
    const QLocale loc;
    const qint64 shownTotal = page.rankingComplete ? page.total : page.count;
    m_out << tr("%1 ETS tables on %2, ranked by %3").arg(loc.toString(shownTotal), session()->nodeName(), EtsColumns::sortText(page.query))
          << '\n'
          << EtsColumns::rankingLine(page) << '\n';
    EtsColumns::writeTable(m_out, page.rows, session()->formatter());
    m_out << Qt::endl;
}

} // namespace beamtop
