// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/rowwriter.h"
#include "exportfile.h"
#include "rank/rankedquery.h"
#include "term/termformatter.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <memory>
#include <type_traits>
#include <utility>

namespace beamtop {

// Writes a whole ranking of one kind (every entity, or those the filter matches) to CSV or
// JSON, fetched page by page with a collector of its own so the table's refreshes go on
// undisturbed: a job a page starts and follows (progress, finished). The pages walk the
// ranking by position while the node holds it as it is (RankedWalk), so entities leaving it
// or a re-sort between two pages cannot push one past a page's edge unwritten. Each page is
// written as it arrives: the export never holds more than one page of rows. The file replaces
// its target only when complete (ExportFile). Columns and rows are the kind's (ProcessColumns,
// PortColumns) and RowWriter's, the same as beamtop-cli's. A subclass owns the collector and
// the query: it fetches the page at an offset, writes the head of the document and hands each
// page to takePage.
class RankedExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    ~RankedExport() override;

    static Format formatFor(const QString &path); // by suffix: .json is JSON, anything else CSV

    void start(const QString &path, Format format);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 rowsWritten() const { return m_written; }

signals:
    void progress(qint64 done, qint64 total);
    // ok false: message says why (cancelled, or what failed and what to check).
    void finished(bool ok, const QString &message);

protected:
    static constexpr int PageRows = RankedQuery::MaxRows;

    // keys: the CSV columns; rowsKey: the JSON document's array of rows.
    RankedExport(const QStringList &keys, const QString &rowsKey, const TermFormatter &formatter, const QString &node,
                 QObject *parent);

    // Starts a fetch of PageRows rows of the ranking at offset, or where walk says.
    virtual void fetchPage(int offset, const RankedWalk &walk) = 0;
    // The walk is over: the node need not hold the ranking any longer (no rows are asked for).
    virtual void releaseRanking() = 0;
    // The JSON document's keys before the rows (the kind's head: node, taken_at, sort, ...).
    virtual QJsonObject head(const QString &node, const QDateTime &takenAt) const = 0;
    // What the job says when done: "Exported 12 processes to /tmp/x.csv."
    virtual QString doneText(qint64 written, const QString &path) const = 0;

    // A page came. keyOf(row) names the entity, so that a ranking walked again from the top
    // (the node's hold lapsed) does not repeat rows; an empty key leaves the row out.
    template <typename Page, typename KeyOf>
    void takePage(const Page &page, KeyOf keyOf)
    {
        if (!m_running || !isComplete(page))
            return;
        QByteArray chunk;
        for (const auto &r : page.rows) {
            const QString key = keyOf(r);
            if (key.isEmpty() || m_seen.contains(key))
                continue;
            m_seen.insert(key);
            chunk += m_writer->row(r.toJson(m_formatter));
            ++m_written;
        }
        pageWritten(chunk, page, int(page.rows.size()));
    }
    // The collector failed: no file; message says why and what to try.
    void abort(const QString &message) { finish(false, message); }

private:
    // Before the node's first ranking is complete a page shows only what is ranked so far:
    // false, and the same page is asked again in a moment.
    bool isComplete(const RankingStatus &status);
    void pageWritten(const QByteArray &chunk, const RankingStatus &page, int rows);
    void fetchNext();
    void finish(bool ok, const QString &message);

    QStringList m_keys;
    QString m_rowsKey;
    TermFormatter m_formatter;
    QString m_node;
    std::unique_ptr<RowWriter> m_writer;
    std::unique_ptr<ExportFile> m_file;
    QSet<QString> m_seen; // entities written
    RankedWalk m_walk;
    int m_offset = 0;  // without the agent, rows come by offset in the node's order
    qint64 m_done = 0; // rows received, for the progress
    qint64 m_total = 0;
    qint64 m_written = 0;
    bool m_running = false;
};

class AgentClient;

// A RankedExport over one kind's collector (RankedCollectorOf: ProcessCollector, ...) of its
// own and columns (ProcessColumns, ...: keys, head). The subclass names the rows' entities.
template <typename KindCollector, typename Columns>
class RankedExportOf : public RankedExport
{
public:
    using Query = typename KindCollector::Query;
    using Page = typename KindCollector::Page;
    using Row = std::decay_t<decltype(std::declval<Page>().rows.front())>;

protected:
    RankedExportOf(AgentClient *agent, const Query &ranking, const QString &rowsKey, const TermFormatter &formatter,
                   const QString &node, QObject *parent)
        : RankedExport(Columns::keys(), rowsKey, formatter, node, parent),
          m_collector(new KindCollector(agent, this)), m_query(ranking)
    {
        m_query.pinned.clear();
        m_query.limit = PageRows;
        connect(m_collector, &KindCollector::pageReady, this,
                [this](const Page &page) { takePage(page, [this](const Row &r) { return keyOf(r); }); });
        connect(m_collector, &KindCollector::failed, this, [this](const QString &error) { abort(failedText(error)); });
    }

    // The entity a row is about; empty leaves it out.
    virtual QString keyOf(const Row &row) const = 0;
    // The node did not answer: no file, and what to try.
    virtual QString failedText(const QString &error) const = 0;

    void fetchPage(int offset, const RankedWalk &walk) override
    {
        m_query.offset = offset;
        m_collector->fetch(m_query, walk);
    }
    void releaseRanking() override
    {
        Query q = m_query;
        q.limit = 0;
        m_collector->fetch(q, RankedWalk{0, 0, 0, true});
    }
    QJsonObject head(const QString &node, const QDateTime &takenAt) const override
    {
        return Columns::head(node, m_query, takenAt);
    }

private:
    KindCollector *m_collector;
    Query m_query;
};

} // namespace beamtop
