// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/schedulersample.h"
#include "snapshotsection.h"

#include <optional>

namespace beamtop {

// The snapshot's "schedulers" section: the first scheduler reading of the tick (per scheduler
// and in total, SchedulerSample::toJson), or {"available": false, "error": ...} when it failed.
class SchedulersSection : public SnapshotSection
{
    Q_OBJECT
public:
    SchedulersSection(NodeSession *session, QObject *parent = nullptr);

    void giveUp() override;
    void addTo(QJsonObject *doc, const TermFormatter &f) const override;
    void writeText(QTextStream &out, const TermFormatter &f) const override;

protected:
    void reset() override;

private:
    std::optional<SchedulerSample> m_sample;
};

} // namespace beamtop
