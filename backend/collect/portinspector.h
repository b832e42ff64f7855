// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collector.h"
#include "portdetails.h"

#include <QObject>

namespace beamtop {

// Drill-down into ports and sockets: details and closing. Several windows ask at once, so
// replies carry the id they are about. Closing is refused while read-only. Ports need the agent.
class PortInspector : public QObject
{
    Q_OBJECT
public:
    explicit PortInspector(AgentClient *agent, QObject *parent = nullptr);

    // id: a port or {'$socket', Ref}, as a row carries it.
    void fetchDetails(const Term &id);
    // text: "#Port<0.5>", "5" or "#Socket<...>", as a person writes it. Replies carry what was
    // asked: a binary of the trimmed text (UTF-8); the id the node resolved is details.id.
    void fetchDetailsByText(const QString &text);
    void close(const Term &id);

    bool readOnly() const { return m_readOnly; }
    void setReadOnly(bool on) { m_readOnly = on; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

signals:
    void detailsReady(const beamtop::Term &id, const beamtop::PortDetails &details);
    void closeDone(const beamtop::Term &id, bool ok, const QString &message);
    // id: what the request was about (for fetchDetailsByText, a binary of the trimmed text).
    void failed(const beamtop::Term &id, const QString &error);

private:
    void requestDetails(const Term &key, const Term &args);

    AgentClient *m_agent;
    bool m_readOnly = true;
    int m_timeoutMs = 5000;
};

// Samples one port each time fetch() is called (the session's tick) through the agent's
// `port_sample`; rates are measured on the node's clock. closed() once the port is gone.
class PortSampler : public Sampler
{
    Q_OBJECT
public:
    PortSampler(AgentClient *agent, const Term &id, QObject *parent = nullptr);

    Term id() const { return m_id; }
    void fetch() override;

signals:
    void sampled(const beamtop::PortSample &sample);
    void closed();

protected:
    void linkLost() override { m_hasLast = false; }

private:
    void deliver(int gen, const Term &map);

    Term m_id;
    bool m_closed = false;
    bool m_hasLast = false;
    qint64 m_lastRecv = -1, m_lastSend = -1;
    qint64 m_lastAtMs = 0; // the node's monotonic clock: often negative
};

} // namespace beamtop
