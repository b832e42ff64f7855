// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotsection.h"

#include "session/nodesession.h"

#include <QTextStream>
#include <QTimer>

namespace beamtop {

SnapshotSection::SnapshotSection(NodeSession *session, QObject *parent) : QObject(parent), m_session(session) {}

void SnapshotSection::begin()
{
    m_waiting = true;
    m_ready = false;
    m_error.clear();
    reset();
}

void SnapshotSection::setReady()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_ready = true;
    emit ready();
}

void SnapshotSection::unavailable(const QString &error)
{
    m_error = error;
    setReady();
}

void SnapshotSection::notAnsweredInTime()
{
    unavailable(tr("the node did not answer in time"));
}

void SnapshotSection::unavailableSoon(std::function<bool()> isAvailable, const QString &olderAgent,
                                      const QString &reducedMode)
{
    QTimer::singleShot(0, this, [this, isAvailable = std::move(isAvailable), olderAgent, reducedMode] {
        if (isWaiting() && !isAvailable())
            unavailable(m_session->agent()->mode() == AgentClient::Mode::Full ? olderAgent : reducedMode);
    });
}

QJsonObject SnapshotSection::unavailableJson() const
{
    return QJsonObject{{QStringLiteral("available"), false}, {QStringLiteral("error"), m_error}};
}

void SnapshotSection::writeUnavailable(QTextStream &out, const QString &label) const
{
    line(out, label, tr("unavailable: %1").arg(m_error));
}

void SnapshotSection::line(QTextStream &out, const QString &label, const QString &value)
{
    out << label.leftJustified(22) << value << '\n';
}

} // namespace beamtop
