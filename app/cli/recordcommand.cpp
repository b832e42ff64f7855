#include "recordcommand.h"

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
    const bool opened = m_options.outPath.isEmpty() ? m_file.open(stdout, QIODevice::WriteOnly)
                                                    : (m_file.setFileName(m_options.outPath), m_file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened) {
        m_err << tr("Cannot write to %1: %2. Check that the directory exists and is writable.")
                     .arg(m_options.outPath, m_file.errorString())
              << Qt::endl;
        end(1);
        return;
    }
    m_rowsWanted = qMax<qint64>(1, m_options.durationMs / qMax(1, m_options.intervalMs));
    m_writer = std::make_unique<HistoryWriter>(&m_file, m_options.format);
    m_system->fetch(); // the priming sample
}

void RecordCommand::onRow(qint64 timeMs, const QVector<HistoryMetric> &metrics, const QVector<double> &values)
{
    if (m_ended)
        return;
    if (!m_primed) {
        // Rates and utilisation are differences: the first sample only starts them.
        m_primed = true;
        m_writer->begin(m_options.node, metrics);
        m_file.flush();
        m_tick.start();
        return;
    }
    m_writer->writeSample(timeMs, values);
    // Flushed row by row: `tail -f` sees it, and an interrupted recording keeps what it had.
    m_file.flush();
    if (m_writer->rowsWritten() >= m_rowsWanted)
        end(0);
}

void RecordCommand::end(int exitCode)
{
    if (m_ended)
        return;
    m_ended = true;
    m_tick.stop();
    if (m_writer && m_primed && !m_writer->end()) {
        m_err << tr("Writing the recording failed: %1").arg(m_file.errorString()) << Qt::endl;
        exitCode = 1;
    }
    m_file.close();
    emit finished(exitCode);
}

} // namespace beamtop
