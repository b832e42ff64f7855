// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two sides of a bench that compares one of Beamtop's ranked views with a peer's collector
// on the same node in the same run (bench_ports, bench_ets): Beamtop's real collector on its
// own connection and agent, asked what the page asks every second, and the peer's collector as
// the rpc call it makes on every refresh; and the table rows both are reported in.
#include "agent/agentclient.h"
#include "node/nodeclient.h"
#include "testnode.h"

#include "benchutil.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <utility>

namespace beamtop::bench {

// Detaches the agent (nothing left on the node) and disconnects, waiting at most 5 s.
inline void detachAndWait(AgentClient &agent)
{
    QEventLoop detach;
    QObject::connect(&agent, &AgentClient::detached, &detach, &QEventLoop::quit);
    agent.detachAndDisconnect();
    QTimer::singleShot(5000, &detach, &QEventLoop::quit);
    detach.exec();
}

// Beamtop: the real collector of a ranked kind (RankedCollectorOf) on its own connection and
// agent, attached for the node's whole life (so the idle phases include an attached, unasked
// agent). refresh() is the session's tick for that kind's feed.
template <typename KindCollector>
class RankedSide
{
public:
    using Query = typename KindCollector::Query;
    using Page = typename KindCollector::Page;

    RankedSide(const QString &kind, const Query &pageQuery)
        : m_kind(kind), m_pageQuery(pageQuery), m_agent(&m_client), m_collector(&m_agent)
    {
        QObject::connect(&m_collector, &KindCollector::pageReady, [this](const Page &page) {
            m_last = page;
            if (!m_phase)
                return;
            ++m_phase->refreshes;
            m_phase->answerMs += double(m_asked.nsecsElapsed()) / 1e6;
            const qint64 rx = m_client.bytesReceived();
            m_phase->rxMax = qMax(m_phase->rxMax, rx - m_rxAtLast);
            m_rxAtLast = rx;
        });
        QObject::connect(&m_collector, &Collector::failed, [this](const QString &e) {
            m_error = e;
            if (!m_phase)
                return;
            ++m_phase->failures;
            m_phase->error = e;
        });
    }

    QString connect(const test::TestNode &node)
    {
        QEventLoop wait;
        QObject::connect(&m_agent, &AgentClient::ready, &wait, &QEventLoop::quit);
        m_client.connectToNode(node.connectOptions());
        QTimer::singleShot(20000, &wait, &QEventLoop::quit);
        wait.exec();
        if (m_agent.mode() != AgentClient::Mode::Full)
            return QStringLiteral("agent not loaded");
        if (!m_agent.canRank(m_kind.toLatin1().constData()))
            return QStringLiteral("the agent cannot rank %1").arg(m_kind);
        return {};
    }

    // Asks until the ranking is final (complete, measured over a window), at most timeoutMs.
    bool warmUp(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        m_last = {};
        m_collector.setQuery(m_pageQuery, true);
        while (t.elapsed() < timeoutMs) {
            waitFor([&] { return !m_collector.isBusy(); }, 10000);
            if (m_last.isFinal())
                return true;
            runFor(500); // the node ranks in the background; ask again shortly
            m_collector.refresh();
        }
        return false;
    }

    Phase run(qint64 osPid, int seconds, int lastAnswerMs)
    {
        Watcher w;
        w.tick = [this](Phase &p) {
            m_phase = &p;
            if (m_collector.isBusy())
                ++p.skipped; // the session's tick waits for the page in flight too
            else
                m_asked.start();
            m_collector.refresh();
        };
        w.busy = [this] { return m_collector.isBusy(); };
        w.received = [this] { return m_client.bytesReceived(); };
        const auto [busy0, since0] = agentCost();
        m_rxAtLast = m_client.bytesReceived();
        Phase p = measure(osPid, seconds, &w, lastAnswerMs);
        m_phase = nullptr;
        const auto [busy1, since1] = agentCost();
        if (busy0 >= 0 && busy1 >= busy0 && since1 > since0)
            p.ownPercent = 100.0 * double(busy1 - busy0) / double(since1 - since0);
        return p;
    }

    // The agent's count of its own work so far and the time it covers (µs), -1 unknown.
    std::pair<qint64, qint64> agentCost()
    {
        qint64 busy = -1, since = -1;
        QEventLoop wait;
        const auto c = QObject::connect(&m_agent, &AgentClient::costUpdated, &wait, [&](double, qint64 b, qint64 s) {
            busy = b;
            since = s;
            wait.quit();
        });
        m_agent.requestCost();
        QTimer::singleShot(5000, &wait, &QEventLoop::quit);
        wait.exec();
        QObject::disconnect(c);
        return {busy, since};
    }

    const Page &last() const { return m_last; }
    QString error() const { return m_error; }
    AgentClient *agent() { return &m_agent; }
    NodeClient *client() { return &m_client; }

