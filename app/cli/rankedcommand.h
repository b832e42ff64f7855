// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "export/rowwriter.h"
#include "rankingprogress.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <functional>
#include <memory>
#include <optional>

namespace beamtop {

class RankingWait;

// What every command that prints a ranking of the node shares (top, ports): --sort, --count,
// --window, --filter, --watch and --interval; text, CSV or JSON; and the wait for the first
// answer. That comes within about a second (RankingWait): complete if the node ranks that
// fast, else what it has ranked so far, marked partial; --watch then prints one better answer
// per tick. With --complete (setComplete) it waits for a complete ranking instead, with a
// progress bar on a terminal's stderr. RankedCommandOf adds the kind's collector and columns.
class RankedCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QStringList formats() const override;
    void interrupt(int signalNumber) override;
    void linkLost() override;

protected:
    // The options every ranked command takes, in the order of the help: sort, count, window,
    // filter, watch, interval, format, pretty. The texts name the kind.
    QList<QCommandLineOption> rankingOptions(const QCommandLineOption &sort, const QString &countHelp,
                                             const QString &windowHelp, const QString &filterHelp) const;
    // No arguments, and --format: Ok, or Usage with the reason printed.
    int parseStart(const QCommandLineParser &p, const QStringList &args);
    // --count, --interval, --window, --filter and --watch, into query and this command.
    template <typename Query>
    int parseRanking(const QCommandLineParser &p, Query *query)
    {
        bool ok = true;
        query->limit = p.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || query->limit < 1 || query->limit > RankedQuery::MaxRows)
            return usageError(tr("--count takes a number from 1 to %1.").arg(RankedQuery::MaxRows));
        m_intervalMs = p.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || m_intervalMs < 0)
            return usageError(tr("--interval takes a number of milliseconds."));
        query->intervalMs = qMax(250, m_intervalMs);
        if (p.isSet(QStringLiteral("window"))) {
            const int w = p.value(QStringLiteral("window")).toInt(&ok);
            if (!ok || w < 250)
                return usageError(tr("--window takes milliseconds, at least 250."));
            query->mode = Query::Mode::Window;
            query->intervalMs = w;
        }
        query->filter = p.value(QStringLiteral("filter"));
        m_watch = p.isSet(QStringLiteral("watch"));
        return Ok;
    }
    // --complete: wait without a deadline for a complete ranking.
    void setComplete(bool complete) { m_complete = complete; }
    bool isWatching() const { return m_watch; }

    // From attach(): the session's tick and the wait; askAgain fetches the query now.
    void attachRanking(NodeSession *session, std::function<void()> askAgain);
    // From start(): the wait for the first answer begins.
    void beginWait();
    // Waiting for the first answer (or, with --watch at a short interval, for the second tick).
    bool isWaiting() const;
    // A page of this command's ranking came; final: complete for its query. True when it is
    // to be answered now (then answered() and done()); false while waiting for a better one,
    // or between ticks with --watch.
    bool takePage(bool final, const RankingStatus &status);
    // An answer is printed now: no more waiting.
    void answered();
    // After an answer: done unless --watch.
    void done();
    // The collector failed: says so and ends with RemoteError.
    void readFailed(const QString &message);

private:
    // The deadline passed: answer with the best page so far, if any.
    virtual void answerLatest() = 0;

    int m_intervalMs = 1000;
    bool m_watch = false;
    bool m_complete = false;
    RankingWait *m_wait = nullptr;
    std::unique_ptr<RankingProgress> m_progress; // --complete
    bool m_answered = false;
    bool m_tickPending = false; // --watch: a tick came since the last answer
    int m_ticks = 0;
};

// A RankedCommand over one kind's collector (RankedCollectorOf: ProcessCollector, ...) and
// columns (ProcessColumns, ...: keys, head, addRanking). JSON and CSV are the columns'; the
// subclass writes the text.
template <typename KindCollector, typename Columns>
class RankedCommandOf : public RankedCommand
{
public:
    using Query = typename KindCollector::Query;
    using Page = typename KindCollector::Page;
    using RankedCommand::RankedCommand;

    void attach(NodeSession *session, const Context &context) override
    {
        Command::attach(session, context);
        attachRanking(session, [this] { collector()->setQuery(m_query, true); });
        connect(collector(), &KindCollector::pageReady, this, [this](const Page &page) { onPage(page); });
        connect(collector(), &KindCollector::failed, this, [this](const QString &error) { readFailed(failedText(error)); });
    }
    void start() override
    {
        beginWait();
        collector()->setQuery(m_query);
        session()->subscribe(feed(), this);
    }

protected:
    virtual KindCollector *collector() const = 0;
    virtual NodeSession::Feed feed() const = 0;
    // The JSON document's array of rows: "processes", ...
    virtual QString rowsKey() const = 0;
    // "Could not read the processes: <error>"
    virtual QString failedText(const QString &error) const = 0;
    virtual void printText(const Page &page) = 0;

    Query m_query;

private:
    void onPage(const Page &page)
    {
        if (isFinished() || !page.query.sameRanking(m_query))
            return;
        if (isWaiting())
            m_latest = page;
        if (takePage(page.isFinal(), page))
            answer(page);
    }
    void answer(const Page &page)
    {
        answered();
        print(page);
        m_latest.reset(); // page may be it
        done();
    }
    void answerLatest() override
    {
        if (m_latest)
            answer(*m_latest); // what the node has ranked so far, marked partial
    }
    void print(const Page &page)
    {
        const TermFormatter f = session()->formatter();
        if (isJson()) {
            QJsonArray rows;
            for (const auto &r : page.rows)
                rows.append(r.toJson(f));
            QJsonObject doc = Columns::head(session()->nodeName(), page.query, page.receivedAt);
            doc.insert(QStringLiteral("total"), double(page.total));
            Columns::addRanking(&doc, page);
            doc.insert(rowsKey(), rows);
            printJson(doc, !isWatching()); // JSON Lines when watching
            return;
        }
        if (format() == QLatin1String("csv")) {
            RowWriter csv(RowWriter::Format::Csv, Columns::keys());
            QByteArray text = csv.begin();
            for (const auto &r : page.rows)
                text += csv.row(r.toJson(f));
            m_out << text;
            m_out.flush();
            return;
        }
        printText(page);
    }

    std::optional<Page> m_latest; // the best page so far, while waiting
};

} // namespace beamtop
