#include "topcommand.h"

#include "collect/processcollector.h"
#include "export/processcolumns.h"
#include "export/rankingwait.h"
#include "export/rowwriter.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

namespace beamtop {

namespace {
// --complete asks for progress less often than a first answer does: each ask costs the node a
// rank request, out of the same budget the sweep runs on.
constexpr int CompleteRetryMs = 500;
// --watch at an interval up to this: the second tick is the first answer's deadline, so answers
// come one per interval from the start (a deadline just before a tick would print two at once).
constexpr int TickAsDeadlineMs = 1000;
}

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
    return {{QStringLiteral("sort"), tr("Rank by memory, reductions, message_queue_len, binary_memory or total_heap_size (default memory)."),
             tr("KEY"), QStringLiteral("memory")},
            {QStringLiteral("count"), tr("How many processes (default 10, at most 500)."), tr("N"), QStringLiteral("10")},
            {QStringLiteral("window"), tr("Rank by the change over MS milliseconds (per second), like recon:proc_window."), tr("MS")},
            {QStringLiteral("filter"), tr("Only processes whose pid, name, initial call, current function or application contains TEXT."),
             tr("TEXT")},
            {QStringLiteral("watch"), tr("Keep printing, one table or document per interval.")},
            {QStringLiteral("complete"),
             tr("Wait for a complete ranking, however long the node takes at its budget (a progress bar on stderr when "
                "it is a terminal).")},
            {QStringLiteral("interval"), tr("Milliseconds between refreshes with --watch (default 1000)."), tr("MS"), QStringLiteral("1000")},
            {QStringLiteral("budget"), tr("Share of one scheduler the agent may spend on the node, ranking included (default 0.02)."), tr("F")},
            formatOption(), prettyOption()};
}

QStringList TopCommand::formats() const
{
    return {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")};
}

int TopCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    if (const int rc = parseFormat(p))
        return rc;
    if (!ProcessQuery::parseSort(p.value(QStringLiteral("sort")), &m_query.sort))
        return usageError(tr("--sort is one of memory, reductions, message_queue_len, binary_memory, total_heap_size."));
    bool ok = true;
    m_query.limit = p.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || m_query.limit < 1 || m_query.limit > 500)
        return usageError(tr("--count takes a number from 1 to 500."));
    m_intervalMs = p.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || m_intervalMs < 0)
        return usageError(tr("--interval takes a number of milliseconds."));
    m_query.intervalMs = qMax(250, m_intervalMs);
    if (p.isSet(QStringLiteral("window"))) {
        const int w = p.value(QStringLiteral("window")).toInt(&ok);
        if (!ok || w < 250)
            return usageError(tr("--window takes milliseconds, at least 250."));
        m_query.mode = ProcessQuery::Mode::Window;
        m_query.intervalMs = w;
    }
    m_query.filter = p.value(QStringLiteral("filter"));
    m_watch = p.isSet(QStringLiteral("watch"));
    m_complete = p.isSet(QStringLiteral("complete"));
    if (p.isSet(QStringLiteral("budget"))) {
        m_budget = p.value(QStringLiteral("budget")).toDouble(&ok);
        if (!ok || m_budget <= 0 || m_budget > 1)
            return usageError(tr("--budget takes a fraction between 0 and 1, e.g. 0.02 for 2 %."));
    }
    return Ok;
}

void TopCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    // --watch: a ranking per tick; once: the tick the session takes as it goes live.
    session->setRefreshIntervalMs(qMax(1, m_intervalMs));
    session->setPaused(!m_watch);
    m_wait = new RankingWait([this] { this->session()->processes()->setQuery(m_query, true); }, this);
    connect(m_wait, &RankingWait::due, this, [this] {
        if (m_latest)
            answer(*m_latest); // what the node has ranked so far, marked partial
    });
    if (m_complete) {
        m_wait->setRetryMs(CompleteRetryMs);
        m_progress = std::make_unique<RankingProgress>(m_err);
    }
    connect(session, &NodeSession::refreshed, this, [this] {
        m_tickPending = true;
        // --watch at a short interval: the second tick ends the wait, its page is the answer.
        if (++m_ticks > 1 && m_watch && !m_complete && !m_answered && m_intervalMs <= TickAsDeadlineMs)
            m_wait->stop();
    });
    connect(session->processes(), &ProcessCollector::pageReady, this, &TopCommand::onPage);
    connect(session->processes(), &ProcessCollector::failed, this, [this](const QString &error) {
        if (m_progress)
            m_progress->clear();
        m_err << tr("Could not read the processes: %1").arg(error) << Qt::endl;
        finish(RemoteError);
    });
}

void TopCommand::start()
{
    if (m_budget > 0)
        session()->agent()->setBudget(m_budget);
    if (m_complete)
        m_wait->begin(-1);
    else if (m_watch && m_intervalMs <= TickAsDeadlineMs)
        m_wait->begin(-1); // the second tick ends the wait (attach)
    else
        m_wait->begin(RankingWait::FirstAnswerMs);
    session()->processes()->setQuery(m_query);
    session()->subscribe(NodeSession::Feed::Processes, this);
}

void TopCommand::interrupt(int signalNumber)
{
    if (m_progress)
        m_progress->clear();
    Command::interrupt(signalNumber);
}

void TopCommand::linkLost()
{
    if (m_progress)
        m_progress->clear();
    Command::linkLost();
}

void TopCommand::onPage(const ProcessRanking &page)
{
    if (isFinished() || !page.query.sameRanking(m_query))
        return;
    if (m_wait->isWaiting()) {
        m_latest = page;
        if (m_progress && !page.isFinal())
            m_progress->update(page);
        if (m_wait->offer(page.isFinal()))
            answer(page);
        return;
    }
    // The first answer (after the wait ended at a tick), then one per tick with --watch.
    if (!m_answered || m_tickPending)
        answer(page);
}

void TopCommand::answer(const ProcessRanking &page)
{
    m_wait->stop();
    if (m_progress)
        m_progress->clear();
    m_answered = true;
    m_tickPending = false;
    print(page);
    m_latest.reset(); // page may be it
    if (!m_watch)
        finish(Ok);
}

void TopCommand::print(const ProcessRanking &page)
{
    const TermFormatter f = session()->formatter();
    const QString node = session()->nodeName();
    if (isJson()) {
        QJsonArray rows;
        for (const ProcessRow &r : page.rows)
            rows.append(r.toJson(f));
        QJsonObject doc = ProcessColumns::head(node, page.query, page.receivedAt);
        doc.insert(QStringLiteral("total"), double(page.total));
        ProcessColumns::addRanking(&doc, page);
        doc.insert(QStringLiteral("processes"), rows);
        printJson(doc, !m_watch); // JSON Lines when watching
        return;
    }
    if (format() == QLatin1String("csv")) {
        RowWriter csv(RowWriter::Format::Csv, ProcessColumns::keys());
        QByteArray text = csv.begin();
        for (const ProcessRow &r : page.rows)
            text += csv.row(r.toJson(f));
        m_out << text;
        m_out.flush();
        return;
    }
    const QLocale loc;
    // Before the first ranking completes, total counts only the processes ranked so far.
    m_out << tr("%1 processes on %2, ranked by %3%4")
                 .arg(loc.toString(page.rankingComplete ? page.total : page.count), node, ProcessQuery::sortName(page.query.sort),
                      page.query.mode == ProcessQuery::Mode::Window ? tr(" change per second") : QString())
          << '\n' << ProcessColumns::rankingLine(page) << '\n';
    ProcessColumns::writeTable(m_out, page.rows, f);
    m_out << Qt::endl;
}

} // namespace beamtop
