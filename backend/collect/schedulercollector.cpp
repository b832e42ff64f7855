#include "schedulercollector.h"

#include <QTimer>

#include <memory>

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

QString agentErrorText(const Term &reason)
{
    if (reason.isAtom("timeout"))
        return SchedulerCollector::tr("The node took too long to report its schedulers; it may be overloaded.");
    if (reason.isAtom("not_running"))
        return SchedulerCollector::tr("The agent on the node is not running; Beamtop reloads it when it reconnects.");
    return SchedulerCollector::tr("The agent could not read the schedulers.");
}

} // namespace

SchedulerCollector::SchedulerCollector(AgentClient *agent, QObject *parent) : QObject(parent), m_agent(agent)
{
    connect(agent->node(), &NodeClient::connectionLost, this, [this] {
        ++m_generation; // whatever is in flight belongs to the old link
        m_busy = false;
    });
}

void SchedulerCollector::reset()
{
    ++m_generation;
    m_busy = false;
    m_last.reset();
}

void SchedulerCollector::fetch()
{
    if (m_busy)
        return;
    if (!m_agent->node()->isConnected()) {
        fail(tr("Not connected."));
        return;
    }
    m_busy = true;
    const int gen = ++m_generation;
    const int window = m_last ? 0 : m_firstWindowMs;
    if (m_agent->mode() == AgentClient::Mode::Full)
        fetchWithAgent(gen, window);
    else
        fetchReduced(gen, window);
}

void SchedulerCollector::fetchWithAgent(int gen, int windowMs)
{
    const Term opts = Term::map({{Term::atom("timeout_ms"), Term::integer(m_timeoutMs)},
                                 {Term::atom("max_bytes"), Term::integer(1 << 20)},
                                 {Term::atom("window_ms"), Term::integer(windowMs)}});
    // The node-side bound is the agent's (one reading, or two and the window between them);
    // ours adds the round trip.
    const int timeout = windowMs > 0 ? 2 * m_timeoutMs + windowMs + 1000 : m_timeoutMs + 1000;
    m_agent->node()->call(QString::fromLatin1(AgentClient::ModuleName), QStringLiteral("scheduler_sample"), {opts},
                          timeout, this, [this, gen](const CallResult &r) {
                              if (gen != m_generation)
                                  return;
                              if (!r.ok())
                                  return fail(r.message);
                              if (r.value.isTaggedTuple("ok", 2))
                                  return deliver(r.value.at(1), gen);
                              fail(agentErrorText(r.value.isTaggedTuple("error", 2) ? r.value.at(1) : Term()));
                          });
}

void SchedulerCollector::fetchReduced(int gen, int windowMs)
{
    struct Batch
    {
        QVector<std::pair<Term, Term>> pairs;
        int outstanding = 0;
        QString error;
    };
    auto batch = std::make_shared<Batch>();
    batch->outstanding = int(std::size(ReducedCalls));
    for (const BifCall &c : ReducedCalls) {
        const char *key = c.key;
        m_agent->node()->call(QStringLiteral("erlang"), QLatin1String(c.function), {Term::atom(c.arg)}, m_timeoutMs, this,
                              [this, gen, batch, key, windowMs](const CallResult &r) {
                                  if (r.ok())
                                      batch->pairs.append({Term::atom(key), r.value});
                                  else if (batch->error.isEmpty())
                                      batch->error = r.message;
                                  if (--batch->outstanding > 0 || gen != m_generation)
                                      return;
                                  if (!batch->error.isEmpty())
                                      return fail(batch->error);
                                  const Term map = Term::map(batch->pairs);
                                  if (windowMs <= 0)
                                      return deliver(map, gen);
                                  // The first of two readings: keep it, take the second later.
                                  SchedulerSample first;
                                  if (SchedulerSample::fromTerm(map, &first, nullptr))
                                      m_last = first;
                                  QTimer::singleShot(windowMs, this, [this, gen] {
                                      if (gen == m_generation && m_agent->node()->isConnected())
                                          fetchReduced(gen, 0);
                                  });
                              });
    }
}

void SchedulerCollector::deliver(const Term &map, int gen)
{
    Q_UNUSED(gen)
    m_busy = false;
    SchedulerSample s;
    QString error;
    if (!SchedulerSample::fromTerm(map, &s, &error))
        return fail(error);
    if (!s.hasUtilization && m_last)
        s.computeUtilization(*m_last);
    m_last = s;
    emit sampleReady(s);
}

void SchedulerCollector::fail(const QString &error)
{
    m_busy = false;
    emit failed(error);
}

} // namespace beamtop
