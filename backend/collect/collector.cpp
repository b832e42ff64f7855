// SPDX-License-Identifier: GPL-3.0-or-later
#include "collector.h"

#include "term/termcodec.h"

#include <memory>

namespace beamtop {

Collector::Collector(AgentClient *agent, QObject *parent) : QObject(parent), m_agent(agent)
{
    connect(agent->node(), &NodeClient::connectionLost, this, [this] {
        ++m_generation; // whatever is in flight belongs to the old link
        m_busy = false;
        linkLost();
    });
}

void Collector::cancel()
{
    ++m_generation;
    m_busy = false;
}

int Collector::begin()
{
    ++m_generation;
    m_busy = false;
    if (!node()->isConnected()) {
        emit failed(tr("Not connected."));
        return 0;
    }
    m_busy = true;
    return m_generation;
}

bool Collector::finish(int gen)
{
    if (gen != m_generation)
        return false;
    m_busy = false;
    return true;
}

void Collector::fail(int gen, const QString &error)
{
    if (finish(gen))
        emit failed(error);
}

void Collector::askAgent(int gen, const char *type, QVector<std::pair<Term, Term>> args, qint64 maxBytes,
                         std::function<void(const Term &)> onOk, int extraWaitMs)
{
    // The node-side bound is the agent's; the call's own timeout adds a margin for the trip.
    args.append({Term::atom("timeout_ms"), Term::integer(m_timeoutMs)});
    args.append({Term::atom("max_bytes"), Term::integer(maxBytes)});
    m_agent->request(type, Term::map(args), m_timeoutMs + extraWaitMs + 1000, this,
                     [this, gen, onOk = std::move(onOk)](const AgentReply &r) {
                         if (!isCurrent(gen))
                             return;
                         if (!r.ok())
                             return fail(gen, r.message);
                         m_lastReplyBytes = r.replyBytes;
                         onOk(r.value);
                     });
}

void Collector::callAll(int gen, const QVector<Call> &calls, std::function<void(const Replies &)> done)
{
    struct Batch
    {
        Replies replies;
        int outstanding = 0;
        QVector<Call> calls;
        std::function<void(const Replies &)> done;
    };
    auto batch = std::make_shared<Batch>();
    batch->outstanding = int(calls.size());
    batch->calls = calls;
    batch->done = std::move(done);
    if (calls.isEmpty()) {
        batch->done(batch->replies);
        return;
    }
    auto complete = [this, batch] {
        qint64 bytes = 0;
        for (const CallResult &each : std::as_const(batch->replies))
            bytes += each.ok() ? TermEncoder::encode(each.value).size() : 0;
        m_lastReplyBytes = bytes;
        batch->done(batch->replies);
    };
    for (const Call &c : calls) {
        node()->call(c.module, c.function, c.args, m_timeoutMs, this, [this, gen, batch, complete, key = c.key](const CallResult &r) {
            batch->replies.insert(key, r);
            if (--batch->outstanding > 0 || !isCurrent(gen))
                return;
            // rex starts a process for every call: on a node at its process limit the calls sent
            // at once fail where one at a time may pass (each needs a free slot only briefly).
            QVector<Call> again;
            for (const Call &each : std::as_const(batch->calls))
                if (AgentClient::atProcessLimit(batch->replies.value(each.key)))
                    again.append(each);
            if (again.isEmpty())
                return complete();
            callOneByOne(gen, again, MaxTriesAtLimit,
                         [batch](const QString &key, const CallResult &r) { batch->replies.insert(key, r); }, complete);
        });
    }
}

void Collector::callOneByOne(int gen, QVector<Call> calls, int triesLeft,
                             std::function<void(const QString &, const CallResult &)> each, std::function<void()> done)
{
    if (calls.isEmpty())
        return done();
    const Call c = calls.takeFirst();
    node()->call(c.module, c.function, c.args, m_timeoutMs, this,
                 [this, gen, c, calls, triesLeft, each, done](const CallResult &r) mutable {
                     if (!isCurrent(gen))
                         return;
                     if (triesLeft > 1 && AgentClient::atProcessLimit(r)) {
                         calls.prepend(c);
                         return callOneByOne(gen, calls, triesLeft - 1, each, done);
                     }
                     each(c.key, r);
                     callOneByOne(gen, calls, MaxTriesAtLimit, each, done);
                 });
}

} // namespace beamtop
