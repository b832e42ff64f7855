// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcommand.h"

#include "collect/alloccollector.h"
#include "recordtextwriter.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstdio>

namespace beamtop {

RecordCommand::RecordCommand(QTextStream &out, QTextStream &err, QObject *parent) : Command(out, err, parent) {}

RecordCommand::~RecordCommand() = default;

QString RecordCommand::summary() const
{
    return tr("The load metrics over time, as CSV, JSON or text.");
}

QString RecordCommand::description() const
{
    return tr("Records what the desktop's Load page charts (scheduler utilisation, memory, processes and ports, "
              "reductions, I/O, garbage collection, run queue) and, in CSV and JSON, the memory allocators (allocated "
              "and used bytes per type, the totals, the resident size): a first sample, then one row per interval for "
              "the duration. Ctrl+C or SIGTERM end it early with a whole document.");
}

QList<QCommandLineOption> RecordCommand::options() const
{
    return {{QStringLiteral("duration"), tr("For how long, like 90s, 15m or 2h (default 60s)."), tr("TIME"), QStringLiteral("60s")},
            {QStringLiteral("interval"), tr("Milliseconds between samples, at least 100 (default 1000)."), tr("MS"),
             QStringLiteral("1000")},
            {QStringLiteral("out"), tr("Write to FILE instead of standard output."), tr("FILE")},
            formatOption()};
}

QStringList RecordCommand::formats() const
{
    return {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("text")};
}

bool RecordCommand::parseDuration(const QString &text, qint64 *ms)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double factor = unit == QLatin1String("ms") ? 1
        : unit == QLatin1String("m") || unit == QLatin1String("min") ? 60000
        : unit == QLatin1String("h") ? 3600000
                                     : 1000;
    const double v = n * factor;
    if (v < 1 || v > 7 * 24 * 3600000.0)
        return false;
    *ms = qint64(v);
    return true;
}

int RecordCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    if (const int rc = parseFormat(p))
        return rc;
    if (!parseDuration(p.value(QStringLiteral("duration")), &m_durationMs))
        return usageError(tr("--duration takes a time like 90s, 15m or 2h."));
    bool ok = true;
    m_intervalMs = p.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || m_intervalMs < 100)
        return usageError(tr("record: --interval takes at least 100 ms."));
    m_outPath = p.value(QStringLiteral("out"));
    return Ok;
}

void RecordCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    session->setRefreshIntervalMs(m_intervalMs);
    session->setPaused(false);
    connect(session, &NodeSession::historyAppended, this, [this](qint64 timeMs) { onRow(timeMs); });
    connect(session, &NodeSession::fetchFailed, this, &RecordCommand::onSampleFailed);
    connect(session, &NodeSession::schedulerError, this, [this](const QString &error) {
        if (!m_ended)
            m_err << tr("Could not read the schedulers (their columns stay empty in this row): %1").arg(error) << Qt::endl;
    });
    // The session reads the allocators after the schedulers, for the same row.
    connect(session->allocators(), &AllocCollector::failed, this, [this](const QString &error) {
        if (!m_ended)
            m_err << tr("Could not read the allocators (their columns stay empty in this row): %1").arg(error) << Qt::endl;
    });
}

void RecordCommand::start()
{
    bool opened = false;
    QString error;
    if (m_outPath.isEmpty()) {
        opened = m_stdout.open(stdout, QIODevice::WriteOnly);
        m_device = &m_stdout;
        error = m_stdout.errorString();
    } else {
        // Written beside the target, renamed over it at the end; where no file can be made
        // beside it (--out /dev/stdout), straight to it.
        m_saveFile.setFileName(m_outPath);
        m_saveFile.setDirectWriteFallback(true);
        opened = m_saveFile.open(QIODevice::WriteOnly);
        m_device = &m_saveFile;
        error = m_saveFile.errorString();
    }
    if (!opened) {
        m_err << tr("Cannot write to %1: %2. Check that the directory exists and is writable.").arg(m_outPath, error)
              << Qt::endl;
        m_device = nullptr;
        end(Failure);
        return;
    }
    m_rowsWanted = qMax<qint64>(1, m_durationMs / qMax(1, m_intervalMs));
    if (isText()) {
        m_text = std::make_unique<RecordTextWriter>(m_device);
    } else {
        HistoryWriter::Format f = HistoryWriter::Format::Csv;
        HistoryWriter::parseFormat(format(), &f);
        m_writer = std::make_unique<HistoryWriter>(m_device, f);
    }
}

