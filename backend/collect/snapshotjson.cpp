// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotjson.h"

namespace beamtop {

QJsonObject makeSnapshot(const SystemSample &system, const QString &agentMode)
{
    QJsonObject doc;
    doc.insert(QStringLiteral("schema"), QStringLiteral("beamtop.snapshot/1"));
    doc.insert(QStringLiteral("node"), system.node);
    doc.insert(QStringLiteral("taken_at"), system.takenAt.toUTC().toString(Qt::ISODateWithMs));
    doc.insert(QStringLiteral("agent_mode"), agentMode);
    doc.insert(QStringLiteral("system"), system.toJson());
    return doc;
}

} // namespace beamtop
