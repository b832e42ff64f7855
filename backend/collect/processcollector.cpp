#include "processcollector.h"

#include "term/termcodec.h"

#include <memory>
#include <utility>

namespace beamtop {

ProcessCollector::ProcessCollector(AgentClient *agent, QObject *parent) : QObject(parent), m_agent(agent)
{
    m_clock.start();
    connect(agent->node(), &NodeClient::connectionLost, this, [this] {
        ++m_generation;
        m_busy = false;
        m_seen.clear();
    });
}

void ProcessCollector::setBudget(double fraction)
{
    if (m_agent->mode() != AgentClient::Mode::Full)
        return;
    m_agent->node()->call(QString::fromLatin1(AgentClient::ModuleName), QStringLiteral("set_budget"),
                          {Term::floating(qBound(0.001, fraction, 1.0))}, m_timeoutMs);
}

void ProcessCollector::fetch(const ProcessQuery &query)
{
    const int gen = ++m_generation; // whatever is in flight is now stale
    if (!m_agent->node()->isConnected()) {
        emit failed(tr("Not connected."));
        return;
    }
    m_busy = true;
    if (m_agent->mode() == AgentClient::Mode::Full)
        fetchWithAgent(query, gen);
    else
        fetchReduced(query, gen);
}

void ProcessCollector::fetchWithAgent(const ProcessQuery &q, int gen)
{
    QVector<Term> pins;
    for (const NodeId &id : q.pinned)
        pins.append(Term::pid(id));
    const Term req = Term::map({
        {Term::atom("sort"), Term::atom(ProcessQuery::sortName(q.sort))},
        {Term::atom("mode"), Term::atom(q.mode == ProcessQuery::Mode::Window ? "window" : "absolute")},
        {Term::atom("filter"), Term::binary(q.filter.toUtf8())},
        {Term::atom("offset"), Term::integer(q.offset)},
        {Term::atom("limit"), Term::integer(q.limit)},
        {Term::atom("interval_ms"), Term::integer(q.intervalMs)},
        {Term::atom("pids"), Term::list(pins)},
    });
    m_agent->node()->call(QString::fromLatin1(AgentClient::ModuleName), QStringLiteral("proc_page"), {req},
                          m_timeoutMs, this, [this, q, gen](const CallResult &r) {
                              if (gen != m_generation)
                                  return;
                              m_busy = false;
                              if (!r.ok())
                                  return emit failed(r.message);
                              ProcessPage page;
                              QString error;
                              if (!ProcessPage::fromTerm(r.value, &page, &error))
                                  return emit failed(tr("The agent sent a page Beamtop does not understand."));
                              m_lastReplyBytes = TermEncoder::encode(r.value).size();
                              page.query = q;
                              deliver(page, gen);
                          });
}

void ProcessCollector::fetchReduced(const ProcessQuery &q, int gen)
{
    NodeClient *node = m_agent->node();
    // Without the agent there is no ranking: list pids in order, one page of rows at a time.
    node->call(QStringLiteral("erlang"), QStringLiteral("system_info"), {Term::atom("process_count")}, m_timeoutMs, this,
               [this, q, gen, node](const CallResult &count) {
                   if (gen != m_generation)
                       return;
                   if (!count.ok()) {
                       m_busy = false;
                       return emit failed(count.message);
                   }
                   if (count.value.toInt() > ReducedModeProcessLimit) {
                       m_busy = false;
                       return emit failed(tr("This node has %L1 processes: listing them needs the agent, which is not loaded.")
                                              .arg(count.value.toInt()));
                   }
                   node->call(QStringLiteral("erlang"), QStringLiteral("processes"), {}, m_timeoutMs, this,
                              [this, q, gen, node](const CallResult &all) {
                                  if (gen != m_generation)
                                      return;
                                  if (!all.ok()) {
                                      m_busy = false;
                                      return emit failed(all.message);
                                  }
                                  const QVector<Term> pids = all.value.elements();
                                  auto page = std::make_shared<ProcessPage>();
                                  page->query = q;
                                  page->total = pids.size();
                                  page->processCount = pids.size();
                                  page->reducedMode = true;
                                  page->rankingComplete = true;
                                  const int first = qMin(q.offset, int(pids.size()));
                                  const int last = qMin(q.offset + q.limit, int(pids.size()));
                                  page->rows.resize(last - first);
                                  auto outstanding = std::make_shared<int>(last - first);
                                  if (*outstanding == 0)
                                      return deliver(*page, gen);
                                  const Term items = Term::list(
                                      {Term::atom("registered_name"), Term::atom("initial_call"),
                                       Term::atom("current_function"), Term::atom("memory"), Term::atom("reductions"),
                                       Term::atom("message_queue_len"), Term::atom("total_heap_size"),
                                       Term::atom("status")});
                                  for (int i = first; i < last; ++i) {
                                      const Term pid = pids[i];
                                      node->call(QStringLiteral("erlang"), QStringLiteral("process_info"), {pid, items},
                                                 m_timeoutMs, this, [this, page, outstanding, pid, i, first, gen](const CallResult &r) {
                                                     ProcessRow &row = page->rows[i - first];
                                                     row.pid = pid.nodeId();
                                                     row.pidText = QStringLiteral("<0.%1.%2>").arg(row.pid.id).arg(row.pid.serial);
                                                     if (r.ok() && r.value.isList()) {
                                                         const Term v = r.value;
                                                         const Term name = v.value("registered_name");
                                                         row.name = name.isAtom() && !name.isList() ? name : Term::atom("undefined");
                                                         row.initialCall = v.value("initial_call");
                                                         row.currentFunction = v.value("current_function");
                                                         row.memory = v.value("memory").toInt();
                                                         row.reductions = v.value("reductions").toInt();
                                                         row.messageQueueLen = v.value("message_queue_len").toInt();
                                                         row.totalHeapSize = v.value("total_heap_size").toInt();
                                                         row.status = v.value("status").atomName();
                                                     } else {
                                                         row.status = QStringLiteral("exited");
                                                     }
                                                     if (--*outstanding == 0 && gen == m_generation) {
                                                         m_busy = false;
                                                         deliver(*page, gen);
                                                     }
                                                 });
                                  }
                              });
               });
}

void ProcessCollector::deliver(ProcessPage page, int gen)
{
    if (gen != m_generation)
        return;
    m_busy = false;
    // Rates from the node's clock when it gives one: the time replies spend in transit (and
    // waiting behind other calls) must not show up as a change in reductions/s.
    const bool nodeClock = page.hasNodeTime;
    if (nodeClock != m_seenNodeClock)
        m_seen.clear();
    m_seenNodeClock = nodeClock;
    const qint64 now = nodeClock ? page.nodeTimeMs : m_clock.elapsed();
    // Reading a row is a process_info signal the target handles and is charged one reduction
    // for (one call per row, in both modes). Those are Beamtop's, not the process's: an idle
    // process must show 0/s, not one reduction per refresh.
    QHash<QString, int> readsThisPage;
    for (const ProcessRow &row : std::as_const(page.rows))
        ++readsThisPage[row.pidText];
    for (const ProcessRow &row : std::as_const(page.pinned))
        ++readsThisPage[row.pidText];
    QHash<QString, Seen> seen;
    auto rate = [&](ProcessRow &row) {
        const auto it = m_seen.constFind(row.pidText);
        if (it != m_seen.constEnd() && now > it->atMs && row.reductions >= it->reductions) {
            const qint64 own = readsThisPage.value(row.pidText);
            const qint64 change = qMax<qint64>(0, row.reductions - it->reductions - own);
            row.reductionsPerS = double(change) * 1000.0 / double(now - it->atMs);
        }
        seen.insert(row.pidText, {row.reductions, now});
    };
    const bool windowReds = page.query.mode == ProcessQuery::Mode::Window && page.query.sort == ProcessQuery::Sort::Reductions
        && page.windowValid;
    for (ProcessRow &row : page.rows) {
        rate(row);
        if (windowReds && row.reductionsPerS < 0 && row.rankValue >= 0)
            row.reductionsPerS = double(row.rankValue); // the node measured it over the window
    }
    for (ProcessRow &row : page.pinned)
        rate(row);
    m_seen = seen; // bounded by the rows shown
    emit pageReady(page);
}

} // namespace beamtop
