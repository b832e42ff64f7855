// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collector.h"

#include <QElapsedTimer>
#include <QMetaType>

namespace beamtop {

// One process's live figures, for a details window's charts.
struct ProcessSample
{
    qint64 timeMs = 0; // when it arrived, UTC ms since the epoch
    qint64 memory = 0;
    qint64 reductions = 0;
    qint64 messageQueueLen = 0;
    QString status;
    double reductionsPerS = -1; // since the previous sample, Beamtop's own reads left out; -1 unknown
};

// Samples one process each time fetch() is called (the session's tick): through the agent,
// which counts its own reads of the process, or a process_info call in reduced mode.
class ProcessSampler : public Sampler
{
    Q_OBJECT
public:
    ProcessSampler(AgentClient *agent, const Term &pid, QObject *parent = nullptr);

    Term pid() const { return m_pid; }
    void fetch() override;

signals:
    void sampled(const beamtop::ProcessSample &sample);
    void exited();

protected:
    void linkLost() override { m_lastReductions = -1; }

private:
    void deliver(int gen, qint64 memory, qint64 reductions, qint64 queue, const QString &status, qint64 reads,
                 qint64 nodeTimeMs);

    Term m_pid;
    bool m_exited = false;
    QElapsedTimer m_clock;
    qint64 m_lastReductions = -1;
    qint64 m_lastReads = -1;
    qint64 m_lastAtMs = 0;
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::ProcessSample)
