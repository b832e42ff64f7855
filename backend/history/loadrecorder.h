// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"

#include "collect/allocsample.h"
#include "collect/schedulersample.h"
#include "collect/systemsample.h"

#include <QObject>
#include <optional>

namespace beamtop {

class AgentClient;
class AllocCollector;
class SchedulerCollector;
class SystemCollector;

// One row of load metrics per system sample: whoever makes the system collector fetch (the
// desktop's refresh tick, beamtop-cli record's timer), the recorder reads the schedulers right
// after, then the allocators, and emits the three as one row of LoadMetrics columns. A reading
// that fails (or an agent that cannot read allocators) leaves its columns empty (NaN) in that
// row rather than losing the row.
class LoadRecorder : public QObject
{
    Q_OBJECT
public:
    LoadRecorder(AgentClient *agent, SystemCollector *system, QObject *parent = nullptr);

    SchedulerCollector *schedulers() const { return m_schedulers; }
    AllocCollector *allocators() const { return m_allocators; }
    // Forget the previous scheduler reading (another node).
    void reset();

signals:
    // timeMs: when the system sample arrived (UTC ms). schedulers: the reading paired with it,
    // if there was one.
    void recorded(qint64 timeMs, const QVector<beamtop::HistoryMetric> &metrics, const QVector<double> &values,
                  const beamtop::SystemSample &system);
    void schedulerError(const QString &error);

private:
    void onSystem(const SystemSample &sample);
    void onSchedulers(const SchedulerSample *schedulers);
    void emitRow(const AllocSample *allocators);

    SchedulerCollector *m_schedulers;
    AllocCollector *m_allocators;
    std::optional<SystemSample> m_pending;
    std::optional<SchedulerSample> m_pendingSchedulers;
    bool m_waitingForAllocators = false;
    QVector<HistoryMetric> m_metrics;
    bool m_mnesiaSeen = false; // its columns stay once the node ran Mnesia
};

} // namespace beamtop
