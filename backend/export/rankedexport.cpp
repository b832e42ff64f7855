#include "rankedexport.h"

#include <QDateTime>
#include <QTimer>

namespace beamtop {

namespace {
constexpr int RetryMs = 200; // while the node finishes its first ranking
} // namespace

RankedExport::RankedExport(const QStringList &keys, const QString &rowsKey, const TermFormatter &formatter,
                           const QString &node, QObject *parent)
    : QObject(parent), m_keys(keys), m_rowsKey(rowsKey), m_formatter(formatter), m_node(node)
{
}

RankedExport::~RankedExport() = default;

RankedExport::Format RankedExport::formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

void RankedExport::start(const QString &path, Format format)
{
    m_writer = std::make_unique<RowWriter>(format == Format::Json ? RowWriter::Format::Json : RowWriter::Format::Csv, m_keys);
    m_file = std::make_unique<ExportFile>(path);
    m_running = true;
    m_written = 0;
    m_total = 0;
    m_seen.clear();
    m_offset = 0;
    if (!m_file->open())
        return finish(false, m_file->error());
    // JSON: {head..., "<rows>": [ rows ], "total": N}, rows streaming in page by page.
    m_file->write(m_writer->begin(head(m_node, QDateTime::currentDateTimeUtc()), m_rowsKey));
    fetchNext();
}

void RankedExport::cancel()
{
    if (!m_running)
        return;
    finish(false, tr("Export cancelled; no file was written."));
}

void RankedExport::fetchNext()
{
    if (!m_running)
        return;
    fetchAt(m_offset);
}

bool RankedExport::isComplete(const RankingStatus &status)
{
    if (!status.rankingComplete && !status.reducedMode) {
        emit progress(0, status.sweepTotal);
        QTimer::singleShot(RetryMs, this, &RankedExport::fetchNext);
        return false;
    }
    m_total = status.total;
    return true;
}

void RankedExport::pageWritten(const QByteArray &chunk, int rows)
{
    if (!chunk.isEmpty() && !m_file->write(chunk))
        return finish(false, m_file->error());
    m_offset += rows;
    emit progress(qMin<qint64>(m_offset, m_total), m_total);
    if (rows == 0 || m_offset >= m_total) {
        const QByteArray tail = m_writer->end({{QStringLiteral("total"), double(m_written)}});
        if (!tail.isEmpty() && !m_file->write(tail))
            return finish(false, m_file->error());
        if (!m_file->commit())
            return finish(false, m_file->error());
        return finish(true, doneText(m_written, m_file->path()));
    }
    fetchNext();
}

void RankedExport::finish(bool ok, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    if (!ok && m_file)
        m_file->cancel();
    emit finished(ok, message);
}

} // namespace beamtop
