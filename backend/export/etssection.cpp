// SPDX-License-Identifier: GPL-3.0-or-later
#include "etssection.h"

namespace beamtop {

EtsSection::EtsSection(NodeSession *session, QObject *parent)
    : RankedSection(session, session->ets(), NodeSession::Feed::Ets, parent)
{
    m_query.sort = EtsQuery::Sort::Memory;
    m_query.limit = TopRows;
}

void EtsSection::reset()
{
    forgetPage();
    waitUnlessUnavailable("ets", tr("the Beamtop agent running on this node is older and cannot list ETS tables"),
                          tr("ETS tables need the Beamtop agent, which this node did not load (reduced mode)"));
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
