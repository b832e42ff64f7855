// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "systemsample.h"

#include <QJsonObject>

namespace beamtop {

// The head of the beamtop.snapshot/1 document: {"schema", "node", "taken_at", "agent_mode",
// "system"}. The other views' sections go beside "system": SnapshotAssembler (backend/export)
// puts the whole document together, one section per view.
QJsonObject makeSnapshot(const SystemSample &system, const QString &agentMode);

} // namespace beamtop
