// SPDX-License-Identifier: GPL-3.0-or-later
// The processes view's cost on nodes with 10k, 100k and 1M idle processes (plus a few busy
// ones), watched at a 1 s interval, side by side with OTP observer's own collector
// (observer_backend:procs_info/1, which every node with runtime_tools has) at the same
// interval on the same node:
//   - the node's CPU spent on the watcher (from /proc/<beam>/stat, minus the idle baseline),
//   - bytes transferred per refresh,
//   - time to first rows,
//   - the longest stall of this process's main (GUI) thread; for Beamtop that thread also
//     applies every page to the Processes page's model (ProcessTableModel) and reads the cells
//     a view would paint, as the desktop app does.
//
//   build/bench/bench_processes [--seconds S] [--sizes 10000,100000,1000000] [--budget F]
#include "agent/agentclient.h"
#include "collect/processcollector.h"
#include "node/eiruntime.h"
#include "node/nodeclient.h"
#include "processtablemodel.h"
#include "testnode.h"

#include "benchnode.h"
#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace beamtop;
using bench::runFor;
using bench::StallProbe;

namespace {

// CPU seconds the OS process has used (user + system), from /proc/<pid>/stat.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3, utime 14 and stime 15 (1-based in proc(5)).
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}



struct Result
{
    double cpuPercent = 0;   // of one core, over the baseline
    double steadyCpuPercent = 0; // the same over the second half of the run, after the first sweep's start
    double agentSaysPercent = -1; // what the agent counted as its own work (the status bar's figure)
    double bytesPerRefresh = 0;
    double firstRowsMs = -1;
    double worstStallMs = 0;
    int refreshes = 0;
    double nodeMemoryMiB = -1; // what the watcher holds on the node (agent heap + its ETS tables)
    double modelMaxMs = -1;    // the longest page apply + paint read on the main thread
    QString note;
};

Result watchWithBeamtop(test::TestNode &node, int seconds, double budget, double baselinePerS)
{
    Result res;
    NodeClient client;
    AgentClient agent(&client);
    ProcessCollector procs(&agent);
    QEventLoop wait;
    QObject::connect(&agent, &AgentClient::ready, &wait, &QEventLoop::quit);
    client.connectToNode(node.connectOptions());
    QTimer::singleShot(20000, &wait, &QEventLoop::quit);
    wait.exec();
    if (agent.mode() != AgentClient::Mode::Full) {
        res.note = QStringLiteral("agent not loaded");
        return res;
    }
    if (budget != 0.02)
        agent.setBudget(budget);
    StallProbe probe;
    ProcessQuery q;
    q.limit = 50; // a screenful
    qint64 bytes = 0;
    QElapsedTimer first;
    first.start();
    // The desktop app's side of a refresh, on this (main) thread: the page goes into the model
    // by difference, then a view reads every cell on screen.
    ProcessTableModel model;
    QObject::connect(&procs, &ProcessCollector::pageReady, [&](const ProcessRanking &p) {
        ++res.refreshes;
        if (res.firstRowsMs < 0 && !p.rows.isEmpty())
            res.firstRowsMs = double(first.nsecsElapsed()) / 1e6;
        QElapsedTimer apply;
        apply.start();
        model.applyPage(p);
        int cells = 0;
        for (int r = p.query.offset; r < qMin(model.rowCount(), p.query.offset + p.query.limit); ++r) {
            for (int c = 0; c < ProcessTableModel::ColumnCount; ++c)
                cells += model.index(r, c).data(Qt::DisplayRole).toString().size() > 0;
        }
        Q_UNUSED(cells)
        res.modelMaxMs = qMax(res.modelMaxMs, double(apply.nsecsElapsed()) / 1e6);
    });
    QTimer tick;
    tick.setInterval(1000);
    int ticks = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        // Every fifth refresh the user has scrolled to the middle of the ranking and back: the
        // model lets go of the rows it held and takes others.
        q.offset = (++ticks % 5 == 0) ? model.rowCount() / 2 : 0;
        procs.fetch(q);
    });
    const double cpu0 = cpuSeconds(node.osPid());
    const qint64 rx0 = client.bytesReceived();
    probe.start();
    procs.fetch(q);
    tick.start();
    const int firstHalf = seconds * 1000 / 2;
    runFor(firstHalf);
    const double cpuHalf = cpuSeconds(node.osPid());
    runFor(seconds * 1000 - firstHalf);
    tick.stop();
    res.worstStallMs = probe.stop();
    const double cpu1 = cpuSeconds(node.osPid());
    res.cpuPercent = 100.0 * ((cpu1 - cpu0) / seconds - baselinePerS);
    res.steadyCpuPercent = 100.0 * ((cpu1 - cpuHalf) / (double(seconds * 1000 - firstHalf) / 1000.0) - baselinePerS);
    bytes = client.bytesReceived() - rx0;
    res.bytesPerRefresh = res.refreshes ? double(bytes) / res.refreshes : 0;
    {
        QEventLoop costWait;
        QObject::connect(&agent, &AgentClient::costUpdated, &costWait, [&](double fraction, qint64, qint64) {
            res.agentSaysPercent = 100.0 * fraction;
            costWait.quit();
        });
        agent.requestCost();
        QTimer::singleShot(5000, &costWait, &QEventLoop::quit);
        costWait.exec();
    }
    const qint64 mem = node.evalInt(QStringLiteral(
        "A = whereis(beamtop_agent_v2), element(2, process_info(A, memory)) + "
        "lists:sum([ets:info(T, memory) * erlang:system_info(wordsize) || T <- ets:all(), ets:info(T, owner) =:= A])"));
    res.nodeMemoryMiB = mem >= 0 ? double(mem) / (1 << 20) : -1;
    QEventLoop detach;
    QObject::connect(&agent, &AgentClient::detached, &detach, &QEventLoop::quit);
    agent.detachAndDisconnect();
    QTimer::singleShot(5000, &detach, &QEventLoop::quit);
    detach.exec();
    return res;
}

