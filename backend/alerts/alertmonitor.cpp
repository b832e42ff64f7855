// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmonitor.h"

#include "agent/agentclient.h"
#include "alertmetrics.h"
#include "collect/distcollector.h"
#include "collect/etscollector.h"
#include "collect/portcollector.h"
#include "collect/processcollector.h"
#include "term/termformatter.h"

#include <QDateTime>

#include <cmath>

namespace beamtop {

// The collector of one entity metric and how its rows become observations. Each asks its
// ranking for the top EntityRows rows, and pins the entities whose alerts are pending or firing
// (so they are read until they resolve, even when a sweep from before puts them lower): the
// node keeps the ranking (one per sort and mode, shared with a page showing the same), so a
// tick costs those rows' fresh reads, never a scan.
struct AlertMonitor::EntityFeed
{
    QString metric;
    const char *kind = "process";
    Collector *collector = nullptr;
    std::function<void(int intervalMs)> fetch;
};

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Growth is measured over a window of at least 5 s: one second's change is mostly noise.
int growthWindowMs(int intervalMs)
{
    return qMax(5000, intervalMs);
}

double known(qint64 v)
{
    return v < 0 ? std::numeric_limits<double>::quiet_NaN() : double(v);
}

} // namespace

AlertMonitor::AlertMonitor(AgentClient *agent, QObject *parent) : QObject(parent), m_agent(agent) {}

AlertMonitor::~AlertMonitor() = default;

void AlertMonitor::setRules(const RuleSet &rules)
{
    const QVector<AlertEvent> events = m_engine.setRules(rules, nowMs());
    handle(events);
    // Feeds no rule watches any more stop being fetched (their rankings expire on the node).
    const QStringList inUse = m_engine.metricsInUse();
    m_feeds.erase(std::remove_if(m_feeds.begin(), m_feeds.end(),
                                 [&inUse](const std::unique_ptr<EntityFeed> &f) {
                                     if (inUse.contains(f->metric))
                                         return false;
                                     f->collector->deleteLater();
                                     return true;
                                 }),
                  m_feeds.end());
    emit activeChanged();
}

void AlertMonitor::setLogFile(const QString &fileName)
{
    m_log.clear();
    m_logError.clear();
    if (fileName.isEmpty()) {
        m_file.reset();
        return;
    }
    m_file = std::make_unique<AlertLog>(fileName);
    m_log = m_file->readRecent(MaxLogEvents);
}

QString AlertMonitor::logFile() const
{
    return m_file ? m_file->fileName() : QString();
}

bool AlertMonitor::acknowledge(const QString &key)
{
    if (!m_engine.acknowledge(key))
        return false;
    emit activeChanged();
    return true;
}

void AlertMonitor::acknowledgeAll()
{
    m_engine.acknowledgeAll();
    emit activeChanged();
}

void AlertMonitor::reset()
{
    m_engine.reset();
    emit activeChanged();
}

void AlertMonitor::observeRow(qint64 timeMs, const QVector<HistoryMetric> &metrics, const QVector<double> &values,
                              const SystemSample &system)
{
    if (m_engine.rules().rules.isEmpty())
        return;
    handle(m_engine.observeNode(AlertMetrics::nodeValues(system, metrics, values), timeMs));
    emit activeChanged(); // the values shown for active alerts moved
}

void AlertMonitor::handle(const QVector<AlertEvent> &events)
{
    for (const AlertEvent &e : events) {
        if (m_file) {
            QString error;
            if (!m_file->append(e, &error))
                m_logError = error;
            else
                m_logError.clear();
        }
        m_log.append(e);
        if (m_log.size() > MaxLogEvents)
            m_log.remove(0, m_log.size() - MaxLogEvents);
        if (e.type == AlertEvent::Type::Firing)
            emit fired(e);
        else
            emit resolved(e);
        emit logAppended(e);
    }
    if (!events.isEmpty())
        emit activeChanged();
}

void AlertMonitor::tick(int refreshIntervalMs)
{
    if (m_agent->mode() != AgentClient::Mode::Full)
        return;
    for (const QString &metric : m_engine.metricsInUse()) {
        if (!AlertMetrics::isEntityKey(metric))
            continue;
        EntityFeed *feed = feedFor(metric);
        if (!feed)
            continue;
        if (qstrcmp(feed->kind, "dist") == 0 ? !m_agent->can("dist") : !m_agent->canRank(feed->kind)) {
            emit metricFailed(metric, tr("The agent on this node cannot read %1 figures; the rule on %2 waits.")
                                          .arg(QLatin1String(feed->kind), metric));
            continue;
        }
        if (!feed->collector->isBusy()) // a slow node: one request at a time
            feed->fetch(refreshIntervalMs);
    }
}

