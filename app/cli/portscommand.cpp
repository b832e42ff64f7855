// SPDX-License-Identifier: GPL-3.0-or-later
#include "portscommand.h"

#include <QLocale>

namespace beamtop {

namespace {
QString sortList()
{
    QStringList names;
    for (int i = 0; i <= int(PortQuery::Sort::Memory); ++i)
        names << PortQuery::sortName(PortQuery::Sort(i));
    return names.join(QStringLiteral(", "));
}
} // namespace

QString PortsCommand::summary() const
{
    return tr("The ports and sockets ranked by I/O, bytes, packets, queue or memory.");
}

QString PortsCommand::description() const
{
    return tr("Ranks every port and socket of the node (TCP, UDP and SCTP ports, sockets of the socket module, "
              "spawned programs, files...) by a metric, on the node and within the agent's CPU budget, and prints the "
              "first rows: a table for people, CSV or JSON with the keys of the desktop's export. io is bytes received "
              "plus sent. --window ranks by the change per second over a window (with io: the busiest right now); "
              "--watch prints again at every interval. The first answer comes within about a second: if the node has "
              "not finished ranking by then, it says how much it has ranked (partial). Needs the agent.");
}

QList<QCommandLineOption> PortsCommand::options() const
{
    QList<QCommandLineOption> options = rankingOptions(
        {QStringLiteral("sort"), tr("Rank by %1 (default io: bytes received and sent).").arg(sortList()), tr("KEY"),
         QStringLiteral("io")},
        tr("How many ports (default 10, at most 500)."), tr("Rank by the change over MS milliseconds (per second)."),
        tr("Only ports whose id, type, name, owner, addresses or state contains TEXT."));
    options.insert(1, {QStringLiteral("type"),
                       tr("Only ports of this type: %1.").arg(PortQuery::typeNames().join(QStringLiteral(", "))), tr("TYPE")});
    return options;
}

int PortsCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (const int rc = parseStart(p, args))
        return rc;
    if (!PortQuery::parseSort(p.value(QStringLiteral("sort")), &m_query.sort))
        return usageError(tr("--sort is one of %1.").arg(sortList()));
    if (p.isSet(QStringLiteral("type"))) {
        m_query.type = p.value(QStringLiteral("type")).toLower();
        if (!PortQuery::isTypeName(m_query.type))
            return usageError(tr("--type is one of %1.").arg(PortQuery::typeNames().join(QStringLiteral(", "))));
    }
    return parseRanking(p, &m_query);
}

PortCollector *PortsCommand::collector() const
{
    return session()->ports();
}

QString PortsCommand::failedText(const QString &error) const
{
    return tr("Could not read the ports: %1").arg(error);
}

void PortsCommand::printText(const PortRanking &page)
{
    const QLocale loc;
    // Before the first ranking completes, total counts only the ports ranked so far.
    const qint64 shownTotal = page.rankingComplete ? page.total : page.count;
    const QString what = page.query.type.isEmpty() ? tr("%1 ports and sockets").arg(loc.toString(shownTotal))
                                                   : tr("%1 %2 ports").arg(loc.toString(shownTotal), page.query.type);
    m_out << tr("%1 on %2, ranked by %3").arg(what, session()->nodeName(), PortColumns::sortText(page.query)) << '\n'
          << PortColumns::rankingLine(page) << '\n';
    PortColumns::writeTable(m_out, page.rows, session()->formatter());
    m_out << Qt::endl;
}

} // namespace beamtop
