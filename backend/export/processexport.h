#pragma once

#include "collect/processranking.h"
#include "export/rowwriter.h"
#include "exportfile.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace beamtop {

class AgentClient;
class ProcessCollector;

// Writes a whole ranking (every process, or those the filter matches) to CSV or JSON, fetched
// page by page with a collector of its own so the table's refreshes go on undisturbed: a job
// the Processes page starts and follows (progress, finished), and beamtop-cli could too. Each
// page is written as it arrives: the export never holds more than one page of rows. The file
// replaces its target only when complete (ExportFile). Columns and rows are ProcessColumns'
// and RowWriter's (backend/export), the same as `beamtop-cli top`.
class ProcessExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    ProcessExport(AgentClient *agent, const ProcessQuery &ranking, const TermFormatter &formatter, const QString &node,
                  QObject *parent = nullptr);
    ~ProcessExport() override;

    static Format formatFor(const QString &path); // by suffix: .json is JSON, anything else CSV
    // Keys, in the order of CSV columns (ProcessColumns::keys()).
    static QStringList keys();

    void start(const QString &path, Format format);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 rowsWritten() const { return m_written; }

signals:
    void progress(qint64 done, qint64 total);
    // ok false: message says why (cancelled, or what failed and what to check).
    void finished(bool ok, const QString &message);

private:
    void fetchNext();
    void onPage(const ProcessRanking &page);
    void finish(bool ok, const QString &message);

    ProcessCollector *m_collector;
    ProcessQuery m_query;
    TermFormatter m_formatter;
    QString m_node;
    std::unique_ptr<RowWriter> m_writer;
    std::unique_ptr<ExportFile> m_file;
    QSet<quint64> m_seen; // pids written (number and serial): a ranking re-sorted between pages must not repeat rows
    qint64 m_total = 0;
    qint64 m_written = 0;
    bool m_running = false;
};

} // namespace beamtop