template <typename C, typename Pin, typename Read>
void AlertMonitor::watchRanking(EntityFeed *feed, const char *kind, C *c, typename C::Query q, bool growth, Pin pin,
                                Read read)
{
    feed->kind = kind;
    feed->collector = c;
    q.limit = EntityRows;
    const QString metric = feed->metric;
    feed->fetch = [this, c, q, growth, metric, pin](int intervalMs) mutable {
        q.intervalMs = growth ? growthWindowMs(intervalMs) : qMax(1000, intervalMs);
        q.pinned.clear();
        for (const AlertEntity &e : m_engine.tracked(metric))
            pin(e.term, &q.pinned);
        c->fetch(q);
    };
    connect(c, &C::pageReady, this, [this, metric, read](const typename C::Page &page) {
        QVector<AlertEngine::Observation> obs;
        for (const auto &row : page.rows + page.pinned)
            obs.append(read(row));
        handle(m_engine.observe(metric, nowMs(), obs));
    });
    connect(c, &Collector::failed, this, [this, metric](const QString &error) { emit metricFailed(metric, error); });
}

AlertMonitor::EntityFeed *AlertMonitor::feedFor(const QString &metric)
{
    for (const auto &f : m_feeds)
        if (f->metric == metric)
            return f.get();
    m_feeds.push_back(std::make_unique<EntityFeed>());
    EntityFeed *feed = m_feeds.back().get();
    feed->metric = metric;

    if (metric == QLatin1String("dist_queue_max")) {
        // Every link in one small reply: no ranking needed.
        auto *c = new DistCollector(m_agent, this);
        feed->kind = "dist";
        feed->collector = c;
        feed->fetch = [c](int) { c->fetch(); };
        connect(c, &DistCollector::sampleReady, this, [this, metric](const DistSample &sample) {
            QVector<AlertEngine::Observation> obs;
            for (const DistNode &n : sample.nodes) {
                if (n.own)
                    continue;
                AlertEngine::Observation o;
                o.entity.kind = QStringLiteral("dist");
                o.entity.id = n.node;
                o.value = known(n.queueSize);
                obs.append(o);
            }
            handle(m_engine.observe(metric, nowMs(), obs));
        });
        connect(c, &Collector::failed, this, [this, metric](const QString &error) { emit metricFailed(metric, error); });
        return feed;
    }
    const bool growth = metric.endsWith(QLatin1String("_growth_max"));
    // Pinned ids: a process ranking pins pids, the others the id terms their rows carry.
    auto pinTerm = [](const Term &t, QVector<Term> *pinned) {
        if (!t.isError())
            pinned->append(t);
    };
    if (metric.startsWith(QLatin1String("process_"))) {
        ProcessQuery q;
        const bool queue = metric == QLatin1String("process_message_queue_max");
        q.sort = queue ? ProcessQuery::Sort::MessageQueueLen : ProcessQuery::Sort::Memory;
        q.mode = growth ? ProcessQuery::Mode::Window : ProcessQuery::Mode::Absolute;
        const TermFormatter names;
        watchRanking(
            feed, "process", new ProcessCollector(m_agent, this), q, growth,
            [](const Term &t, QVector<NodeId> *pinned) {
                if (t.isPid())
                    pinned->append(t.nodeId());
            },
            [growth, queue, names](const ProcessRow &r) {
                AlertEngine::Observation o;
                o.gone = r.exited();
                o.entity = {QStringLiteral("process"), r.pidText, r.displayName(names), Term::pid(r.pid)};
                o.value = growth ? known(r.rankValue) : double(queue ? r.messageQueueLen : r.memory);
                return o;
            });
    } else if (metric.startsWith(QLatin1String("ets_"))) {
        EtsQuery q;
        const bool size = metric == QLatin1String("ets_size_max");
        q.sort = size ? EtsQuery::Sort::Size : EtsQuery::Sort::Memory;
        q.mode = growth ? EtsQuery::Mode::Window : EtsQuery::Mode::Absolute;
        watchRanking(feed, "ets", new EtsCollector(m_agent, this), q, growth, pinTerm, [growth, size](const EtsRow &r) {
            AlertEngine::Observation o;
            o.gone = r.gone;
            o.entity = {QStringLiteral("ets"), r.idText, r.name, r.id};
            o.value = growth ? known(r.rankValue) : known(size ? r.size : r.memory);
            return o;
        });
    } else {
        PortQuery q;
        q.sort = PortQuery::Sort::QueueSize;
        q.mode = growth ? PortQuery::Mode::Window : PortQuery::Mode::Absolute;
        watchRanking(feed, "port", new PortCollector(m_agent, this), q, growth, pinTerm, [growth](const PortRow &r) {
            AlertEngine::Observation o;
            o.gone = r.closed();
            o.entity = {QStringLiteral("port"), r.idText, r.name, r.id};
            o.value = growth ? known(r.rankValue) : known(r.queueSize);
            return o;
        });
    }
    return feed;
}

} // namespace beamtop
