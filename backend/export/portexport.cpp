#include "portexport.h"

#include "collect/portcollector.h"
#include "export/portcolumns.h"

#include <QDateTime>
#include <QTimer>

namespace beamtop {

namespace {
constexpr int PageRows = 500; // the agent's cap per page
constexpr int RetryMs = 200;  // while the node finishes its first ranking
} // namespace

PortExport::PortExport(AgentClient *agent, const PortQuery &ranking, const TermFormatter &formatter, const QString &node,
                       QObject *parent)
    : QObject(parent), m_collector(new PortCollector(agent, this)), m_query(ranking), m_formatter(formatter), m_node(node)
{
    m_query.pinned.clear();
    m_query.limit = PageRows;
    connect(m_collector, &PortCollector::pageReady, this, &PortExport::onPage);
    connect(m_collector, &PortCollector::failed, this, [this](const QString &error) {
        finish(false, tr("The node did not answer during the export (%1). The file was not written; try again, "
                         "or export one type or a filtered ranking.")
                          .arg(error));
    });
}

PortExport::~PortExport() = default;

PortExport::Format PortExport::formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

void PortExport::start(const QString &path, Format format)
{
    m_writer = std::make_unique<RowWriter>(format == Format::Json ? RowWriter::Format::Json : RowWriter::Format::Csv,
                                           PortColumns::keys());
    m_file = std::make_unique<ExportFile>(path);
    m_running = true;
    m_written = 0;
    m_total = 0;
    m_seen.clear();
    m_query.offset = 0;
    if (!m_file->open())
        return finish(false, m_file->error());
    // JSON: {head..., "ports": [ rows ], "total": N}, rows streaming in page by page.
    m_file->write(m_writer->begin(PortColumns::head(m_node, m_query, QDateTime::currentDateTimeUtc()), QStringLiteral("ports")));
    fetchNext();
}

void PortExport::cancel()
{
    if (!m_running)
        return;
    finish(false, tr("Export cancelled; no file was written."));
}

void PortExport::fetchNext()
{
    if (!m_running)
        return;
    m_collector->fetch(m_query);
}

void PortExport::onPage(const PortRanking &page)
{
    if (!m_running)
        return;
    // Before the node's first ranking is complete, pages show only what is ranked so far.
    if (!page.rankingComplete && !page.reducedMode) {
        emit progress(0, page.sweepTotal);
        QTimer::singleShot(RetryMs, this, &PortExport::fetchNext);
        return;
    }
    m_total = page.total;
    QByteArray chunk;
    for (const PortRow &r : page.rows) {
        if (r.closed() || m_seen.contains(r.idText))
            continue; // a port closed since it was ranked is not part of what the node has now
        m_seen.insert(r.idText);
        chunk += m_writer->row(r.toJson(m_formatter));
        ++m_written;
    }
    if (!chunk.isEmpty() && !m_file->write(chunk))
        return finish(false, m_file->error());
    m_query.offset += int(page.rows.size());
    emit progress(qMin<qint64>(m_query.offset, m_total), m_total);
    if (page.rows.isEmpty() || m_query.offset >= m_total) {
        const QByteArray tail = m_writer->end({{QStringLiteral("total"), double(m_written)}});
        if (!tail.isEmpty() && !m_file->write(tail))
            return finish(false, m_file->error());
        if (!m_file->commit())
            return finish(false, m_file->error());
        return finish(true, tr("Exported %Ln ports and sockets to %1.", nullptr, int(m_written)).arg(m_file->path()));
    }
    fetchNext();
}

void PortExport::finish(bool ok, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    if (!ok && m_file)
        m_file->cancel();
    emit finished(ok, message);
}

} // namespace beamtop
