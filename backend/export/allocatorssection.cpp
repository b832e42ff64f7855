// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocatorssection.h"

#include "alloccolumns.h"
#include "collect/alloccollector.h"
#include "session/nodesession.h"

#include <QLocale>
#include <QTextStream>

namespace beamtop {

AllocatorsSection::AllocatorsSection(NodeSession *session, QObject *parent) : SnapshotSection(session, parent)
{
    connect(session->allocators(), &AllocCollector::sampleReady, this, [this](const AllocSample &s) {
        if (!isWaiting())
            return;
        m_sample = s;
        m_findings = AllocFindings::evaluate(s);
        setReady();
    });
    connect(session->allocators(), &AllocCollector::failed, this, [this](const QString &error) {
        if (isWaiting())
            unavailable(error);
    });
}

void AllocatorsSection::reset()
{
    m_sample.reset();
    m_findings.clear();
    // The session does not ask an agent that cannot answer: say why rather than wait for the
    // timeout.
    if (!session()->allocators()->isAvailable())
        unavailableSoon([this] { return session()->allocators()->isAvailable(); },
                        tr("the Beamtop agent running on this node is older and cannot read allocators"),
                        tr("allocators need the Beamtop agent, which this node did not load (reduced mode)"));
}

void AllocatorsSection::unavailable(const QString &error)
{
    m_sample.reset();
    m_findings.clear();
    SnapshotSection::unavailable(error);
}

void AllocatorsSection::giveUp()
{
    notAnsweredInTime();
}

void AllocatorsSection::addTo(QJsonObject *doc, const TermFormatter &) const
{
    doc->insert(QStringLiteral("allocators"),
                m_sample ? AllocColumns::document(*m_sample, m_findings, false) : unavailableJson());
}

void AllocatorsSection::writeText(QTextStream &out, const TermFormatter &) const
{
    if (!m_sample)
        return writeUnavailable(out, tr("Allocators"));
    // The totals and the findings; `beamtop-cli alloc` has the whole table.
    const AllocSample::Totals &t = m_sample->totals;
    const QLocale loc;
    line(out, tr("Allocators"), tr("%1 in carriers, %2 used (%3 %), %4 unused")
                                    .arg(loc.formattedDataSize(t.allocated), loc.formattedDataSize(t.used),
                                         loc.toString(t.usage() * 100.0, 'f', 1), loc.formattedDataSize(t.unused())));
    line(out, tr("  resident (RSS)"), t.rss ? loc.formattedDataSize(*t.rss) : tr("not available"));
    for (const AllocFinding &f : m_findings)
        line(out, f.severity == AllocFinding::Severity::Warning ? tr("  warning") : tr("  note"),
             f.flags.isEmpty() ? f.text : tr("%1 See %2.").arg(f.text, f.flags.join(QStringLiteral(", "))));
}

} // namespace beamtop
