// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadrecorder.h"

#include "loadmetrics.h"

#include "collect/alloccollector.h"
#include "collect/schedulercollector.h"
#include "collect/systemcollector.h"

namespace beamtop {

LoadRecorder::LoadRecorder(AgentClient *agent, SystemCollector *system, QObject *parent)
    : QObject(parent), m_schedulers(new SchedulerCollector(agent, this)), m_allocators(new AllocCollector(agent, this))
{
    // The first reading comes as a pair 250 ms apart, so the first row has utilisation.
    m_schedulers->setFirstWindowMs(250);
    connect(system, &SystemCollector::sampleReady, this, &LoadRecorder::onSystem);
    connect(m_schedulers, &SchedulerCollector::sampleReady, this, [this](const SchedulerSample &s) { onSchedulers(&s); });
    connect(m_schedulers, &SchedulerCollector::failed, this, [this](const QString &error) {
        emit schedulerError(error);
        onSchedulers(nullptr);
    });
    // Any allocator reading completes the row waiting for one: a view that asks for other
    // instances makes the collector start over, and the newer reading serves the row.
    connect(m_allocators, &AllocCollector::sampleReady, this, [this](const AllocSample &s) {
        if (m_waitingForAllocators)
            emitRow(&s);
    });
    connect(m_allocators, &AllocCollector::failed, this, [this] {
        if (m_waitingForAllocators)
            emitRow(nullptr);
    });
}

void LoadRecorder::reset()
{
    m_pending.reset();
    m_pendingSchedulers.reset();
    m_waitingForAllocators = false;
    m_schedulers->reset();
    m_mnesiaSeen = false;
}

void LoadRecorder::onSystem(const SystemSample &sample)
{
    // A reading still in flight pairs with this newer sample when it lands.
    m_pending = sample;
    if (!m_schedulers->isBusy())
        m_schedulers->fetch();
}

void LoadRecorder::onSchedulers(const SchedulerSample *schedulers)
{
    if (!m_pending)
        return;
    if (schedulers)
        m_pendingSchedulers = *schedulers;
    else
        m_pendingSchedulers.reset();
    if (!m_allocators->isAvailable()) {
        emitRow(nullptr);
        return;
    }
    m_waitingForAllocators = true;
    if (!m_allocators->isBusy())
        m_allocators->fetch();
}

void LoadRecorder::emitRow(const AllocSample *allocators)
{
    m_waitingForAllocators = false;
    if (!m_pending)
        return;
    const SystemSample system = *m_pending;
    m_pending.reset();
    const std::optional<SchedulerSample> schedulers = std::move(m_pendingSchedulers);
    m_pendingSchedulers.reset();
    // Mnesia's columns come when it runs and stay when it stops (empty then): a set that only
    // grows at its end keeps the history (HistoryStore::setMetrics) and a recording's columns.
    m_mnesiaSeen = m_mnesiaSeen || system.hasMnesia;
    const QVector<HistoryMetric> metrics = LoadMetrics::metricsFor(system, m_mnesiaSeen);
    if (metrics != m_metrics)
        m_metrics = metrics; // share one copy between rows
    emit recorded(system.takenAt.toMSecsSinceEpoch(), m_metrics,
                  LoadMetrics::values(m_metrics, system, schedulers ? &*schedulers : nullptr, allocators), system);
}

} // namespace beamtop
