// SPDX-License-Identifier: GPL-3.0-or-later
#include "mnesiasection.h"

#include "collect/mnesiacollector.h"
#include "session/nodesession.h"

#include <QLocale>
#include <QStringList>
#include <QTextStream>

namespace beamtop {

MnesiaSection::MnesiaSection(NodeSession *session, QObject *parent) : SnapshotSection(session, parent)
{
    MnesiaCollector *mnesia = session->mnesia();
    connect(mnesia, &MnesiaCollector::sampleReady, this, [this](const MnesiaSample &s) {
        if (isWaiting()) {
            m_sample = s;
            setReady();
        }
    });
    connect(mnesia, &MnesiaCollector::failed, this, [this](const QString &error) {
        if (isWaiting())
            unavailable(error);
    });
}

void MnesiaSection::start()
{
    session()->subscribe(NodeSession::Feed::Mnesia, this);
}

void MnesiaSection::reset()
{
    m_sample.reset();
    if (!session()->mnesia()->isAvailable())
        unavailableSoon([this] { return session()->mnesia()->isAvailable(); },
                        tr("the Beamtop agent running on this node is older and cannot read Mnesia"),
                        tr("Mnesia needs the Beamtop agent, which this node did not load (reduced mode)"));
}

void MnesiaSection::giveUp()
{
    notAnsweredInTime();
}

void MnesiaSection::addTo(QJsonObject *doc, const TermFormatter &) const
{
    doc->insert(QStringLiteral("mnesia"), m_sample ? m_sample->toJson() : unavailableJson());
}

void MnesiaSection::writeText(QTextStream &out, const TermFormatter &) const
{
    if (!m_sample)
        return writeUnavailable(out, tr("Mnesia"));
    const MnesiaSample &s = *m_sample;
    if (!s.running) {
        line(out, tr("Mnesia"), tr("not running"));
        return;
    }
    const QLocale loc;
    auto count = [&](qint64 v) { return v < 0 ? tr("unknown") : loc.toString(v); };
    line(out, tr("Mnesia"), tr("%1 of %n db node(s) running, %2 table(s)", nullptr, int(s.dbNodes.size()))
                                .arg(loc.toString(s.runningDbNodes.size()), count(s.tablesTotal)));
    if (!s.stoppedDbNodes.isEmpty())
        line(out, tr("  stopped"), s.stoppedDbNodes.join(QStringLiteral(", ")));
    line(out, tr("  transactions"), tr("%1 commits, %2 failures, %3 restarts, %4 log writes")
                                        .arg(count(s.commits), count(s.failures), count(s.restarts), count(s.logWrites)));
    for (const MnesiaTable &t : s.tables) {
        if (t.system)
            continue;
        line(out, tr("  table"), tr("%1 (%2): %3 rows, %4")
                                     .arg(t.name, MnesiaTable::storageName(t.storage), count(t.size),
                                          t.memoryBytes < 0 ? tr("memory unknown") : loc.formattedDataSize(t.memoryBytes)));
    }
}

} // namespace beamtop
