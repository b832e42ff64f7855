// SPDX-License-Identifier: GPL-3.0-or-later
#include "portinspector.h"

#include "termjson.h"

#include <QDateTime>

namespace beamtop {

namespace {
// Options, stats and capped lists: well under a megabyte even for a busy socket.
constexpr qint64 DetailsMaxBytes = 1 << 20;
constexpr qint64 SampleMaxBytes = 16 << 10;
} // namespace

PortInspector::PortInspector(AgentClient *agent, QObject *parent) : QObject(parent), m_agent(agent) {}

void PortInspector::fetchDetails(const Term &id)
{
    requestDetails(id, Term::map({{Term::atom("id"), id}}));
}

void PortInspector::fetchDetailsByText(const QString &text)
{
    const QByteArray trimmed = text.trimmed().toUtf8();
    requestDetails(Term::binary(trimmed), Term::map({{Term::atom("id_text"), Term::binary(trimmed)}}));
}

void PortInspector::requestDetails(const Term &key, const Term &idArgs)
{
    if (m_agent->mode() != AgentClient::Mode::Full) {
        emit failed(key, tr("Port details need the agent, which is not loaded on this node."));
        return;
    }
    if (!m_agent->can("port_details")) {
        emit failed(key, tr("The agent on this node is older and cannot show port details."));
        return;
    }
    QVector<std::pair<Term, Term>> args = idArgs.mapPairs();
    args.append({Term::atom("timeout_ms"), Term::integer(m_timeoutMs)});
    args.append({Term::atom("max_bytes"), Term::integer(DetailsMaxBytes)});
    m_agent->request("port_details", Term::map(args), m_timeoutMs + 1000, this, [this, key](const AgentReply &r) {
        if (!r.ok()) {
            emit failed(key, r.message);
            return;
        }
        PortDetails d;
        QString error;
        if (!PortDetails::fromTerm(r.value, &d, &error)) {
            emit failed(key, tr("The agent sent port details Beamtop does not understand."));
            return;
        }
        emit detailsReady(key, d);
    });
}

void PortInspector::close(const Term &id)
{
    if (m_readOnly) {
        emit closeDone(id, false, tr("Read-only mode is on for this connection: turn it off to change the node."));
        return;
    }
    if (m_agent->mode() != AgentClient::Mode::Full || !m_agent->can("port_action")) {
        emit closeDone(id, false, tr("Closing a port needs the agent, which is not loaded on this node."));
        return;
    }
    const Term args = Term::map({{Term::atom("id"), id}, {Term::atom("action"), Term::atom("close")},
                                 {Term::atom("timeout_ms"), Term::integer(m_timeoutMs)}});
    m_agent->request("port_action", args, m_timeoutMs + 1000, this, [this, id](const AgentReply &r) {
        emit closeDone(id, r.ok(), r.ok() ? QString() : r.message);
    });
}

PortSampler::PortSampler(AgentClient *agent, const Term &id, QObject *parent) : Sampler(agent, parent), m_id(id) {}

void PortSampler::fetch()
{
    if (isBusy() || m_closed)
        return;
    const int gen = begin();
    if (!gen)
        return;
    if (!fullMode() || !agent()->can("port_sample"))
        return fail(gen, tr("Sampling a port needs the agent, which is not loaded on this node."));
    askAgent(gen, "port_sample", {{Term::atom("id"), m_id}}, SampleMaxBytes, [this, gen](const Term &v) { deliver(gen, v); });
}

void PortSampler::deliver(int gen, const Term &map)
{
    const Term alive = map.value("alive");
    if (!map.isMap() || (!alive.isAtom("true") && !alive.isAtom("false")))
        return fail(gen, tr("The agent sent a sample Beamtop does not understand."));
    if (!finish(gen))
        return;
    if (!alive.toBool()) {
        m_closed = true;
        emit closed();
        return;
    }
    PortSample s;
    s.timeMs = QDateTime::currentMSecsSinceEpoch();
    s.recvOct = intOrUnknown(map.value("recv_oct"));
    s.sendOct = intOrUnknown(map.value("send_oct"));
    s.recvCnt = intOrUnknown(map.value("recv_cnt"));
    s.sendCnt = intOrUnknown(map.value("send_cnt"));
    s.queueSize = intOrUnknown(map.value("queue_size"));
    s.memory = intOrUnknown(map.value("memory"));
    const Term atTerm = map.value("sampled_at_ms");
    const qint64 at = atTerm.toInt(0);
    // Rates on the node's clock: the tick's jitter and the trip are not the port's. Two
    // readings within the same millisecond on the node have no interval between them: the
    // earlier one stays the base, so the next rate covers what happened since.
    const bool advanced = atTerm.isInteger() && (!m_hasLast || at > m_lastAtMs);
    if (m_hasLast && advanced) {
        const double seconds = double(at - m_lastAtMs) / 1000.0;
        if (s.recvOct >= 0 && m_lastRecv >= 0 && s.recvOct >= m_lastRecv)
            s.recvPerS = double(s.recvOct - m_lastRecv) / seconds;
        if (s.sendOct >= 0 && m_lastSend >= 0 && s.sendOct >= m_lastSend)
            s.sendPerS = double(s.sendOct - m_lastSend) / seconds;
    }
    if (advanced) {
        m_lastRecv = s.recvOct;
        m_lastSend = s.sendOct;
        m_lastAtMs = at;
        m_hasLast = true;
    }
    emit sampled(s);
}

} // namespace beamtop
