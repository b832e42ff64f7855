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

AlertMonitor::EntityFeed *AlertMonitor::feedFor(const QString &metric)
{
    for (const auto &f : m_feeds)
        if (f->metric == metric)
            return f.get();
    auto feed = std::make_unique<EntityFeed>();
    feed->metric = metric;
    const TermFormatter names;
    auto observe = [this, metric](const QVector<AlertEngine::Observation> &obs) {
        handle(m_engine.observe(metric, nowMs(), obs));
    };
    auto failed = [this, metric](const QString &error) { emit metricFailed(metric, error); };

    if (metric == QLatin1String("dist_queue_max")) {
        // Every link in one small reply: no ranking needed.
        auto *c = new DistCollector(m_agent, this);
        feed->kind = "dist";
        feed->collector = c;
        feed->fetch = [c](int) { c->fetch(); };
        connect(c, &DistCollector::sampleReady, this, [observe](const DistSample &sample) {
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
            observe(obs);
        });
        connect(c, &Collector::failed, this, failed);
        m_feeds.push_back(std::move(feed));
        return m_feeds.back().get();
    }
    const bool processMetric = metric.startsWith(QLatin1String("process_"));
    const bool etsMetric = metric.startsWith(QLatin1String("ets_"));
    const bool growth = metric.endsWith(QLatin1String("_growth_max"));
    if (processMetric) {
        auto *c = new ProcessCollector(m_agent, this);
        feed->kind = "process";
        feed->collector = c;
        ProcessQuery q;
        q.sort = metric == QLatin1String("process_message_queue_max") ? ProcessQuery::Sort::MessageQueueLen
                                                                         : ProcessQuery::Sort::Memory;
        q.mode = growth ? ProcessQuery::Mode::Window : ProcessQuery::Mode::Absolute;
        q.limit = EntityRows;
        feed->fetch = [this, c, q, growth, metric](int intervalMs) mutable {
            q.intervalMs = growth ? growthWindowMs(intervalMs) : qMax(1000, intervalMs);
            q.pinned.clear();
            for (const AlertEntity &e : m_engine.tracked(metric))
                if (e.term.isPid())
                    q.pinned.append(e.term.nodeId());
            c->fetch(q);
        };
        connect(c, &ProcessCollector::pageReady, this, [observe, q, growth, names](const ProcessRanking &page) {
            QVector<AlertEngine::Observation> obs;
            for (const ProcessRow &r : page.rows + page.pinned) {
                AlertEngine::Observation o;
                o.gone = r.exited();
                o.entity.kind = QStringLiteral("process");
                o.entity.id = r.pidText;
                o.entity.name = r.displayName(names);
                o.entity.term = Term::pid(r.pid);
                o.value = growth ? known(r.rankValue)
                    : q.sort == ProcessQuery::Sort::MessageQueueLen ? double(r.messageQueueLen)
                                                                    : double(r.memory);
                obs.append(o);
            }
            observe(obs);
        });
        connect(c, &Collector::failed, this, failed);
    } else if (etsMetric) {
        auto *c = new EtsCollector(m_agent, this);
        feed->kind = "ets";
        feed->collector = c;
        EtsQuery q;
        q.sort = metric == QLatin1String("ets_size_max") ? EtsQuery::Sort::Size : EtsQuery::Sort::Memory;
        q.mode = growth ? EtsQuery::Mode::Window : EtsQuery::Mode::Absolute;
        q.limit = EntityRows;
        feed->fetch = [this, c, q, growth, metric](int intervalMs) mutable {
            q.intervalMs = growth ? growthWindowMs(intervalMs) : qMax(1000, intervalMs);
            q.pinned.clear();
            for (const AlertEntity &e : m_engine.tracked(metric))
                if (!e.term.isError())
                    q.pinned.append(e.term);
            c->fetch(q);
        };
        connect(c, &EtsCollector::pageReady, this, [observe, q, growth](const EtsRanking &page) {
            QVector<AlertEngine::Observation> obs;
            for (const EtsRow &r : page.rows + page.pinned) {
                AlertEngine::Observation o;
                o.gone = r.gone;
                o.entity.kind = QStringLiteral("ets");
                o.entity.id = r.idText;
                o.entity.name = r.name;
                o.entity.term = r.id;
                o.value = growth ? known(r.rankValue) : known(q.sort == EtsQuery::Sort::Size ? r.size : r.memory);
                obs.append(o);
            }
            observe(obs);
        });
        connect(c, &Collector::failed, this, failed);
    } else {
        auto *c = new PortCollector(m_agent, this);
        feed->kind = "port";
        feed->collector = c;
        PortQuery q;
        q.sort = PortQuery::Sort::QueueSize;
        q.mode = growth ? PortQuery::Mode::Window : PortQuery::Mode::Absolute;
        q.limit = EntityRows;
        feed->fetch = [this, c, q, growth, metric](int intervalMs) mutable {
            q.intervalMs = growth ? growthWindowMs(intervalMs) : qMax(1000, intervalMs);
            q.pinned.clear();
            for (const AlertEntity &e : m_engine.tracked(metric))
                if (!e.term.isError())
                    q.pinned.append(e.term);
            c->fetch(q);
        };
        connect(c, &PortCollector::pageReady, this, [observe, growth](const PortRanking &page) {
            QVector<AlertEngine::Observation> obs;
            for (const PortRow &r : page.rows + page.pinned) {
                AlertEngine::Observation o;
                o.gone = r.closed();
                o.entity.kind = QStringLiteral("port");
                o.entity.id = r.idText;
                o.entity.name = r.name;
                o.entity.term = r.id;
                o.value = growth ? known(r.rankValue) : known(r.queueSize);
                obs.append(o);
            }
            observe(obs);
        });
        connect(c, &Collector::failed, this, failed);
    }
    m_feeds.push_back(std::move(feed));
    return m_feeds.back().get();
}

} // namespace beamtop
