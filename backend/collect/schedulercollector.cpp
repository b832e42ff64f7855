// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulercollector.h"

#include <QTimer>

namespace beamtop {

namespace {

struct BifCall
{
    const char *key;
    const char *function;
    const char *arg;
};

// What the reduced mode asks for; the replies become the map the agent sends.
const BifCall ReducedCalls[] = {
    {"wall_time", "statistics", "scheduler_wall_time_all"},
    {"run_queues", "statistics", "run_queue_lengths_all"},
    {"schedulers", "system_info", "schedulers"},
    {"schedulers_online", "system_info", "schedulers_online"},
    {"dirty_cpu_schedulers", "system_info", "dirty_cpu_schedulers"},
    {"dirty_cpu_schedulers_online", "system_info", "dirty_cpu_schedulers_online"},
    {"dirty_io_schedulers", "system_info", "dirty_io_schedulers"},
    {"sampled_at_us", "monotonic_time", "microsecond"},
};

} // namespace

SchedulerCollector::SchedulerCollector(AgentClient *agent, QObject *parent) : Collector(agent, parent) {}

void SchedulerCollector::reset()
{
    cancel();
    m_last.reset();
}

void SchedulerCollector::fetch()
{
    if (isBusy())
        return;
    const int gen = begin();
    if (!gen)
        return;
    const int window = m_last ? 0 : m_firstWindowMs;
    if (!fullMode())
        return fetchReduced(gen, window);
    // The agent takes one reading, or two and the window between them.
    askAgent(gen, "schedulers", {{Term::atom("window_ms"), Term::integer(window)}}, 1 << 20,
             [this, gen](const Term &v) { deliver(gen, v); }, window > 0 ? timeoutMs() + window : 0);
}

void SchedulerCollector::fetchReduced(int gen, int windowMs)
{
    QVector<Call> calls;
    for (const BifCall &c : ReducedCalls)
        calls.append({QLatin1String(c.key), QStringLiteral("erlang"), QLatin1String(c.function), {Term::atom(c.arg)}});
    callAll(gen, calls, [this, gen, windowMs](const Replies &replies) {
        QVector<std::pair<Term, Term>> pairs;
        for (auto it = replies.begin(); it != replies.end(); ++it) {
            if (!it->ok())
                return fail(gen, it->message);
            pairs.append({Term::atom(it.key()), it->value});
        }
        const Term map = Term::map(pairs);
        if (windowMs <= 0)
            return deliver(gen, map);
        // The first of two readings: keep it, take the second later.
        SchedulerSample first;
        if (SchedulerSample::fromTerm(map, &first, nullptr))
            m_last = first;
        QTimer::singleShot(windowMs, this, [this, gen] {
            if (isCurrent(gen) && node()->isConnected())
                fetchReduced(gen, 0);
        });
    });
}

void SchedulerCollector::deliver(int gen, const Term &map)
{
    if (!finish(gen))
        return;
    SchedulerSample s;
    QString error;
    if (!SchedulerSample::fromTerm(map, &s, &error))
        return emit failed(error);
    if (!s.hasUtilization && m_last)
        s.computeUtilization(*m_last);
    m_last = s;
    emit sampleReady(s);
}

} // namespace beamtop
