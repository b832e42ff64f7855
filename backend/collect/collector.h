// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/agentclient.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace beamtop {

// What every collector does the same way: one fetch at a time, replies of an older fetch
// dropped (superseded by a newer one, or from before the link was lost), the agent or the
// reduced mode's plain calls, and one failed() signal with a sentence for people. A subclass
// starts a fetch with begin(), asks with askAgent() or callAll(), and ends it with finish() or
// fail(); it never checks generations itself.
class Collector : public QObject
{
    Q_OBJECT
public:
    explicit Collector(AgentClient *agent, QObject *parent = nullptr);

    AgentClient *agent() const { return m_agent; }
    NodeClient *node() const { return m_agent->node(); }
    bool isBusy() const { return m_busy; }
    bool fullMode() const { return m_agent->mode() == AgentClient::Mode::Full; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Bytes of the last reply as the node encoded it (what crossed the wire), when known.
    qint64 lastReplyBytes() const { return m_lastReplyBytes; }

    // Drops whatever is in flight: its reply will be ignored.
    void cancel();

signals:
    void failed(const QString &error);

protected:
    // Starts a fetch; whatever is in flight is now stale. Returns its generation, or 0 when
    // not connected (failed() was emitted).
    int begin();
    bool isCurrent(int gen) const { return gen == m_generation; }
    // Ends fetch gen. False when gen is stale: the caller drops what it has.
    bool finish(int gen);
    void fail(int gen, const QString &error);

    // An agent request belonging to fetch gen, bounded on the node by timeoutMs() and
    // maxBytes: onOk runs with the value while gen is current; a refusal or a failed call ends
    // the fetch with failed(). extraWaitMs: time the agent waits on purpose (not work).
    void askAgent(int gen, const char *type, QVector<std::pair<Term, Term>> args, qint64 maxBytes,
                  std::function<void(const Term &value)> onOk, int extraWaitMs = 0);

    // Plain calls (the reduced mode), all sent at once; done runs once, with every reply by
    // key, if gen is still current then.
    struct Call
    {
        QString key;
        QString module;
        QString function;
        QVector<Term> args;
    };
    using Replies = QHash<QString, CallResult>;
    void callAll(int gen, const QVector<Call> &calls, std::function<void(const Replies &)> done);

    void setLastReplyBytes(qint64 bytes) { m_lastReplyBytes = bytes; }
    // The link dropped: the fetch in flight is gone. Subclasses forget per-link state here.
    virtual void linkLost() {}

private:
    // Calls sent in turn, each again (up to triesLeft in all) while the node is at its process
    // limit; each gets every final reply, done runs after the last while gen is current.
    static constexpr int MaxTriesAtLimit = 3;
    void callOneByOne(int gen, QVector<Call> calls, int triesLeft,
                      std::function<void(const QString &, const CallResult &)> each, std::function<void()> done);

    AgentClient *m_agent;
    bool m_busy = false;
    int m_generation = 0;
    int m_timeoutMs = 5000;
    qint64 m_lastReplyBytes = 0;
};

// A collector of one entity (a process, a port, an ETS table) for a details window's charts:
// the session calls fetch() on every tick for as long as the window lives.
class Sampler : public Collector
{
    Q_OBJECT
public:
    using Collector::Collector;
    // Takes a sample; does nothing while one is on its way, or once the entity is gone.
    virtual void fetch() = 0;
};

} // namespace beamtop
