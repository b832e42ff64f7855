// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/systemsample.h"
#include "snapshotsection.h"

#include <optional>

namespace beamtop {

// The snapshot's head and its "system" section: the node, when, the agent's mode, and the
// system overview of the tick (SystemSample::toJson).
class SystemSection : public SnapshotSection
{
    Q_OBJECT
public:
    SystemSection(NodeSession *session, QObject *parent = nullptr);

    void addTo(QJsonObject *doc, const TermFormatter &f) const override;
    void writeText(QTextStream &out, const TermFormatter &f) const override;

protected:
    void reset() override { m_sample.reset(); }

private:
    std::optional<SystemSample> m_sample;
    QString m_agentMode;
};

} // namespace beamtop
