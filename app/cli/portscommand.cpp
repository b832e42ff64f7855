#include "portscommand.h"

#include "collect/portcollector.h"
#include "export/portcolumns.h"
#include "export/rankingwait.h"
#include "export/rowwriter.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

namespace beamtop {

namespace {
// --watch at an interval up to this: the second tick is the first answer's deadline, so answers
// come one per interval from the start (as in top).
constexpr int TickAsDeadlineMs = 1000;

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
    return {{QStringLiteral("sort"), tr("Rank by %1 (default io: bytes received and sent).").arg(sortList()), tr("KEY"),
             QStringLiteral("io")},
            {QStringLiteral("type"), tr("Only ports of this type: %1.").arg(PortQuery::typeNames().join(QStringLiteral(", "))),
             tr("TYPE")},
            {QStringLiteral("count"), tr("How many ports (default 10, at most 500)."), tr("N"), QStringLiteral("10")},
            {QStringLiteral("window"), tr("Rank by the change over MS milliseconds (per second)."), tr("MS")},
            {QStringLiteral("filter"),
             tr("Only ports whose id, type, name, owner, addresses or state contains TEXT."), tr("TEXT")},
            {QStringLiteral("watch"), tr("Keep printing, one table or document per interval.")},
            {QStringLiteral("interval"), tr("Milliseconds between refreshes with --watch (default 1000)."), tr("MS"),
             QStringLiteral("1000")},
            formatOption(), prettyOption()};
}

QStringList PortsCommand::formats() const
{
    return {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")};
}

int PortsCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    if (const int rc = parseFormat(p))
        return rc;
    if (!PortQuery::parseSort(p.value(QStringLiteral("sort")), &m_query.sort))
        return usageError(tr("--sort is one of %1.").arg(sortList()));
    if (p.isSet(QStringLiteral("type"))) {
        m_query.type = p.value(QStringLiteral("type")).toLower();
        if (!PortQuery::isTypeName(m_query.type))
            return usageError(tr("--type is one of %1.").arg(PortQuery::typeNames().join(QStringLiteral(", "))));
    }
    bool ok = true;
    m_query.limit = p.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || m_query.limit < 1 || m_query.limit > RankedQuery::MaxRows)
        return usageError(tr("--count takes a number from 1 to %1.").arg(RankedQuery::MaxRows));
    m_intervalMs = p.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || m_intervalMs < 0)
        return usageError(tr("--interval takes a number of milliseconds."));
    m_query.intervalMs = qMax(250, m_intervalMs);
    if (p.isSet(QStringLiteral("window"))) {
        const int w = p.value(QStringLiteral("window")).toInt(&ok);
        if (!ok || w < 250)
            return usageError(tr("--window takes milliseconds, at least 250."));
        m_query.mode = PortQuery::Mode::Window;
        m_query.intervalMs = w;
    }
    m_query.filter = p.value(QStringLiteral("filter"));
    m_watch = p.isSet(QStringLiteral("watch"));
    return Ok;
}

void PortsCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    // --watch: a ranking per tick; once: the tick the session takes as it goes live.
    session->setRefreshIntervalMs(qMax(1, m_intervalMs));
    session->setPaused(!m_watch);
    m_wait = new RankingWait([this] { this->session()->ports()->setQuery(m_query, true); }, this);
    connect(m_wait, &RankingWait::due, this, [this] {
        if (m_latest)
            answer(*m_latest); // what the node has ranked so far, marked partial
    });
    connect(session, &NodeSession::refreshed, this, [this] {
        m_tickPending = true;
        // --watch at a short interval: the second tick ends the wait, its page is the answer.
        if (++m_ticks > 1 && m_watch && !m_answered && m_intervalMs <= TickAsDeadlineMs)
            m_wait->stop();
    });
    connect(session->ports(), &PortCollector::pageReady, this, &PortsCommand::onPage);
    connect(session->ports(), &PortCollector::failed, this, [this](const QString &error) {
        m_err << tr("Could not read the ports: %1").arg(error) << Qt::endl;
        finish(RemoteError);
    });
}

void PortsCommand::start()
{
    if (m_watch && m_intervalMs <= TickAsDeadlineMs)
        m_wait->begin(-1); // the second tick ends the wait (attach)
    else
        m_wait->begin(RankingWait::FirstAnswerMs);
    session()->ports()->setQuery(m_query);
    session()->subscribe(NodeSession::Feed::Ports, this);
}

void PortsCommand::onPage(const PortRanking &page)
{
    if (isFinished() || !page.query.sameRanking(m_query))
        return;
    if (m_wait->isWaiting()) {
        m_latest = page;
        if (m_wait->offer(page.isFinal()))
            answer(page);
        return;
    }
    // The first answer (after the wait ended at a tick), then one per tick with --watch.
    if (!m_answered || m_tickPending)
        answer(page);
}

void PortsCommand::answer(const PortRanking &page)
{
    m_wait->stop();
    m_answered = true;
    m_tickPending = false;
    print(page);
    m_latest.reset(); // page may be it
    if (!m_watch)
        finish(Ok);
}

void PortsCommand::print(const PortRanking &page)
{
    const TermFormatter f = session()->formatter();
    const QString node = session()->nodeName();
    if (isJson()) {
        QJsonArray rows;
        for (const PortRow &r : page.rows)
            rows.append(r.toJson(f));
        QJsonObject doc = PortColumns::head(node, page.query, page.receivedAt);
        doc.insert(QStringLiteral("total"), double(page.total));
        PortColumns::addRanking(&doc, page);
        doc.insert(QStringLiteral("ports"), rows);
        printJson(doc, !m_watch); // JSON Lines when watching
        return;
    }
    if (format() == QLatin1String("csv")) {
        RowWriter csv(RowWriter::Format::Csv, PortColumns::keys());
        QByteArray text = csv.begin();
        for (const PortRow &r : page.rows)
            text += csv.row(r.toJson(f));
        m_out << text;
        m_out.flush();
        return;
    }
    const QLocale loc;
    // Before the first ranking completes, total counts only the ports ranked so far.
    const qint64 shownTotal = page.rankingComplete ? page.total : page.count;
    const QString what = page.query.type.isEmpty() ? tr("%1 ports and sockets").arg(loc.toString(shownTotal))
                                                   : tr("%1 %2 ports").arg(loc.toString(shownTotal), page.query.type);
    m_out << tr("%1 on %2, ranked by %3").arg(what, node, PortColumns::sortText(page.query)) << '\n'
          << PortColumns::rankingLine(page) << '\n';
    PortColumns::writeTable(m_out, page.rows, f);
    m_out << Qt::endl;
}

} // namespace beamtop
