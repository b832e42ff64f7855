#pragma once

#include "agent/agentclient.h"
#include "processpage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace beamtop {

// Fetches pages of the process ranking. With the agent the node ranks (within its CPU budget)
// and sends only the rows asked for; in reduced mode rows come in pid order, a page at a time.
// Only the newest request's answer is delivered: a superseded one is dropped.
class ProcessCollector : public QObject
{
    Q_OBJECT
public:
    explicit ProcessCollector(AgentClient *agent, QObject *parent = nullptr);

    void fetch(const ProcessQuery &query);
    bool isBusy() const { return m_busy; }
    // Share of one scheduler the agent may spend ranking (0.02 = 2 %).
    void setBudget(double fraction);
    qint64 lastReplyBytes() const { return m_lastReplyBytes; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    static constexpr qint64 ReducedModeProcessLimit = 200000;

signals:
    void pageReady(const beamtop::ProcessPage &page);
    void failed(const QString &error);

private:
    void fetchWithAgent(const ProcessQuery &query, int generation);
    void fetchReduced(const ProcessQuery &query, int generation);
    void deliver(ProcessPage page, int generation);

    AgentClient *m_agent;
    bool m_busy = false;
    int m_generation = 0;
    int m_timeoutMs = 5000;
    qint64 m_lastReplyBytes = 0;
    QElapsedTimer m_clock;
    struct Seen
    {
        qint64 reductions;
        qint64 atMs;
    };
    QHash<QString, Seen> m_seen; // pidText -> last reductions seen, for reductions/s
    bool m_seenNodeClock = false; // m_seen holds node times (agent) rather than m_clock times
};

} // namespace beamtop
