// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationssection.h"

#include "appcolumns.h"
#include "collect/appscollector.h"
#include "rankingwait.h"
#include "session/nodesession.h"

#include <QTextStream>

namespace beamtop {

ApplicationsSection::ApplicationsSection(NodeSession *session, QObject *parent)
    : SnapshotSection(session, parent)
{
    m_wait = new RankingWait([this] { this->session()->applications()->fetch(); }, this);
    connect(m_wait, &RankingWait::due, this, [this] {
        if (isWaiting() && m_sample) {
            m_wait->stop();
            setReady(); // the sweep so far, marked partial
        }
    });
    connect(session->applications(), &AppsCollector::sampleReady, this,
            &ApplicationsSection::onSample);
    connect(session->applications(), &AppsCollector::failed, this, [this](const QString &error) {
        if (isWaiting())
            unavailable(error);
    });
}

void ApplicationsSection::start()
{
    session()->subscribe(NodeSession::Feed::Applications, this);
}

void ApplicationsSection::reset()
{
    m_sample.reset();
    if (!session()->applications()->isAvailable()) {
        unavailableSoon(
            [this] { return session()->applications()->isAvailable(); },
            tr("the Beamtop agent running on this node is older and cannot list applications"),
            tr("applications need the Beamtop agent, which this node did not load (reduced mode)"));
        return;
    }
    // The first snapshot waits about a second for the first sweep; later ones (--repeat) take
    // their tick's reading, better as the sweeps go on.
    m_wait->begin(m_snapshots++ == 0 ? RankingWait::FirstAnswerMs : 0);
}

void ApplicationsSection::onSample(const AppsSample &sample)
{
    if (!isWaiting())
        return;
    m_sample = sample;
    if (!m_wait->offer(!sample.partial))
        return; // asked again
    m_wait->stop();
    setReady();
}

void ApplicationsSection::unavailable(const QString &error)
{
    m_wait->stop();
    m_sample.reset();
    SnapshotSection::unavailable(error);
}

void ApplicationsSection::giveUp()
{
    if (!m_sample)
        return notAnsweredInTime();
    m_wait->stop();
    setReady();
}

void ApplicationsSection::addTo(QJsonObject *doc, const TermFormatter &) const
{
    if (!m_sample) {
        doc->insert(QStringLiteral("applications"), unavailableJson());
        return;
    }
    QJsonObject o = AppColumns::document(*m_sample);
    o.insert(QStringLiteral("available"), true);
    doc->insert(QStringLiteral("applications"), o);
}

void ApplicationsSection::writeText(QTextStream &out, const TermFormatter &f) const
{
    if (!m_sample)
        return writeUnavailable(out, tr("Applications"));
    out << '\n';
    line(out, tr("Applications"), AppColumns::countsText(*m_sample));
    line(out, tr("  sweep"), AppColumns::sweepLine(*m_sample));
    AppColumns::writeTable(out, *m_sample, f);
}

} // namespace beamtop
