// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemsection.h"

#include "collect/snapshotjson.h"
#include "session/nodesession.h"

#include <QLocale>
#include <QTextStream>

namespace beamtop {

SystemSection::SystemSection(NodeSession *session, QObject *parent) : SnapshotSection(session, parent)
{
    connect(session, &NodeSession::sampleReady, this, [this](const SystemSample &s) {
        if (!isWaiting())
            return;
        m_sample = s;
        m_agentMode = this->session()->agent()->mode() == AgentClient::Mode::Full ? QStringLiteral("full")
                                                                                 : QStringLiteral("reduced");
        setReady();
    });
    connect(session, &NodeSession::fetchFailed, this, [this](const QString &error) {
        if (isWaiting())
            emit failed(tr("Could not read the system overview: %1").arg(error));
    });
}

void SystemSection::addTo(QJsonObject *doc, const TermFormatter &) const
{
    if (!m_sample)
        return;
    const QJsonObject head = makeSnapshot(*m_sample, m_agentMode);
    for (auto it = head.begin(); it != head.end(); ++it)
        doc->insert(it.key(), it.value());
}

void SystemSection::writeText(QTextStream &out, const TermFormatter &) const
{
    if (!m_sample)
        return;
    const SystemSample &s = *m_sample;
    const QLocale loc;
    auto of = [&](qint64 a, qint64 b) { return tr("%1 of %2").arg(loc.toString(a), loc.toString(b)); };
    line(out, tr("Node"), s.node);
    line(out, tr("OTP / ERTS"), s.otpRelease + QStringLiteral(" / ") + s.ertsVersion);
    if (!s.elixirVersion.isEmpty())
        line(out, tr("Elixir"), s.elixirVersion);
    line(out, tr("Uptime"), tr("%1 s").arg(loc.toString(s.uptimeMs / 1000)));
    line(out, tr("System"), s.systemArchitecture);
    line(out, tr("Schedulers"), tr("%1/%2 online, %3 dirty CPU, %4 dirty IO").arg(s.schedulersOnline).arg(s.schedulers)
                                    .arg(s.dirtyCpuSchedulers).arg(s.dirtyIoSchedulers));
    line(out, tr("Processes"), of(s.processCount, s.processLimit));
    line(out, tr("Ports"), of(s.portCount, s.portLimit));
    line(out, tr("Atoms"), of(s.atomCount, s.atomLimit));
    line(out, tr("ETS tables"), of(s.etsCount, s.etsLimit));
    line(out, tr("Memory total"), loc.formattedDataSize(s.memory.total));
    line(out, tr("  processes"), loc.formattedDataSize(s.memory.processes));
    line(out, tr("  binary"), loc.formattedDataSize(s.memory.binary));
    line(out, tr("  ets"), loc.formattedDataSize(s.memory.ets));
    line(out, tr("  code"), loc.formattedDataSize(s.memory.code));
    line(out, tr("  atom"), loc.formattedDataSize(s.memory.atom));
    line(out, tr("Run queue"), loc.toString(s.runQueue));
    line(out, tr("Reductions"), loc.toString(s.reductions));
    line(out, tr("IO in / out"), loc.formattedDataSize(s.ioInputBytes) + QStringLiteral(" / ") + loc.formattedDataSize(s.ioOutputBytes));
    line(out, tr("GCs / words reclaimed"), loc.toString(s.gcCount) + QStringLiteral(" / ") + loc.toString(s.gcWordsReclaimed));
    if (s.hasRates)
        line(out, tr("Reductions/s"), loc.toString(s.reductionsPerS, 'f', 0));
}

} // namespace beamtop
