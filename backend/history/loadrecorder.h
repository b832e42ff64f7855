#pragma once

#include "historystore.h"

#include "collect/schedulersample.h"
#include "collect/systemsample.h"

#include <QObject>
#include <optional>

namespace beamtop {

class AgentClient;
class SchedulerCollector;
class SystemCollector;

// One row of load metrics per system sample: whoever makes the system collector fetch (the
// desktop's refresh tick, beamtop-cli record's timer), the recorder reads the schedulers right
// after and emits the pair as one row of LoadMetrics columns. A scheduler reading that fails
// leaves its columns empty (NaN) in that row rather than losing the row.
class LoadRecorder : public QObject
{
    Q_OBJECT
public:
    LoadRecorder(AgentClient *agent, SystemCollector *system, QObject *parent = nullptr);

    SchedulerCollector *schedulers() const { return m_schedulers; }
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
    void emitRow(const SchedulerSample *schedulers);

    SchedulerCollector *m_schedulers;
    std::optional<SystemSample> m_pending;
    QVector<HistoryMetric> m_metrics;
};

} // namespace beamtop
