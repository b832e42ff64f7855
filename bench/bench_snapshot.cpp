// SPDX-License-Identifier: GPL-3.0-or-later
// Connect time, agent load time, snapshot latency and bytes per snapshot, side by side with
// OTP observer's own collector (observer_backend:sys_info/0 from runtime_tools) on the same node
// in the same run.
//   build/bench/bench_snapshot [--rounds N]
#include "agent/agentclient.h"
#include "collect/systemcollector.h"
#include "node/eiruntime.h"
#include "node/nodeclient.h"
#include "term/termcodec.h"
#include "testnode.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace beamtop;

namespace {

struct Stats
{
    QVector<double> v;
    double median() const
    {
        if (v.isEmpty())
            return 0;
        auto c = v;
        std::sort(c.begin(), c.end());
        return c[c.size() / 2];
    }
    double p95() const
    {
        if (v.isEmpty())
            return 0;
        auto c = v;
        std::sort(c.begin(), c.end());
        return c[qMin(c.size() - 1, int(c.size() * 0.95))];
    }
};

// Runs the event loop until `signal` fires (or the timeout): it wakes on the signal itself, so
// latencies are neither rounded up to a polling tick nor inflated by a busy loop.
template <typename Sender, typename Signal>
bool waitSignal(Sender *sender, Signal signal, int timeoutMs = 10000)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    initEiRuntime();
    QCoreApplication app(argc, argv);
    registerBackendMetaTypes();
    int rounds = 100;
    const QStringList args = app.arguments();
    if (args.size() > 2 && args[1] == QLatin1String("--rounds"))
        rounds = qMax(5, args[2].toInt());

    test::TestNode node;
    if (!node.start()) {
        std::fprintf(stderr, "could not start a test node\n");
        return 1;
    }

    // Connect time (hidden C-node handshake including EPMD lookup and the tick-time probe).
    Stats connect;
    for (int i = 0; i < 10; ++i) {
        NodeClient c;
        QSignalSpy ok(&c, &NodeClient::connected);
        QElapsedTimer t;
        t.start();
        c.connectToNode(node.connectOptions());
        if (!waitSignal(&c, &NodeClient::connected))
            return 1;
        connect.v.append(msSince(t));
    }

    // Agent load time: from connected to ready, with the module absent each time.
    Stats load;
    for (int i = 0; i < 5; ++i) {
        NodeClient c;
        AgentClient agent(&c);
        // The agent client reacts to connected() first (it connected first), so timing starts
        // at the handshake's end and stops at ready().
        QElapsedTimer t;
        QObject::connect(&c, &NodeClient::connected, [&t] { t.start(); });
        c.connectToNode(node.connectOptions());
        if (!waitSignal(&agent, &AgentClient::ready))
            return 1;
        load.v.append(msSince(t));
        QSignalSpy detached(&agent, &AgentClient::detached);
        agent.detachAndDisconnect();
        detached.wait(5000);
        if (!QTest::qWaitFor([&] { return node.traceLeft() == QLatin1String("clean"); }, 5000))
            std::fprintf(stderr, "warning: the agent was still loaded after detach\n");
    }

    auto snapshotStats = [&](bool useAgent, Stats *lat, qint64 *bytes) {
        NodeClient c;
        AgentClient::Options o;
        o.useAgent = useAgent;
        AgentClient agent(&c, o);
        SystemCollector collector(&agent);
        QSignalSpy ready(&agent, &AgentClient::ready);
        c.connectToNode(node.connectOptions());
        if (!ready.wait(10000))
            return false;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            collector.fetch();
            if (!waitSignal(&collector, &SystemCollector::sampleReady))
                return false;
            lat->v.append(msSince(t));
        }
        *bytes = collector.lastReplyBytes();
        QSignalSpy detached(&agent, &AgentClient::detached);
        agent.detachAndDisconnect();
        detached.wait(5000);
        return true;
    };
    Stats full, reduced;
    qint64 fullBytes = 0, reducedBytes = 0;
    if (!snapshotStats(true, &full, &fullBytes) || !snapshotStats(false, &reduced, &reducedBytes))
        return 1;

    // The peer: observer's System tab collector, called the same way over rex.
    Stats peer;
    qint64 peerBytes = 0;
    {
        NodeClient c;
        QSignalSpy ok(&c, &NodeClient::connected);
        c.connectToNode(node.connectOptions());
        if (!ok.wait(10000))
            return 1;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            c.call(QStringLiteral("observer_backend"), QStringLiteral("sys_info"), {}, 10000, nullptr,
                   [&](const CallResult &r) {
                       if (r.ok())
                           peerBytes = TermEncoder::encode(r.value).size();
                   });
            if (!waitSignal(&c, &NodeClient::callFinished))
                return 1;
            peer.v.append(msSince(t));
        }
    }

    std::printf("Beamtop snapshot benchmark (%d rounds, one local OTP %s node, %s)\n\n", rounds,
                qPrintable(node.eval(QStringLiteral("list_to_atom(erlang:system_info(otp_release))"))),
                qPrintable(QSysInfo::prettyProductName()));
    std::printf("| measure | median ms | p95 ms | bytes per reply |\n|---|---|---|---|\n");
    std::printf("| connect (EPMD + handshake + tick probe) | %.2f | %.2f | |\n", connect.median(), connect.p95());
    std::printf("| agent load (check + load_binary + attach) | %.2f | %.2f | |\n", load.median(), load.p95());
    std::printf("| snapshot, agent (1 call) | %.2f | %.2f | %lld |\n", full.median(), full.p95(), fullBytes);
    std::printf("| snapshot, reduced mode (36 BIF calls) | %.2f | %.2f | %lld |\n", reduced.median(), reduced.p95(),
                reducedBytes);
    std::printf("| observer_backend:sys_info/0 (observer's collector) | %.2f | %.2f | %lld |\n", peer.median(),
                peer.p95(), peerBytes);
    return 0;
}
