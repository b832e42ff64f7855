// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "history/historywriter.h"

#include <QFile>
#include <QSaveFile>

#include <memory>

namespace beamtop {

class RecordTextWriter;

// beamtop-cli record: the load metrics the desktop keeps as history (scheduler utilisation,
// memory, processes and ports, reductions, I/O, garbage collection, run queue, and the
// allocators' allocated and used bytes per type with their totals and the RSS), one row per
// tick of the session at --interval, for a duration, written as CSV, JSON or text while they
// come, so a long recording holds no more than one row in memory. The rows are the session's
// history rows: the same numbers the Load page charts.
//
// However it ends, the output is a whole document up to the last sample: a sample that fails
// is skipped (said on stderr), and an interruption (Ctrl+C, SIGTERM, a lost connection) closes
// the CSV or JSON before finishing. A file given with --out is written beside the target and
// renamed over it at the end, so the target never holds a cut-off document; standard output
// streams row by row.
class RecordCommand : public Command
{
    Q_OBJECT
public:
    RecordCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~RecordCommand() override;

    QString name() const override { return QStringLiteral("record"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QStringList formats() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    // Opens the output; the session's first tick is the priming sample (rates and utilisation
    // need one before), then one row per tick until the duration is covered.
    void start() override;
    // Ends the recording with what it has, the document closed, exit code 0.
    void interrupt(int signalNumber) override;
    void linkLost() override;

    qint64 rowsWritten() const;
    // After this many failed samples in a row the node is taken to be gone.
    static constexpr int MaxFailuresInARow = 5;
    // "90s", "15m", "2h", "1500ms", or plain seconds ("60").
    static bool parseDuration(const QString &text, qint64 *ms);

private:
    void onRow(qint64 timeMs);
    void onSampleFailed(const QString &error);
    // Ends the recording now, cleanly; why goes to stderr (empty: nothing said).
    void stop(int exitCode, const QString &why = QString());
    void end(int exitCode);
    bool writerOpen() const { return m_writer || m_text; }

    qint64 m_durationMs = 60000;
    int m_intervalMs = 1000;
    QString m_outPath; // empty: standard output
    QFile m_stdout;
    QSaveFile m_saveFile;
    QIODevice *m_device = nullptr;
    std::unique_ptr<HistoryWriter> m_writer; // csv, json
    std::unique_ptr<RecordTextWriter> m_text; // text
    qint64 m_rowsWanted = 0;
    qint64 m_skipped = 0;
    int m_failuresInARow = 0;
    bool m_primed = false;
    bool m_ended = false;
};

} // namespace beamtop
