#include "loadrecorder.h"

#include "loadmetrics.h"

#include "collect/schedulercollector.h"
#include "collect/systemcollector.h"

namespace beamtop {

LoadRecorder::LoadRecorder(AgentClient *agent, SystemCollector *system, QObject *parent)
    : QObject(parent), m_schedulers(new SchedulerCollector(agent, this))
{
    // The first reading comes as a pair 250 ms apart, so the first row has utilisation.
    m_schedulers->setFirstWindowMs(250);
    connect(system, &SystemCollector::sampleReady, this, &LoadRecorder::onSystem);
    connect(m_schedulers, &SchedulerCollector::sampleReady, this, [this](const SchedulerSample &s) { emitRow(&s); });
    connect(m_schedulers, &SchedulerCollector::failed, this, [this](const QString &error) {
        emit schedulerError(error);
        emitRow(nullptr);
    });
}

void LoadRecorder::reset()
{
    m_pending.reset();
    m_schedulers->reset();
}

void LoadRecorder::onSystem(const SystemSample &sample)
{
    // A reading still in flight pairs with this newer sample when it lands.
    m_pending = sample;
    if (!m_schedulers->isBusy())
        m_schedulers->fetch();
}

void LoadRecorder::emitRow(const SchedulerSample *schedulers)
{
    if (!m_pending)
        return;
    const SystemSample system = *m_pending;
    m_pending.reset();
    const QVector<HistoryMetric> metrics = LoadMetrics::metricsFor(system);
    if (metrics != m_metrics)
        m_metrics = metrics; // share one copy between rows
    emit recorded(system.takenAt.toMSecsSinceEpoch(), m_metrics, LoadMetrics::values(m_metrics, system, schedulers), system);
}

} // namespace beamtop
