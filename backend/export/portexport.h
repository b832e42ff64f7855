#pragma once

#include "collect/portranking.h"
#include "export/rowwriter.h"
#include "exportfile.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace beamtop {

class AgentClient;
class PortCollector;

// Writes a whole port ranking (every port and socket, or those the type and filter match) to
// CSV or JSON, fetched page by page with a collector of its own so the table's refreshes go on
// undisturbed: the Network page's export, the same job as ProcessExport for processes. Each
// page is written as it arrives; the file replaces its target only when complete (ExportFile).
// Columns and rows are PortColumns' and PortRow::toJson's, the same as `beamtop-cli ports`.
class PortExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    PortExport(AgentClient *agent, const PortQuery &ranking, const TermFormatter &formatter, const QString &node,
               QObject *parent = nullptr);
    ~PortExport() override;

    static Format formatFor(const QString &path); // by suffix: .json is JSON, anything else CSV

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
    void onPage(const PortRanking &page);
    void finish(bool ok, const QString &message);

    PortCollector *m_collector;
    PortQuery m_query;
    TermFormatter m_formatter;
    QString m_node;
    std::unique_ptr<RowWriter> m_writer;
    std::unique_ptr<ExportFile> m_file;
    QSet<QString> m_seen; // ids written: a ranking re-sorted between pages must not repeat rows
    qint64 m_total = 0;
    qint64 m_written = 0;
    bool m_running = false;
};

} // namespace beamtop
