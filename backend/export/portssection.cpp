// SPDX-License-Identifier: GPL-3.0-or-later
#include "portssection.h"

namespace beamtop {

PortsSection::PortsSection(NodeSession *session, QObject *parent)
    : RankedSection(session, session->ports(), NodeSession::Feed::Ports, parent)
{
    m_query.sort = PortQuery::Sort::Io;
    m_query.limit = TopRows;
    PortCollector *ports = session->ports();
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

void PortsSection::reset()
{
    forgetPage();
    m_typesError.clear();
    // The collector asks for the counts at most every few seconds: the last ones are this
    // snapshot's unless newer come while the page is awaited.
    m_types.reset();
    if (collector()->types().receivedAt.isValid())
        m_types = collector()->types();
    if (agentRanks("port") && !session()->agent()->can("port_types"))
        m_typesError = tr("the Beamtop agent running on this node cannot count ports by type");
    waitUnlessUnavailable("port", tr("the Beamtop agent running on this node is older and cannot list ports"),
                          tr("ports need the Beamtop agent, which this node did not load (reduced mode)"));
}

void PortsSection::readyIfComplete()
{
    if (isWaiting() && isPageAnswered() && (m_types || !m_typesError.isEmpty()))
        setReady();
}

void PortsSection::unavailable(const QString &error)
{
    m_types.reset();
    RankedSection::unavailable(error);
}

void PortsSection::giveUp()
{
    // What there is: the ranking so far (maybe none yet), the counts if they came.
    takeWhatThereIs();
    if (!m_types && m_typesError.isEmpty())
        m_typesError = tr("the node did not answer in time");
    setReady();
}

void PortsSection::addTo(QJsonObject *doc, const TermFormatter &f) const
{
    if (isUnavailable())
        doc->insert(QStringLiteral("ports"), unavailableJson());
    if (isUnavailable() || !m_page)
        return;
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
    addRanking(&ports, f);
    doc->insert(QStringLiteral("ports"), ports);
}

void PortsSection::writeText(QTextStream &out, const TermFormatter &f) const
{
    if (isUnavailable())
        return writeUnavailable(out, tr("Ports"));
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
    writeRanking(out, f, tr("Top ports"), tr("by I/O"));
}

} // namespace beamtop