    void disconnect() { detachAndWait(m_agent); }

private:
    QString m_kind;
    Query m_pageQuery;
    NodeClient m_client;
    AgentClient m_agent;
    KindCollector m_collector;
    Page m_last;
    Phase *m_phase = nullptr;
    qint64 m_rxAtLast = 0;
    QElapsedTimer m_asked;
    QString m_error;
};

// A peer's collector: every refresh is one rpc:call(Node, Module, Function, Args), which
// returns the whole list the peer shows. Its connection takes replies of any size (the peers
// have no bound): Beamtop's own bounds for one reply would refuse them.
class RpcSide
{
public:
    RpcSide(const QString &module, const QString &function, const QVector<Term> &args, int callTimeoutMs)
        : m_module(module), m_function(function), m_args(args), m_timeoutMs(callTimeoutMs)
    {
    }

    QString connect(const test::TestNode &node)
    {
        QEventLoop wait;
        QObject::connect(&m_client, &NodeClient::connected, &wait, &QEventLoop::quit);
        ConnectOptions o = node.connectOptions();
        o.maxReplyBytes = 256 << 20;
        o.decodeLimits.maxElements = 64000000;
        o.decodeLimits.maxBytes = 256ll << 20;
        m_client.connectToNode(o);
        QTimer::singleShot(20000, &wait, &QEventLoop::quit);
        wait.exec();
        return m_client.isConnected() ? QString() : QStringLiteral("the peer's connection failed");
    }

    Phase run(qint64 osPid, int seconds) { return runCall(osPid, seconds, m_module, m_function, m_args); }

    // The same with another call on the same connection (a diagnostic: erlang:node() is what
    // any rpc once a second costs the node, whatever it asks).
    Phase runCall(qint64 osPid, int seconds, const QString &module, const QString &function, const QVector<Term> &args = {})
    {
        Watcher w;
        w.tick = [this, module, function, args](Phase &p) {
            m_phase = &p;
            if (m_inFlight) {
                // A peer's timer messages wait in its mailbox while it collects; it then
                // refreshes again at once. Skipping is kinder to the peer than that.
                ++p.skipped;
                return;
            }
            m_inFlight = true;
            const qint64 rx0 = m_client.bytesReceived();
            m_asked.start();
            m_client.call(module, function, args, m_timeoutMs, &m_client, [this, rx0](const CallResult &r) {
                m_inFlight = false;
                if (!m_phase)
                    return;
                if (r.ok() && !r.value.isTaggedTuple("badrpc", 2)) {
                    ++m_phase->refreshes;
                    m_phase->answerMs += double(m_asked.nsecsElapsed()) / 1e6;
                    m_phase->rxMax = qMax(m_phase->rxMax, m_client.bytesReceived() - rx0);
                } else {
                    ++m_phase->failures;
                    m_phase->error = r.message;
                }
            });
        };
        w.busy = [this] { return m_inFlight; };
        w.received = [this] { return m_client.bytesReceived(); };
        Phase p = measure(osPid, seconds, &w, m_timeoutMs);
        m_phase = nullptr;
        return p;
    }

    // One call outside the measured phases (loads the peer's modules and what they use).
    bool warmUp()
    {
        bool done = false, ok = false;
        m_client.call(m_module, m_function, m_args, m_timeoutMs, &m_client, [&](const CallResult &r) {
            done = true;
            ok = r.ok() && !r.value.isTaggedTuple("badrpc", 2);
        });
        waitFor([&] { return done; }, m_timeoutMs);
        return ok;
    }

    NodeClient *client() { return &m_client; }
    void disconnect() { m_client.disconnectFromNode(); }

private:
    QString m_module, m_function;
    QVector<Term> m_args;
    int m_timeoutMs;
    NodeClient m_client;
    bool m_inFlight = false;
    QElapsedTimer m_asked;
    Phase *m_phase = nullptr;
};

// The idle phases a watcher's phase is measured against. Before each, the node is let back to
// its idle level: RankingKeptMs after Beamtop's last page (the agent keeps sweeping a ranking
// for 30 s after it was last asked for; charging that to an idle phase hides Beamtop's cost),
// and until it is back near the level measured before anyone asked anything (a peer leaves its
// lists' garbage behind).
class IdlePhases
{
public:
    static constexpr int RankingKeptMs = 32000;

    // settled: the node's level before any watcher asked anything.
    IdlePhases(qint64 osPid, int seconds, double settled) : m_osPid(osPid), m_seconds(seconds), m_settled(settled)
    {
        m_sinceBeamtop.start();
    }

