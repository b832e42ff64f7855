// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rankingwait.h"
#include "session/nodesession.h"
#include "snapshotsection.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

#include <optional>

namespace beamtop {

// A snapshot section that shows the top of a ranking (processes, ports) from the session's
// collector of that kind (RankedCollectorOf) and writes it with the kind's columns
// (ProcessColumns, ...). It sets the collector's standing query (the subclass sets its sort
// and limit) and subscribes to the kind's feed. The first snapshot waits for a complete
// ranking for about a second (RankingWait), then takes what the node has ranked so far, marked
// partial; later ones (--repeat) take their tick's page, better as the ranking completes.
template <typename KindCollector, typename Columns>
class RankedSection : public SnapshotSection
{
public:
    using Query = typename KindCollector::Query;
    using Page = typename KindCollector::Page;

    static constexpr int TextRows = 10; // the text shows the first rows

    RankedSection(NodeSession *session, KindCollector *collector, NodeSession::Feed feed, QObject *parent)
        : SnapshotSection(session, parent), m_collector(collector), m_feed(feed)
    {
        m_wait = new RankingWait([this] { m_collector->setQuery(m_query, true); }, this);
        connect(m_wait, &RankingWait::due, this, [this] {
            if (isWaiting() && m_page)
                pageAnswered(); // what the node has ranked so far, marked partial
        });
        connect(collector, &KindCollector::pageReady, this, [this](const Page &page) { onPage(page); });
        connect(collector, &KindCollector::failed, this, [this](const QString &error) {
            if (isWaiting())
                readFailed(error);
        });
    }

    void start() override
    {
        m_query.intervalMs = qMax(250, session()->refreshIntervalMs());
        m_collector->setQuery(m_query);
        session()->subscribe(m_feed, this);
    }

protected:
    // The collector failed while this snapshot waited.
    virtual void readFailed(const QString &error) = 0;
    // Ready once the page is answered; a section that waits for more says when it has it.
    virtual void readyIfComplete()
    {
        if (isWaiting() && m_pageAnswered)
            setReady();
    }

    void reset() override
    {
        forgetPage();
        beginWait();
    }
    // The previous snapshot's page is not this one's.
    void forgetPage()
    {
        m_page.reset();
        m_pageAnswered = false;
    }
    // The first snapshot waits about a second for a complete ranking; a later one (--repeat)
    // is its tick's page, whatever the node has ranked by then.
    void beginWait() { m_wait->begin(m_snapshots++ == 0 ? RankingWait::FirstAnswerMs : 0); }
    void stopWaiting() { m_wait->stop(); }
    // Waited long enough: the ranking so far (maybe none yet), saying so.
    void takeWhatThereIs()
    {
        m_wait->stop();
        if (!m_page) {
            Page empty;
            empty.query = m_query;
            m_page = empty;
        }
        m_pageAnswered = true;
    }

    // {"sort", "ranking_complete", "count", "coverage", "ranked_at", "partial", "top": [rows]}
    void addRanking(QJsonObject *section, const TermFormatter &f) const
    {
        QJsonArray rows;
        for (const auto &r : m_page->rows)
            rows.append(r.toJson(f));
        section->insert(QStringLiteral("sort"), Query::sortName(m_query.sort));
        section->insert(QStringLiteral("ranking_complete"), m_page->rankingComplete);
        Columns::addRanking(section, *m_page);
        section->insert(QStringLiteral("top"), rows);
    }
    // "Top processes   by memory, 10 of 1,234", the ranking line and the first TextRows rows.
    void writeRanking(QTextStream &out, const TermFormatter &f, const QString &label, const QString &by) const
    {
        const QLocale loc;
        const QString shown = loc.toString(qMin<qint64>(TextRows, m_page->rows.size()));
        line(out, label,
             m_page->rankingComplete ? SnapshotSection::tr("%1, %2 of %3").arg(by, shown, loc.toString(m_page->total))
                                     : SnapshotSection::tr("%1, %2 of the %3 ranked so far").arg(by, shown, loc.toString(m_page->total)));
        line(out, SnapshotSection::tr("Ranking"), Columns::rankingLine(*m_page));
        Columns::writeTable(out, m_page->rows, f, TextRows);
    }

    // For a kind only the agent ranks (ports, ETS tables): whether the agent on this node can
    // rank it, and reset()'s end for such a section: unavailable, with the sentence for an older
    // agent or for none (reduced mode), or the wait for its page.
    bool agentRanks(const char *kind) const
    {
        return session()->agent()->mode() == AgentClient::Mode::Full && session()->agent()->canRank(kind);
    }
    void waitUnlessUnavailable(const char *kind, const QString &olderAgent, const QString &reducedMode)
    {
        if (agentRanks(kind))
            beginWait();
        else
            unavailableSoon([this, kind] { return agentRanks(kind); }, olderAgent, reducedMode);
    }
    // An unavailable section shows no page.
    void unavailable(const QString &error) override
    {
        stopWaiting();
        m_page.reset();
        SnapshotSection::unavailable(error);
    }

    KindCollector *collector() const { return m_collector; }
    bool isPageAnswered() const { return m_pageAnswered; }

    Query m_query;
    std::optional<Page> m_page;

private:
    void onPage(const Page &page)
    {
        // Pages of another query (a view of the same session) are not this section's.
        if (!isWaiting() || m_pageAnswered || !page.query.sameRanking(m_query) || page.query.offset != 0
            || page.query.limit != m_query.limit)
            return;
        m_page = page;
        if (!m_wait->offer(page.isFinal()))
            return; // asked again
        m_wait->stop();
        pageAnswered();
    }
    void pageAnswered()
    {
        m_pageAnswered = true;
        readyIfComplete();
    }

    KindCollector *m_collector;
    NodeSession::Feed m_feed;
    RankingWait *m_wait;
    bool m_pageAnswered = false;
    int m_snapshots = 0; // begun so far
};

} // namespace beamtop