qint64 RecordCommand::rowsWritten() const
{
    return m_writer ? m_writer->rowsWritten() : m_text ? m_text->rowsWritten() : 0;
}

void RecordCommand::onRow(qint64 timeMs)
{
    if (m_ended || !writerOpen())
        return;
    m_failuresInARow = 0;
    const HistoryStore &history = session()->history();
    const QVector<HistoryFrame> frames = history.frames(timeMs, timeMs);
    if (frames.isEmpty() || frames.last().firstMs != timeMs)
        return; // not stored: not newer than the row before
    if (!m_primed) {
        // Rates and utilisation are differences: the first sample only starts them.
        m_primed = true;
        if (m_writer)
            m_writer->begin(session()->nodeName(), history.metrics());
        else
            m_text->begin(session()->nodeName(), history.metrics());
        if (m_device == &m_stdout)
            m_stdout.flush();
        return;
    }
    if (m_writer)
        m_writer->writeSample(timeMs, frames.last().mean);
    else
        m_text->writeSample(timeMs, frames.last().mean);
    // Standard output row by row: a pipe or `tail -f` sees each as it comes.
    if (m_device == &m_stdout)
        m_stdout.flush();
    if (rowsWritten() + m_skipped >= m_rowsWanted)
        end(Ok);
}

void RecordCommand::onSampleFailed(const QString &error)
{
    if (m_ended || !writerOpen())
        return;
    ++m_failuresInARow;
    if (m_failuresInARow >= MaxFailuresInARow) {
        stop(RemoteError, tr("%n samples in a row failed; the recording ends here: %1", nullptr, m_failuresInARow).arg(error));
        return;
    }
    if (!m_primed) {
        // Still no first sample: the next tick tries again.
        m_err << tr("The first sample failed, trying again: %1").arg(error) << Qt::endl;
        return;
    }
    ++m_skipped;
    m_err << tr("Skipped a sample: %1").arg(error) << Qt::endl;
    if (rowsWritten() + m_skipped >= m_rowsWanted)
        end(Ok);
}

void RecordCommand::interrupt(int)
{
    stop(Ok, tr("Interrupted: the recording ends with %n samples.", nullptr, int(rowsWritten())));
}

void RecordCommand::linkLost()
{
    // The document is closed with the samples it has.
    stop(RemoteError);
}

void RecordCommand::stop(int exitCode, const QString &why)
{
    if (m_ended)
        return;
    if (!why.isEmpty())
        m_err << why << Qt::endl;
    end(exitCode);
}

void RecordCommand::end(int exitCode)
{
    if (m_ended)
        return;
    m_ended = true;
    bool ok = true;
    // A recording stopped before its first sample still leaves a document: just no rows.
    if (m_writer) {
        if (!m_primed)
            m_writer->begin(session()->nodeName(), {});
        ok = m_writer->end();
    } else if (m_text) {
        if (!m_primed)
            m_text->begin(session()->nodeName(), {});
        ok = m_text->end();
    }
    if (m_device == &m_saveFile && m_saveFile.isOpen()) {
        if (!ok)
            m_saveFile.cancelWriting(); // the target stays as it was
        ok = m_saveFile.commit() && ok;
    } else if (m_device == &m_stdout) {
        ok = m_stdout.flush() && ok;
        m_stdout.close();
    }
    if (!ok && m_device) {
        m_err << tr("Writing the recording failed: %1").arg(m_device->errorString()) << Qt::endl;
        exitCode = Failure;
    }
    finish(exitCode);
}

} // namespace beamtop