// observer's Processes tab: every refresh spawns observer_backend:procs_info(Collector) on the
// node, which sends the info of every process in chunks of 10,000. Collector is our own pid.
Result watchWithObserverCollector(test::TestNode &node, int seconds, double baselinePerS, qint64 processCount)
{
    Result res;
    NodeClient client;
    QEventLoop wait;
    QObject::connect(&client, &NodeClient::connected, &wait, &QEventLoop::quit);
    ConnectOptions o = node.connectOptions();
    o.maxReplyBytes = 256 << 20; // a 10,000-process chunk is large
    client.connectToNode(o);
    QTimer::singleShot(20000, &wait, &QEventLoop::quit);
    wait.exec();
    StallProbe probe;
    qint64 bytes = 0;
    qint64 rowsThisRound = 0;
    bool inFlight = false;
    QElapsedTimer first;
    QObject::connect(&client, &NodeClient::messageReceived, [&](const Term &t) {
        if (!t.isTaggedTuple("procs_info", 3))
            return;
        rowsThisRound += t.at(2).size();
        if (res.firstRowsMs < 0)
            res.firstRowsMs = double(first.nsecsElapsed()) / 1e6;
        if (rowsThisRound >= processCount - 100) { // a round is done
            inFlight = false;
            ++res.refreshes;
            rowsThisRound = 0;
        }
    });
    auto startRound = [&] {
        if (inFlight)
            return; // observer also waits for the previous round
        inFlight = true;
        client.call(QStringLiteral("erlang"), QStringLiteral("spawn"),
                    {Term::atom("observer_backend"), Term::atom("procs_info"), Term::list({Term::pid(client.info().selfPid)})},
                    5000);
    };
    QTimer tick;
    tick.setInterval(1000);
    QObject::connect(&tick, &QTimer::timeout, startRound);
    const double cpu0 = cpuSeconds(node.osPid());
    const qint64 rx0 = client.bytesReceived();
    first.start();
    probe.start();
    startRound();
    tick.start();
    const int firstHalf = seconds * 1000 / 2;
    runFor(firstHalf);
    const double cpuHalf = cpuSeconds(node.osPid());
    runFor(seconds * 1000 - firstHalf);
    tick.stop();
    res.worstStallMs = probe.stop();
    const double cpu1 = cpuSeconds(node.osPid());
    res.cpuPercent = 100.0 * ((cpu1 - cpu0) / seconds - baselinePerS);
    res.steadyCpuPercent = 100.0 * ((cpu1 - cpuHalf) / (double(seconds * 1000 - firstHalf) / 1000.0) - baselinePerS);
    bytes = client.bytesReceived() - rx0;
    res.bytesPerRefresh = res.refreshes ? double(bytes) / res.refreshes : double(bytes);
    client.disconnectFromNode();
    return res;
}

} // namespace

