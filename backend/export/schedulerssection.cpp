// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulerssection.h"

#include "collect/schedulercollector.h"
#include "session/nodesession.h"

#include <QLocale>
#include <QTextStream>

namespace beamtop {

SchedulersSection::SchedulersSection(NodeSession *session, QObject *parent) : SnapshotSection(session, parent)
{
    // The session reads the schedulers right after each system sample (for its history).
    connect(session->schedulers(), &SchedulerCollector::sampleReady, this, [this](const SchedulerSample &s) {
        if (!isWaiting())
            return;
        m_sample = s;
        setReady();
    });
    connect(session, &NodeSession::schedulerError, this, [this](const QString &error) {
        if (!isWaiting())
            return;
        m_sample.reset();
        unavailable(error);
    });
}

void SchedulersSection::reset()
{
    m_sample.reset();
}

void SchedulersSection::giveUp()
{
    notAnsweredInTime();
}

void SchedulersSection::addTo(QJsonObject *doc, const TermFormatter &) const
{
    doc->insert(QStringLiteral("schedulers"), m_sample ? m_sample->toJson() : unavailableJson());
}

void SchedulersSection::writeText(QTextStream &out, const TermFormatter &) const
{
    // Utilisation over the last interval, in total and per type.
    const QLocale loc;
    auto percent = [&](double v) { return v < 0 ? tr("unknown") : tr("%1 %").arg(loc.toString(v * 100.0, 'f', 1)); };
    if (!m_sample) {
        writeUnavailable(out, tr("Utilisation"));
    } else if (!m_sample->wallTimeAvailable) {
        line(out, tr("Utilisation"), tr("unavailable: the node's scheduler_wall_time is off (reduced mode, no agent)"));
    } else if (!m_sample->hasUtilization) {
        line(out, tr("Utilisation"), tr("not measured yet"));
    } else {
        const SchedulerSample &u = *m_sample;
        line(out, tr("Utilisation"), tr("%1 over %2 s").arg(percent(u.total), loc.toString(u.intervalS, 'f', 2)));
        line(out, tr("  normal"), percent(u.normal));
        if (u.count(SchedulerSample::Type::DirtyCpu) > 0)
            line(out, tr("  dirty CPU"), percent(u.dirtyCpu));
        if (u.count(SchedulerSample::Type::DirtyIo) > 0)
            line(out, tr("  dirty IO"), percent(u.dirtyIo));
    }
}

} // namespace beamtop
