#pragma once

#include "agent/agentclient.h"
#include "systemsample.h"

#include <QObject>
#include <optional>

namespace beamtop {

// Fetches system samples: one agent call in full mode, a batch of plain BIF calls in reduced
// mode. At most one fetch is in flight; rates are computed against the previous sample.
class SystemCollector : public QObject
{
    Q_OBJECT
public:
    explicit SystemCollector(AgentClient *agent, QObject *parent = nullptr);

    void fetch();
    bool isBusy() const { return m_busy; }
    const std::optional<SystemSample> &last() const { return m_last; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Bytes of the last reply as the node encoded it (what crossed the wire), when known.
    qint64 lastReplyBytes() const { return m_lastReplyBytes; }

signals:
    void sampleReady(const beamtop::SystemSample &sample);
    void failed(const QString &error);

private:
    void fetchWithAgent();
    void fetchReduced();
    void deliver(const Term &map);
    void fail(const QString &error);

    AgentClient *m_agent;
    bool m_busy = false;
    int m_timeoutMs = 5000;
    int m_generation = 0;
    qint64 m_lastReplyBytes = 0;
    std::optional<SystemSample> m_last;
};

} // namespace beamtop