int main(int argc, char **argv)
{
    initEiRuntime();
    QCoreApplication app(argc, argv);
    registerBackendMetaTypes();
    int seconds = 20;
    double budget = 0.02;
    QList<qint64> sizes{10000, 100000, 1000000};
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = qMax(5, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--budget"))
            budget = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append(s.toLongLong());
        }
    }
    std::printf("Processes view: Beamtop (agent, budget %.0f %%) vs observer_backend:procs_info/1, 1 s interval, %d s per run\n\n",
                budget * 100, seconds);
    std::printf("| processes | watcher | node CPU (%% of one core) | second half | bytes per refresh | first rows (ms) | longest main-thread stall (ms) | refreshes | watcher memory on node (MiB) | longest model apply (ms) | agent's own count (%%) |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
    std::fflush(stdout);
    for (const qint64 n : sizes) {
        test::TestNode node(bench::populatedNodeOptions(n));
        if (!node.start())
            return 1;
        const qint64 count = bench::populate(node, n);
        runFor(2000);
        const double c0 = cpuSeconds(node.osPid());
        runFor(seconds * 1000);
        const double baseline = (cpuSeconds(node.osPid()) - c0) / seconds;
        // observer's collector first: unloading Beamtop's agent afterwards makes the code
        // server purge it, which on a node this size keeps module loading busy for a while.
        const Result o = watchWithObserverCollector(node, seconds, baseline, count);
        std::printf("| %lld | observer_backend:procs_info | %.1f | %.1f | %.0f | %.0f | %.1f | %d | - | - | - |\n", count, o.cpuPercent,
                    o.steadyCpuPercent, o.bytesPerRefresh, o.firstRowsMs, o.worstStallMs, o.refreshes);
        std::fflush(stdout);
        // A procs_info round still running on a big node would be counted against Beamtop: stop
        // them, then wait until the node is back to its idle baseline (at most a minute).
        node.eval(QStringLiteral("[exit(P, kill) || P <- processes(), "
                                 "process_info(P, initial_call) =:= {initial_call, {observer_backend, procs_info, 1}}], ok"),
                  120000);
        for (int i = 0; i < 60; ++i) {
            const double s0 = cpuSeconds(node.osPid());
            runFor(1000);
            if (cpuSeconds(node.osPid()) - s0 <= baseline + 0.01)
                break;
        }
        // The idle baseline again, right before Beamtop: the node is not quite the one measured
        // before observer's run (its collector's garbage, module loaded), and a stale baseline
        // was worth a point of noise.
        const double c1 = cpuSeconds(node.osPid());
        runFor(seconds * 1000);
        const double baselineAfter = (cpuSeconds(node.osPid()) - c1) / seconds;
        const Result b = watchWithBeamtop(node, seconds, budget, baselineAfter);
        std::printf("| %lld | Beamtop | %.1f | %.1f | %.0f | %.0f | %.1f | %d | %.1f | %.2f | %.1f |\n", count, b.cpuPercent, b.steadyCpuPercent,
                    b.bytesPerRefresh, b.firstRowsMs, b.worstStallMs, b.refreshes, b.nodeMemoryMiB, b.modelMaxMs, b.agentSaysPercent);
        std::fflush(stdout);
        node.kill();
    }
    return 0;
}
