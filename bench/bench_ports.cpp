// SPDX-License-Identifier: GPL-3.0-or-later
// The Network page's cost on nodes with 1,000, 10,000 and as many TCP connections as the
// machine allows (one file descriptor each on the measured node: the far ends live in a second
// node), a few of them busy, watched at a 1 s interval, side by side with the collector of OTP
// observer's Ports tab (observer_backend:get_port_list/0 over rpc, as the tab calls it on every
// refresh) on the same node in the same run:
//   - the node's CPU spent on the watcher (the run time of all the beam process's threads from
//     /proc/<beam>/task/*/schedstat, else /proc/<beam>/stat, minus the idle phase of the run),
//   - bytes received on the watcher's connection per refresh.
// Beamtop's side is the real PortCollector on its own AgentClient, asked what the Network page
// asks: a 50-row page ranked by I/O in window mode every second, and the counts by type every
// 5 s (PortCollector::refresh), and the agent's own count of its work. Each watcher's phase
// follows an idle phase of its own, once the node is back at its idle level; the order
// alternates run by run (Beamtop first, then observer first, ...) and the table shows the
// medians over the runs.
//   build/bench/bench_ports [--sizes 1000,10000,max] [--seconds S] [--runs R] [--busy B]
#include "agent/agentclient.h"
#include "collect/portcollector.h"
#include "node/eiruntime.h"
#include "node/nodeclient.h"
#include "testnode.h"

#include "benchsides.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

using namespace beamtop;
using bench::maxOf;
using bench::measure;
using bench::median;
using bench::minOf;
using bench::printRow;
using bench::runFor;
using bench::Series;
using bench::waitFor;

namespace {

constexpr int ObserverCallTimeoutMs = 300000; // get_port_list at 20,000 ports takes seconds
constexpr int FdReserve = 200;                 // the measured node's own files, EPMD, distribution




// What the Network page asks: the first 50 rows by I/O rate.
PortQuery pageQuery()
{
    PortQuery q;
    q.sort = PortQuery::Sort::Io;
    q.mode = PortQuery::Mode::Window;
    q.offset = 0;
    q.limit = 50;
    q.intervalMs = 1000;
    return q;
}

// The per-process descriptor limit the nodes start with (they inherit ours).
qint64 fdLimit()
{
    struct rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return 1024;
    return qint64(rl.rlim_cur);
}

} // namespace

