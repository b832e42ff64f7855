#include "portssection.h"

#include "collect/portcollector.h"
#include "portcolumns.h"
#include "rankingwait.h"
#include "session/nodesession.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

namespace beamtop {

PortsSection::PortsSection(NodeSession *session, QObject *parent) : SnapshotSection(session, parent)
{
    m_query.sort = PortQuery::Sort::Io;
    m_query.limit = TopRows;
    m_wait = new RankingWait([this] { this->session()->ports()->setQuery(m_query, true); }, this);
    connect(m_wait, &RankingWait::due, this, [this] {
        if (isWaiting() && m_page) {
            m_pageAnswered = true; // what the node has ranked so far, marked partial
            readyIfComplete();
        }
    });
    PortCollector *ports = session->ports();
    connect(ports, &PortCollector::pageReady, this, &PortsSection::onPage);
    connect(ports, &PortCollector::failed, this, [this](const QString &error) {
        if (isWaiting())
            unavailable(error);
    });
    connect(ports, &PortCollector::typesReady, this, [this](const PortTypeCounts &types) {
        if (!isWaiting())
            return;
        m_types = types;
        m_typesError.clear();
        readyIfComplete();
    });
    connect(ports, &PortCollector::typesFailed, this, [this](const QString &error) {
        if (!isWaiting() || m_types)
            return;
        m_typesError = error;
        readyIfComplete();
    });
}

bool PortsSection::available() const
{
    return session()->agent()->mode() == AgentClient::Mode::Full && session()->agent()->canRank("port");
}

void PortsSection::start()
{
    m_query.intervalMs = qMax(250, session()->refreshIntervalMs());
    session()->ports()->setQuery(m_query);
    session()->subscribe(NodeSession::Feed::Ports, this);
}

void PortsSection::reset()
{
    m_page.reset();
    m_pageAnswered = false;
    m_error.clear();
    m_typesError.clear();
    // The collector asks for the counts at most every few seconds: the last ones are this
    // snapshot's unless newer come while the page is awaited.
    m_types.reset();
    if (session()->ports()->types().receivedAt.isValid())
        m_types = session()->ports()->types();
    if (!available()) {
        // Say why at once rather than wait for the timeout (after the other sections have
        // begun this snapshot too).
        QTimer::singleShot(0, this, [this] {
            if (isWaiting() && !available())
                unavailable(session()->agent()->mode() == AgentClient::Mode::Full
                                ? tr("the Beamtop agent running on this node is older and cannot list ports")
                                : tr("ports need the Beamtop agent, which this node did not load (reduced mode)"));
        });
        return;
    }
    if (!session()->agent()->can("port_types"))
        m_typesError = tr("the Beamtop agent running on this node cannot count ports by type");
    // The first waits about a second for a complete ranking; a later one (--repeat) is its
    // tick's page, whatever the node has ranked by then.
    m_wait->begin(m_snapshots++ == 0 ? RankingWait::FirstAnswerMs : 0);
}

void PortsSection::onPage(const PortRanking &page)
{
    // Pages of another query (a view of the same session) are not this section's.
    if (!isWaiting() || m_pageAnswered || !page.query.sameRanking(m_query) || page.query.offset != 0
        || page.query.limit != m_query.limit)
        return;
    m_page = page;
    if (!m_wait->offer(page.isFinal()))
        return; // asked again
    m_wait->stop();
    m_pageAnswered = true;
    readyIfComplete();
}

void PortsSection::readyIfComplete()
{
    if (isWaiting() && m_pageAnswered && (m_types || !m_typesError.isEmpty()))
        setReady();
}

void PortsSection::unavailable(const QString &error)
{
    m_wait->stop();
    m_page.reset();
    m_types.reset();
    m_error = error;
    setReady();
}

void PortsSection::giveUp()
{
    // What there is: the ranking so far (maybe none yet), the counts if they came.
    m_wait->stop();
    if (!m_page) {
        PortRanking empty;
        empty.query = m_query;
        m_page = empty;
    }
    if (!m_types && m_typesError.isEmpty())
        m_typesError = tr("the node did not answer in time");
    m_pageAnswered = true;
    setReady();
}

void PortsSection::addTo(QJsonObject *doc, const TermFormatter &f) const
{
    if (!m_error.isEmpty() || !m_page) {
        if (!m_error.isEmpty())
            doc->insert(QStringLiteral("ports"), QJsonObject{{QStringLiteral("available"), false},
                                                             {QStringLiteral("error"), m_error}});
        return;
    }
    const QJsonValue null(QJsonValue::Null);
    QJsonObject ports;
    ports.insert(QStringLiteral("available"), true);
    if (m_types) {
        const QJsonObject counts = m_types->toJson();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            ports.insert(it.key(), it.value());
        ports.insert(QStringLiteral("total"), double(m_types->total()));
    } else {
        ports.insert(QStringLiteral("counts"), null);
        ports.insert(QStringLiteral("counts_error"), m_typesError);
    }
    QJsonArray rows;
    for (const PortRow &r : m_page->rows)
        rows.append(r.toJson(f));
    ports.insert(QStringLiteral("sort"), PortQuery::sortName(m_query.sort));
    ports.insert(QStringLiteral("ranking_complete"), m_page->rankingComplete);
    PortColumns::addRanking(&ports, *m_page);
    ports.insert(QStringLiteral("top"), rows);
    doc->insert(QStringLiteral("ports"), ports);
}

void PortsSection::writeText(QTextStream &out, const TermFormatter &f) const
{
    if (!m_error.isEmpty()) {
        line(out, tr("Ports"), tr("unavailable: %1").arg(m_error));
        return;
    }
    if (!m_page)
        return;
    const QLocale loc;
    out << '\n';
    if (m_types) {
        const QString limit = m_types->portLimit >= 0 ? tr(" (port limit %1)").arg(loc.toString(m_types->portLimit)) : QString();
        line(out, tr("Ports"), tr("%1 ports, %2 sockets%3").arg(loc.toString(m_types->ports), loc.toString(m_types->sockets), limit));
        line(out, tr("  by type"), PortColumns::countsText(*m_types));
    } else {
        line(out, tr("Ports"), tr("counts unavailable: %1").arg(m_typesError));
    }
    const int shown = int(qMin<qint64>(TextRows, m_page->rows.size()));
    line(out, tr("Top ports"),
         m_page->rankingComplete ? tr("by I/O, %1 of %2").arg(loc.toString(shown), loc.toString(m_page->total))
                                 : tr("by I/O, %1 of the %2 ranked so far").arg(loc.toString(shown), loc.toString(m_page->total)));
    line(out, tr("Ranking"), PortColumns::rankingLine(*m_page));
    PortColumns::writeTable(out, m_page->rows, f, TextRows);
}

} // namespace beamtop
