#pragma once

#include "history/historywriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QSaveFile>
#include <QTimer>

#include <memory>

class QTextStream;

namespace beamtop {

class AgentClient;
class LoadRecorder;
class SystemCollector;

// beamtop-cli record: the load metrics the desktop keeps as history (scheduler utilisation,
// memory, processes and ports, reductions, I/O, garbage collection, run queue), sampled every
// interval for a duration and written as CSV or JSON while they come, so a long recording
// holds no more than one row in memory.
//
// However it ends, the output is a whole document up to the last sample: a sample that fails
// is skipped (said on stderr), and an interruption (stop(): Ctrl+C, SIGTERM, a lost
// connection) closes the CSV or JSON before finishing. A file given with --out is written
// beside the target and renamed over it at the end, so the target never holds a cut-off
// document; standard output streams row by row.
class RecordCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 durationMs = 60000;
        int intervalMs = 1000;
        HistoryWriter::Format format = HistoryWriter::Format::Csv;
        QString outPath; // empty: standard output
        QString node;
    };

    RecordCommand(AgentClient *agent, SystemCollector *system, Options options, QTextStream &err,
                  QObject *parent = nullptr);
    ~RecordCommand() override;

    // Opens the output, takes a first sample (rates and utilisation need one before), then one
    // row per interval until the duration is covered. finished() comes with an exit code.
    void start();
    // Ends the recording now with what it has, cleanly: the document is closed, then
    // finished(exitCode). why goes to stderr (empty: nothing said).
    void stop(int exitCode, const QString &why = QString());
    bool isFinished() const { return m_ended; }
    qint64 rowsWritten() const;
    // After this many failed samples in a row the node is taken to be gone.
    static constexpr int MaxFailuresInARow = 5;

    // "90s", "15m", "2h", "1500ms", or plain seconds ("60").
    static bool parseDuration(const QString &text, qint64 *ms);

signals:
    void finished(int exitCode);

private:
    void onRow(qint64 timeMs, const QVector<HistoryMetric> &metrics, const QVector<double> &values);
    void onSampleFailed(const QString &error);
    void end(int exitCode);

    SystemCollector *m_system;
    Options m_options;
    QTextStream &m_err;
    LoadRecorder *m_recorder;
    QFile m_stdout;
    QSaveFile m_saveFile;
    QIODevice *m_device = nullptr;
    std::unique_ptr<HistoryWriter> m_writer;
    QTimer m_tick;
    qint64 m_rowsWanted = 0;
    qint64 m_skipped = 0;
    int m_failuresInARow = 0;
    bool m_primed = false;
    bool m_ended = false;
};

} // namespace beamtop
