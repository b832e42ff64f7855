// SPDX-License-Identifier: GPL-3.0-or-later
#include "processsampler.h"

#include <QDateTime>

namespace beamtop {

ProcessSampler::ProcessSampler(AgentClient *agent, const Term &pid, QObject *parent)
    : Sampler(agent, parent), m_pid(pid)
{
    m_clock.start();
}

void ProcessSampler::fetch()
{
    if (isBusy() || m_exited)
        return;
    const int gen = begin();
    if (!gen)
        return;
    if (fullMode()) {
        askAgent(gen, "proc_sample", {{Term::atom("pid"), m_pid}}, 64 << 10, [this, gen](const Term &v) {
            // The table's row tuple: {Pid, Text, Name, Initial, Current, Memory, Reductions,
            // Queue, Binary, Heap, Status, Application, RankValue, Reads}.
            const Term row = v.value("row");
            if (!row.isTuple(14))
                return fail(gen, tr("The agent sent a sample Beamtop does not understand."));
            deliver(gen, row.at(5).toInt(), row.at(6).toInt(), row.at(7).toInt(), row.at(10).atomName(),
                    row.at(13).toInt(), v.value("sampled_at_ms").toInt());
        });
        return;
    }
    const Term items = Term::list({Term::atom("memory"), Term::atom("reductions"), Term::atom("message_queue_len"), Term::atom("status")});
    callAll(gen, {{QStringLiteral("info"), QStringLiteral("erlang"), QStringLiteral("process_info"), {m_pid, items}}},
            [this, gen](const Replies &replies) {
                const CallResult &r = replies.value(QStringLiteral("info"));
                if (!r.ok())
                    return fail(gen, r.message);
                if (r.value.isAtom("undefined"))
                    return deliver(gen, 0, 0, 0, QStringLiteral("exited"), -1, 0);
                deliver(gen, r.value.value("memory").toInt(), r.value.value("reductions").toInt(),
                        r.value.value("message_queue_len").toInt(), r.value.value("status").atomName(), -1, m_clock.elapsed());
            });
}

void ProcessSampler::deliver(int gen, qint64 memory, qint64 reductions, qint64 queue, const QString &status, qint64 reads,
                             qint64 nodeTimeMs)
{
    if (!finish(gen))
        return;
    if (status == QLatin1String("exited")) {
        m_exited = true;
        emit exited();
        return;
    }
    ProcessSample s;
    s.timeMs = QDateTime::currentMSecsSinceEpoch();
    s.memory = memory;
    s.reductions = reductions;
    s.messageQueueLen = queue;
    s.status = status;
    // A read is a signal the process handles and is charged a reduction for: Beamtop's work,
    // not the process's. The agent counts all of its reads (the table's too); without it, this
    // sampler's own read is the one to leave out.
    if (m_lastReductions >= 0 && nodeTimeMs > m_lastAtMs && reductions >= m_lastReductions) {
        const qint64 own = reads >= 0 && m_lastReads >= 0 ? qMax<qint64>(0, reads - m_lastReads) : 1;
        s.reductionsPerS = double(qMax<qint64>(0, reductions - m_lastReductions - own)) * 1000.0 / double(nodeTimeMs - m_lastAtMs);
    }
    m_lastReductions = reductions;
    m_lastReads = reads;
    m_lastAtMs = nodeTimeMs;
    emit sampled(s);
}

} // namespace beamtop