    // Beamtop has just asked for its last page.
    void beamtopAsked() { m_sinceBeamtop.start(); }
    // Waits for the node to settle.
    void settle()
    {
        runFor(int(qMax<qint64>(0, RankingKeptMs - m_sinceBeamtop.elapsed())));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && measure(m_osPid, 2, nullptr).cpuPercent > m_settled * 1.5 + 0.5) {
        }
    }
    // Settles, then measures an idle phase; its level (% of one core).
    double next()
    {
        settle();
        const double idle = measure(m_osPid, m_seconds, nullptr).cpuPercent;
        m_idles.append(idle);
        return idle;
    }
    // "idle node (what) 0.26 % of one core, median of 2 (0.25 … 0.27); before anyone asked
    // anything 0.75 %"
    QString note(const QString &what) const
    {
        return QStringLiteral("idle node (%1) %2 % of one core, median of %3 (%4 … %5); before anyone asked anything %6 %")
            .arg(what)
            .arg(median(m_idles), 0, 'f', 2)
            .arg(m_idles.size())
            .arg(minOf(m_idles), 0, 'f', 2)
            .arg(maxOf(m_idles), 0, 'f', 2)
            .arg(m_settled, 0, 'f', 2);
    }

private:
    qint64 m_osPid;
    int m_seconds;
    double m_settled;
    QElapsedTimer m_sinceBeamtop;
    QVector<double> m_idles;
};

// Rounds of phases, the sides in an order rotated every round, so whatever one side leaves
// behind (garbage, a ranking kept on the node) is charged to each in turn: phase(who) runs side
// who, 0 to sides - 1, and measures its own idle level first (IdlePhases::next).
template<typename Phase>
void rotatePhases(int runs, int sides, Phase phase)
{
    for (int r = 0; r < runs; ++r)
        for (int k = 0; k < sides; ++k)
            phase((r + k) % sides);
}

// One watcher's phases over the runs, each minus the idle phase before it.
struct Series
{
    QVector<double> cpu, cpuMsPerRefresh, rx, refreshes, answerMs, own, replyBytes, replyMax;
    qint64 rxMax = 0;
    int skipped = 0, failures = 0;
    QString error;
    void add(const Phase &p, double idle)
    {
        cpu.append(p.cpuPercent - idle);
        replyBytes.append(p.replyBytes);
        replyMax.append(double(p.replyBytesMax));
        // A watcher whose answers take longer than the interval refreshes less often: per
        // refresh is the fair comparison then.
        if (p.refreshes > 0)
            cpuMsPerRefresh.append((p.cpuPercent - idle) * 10.0 * p.elapsedS / p.refreshes);
        rx.append(p.rxPerRefresh);
        refreshes.append(p.refreshes);
        if (p.refreshes > 0)
            answerMs.append(p.answerMs / p.refreshes);
        if (p.ownPercent >= 0)
            own.append(p.ownPercent);
        rxMax = qMax(rxMax, p.rxMax);
        skipped += p.skipped;
        failures += p.failures;
        if (!p.error.isEmpty())
            error = p.error;
    }
};

inline QString cpuCell(const Series &s)
{
    if (s.cpu.size() == 1)
        return QString::number(s.cpu.first(), 'f', 2);
    return QStringLiteral("%1 (%2 … %3)")
        .arg(median(s.cpu), 0, 'f', 2)
        .arg(minOf(s.cpu), 0, 'f', 2)
        .arg(maxOf(s.cpu), 0, 'f', 2);
}

// The header of the table printRow fills; size names the first column (connections, tables).
inline void printHeader(const char *size)
{
    std::printf("| %s | watcher | node CPU (%% of one core, minus idle): median (min … max) | node CPU ms per refresh | "
                "refreshes per phase | received bytes per refresh | most received for one refresh | answer time, ms (mean) | notes |\n",
                size);
    std::printf("|---|---|---|---|---|---|---|---|---|\n");
    std::fflush(stdout);
}

inline void printRow(qint64 size, const char *watcher, const Series &s)
{
    QString note;
    if (!s.own.isEmpty())
        note += QStringLiteral("agent's own count %1 % ").arg(median(s.own), 0, 'f', 2);
    if (s.skipped)
        note += QStringLiteral("%1 ticks skipped (previous refresh in flight) ").arg(s.skipped);
    if (s.failures)
        note += QStringLiteral("%1 failed: %2").arg(s.failures).arg(s.error);
    std::printf("| %lld | %s | %s | %.1f | %.0f | %.0f | %lld | %.0f | %s |\n", size, watcher, qPrintable(cpuCell(s)),
                median(s.cpuMsPerRefresh), median(s.refreshes), median(s.rx), s.rxMax, median(s.answerMs), qPrintable(note));
    std::fflush(stdout);
}

// Beamtop against a peer: the ratio of their medians, whole and per refresh.
inline void printRatio(qint64 size, const Series &beamtop, const Series &peer, const char *goal)
{
    const double ratio = median(beamtop.cpu) / median(peer.cpu);
    const double perRefresh = median(beamtop.cpuMsPerRefresh) / median(peer.cpuMsPerRefresh);
    std::printf("| %lld | **Beamtop / peer** | **%.3f** (%s: %s) | %.3f | | | | | |\n", size, ratio, goal,
                ratio <= 0.1 ? "met" : "not met", perRefresh);
    std::fflush(stdout);
}

} // namespace beamtop::bench
