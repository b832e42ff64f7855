// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankedexport.h"

#include <QDateTime>
#include <QTimer>

namespace beamtop {

namespace {
constexpr int RetryMs = 200; // while the node finishes its first ranking
// How long the node keeps the ranking as it is after each page: pages come back to back, so
// this only matters when one is slow; the hold lapsing restarts the walk (RankedWalk).
constexpr int HoldMs = 10000;
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
    m_walk = RankedWalk{HoldMs, 0, 0};
    m_done = 0;
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
    fetchPage(m_offset, m_walk);
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

void RankedExport::pageWritten(const QByteArray &chunk, const RankingStatus &page, int rows)
{
    if (!chunk.isEmpty() && !m_file->write(chunk))
        return finish(false, m_file->error());
    if (rows == 0 && page.rowsCut > 0)
        return finish(false, tr("The node's rows are larger than a reply may be; no file was written."));
    // A page of another generation than the one walked started at the top of a new ranking
    // (the hold lapsed): the rows written are not written again (keyOf), the rest follow.
    if (m_walk.afterGen != 0 && page.gen != m_walk.afterGen)
        m_done = 0;
    m_done += rows;
    bool last = rows == 0;
    if (page.reducedMode) { // no agent: no ranking to hold, the node's order by offset
        m_offset += rows;
        last = last || m_offset >= m_total;
    } else {
        const bool stuck = page.gen == m_walk.afterGen && page.lastPos <= m_walk.afterPos;
        m_walk.afterGen = page.gen;
        m_walk.afterPos = page.lastPos;
        last = !page.more;
        if (!last && stuck)
            return finish(false, tr("The node's ranking did not move on between two pages; no file was written. Try again."));
    }
    emit progress(qMin<qint64>(m_done, m_total), m_total);
    if (last) {
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
    if (m_walk.holdMs > 0)
        releaseRanking();
    if (!ok && m_file)
        m_file->cancel();
    emit finished(ok, message);
}

} // namespace beamtop
