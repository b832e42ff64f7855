// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributionsection.h"

#include "collect/distcollector.h"
#include "session/nodesession.h"

#include <QLocale>
#include <QStringList>
#include <QTextStream>

namespace beamtop {

DistributionSection::DistributionSection(NodeSession *session, QObject *parent) : SnapshotSection(session, parent)
{
    connect(session->distribution(), &DistCollector::sampleReady, this, [this](const DistSample &s) {
        if (!isWaiting())
            return;
        m_sample = s;
        setReady();
    });
    connect(session->distribution(), &DistCollector::failed, this, [this](const QString &error) {
        if (isWaiting())
            unavailable(error);
    });
}

void DistributionSection::start()
{
    session()->subscribe(NodeSession::Feed::Distribution, this);
}

void DistributionSection::reset()
{
    m_sample.reset();
    // The collector fails at once, during the tick, before this snapshot began: say why now
    // rather than wait for the timeout.
    if (!session()->distribution()->isAvailable())
        unavailableSoon([this] { return session()->distribution()->isAvailable(); },
                        tr("the Beamtop agent running on this node is older and cannot read the distribution"),
                        tr("the distribution needs the Beamtop agent, which this node did not load (reduced mode)"));
}

void DistributionSection::unavailable(const QString &error)
{
    m_sample.reset();
    SnapshotSection::unavailable(error);
}

void DistributionSection::giveUp()
{
    notAnsweredInTime();
}

void DistributionSection::addTo(QJsonObject *doc, const TermFormatter &) const
{
    doc->insert(QStringLiteral("distribution"), m_sample ? m_sample->toJson() : unavailableJson());
}

void DistributionSection::writeText(QTextStream &out, const TermFormatter &) const
{
    if (!m_sample)
        return writeUnavailable(out, tr("Distribution"));
    const QLocale loc;
    const DistSample &s = *m_sample;
    line(out, tr("Distribution"), tr("%n connected node(s), net_ticktime %1 s, busy limit %2", nullptr, int(s.nodes.size()))
                                      .arg(s.netTicktime < 0 ? tr("unknown") : loc.toString(s.netTicktime),
                                           s.busyLimit < 0 ? tr("unknown") : loc.formattedDataSize(s.busyLimit)));
    auto size = [&](qint64 v) { return v < 0 ? tr("unknown") : loc.formattedDataSize(v); };
    // The first reading of a session has no rates (they need an earlier one): say none then.
    auto bytes = [&](qint64 total, double perS) {
        return perS < 0 ? size(total) : tr("%1 (%2/s)").arg(size(total), loc.formattedDataSize(qint64(perS + 0.5)));
    };
    for (const DistNode &n : s.nodes) {
        QStringList marks;
        marks << (n.hidden ? tr("hidden") : tr("normal"));
        if (n.own)
            marks << tr("Beamtop");
        if (n.busy())
            marks << tr("BUSY");
        QString text = tr("%1 (%2): in %3, out %4, queue %5")
                           .arg(n.node, marks.join(QStringLiteral(", ")), bytes(n.recvOct, n.recvPerS),
                                bytes(n.sendOct, n.sendPerS), size(n.queueSize));
        if (n.quietMs >= 0)
            text = tr("%1, quiet %2 s").arg(text, loc.toString(double(n.quietMs) / 1000.0, 'f', 1));
        line(out, tr("  node"), text);
    }
}

} // namespace beamtop
