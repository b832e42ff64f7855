#include "processessection.h"

#include "collect/processcollector.h"
#include "processcolumns.h"
#include "rankingwait.h"
#include "session/nodesession.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace beamtop {

ProcessesSection::ProcessesSection(NodeSession *session, QObject *parent) : SnapshotSection(session, parent)
{
    m_query.sort = ProcessQuery::Sort::Memory;
    m_query.limit = TopRows;
    m_wait = new RankingWait([this] { this->session()->processes()->setQuery(m_query, true); }, this);
    connect(m_wait, &RankingWait::due, this, [this] {
        if (isWaiting() && m_page)
            setReady(); // what the node has ranked so far, marked partial
    });
    connect(session->processes(), &ProcessCollector::pageReady, this, &ProcessesSection::onPage);
    connect(session->processes(), &ProcessCollector::failed, this, [this](const QString &error) {
        if (isWaiting())
            emit failed(tr("Could not read the processes: %1").arg(error));
    });
}

void ProcessesSection::start()
{
    m_query.intervalMs = qMax(250, session()->refreshIntervalMs());
    session()->processes()->setQuery(m_query);
    session()->subscribe(NodeSession::Feed::Processes, this);
}

void ProcessesSection::reset()
{
    // A snapshot begins. The first waits about a second for a complete ranking; a later one
    // (--repeat) is its tick's page, whatever the node has ranked by then.
    m_page.reset();
    m_wait->begin(m_snapshots++ == 0 ? RankingWait::FirstAnswerMs : 0);
}

void ProcessesSection::onPage(const ProcessRanking &page)
{
    // Pages of another query (a view of the same session) are not this section's.
    if (!isWaiting() || !page.query.sameRanking(m_query) || page.query.offset != 0 || page.query.limit != m_query.limit)
        return;
    m_page = page;
    if (!m_wait->offer(page.isFinal()))
        return; // asked again
    m_wait->stop();
    setReady();
}

void ProcessesSection::giveUp()
{
    // The ranking is not complete yet: what the node has ranked so far, saying so.
    m_wait->stop();
    if (!m_page) {
        ProcessRanking empty;
        empty.query = m_query;
        m_page = empty;
    }
    setReady();
}

void ProcessesSection::addTo(QJsonObject *doc, const TermFormatter &f) const
{
    if (!m_page)
        return;
    QJsonArray rows;
    for (const ProcessRow &r : m_page->rows)
        rows.append(r.toJson(f));
    QJsonObject procs;
    procs.insert(QStringLiteral("sort"), ProcessQuery::sortName(m_query.sort));
    procs.insert(QStringLiteral("ranking_complete"), m_page->rankingComplete);
    ProcessColumns::addRanking(&procs, *m_page);
    procs.insert(QStringLiteral("top"), rows);
    doc->insert(QStringLiteral("processes"), procs);
}

void ProcessesSection::writeText(QTextStream &out, const TermFormatter &f) const
{
    if (!m_page)
        return;
    const QLocale loc;
    out << '\n';
    line(out, tr("Top processes"),
         m_page->rankingComplete ? tr("by memory, %1 of %2").arg(loc.toString(qMin<qint64>(TextRows, m_page->rows.size())),
                                                                  loc.toString(m_page->total))
                                 : tr("by memory, %1 of the %2 ranked so far").arg(loc.toString(qMin<qint64>(TextRows, m_page->rows.size())),
                                                                                  loc.toString(m_page->total)));
    line(out, tr("Ranking"), ProcessColumns::rankingLine(*m_page));
    ProcessColumns::writeTable(out, m_page->rows, f, TextRows);
}

} // namespace beamtop
