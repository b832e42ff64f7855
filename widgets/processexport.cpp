#include "processexport.h"

#include "collect/processcollector.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace beamtop {

namespace {
constexpr int PageRows = 500; // the agent's cap per page
constexpr int RetryMs = 200;  // while the node finishes its first ranking

QString csvCell(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'f', 1);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}
} // namespace

ProcessExport::ProcessExport(AgentClient *agent, const ProcessQuery &ranking, const TermFormatter &formatter,
                             const QString &node, QObject *parent)
    : QObject(parent), m_collector(new ProcessCollector(agent, this)), m_query(ranking), m_formatter(formatter), m_node(node)
{
    m_query.pinned.clear();
    m_query.limit = PageRows;
    connect(m_collector, &ProcessCollector::pageReady, this, &ProcessExport::onPage);
    connect(m_collector, &ProcessCollector::failed, this, [this](const QString &error) {
        finish(false, tr("The node did not answer during the export (%1). The file was not written; try again, "
                         "or export a filtered ranking.")
                          .arg(error));
    });
}

ProcessExport::~ProcessExport() = default;

ProcessExport::Format ProcessExport::formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

QStringList ProcessExport::keys()
{
    // The order of `beamtop-cli top --format csv`.
    return {QStringLiteral("pid"), QStringLiteral("name"), QStringLiteral("memory"), QStringLiteral("reductions"),
            QStringLiteral("reductions_per_s"), QStringLiteral("message_queue_len"), QStringLiteral("binary_memory"),
            QStringLiteral("total_heap_size"), QStringLiteral("status"), QStringLiteral("application"),
            QStringLiteral("current_function"), QStringLiteral("initial_call")};
}

void ProcessExport::start(const QString &path, Format format)
{
    m_format = format;
    m_file = std::make_unique<ExportFile>(path);
    m_running = true;
    m_first = true;
    m_written = 0;
    m_total = 0;
    m_seen.clear();
    m_query.offset = 0;
    if (!m_file->open())
        return finish(false, m_file->error());
    if (format == Format::Csv) {
        m_file->write(ExportFile::csvLine(keys()));
    } else {
        QJsonObject head;
        head.insert(QStringLiteral("node"), m_node);
        head.insert(QStringLiteral("taken_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        head.insert(QStringLiteral("sort"), ProcessQuery::sortName(m_query.sort));
        head.insert(QStringLiteral("mode"), m_query.mode == ProcessQuery::Mode::Window ? QStringLiteral("window")
                                                                                      : QStringLiteral("absolute"));
        head.insert(QStringLiteral("filter"), m_query.filter.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_query.filter));
        // The object is written open-ended so rows can stream in: {..., "processes": [ rows ], "total": N}
        QByteArray text = QJsonDocument(head).toJson(QJsonDocument::Compact);
        text.chop(1); // the closing brace
        m_file->write(text + ",\"processes\":[\n");
    }
    fetchNext();
}

void ProcessExport::cancel()
{
    if (!m_running)
        return;
    finish(false, tr("Export cancelled; no file was written."));
}

void ProcessExport::fetchNext()
{
    if (!m_running)
        return;
    m_collector->fetch(m_query);
}

void ProcessExport::onPage(const ProcessRanking &page)
{
    if (!m_running)
        return;
    // Before the node's first ranking is complete, pages show only what is ranked so far.
    if (!page.rankingComplete && !page.reducedMode) {
        emit progress(0, page.sweepTotal);
        QTimer::singleShot(RetryMs, this, &ProcessExport::fetchNext);
        return;
    }
    m_total = page.total;
    QByteArray chunk;
    for (const ProcessRow &r : page.rows) {
        const quint64 key = (quint64(r.pid.serial) << 32) | (r.pid.id & 0xffffffffu);
        if (m_seen.contains(key))
            continue;
        m_seen.insert(key);
        const QJsonObject o = r.toJson(m_formatter);
        if (m_format == Format::Csv) {
            QStringList cells;
            for (const QString &k : keys())
                cells << csvCell(o.value(k));
            chunk += ExportFile::csvLine(cells);
        } else {
            if (!m_first)
                chunk += ",\n";
            chunk += QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        m_first = false;
        ++m_written;
    }
    if (!chunk.isEmpty() && !m_file->write(chunk))
        return finish(false, m_file->error());
    m_query.offset += int(page.rows.size());
    emit progress(qMin<qint64>(m_query.offset, m_total), m_total);
    if (page.rows.isEmpty() || m_query.offset >= m_total) {
        if (m_format == Format::Json && !m_file->write("\n],\"total\":" + QByteArray::number(m_written) + "}\n"))
            return finish(false, m_file->error());
        if (!m_file->commit())
            return finish(false, m_file->error());
        return finish(true, tr("Exported %Ln processes to %1.", nullptr, int(m_written)).arg(m_file->path()));
    }
    fetchNext();
}

void ProcessExport::finish(bool ok, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    if (!ok && m_file)
        m_file->cancel();
    emit finished(ok, message);
}

} // namespace beamtop