int main(int argc, char **argv)
{
    initEiRuntime();
    QCoreApplication app(argc, argv);
    registerBackendMetaTypes();
    int seconds = 20;
    int runs = 2;
    int busy = 4;
    QStringList sizeArgs{QStringLiteral("1000"), QStringLiteral("10000"), QStringLiteral("max")};
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); i += 2) {
        const QString value = args.value(i + 1);
        if (args[i] == QLatin1String("--seconds"))
            seconds = qMax(5, value.toInt());
        else if (args[i] == QLatin1String("--runs"))
            runs = qMax(1, value.toInt());
        else if (args[i] == QLatin1String("--busy"))
            busy = qMax(0, value.toInt());
        else if (args[i] == QLatin1String("--sizes"))
            sizeArgs = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else {
            std::fprintf(stderr, "usage: bench_ports [--sizes 1000,10000,max] [--seconds S] [--runs R] [--busy B]\n");
            return 2;
        }
    }
    const qint64 limit = fdLimit();
    const qint64 maxConnections = limit - FdReserve;
    // Each busy far end sends 32 KB every 100 ms (about 320 KB/s).
    const int chunk = 32768, everyMs = 100;
    std::printf("Ports: Beamtop (agent port ranking, a 50-row page by I/O rate in window mode, port_types every 5 s) vs OTP "
                "observer's Ports tab (observer_backend:get_port_list/0 over rpc), 1 s interval, %d s per phase, %d runs, "
                "alternating; %d busy connections of %d bytes every %d ms; descriptor limit %lld\n\n",
                seconds, runs, busy, chunk, everyMs, limit);
    bench::printHeader("connections");

    int status = 0;
    QStringList notes;
    for (const QString &sizeArg : sizeArgs) {
        const qint64 wanted = sizeArg == QLatin1String("max") ? maxConnections : qMin<qint64>(sizeArg.toLongLong(), maxConnections);
        if (wanted <= 0)
            continue;
        test::TestNode node;   // measured
        test::TestNode farEnd; // holds the other end of every connection
        if (!node.start() || !farEnd.start()) {
            std::fprintf(stderr, "nodes did not start\n");
            return 1;
        }
        for (test::TestNode *n : {&node, &farEnd}) {
            const QString loaded = n->eval(QStringLiteral("code:load_abs(\"%1/bench_peer_ports\")").arg(QStringLiteral(BENCH_PEER_EBIN)));
            if (!loaded.startsWith(QLatin1String("{module,"))) {
                std::fprintf(stderr, "bench_peer_ports not loaded: %s\n", qPrintable(loaded));
                return 1;
            }
        }
        const qint64 port = node.evalInt(QStringLiteral("bench_peer_ports:serve()"));
        QElapsedTimer setUp;
        setUp.start();
        const qint64 opened = farEnd.evalInt(QStringLiteral("bench_peer_ports:open(%1, %2, %3, %4, %5)")
                                                 .arg(port)
                                                 .arg(wanted)
                                                 .arg(busy)
                                                 .arg(chunk)
                                                 .arg(everyMs),
                                             600000);
        qint64 held = 0;
        waitFor(
            [&] {
                held = node.evalInt(QStringLiteral("bench_peer_ports:held()"), 60000);
                return held >= opened;
            },
            60000);
        const qint64 ports = node.evalInt(QStringLiteral("length(erlang:ports())"));
        notes << QStringLiteral("%1 asked: %2 opened by the far node, %3 held by the measured node (%4 ports in all), set up in %5 s")
                     .arg(wanted)
                     .arg(opened)
                     .arg(held)
                     .arg(ports)
                     .arg(double(setUp.elapsed()) / 1000.0, 0, 'f', 1);
        runFor(3000);

        // Beamtop's side is the real PortCollector; observer's Ports tab is one
        // rpc:call(Node, observer_backend, get_port_list, []) per refresh, which reads
        // erlang:port_info/1 and six more items of every port, and for every inet port its
        // statistics, both addresses and 31 socket options; the whole list comes back.
        bench::RankedSide<PortCollector> beamtop(QStringLiteral("port"), pageQuery());
        bench::RpcSide observer(QStringLiteral("observer_backend"), QStringLiteral("get_port_list"), {}, ObserverCallTimeoutMs);
        const QString be = beamtop.connect(node);
        const QString oe = observer.connect(node);
        if (!oe.isEmpty()) {
            std::fprintf(stderr, "%lld connections: %s\n", held, qPrintable(oe));
            status = 1;
            continue;
        }
        // Without the agent's port ranking (an older agent) observer is measured alone.
        const bool withBeamtop = be.isEmpty();
        if (!withBeamtop) {
            notes << QStringLiteral("%1 connections: Beamtop not measured: %2").arg(held).arg(be);
            status = 1;
        }
        // The node's idle level with both watchers attached before either asked anything.
        runFor(2000);
        const double settled = measure(node.osPid(), 5, nullptr).cpuPercent;
        // Both warmed up: observer's first call loads its module; Beamtop's ranking gets
        // complete and its window measured, as it is a few seconds after the page opens.
        if (!observer.warmUp())
            std::fprintf(stderr, "%lld connections: observer's first call failed\n", held);
        if (withBeamtop) {
            QElapsedTimer firstRanking;
            firstRanking.start();
            const bool final = beamtop.warmUp(120000);
            const PortRanking &last = beamtop.last();
            notes << QStringLiteral("%1 connections: Beamtop's ranking final after %2 s%3; first row %4 at %5 B/s")
                         .arg(held)
                         .arg(double(firstRanking.elapsed()) / 1000.0, 0, 'f', 1)
                         .arg(final ? QString() : QStringLiteral(" (not final: ") + beamtop.error() + QLatin1Char(')'))
                         .arg(last.rows.isEmpty() ? QStringLiteral("none") : last.rows.first().idText)
                         .arg(last.rows.isEmpty() ? 0.0 : last.shownValue(last.rows.first()), 0, 'f', 0);
        }
        runFor(2000);

        // Each watcher's phase comes right after an idle phase of its own, and the node is first
        // let back to its idle level: the agent drops its ranking 30 s after Beamtop's last page,
        // and observer leaves seconds of work behind it (its lists' garbage); either would be
        // charged to whatever follows.
        bench::IdlePhases idle(node.osPid(), seconds, settled);
        Series bt, ob;
        bench::rotatePhases(runs, 2, [&](int who) {
            if (who == 0 && !withBeamtop)
                return;
            const double level = idle.next();
            if (who == 0) {
                bt.add(beamtop.run(node.osPid(), seconds, ObserverCallTimeoutMs), level);
                idle.beamtopAsked();
            } else {
                ob.add(observer.run(node.osPid(), seconds), level);
            }
        });
        notes << QStringLiteral("%1 connections: %2").arg(held).arg(idle.note(QStringLiteral("its busy connections, both watchers attached")));
        if (withBeamtop)
            printRow(held, "Beamtop (PortCollector)", bt);
        printRow(held, "observer Ports tab (get_port_list)", ob);
        if (withBeamtop) {
            const double ratio = median(bt.cpu) / median(ob.cpu);
            const double perRefresh = median(bt.cpuMsPerRefresh) / median(ob.cpuMsPerRefresh);
            std::printf("| %lld | **Beamtop / observer** | **%.3f** (goal ≤ 0.10 from 10,000 on: %s) | %.3f | | | | | |\n", held,
                        ratio, held < 10000 ? "n/a" : ratio <= 0.1 ? "met" : "not met", perRefresh);
            std::fflush(stdout);
        }
        beamtop.disconnect();
        observer.disconnect();
        node.kill();
        farEnd.kill();
    }
    std::printf("\n");
    for (const QString &n : notes)
        std::printf("%s\n", qPrintable(n));
    return status;
}
