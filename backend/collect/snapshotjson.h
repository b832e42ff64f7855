#pragma once

#include "systemsample.h"

#include <QJsonObject>

namespace beamtop {

// The beamtop.snapshot/1 document: {"schema", "node", "taken_at", "agent_mode", "system"}.
// Later views add their sections beside "system".
QJsonObject makeSnapshot(const SystemSample &system, const QString &agentMode);

} // namespace beamtop
