#include "etssection.h"

namespace beamtop {

EtsSection::EtsSection(NodeSession *session, QObject *parent)
    : RankedSection(session, session->ets(), NodeSession::Feed::Ets, parent)
{
    m_query.sort = EtsQuery::Sort::Memory;
    m_query.limit = TopRows;
}

bool EtsSection::available() const
{
    return session()->agent()->mode() == AgentClient::Mode::Full && session()->agent()->canRank("ets");
}

void EtsSection::reset()
{
    forgetPage();
    if (!available()) {
        unavailableSoon([this] { return available(); },
                        tr("the Beamtop agent running on this node is older and cannot list ETS tables"),
                        tr("ETS tables need the Beamtop agent, which this node did not load (reduced mode)"));
        return;
    }
    beginWait();
}

void EtsSection::unavailable(const QString &error)
{
    stopWaiting();
    m_page.reset();
    SnapshotSection::unavailable(error);
}

void EtsSection::giveUp()
{
    takeWhatThereIs();
    setReady();
}

void EtsSection::addTo(QJsonObject *doc, const TermFormatter &f) const
{
    if (isUnavailable())
        doc->insert(QStringLiteral("ets"), unavailableJson());
    if (isUnavailable() || !m_page)
        return;
    QJsonObject ets;
    ets.insert(QStringLiteral("available"), true);
    addRanking(&ets, f);
    doc->insert(QStringLiteral("ets"), ets);
}

void EtsSection::writeText(QTextStream &out, const TermFormatter &f) const
{
    if (isUnavailable())
        return writeUnavailable(out, tr("ETS tables"));
    if (!m_page)
        return;
    out << '\n';
    writeRanking(out, f, tr("Top ETS tables"), tr("by memory"));
}

} // namespace beamtop
