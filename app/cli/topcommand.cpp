#include "topcommand.h"

#include "collect/processcollector.h"
#include "export/processcolumns.h"
#include "export/rowwriter.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

namespace beamtop {

namespace {
constexpr int RetryMs = 200;
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
              "at every interval.");
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
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] { this->session()->processes()->setQuery(m_query, true); });
    connect(session->processes(), &ProcessCollector::pageReady, this, &TopCommand::onPage);
    connect(session->processes(), &ProcessCollector::failed, this, [this](const QString &error) {
        m_err << tr("Could not read the processes: %1").arg(error) << Qt::endl;
        finish(RemoteError);
    });
}

void TopCommand::start()
{
    if (m_budget > 0)
        session()->agent()->setBudget(m_budget);
    session()->processes()->setQuery(m_query);
    session()->subscribe(NodeSession::Feed::Processes, this);
}

void TopCommand::onPage(const ProcessRanking &page)
{
    if (isFinished())
        return;
    const bool ready = page.isFinal();
    // An answer waits for a complete ranking; progress goes to stderr so stdout stays
    // machine-readable.
    if (!ready) {
        if (context().verbose && page.sweepTotal > 0)
            m_err << tr("ranking %L1 of %L2 processes...").arg(page.sweepDone).arg(page.sweepTotal) << Qt::endl;
        m_retry.start();
        return;
    }
    print(page);
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
    m_out << tr("%1 processes on %2, ranked by %3%4")
                 .arg(loc.toString(page.total), node, ProcessQuery::sortName(page.query.sort),
                      page.query.mode == ProcessQuery::Mode::Window ? tr(" change per second") : QString())
          << '\n';
    ProcessColumns::writeTable(m_out, page.rows, f);
    m_out << Qt::endl;
}

} // namespace beamtop
