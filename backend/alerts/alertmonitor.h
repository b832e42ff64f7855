// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertengine.h"
#include "alertlog.h"
#include "history/historystore.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <memory>

namespace beamtop {

class AgentClient;
class EtsCollector;
class PortCollector;
class ProcessCollector;
struct SystemSample;

// The alerts of one session: NodeSession owns one and feeds it every row of history it
// records (node metrics), so rules keep working whatever page is shown, in the desktop app and
// in beamtop-cli alike. Entity metrics (the largest message queue, ...) are read each tick from
// the node's rankings, with collectors of the monitor's own (a few rows each: the largest
// entities), only for metrics an enabled rule watches.
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    // How many entities of each entity metric are read and checked each tick.
    static constexpr int EntityRows = 10;
    // Events kept in memory for the log view (the file keeps more).
    static constexpr int MaxLogEvents = 1000;

    explicit AlertMonitor(AgentClient *agent, QObject *parent = nullptr);
    ~AlertMonitor() override;

    void setRules(const RuleSet &rules);
    const RuleSet &rules() const { return m_engine.rules(); }

    // Keep the log on disk in this file (AlertLog::defaultFileName for the desktop app); its
    // recent events are read back into log() at once. Empty: no file.
    void setLogFile(const QString &fileName);
    QString logFile() const;
    QString logError() const { return m_logError; } // the last write that failed

    QVector<ActiveAlert> active() const { return m_engine.active(); }
    int activeCount() const { return m_engine.activeCount(); }
    int unacknowledgedCount() const { return m_engine.unacknowledgedCount(); }
    // The log, oldest first: what the file held when opened, then every event since.
    const QVector<AlertEvent> &log() const { return m_log; }
    bool acknowledge(const QString &key);
    void acknowledgeAll();

    // Called by the session.
    void observeRow(qint64 timeMs, const QVector<HistoryMetric> &metrics, const QVector<double> &values,
                    const SystemSample &system);
    void tick(int refreshIntervalMs); // fetches the entity metrics in use
    void reset();                     // another node: states and active alerts forgotten

signals:
    void fired(const beamtop::AlertEvent &event);
    void resolved(const beamtop::AlertEvent &event);
    // Every event, fired or resolved, after it went into log().
    void logAppended(const beamtop::AlertEvent &event);
    // The active set, a value in it or an acknowledgement changed.
    void activeChanged();
    // An entity metric could not be read (an agent without that ranking, a failed call).
    void metricFailed(const QString &metric, const QString &error);

private:
    struct EntityFeed;
    void handle(const QVector<AlertEvent> &events);
    EntityFeed *feedFor(const QString &metric);
    // An entity metric read from a ranking: the top EntityRows rows and the tracked entities
    // pinned (pin adds an entity's id to the query's pinned list), each row read into one
    // observation.
    template <typename C, typename Pin, typename Read>
    void watchRanking(EntityFeed *feed, const char *kind, C *collector, typename C::Query query, bool growth, Pin pin,
                      Read read);

    AgentClient *m_agent;
    AlertEngine m_engine;
    std::unique_ptr<AlertLog> m_file;
    QString m_logError;
    QVector<AlertEvent> m_log;
    std::vector<std::unique_ptr<EntityFeed>> m_feeds;
};

} // namespace beamtop
