#include "recordcommand.h"

#include "cliapp.h"

#include "collect/systemcollector.h"
#include "history/loadrecorder.h"

#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace beamtop {

RecordCommand::RecordCommand(AgentClient *agent, SystemCollector *system, Options options, QTextStream &err,
                             QObject *parent)
    : QObject(parent), m_system(system), m_options(std::move(options)), m_err(err),
      m_recorder(new LoadRecorder(agent, system, this))
{
    m_tick.setInterval(m_options.intervalMs);
    connect(&m_tick, &QTimer::timeout, m_system, &SystemCollector::fetch);
    connect(m_recorder, &LoadRecorder::recorded, this, &RecordCommand::onRow);
    connect(m_recorder, &LoadRecorder::schedulerError, this, [this](const QString &error) {
        m_err << tr("Could not read the schedulers (their columns stay empty in this row): %1").arg(error) << Qt::endl;
    });
    connect(m_system, &SystemCollector::failed, this, &RecordCommand::onSampleFailed);
}

RecordCommand::~RecordCommand() = default;

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

void RecordCommand::start()
{
    bool opened = false;
    QString error;
    if (m_options.outPath.isEmpty()) {
        opened = m_stdout.open(stdout, QIODevice::WriteOnly);
        m_device = &m_stdout;
        error = m_stdout.errorString();
    } else {
        // Written beside the target, renamed over it at the end; where no file can be made
        // beside it (--out /dev/stdout), straight to it.
        m_saveFile.setFileName(m_options.outPath);
        m_saveFile.setDirectWriteFallback(true);
        opened = m_saveFile.open(QIODevice::WriteOnly);
        m_device = &m_saveFile;
        error = m_saveFile.errorString();
    }
    if (!opened) {
        m_err << tr("Cannot write to %1: %2. Check that the directory exists and is writable.").arg(m_options.outPath, error)
              << Qt::endl;
        end(1);
        return;
    }
    m_rowsWanted = qMax<qint64>(1, m_options.durationMs / qMax(1, m_options.intervalMs));
    m_writer = std::make_unique<HistoryWriter>(m_device, m_options.format);
    m_system->fetch(); // the priming sample
}

qint64 RecordCommand::rowsWritten() const
{
    return m_writer ? m_writer->rowsWritten() : 0;
}

void RecordCommand::onRow(qint64 timeMs, const QVector<HistoryMetric> &metrics, const QVector<double> &values)
{
    if (m_ended)
        return;
    m_failuresInARow = 0;
    if (!m_primed) {
        // Rates and utilisation are differences: the first sample only starts them.
        m_primed = true;
        m_writer->begin(m_options.node, metrics);
        if (m_device == &m_stdout)
            m_stdout.flush();
        if (!m_tick.isActive())
            m_tick.start();
        return;
    }
    m_writer->writeSample(timeMs, values);
    // Standard output row by row: a pipe or `tail -f` sees each as it comes.
    if (m_device == &m_stdout)
        m_stdout.flush();
    if (m_writer->rowsWritten() + m_skipped >= m_rowsWanted)
        end(0);
}

void RecordCommand::onSampleFailed(const QString &error)
{
    if (m_ended || !m_writer)
        return;
    ++m_failuresInARow;
    if (m_failuresInARow >= MaxFailuresInARow) {
        stop(CliApp::RemoteError, tr("%n samples in a row failed; the recording ends here: %1", nullptr, m_failuresInARow).arg(error));
        return;
    }
    if (!m_primed) {
        // Still no first sample: try again at the next tick.
        m_err << tr("The first sample failed, trying again: %1").arg(error) << Qt::endl;
        if (!m_tick.isActive())
            m_tick.start();
        return;
    }
    ++m_skipped;
    m_err << tr("Skipped a sample: %1").arg(error) << Qt::endl;
    if (m_writer->rowsWritten() + m_skipped >= m_rowsWanted)
        end(0);
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
    m_tick.stop();
    bool ok = true;
    if (m_writer) {
        // A recording stopped before its first sample still leaves a document: just no rows.
        if (!m_primed)
            m_writer->begin(m_options.node, {});
        ok = m_writer->end();
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
        exitCode = 1;
    }
    emit finished(exitCode);
}

} // namespace beamtop
