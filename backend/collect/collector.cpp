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
        std::function<void(const Replies &)> done;
    };
    auto batch = std::make_shared<Batch>();
    batch->outstanding = int(calls.size());
    batch->done = std::move(done);
    if (calls.isEmpty()) {
        batch->done(batch->replies);
        return;
    }
    for (const Call &c : calls) {
        node()->call(c.module, c.function, c.args, m_timeoutMs, this, [this, gen, batch, key = c.key](const CallResult &r) {
            batch->replies.insert(key, r);
            if (--batch->outstanding > 0 || !isCurrent(gen))
                return;
            qint64 bytes = 0;
            for (const CallResult &each : std::as_const(batch->replies))
                bytes += each.ok() ? TermEncoder::encode(each.value).size() : 0;
            m_lastReplyBytes = bytes;
            batch->done(batch->replies);
        });
    }
}

} // namespace beamtop
