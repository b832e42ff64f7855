// SPDX-License-Identifier: GPL-3.0-or-later
#include "processessection.h"

namespace beamtop {

ProcessesSection::ProcessesSection(NodeSession *session, QObject *parent)
    : RankedSection(session, session->processes(), NodeSession::Feed::Processes, parent)
{
    m_query.sort = ProcessQuery::Sort::Memory;
    m_query.limit = TopRows;
}

void ProcessesSection::readFailed(const QString &error)
{
    emit failed(tr("Could not read the processes: %1").arg(error));
}

void ProcessesSection::giveUp()
{
    // The ranking is not complete yet: what the node has ranked so far, saying so.
    takeWhatThereIs();
    setReady();
}

void ProcessesSection::addTo(QJsonObject *doc, const TermFormatter &f) const
{
    if (!m_page)
        return;
    QJsonObject procs;
    addRanking(&procs, f);
    doc->insert(QStringLiteral("processes"), procs);
}

void ProcessesSection::writeText(QTextStream &out, const TermFormatter &f) const
{
    if (!m_page)
        return;
    out << '\n';
    writeRanking(out, f, tr("Top processes"), tr("by memory"));
}

} // namespace beamtop
