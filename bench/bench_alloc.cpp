// SPDX-License-Identifier: GPL-3.0-or-later
// The allocator view's cost on nodes with 2 and 64 schedulers (+S N:N), watched at a 1 s
// interval, side by side with observer_cli's System-page collector (recon_alloc's five calls
// per refresh, rebuilt in bench/peer/bench_peer_alloc.erl and run on the node being measured):
//   - the node's CPU spent on the watcher (the run time of all the beam process's threads from
//     /proc/<beam>/task/*/schedstat, minus the idle node measured in the same run),
//   - bytes per refresh: the agent's reply as the node encoded it (Collector::lastReplyBytes)
//     and everything received on the connection,
//   - for reference, what the peer's five results weigh in the external format and where
//     Beamtop's reply's bytes go (each part's term_to_binary size).
// Phases alternate (idle, Beamtop, peer; then idle, peer, Beamtop; ...) and the table shows
// the medians over the runs. Beamtop's side is the real AllocCollector on a real AgentClient,
// alone, with the default view (types only, 20 fragments, mseg cache); one type's instances
// (binary_alloc) and all instances are measured once per node after the runs. Last, the
// allocators inside a session's tick: the tick NodeSession and its LoadRecorder make (cost,
// system sample, schedulers, allocators, each after the previous one landed) against the same
// tick without the allocators, twice each, alternating.
//   build/bench/bench_alloc [--seconds S] [--runs R] [--schedulers 2,64] [--diagnostics]
//                           [--node-args "+sbwt none"]
// --diagnostics adds reference rows (a trivial rpc, erlang:memory(total) alone, one dump's node
// calls alone, a sizes-only reading) and the node CPU per call of each piece, back to back.
#include "agent/agentclient.h"
#include "collect/alloccollector.h"
#include "collect/schedulercollector.h"
#include "collect/systemcollector.h"
#include "node/eiruntime.h"
#include "node/nodeclient.h"
#include "testnode.h"

#include "benchsides.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace beamtop;
using bench::cpuCell;
using bench::cpuSeconds;
using bench::maxOf;
using bench::measure;
using bench::median;
using bench::Phase;
using bench::Watcher;
using bench::minOf;
using bench::runFor;
using bench::Series;
using bench::waitFor;

namespace {


QString processName(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/comm").arg(pid));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QStringLiteral("?");
}



// Beamtop: the real collector on its own connection and agent, attached for the node's whole
// life (so the idle phases include an attached, unasked agent).
class BeamtopSide
{
public:
    BeamtopSide() : m_agent(&m_client), m_alloc(&m_agent), m_system(&m_agent), m_schedulers(&m_agent)
    {
        m_schedulers.setFirstWindowMs(250); // as the session's recorder does
        QObject::connect(&m_alloc, &AllocCollector::sampleReady, [this](const AllocSample &) {
            if (!m_phase)
                return;
            if (m_inSession)
                m_sessionBusy = false;
            ++m_phase->refreshes;
            const qint64 b = m_alloc.lastReplyBytes();
            m_bytes += b;
            m_phase->replyBytesMax = qMax(m_phase->replyBytesMax, b);
        });
        QObject::connect(&m_alloc, &Collector::failed, [this](const QString &e) { sessionFailed(e); });
        QObject::connect(&m_system, &Collector::failed, [this](const QString &e) { sessionFailed(e); });
        QObject::connect(&m_schedulers, &Collector::failed, [this](const QString &e) { sessionFailed(e); });
        QObject::connect(&m_system, &SystemCollector::sampleReady, [this](const SystemSample &) {
            if (m_inSession && m_sessionBusy)
                m_schedulers.fetch();
        });
        QObject::connect(&m_schedulers, &SchedulerCollector::sampleReady, [this](const SchedulerSample &) {
            if (!m_inSession || !m_sessionBusy || !m_phase)
                return;
            if (m_sessionWithAlloc) {
                m_alloc.fetch();
            } else {
                m_sessionBusy = false;
                ++m_phase->refreshes;
            }
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
        if (!m_alloc.isAvailable())
            return QStringLiteral("the agent has no alloc request");
        // The first reply on a link carries the settings: take it before measuring.
        Phase warm;
        m_phase = &warm;
        m_alloc.fetch();
        waitFor([&] { return warm.refreshes + warm.failures > 0; }, 20000);
        m_phase = nullptr;
        return warm.refreshes ? QString() : QStringLiteral("first sample failed: ") + warm.error;
    }

    void configure(const QStringList &instanceTypes, bool all)
    {
        m_alloc.setInstanceTypes(instanceTypes);
        m_alloc.setAllInstances(all);
    }

    Phase run(qint64 osPid, int seconds)
    {
        m_bytes = 0;
        Watcher w;
        w.tick = [this](Phase &p) {
            m_phase = &p;
            if (m_alloc.isBusy())
                ++p.skipped; // the page waits for the answer in flight, as the session's tick does
            else
                m_alloc.fetch();
        };
        w.busy = [this] { return m_alloc.isBusy(); };
        w.received = [this] { return m_client.bytesReceived(); };
        Phase p = measure(osPid, seconds, &w);
        m_phase = nullptr;
        p.replyBytes = p.refreshes ? double(m_bytes) / p.refreshes : 0;
        return p;
    }

    // A session's tick as NodeSession and its LoadRecorder make it: the agent's cost and the
    // system sample, then the schedulers when the system sample lands, then (withAlloc) the
    // allocators when the schedulers land. Refreshes count whole ticks.
    Phase runSessionTick(qint64 osPid, int seconds, bool withAlloc)
    {
        m_bytes = 0;
        m_inSession = true;
        m_sessionWithAlloc = withAlloc;
        m_sessionBusy = false;
        Watcher w;
        w.tick = [this](Phase &p) {
            m_phase = &p;
            if (m_sessionBusy) {
                ++p.skipped;
                return;
            }
            m_sessionBusy = true;
            m_agent.requestCost();
            m_system.fetch();
        };
        w.busy = [this] { return m_sessionBusy; };
        w.received = [this] { return m_client.bytesReceived(); };
        Phase p = measure(osPid, seconds, &w);
        m_phase = nullptr;
        m_inSession = false;
        p.replyBytes = p.refreshes ? double(m_bytes) / p.refreshes : 0;
        return p;
    }

    void disconnect() { bench::detachAndWait(m_agent); }

private:
    NodeClient m_client;
    AgentClient m_agent;
    AllocCollector m_alloc;
    SystemCollector m_system;
    SchedulerCollector m_schedulers;
    Phase *m_phase = nullptr;
    qint64 m_bytes = 0;
    bool m_inSession = false, m_sessionWithAlloc = false, m_sessionBusy = false;

    void sessionFailed(const QString &e)
    {
        m_sessionBusy = false;
        if (!m_phase)
            return;
        ++m_phase->failures;
        m_phase->error = e;
    }
};

void printRow(int schedulers, const char *watcher, const Series &s, bool beamtop)
{
    const QString reply = beamtop ? QStringLiteral("%1 (max %2)").arg(median(s.replyBytes), 0, 'f', 0).arg(maxOf(s.replyMax), 0, 'f', 0)
                                  : QStringLiteral("-");
    QString note;
    if (s.skipped)
        note += QStringLiteral("%1 ticks skipped (previous refresh in flight) ").arg(s.skipped);
    if (s.failures)
        note += QStringLiteral("%1 failed: %2").arg(s.failures).arg(s.error);
    std::printf("| %d | %s | %s | %.0f | %s | %.0f | %s |\n", schedulers, watcher, qPrintable(cpuCell(s)), median(s.refreshes),
                qPrintable(reply), median(s.rx), qPrintable(note));
    std::fflush(stdout);
}

// The node's static contents: a process per scheduler holding binaries of mixed sizes (some
// over the single-block threshold) and terms on its heap, and one ETS table. Nothing runs
// afterwards, so the idle node stays idle.
QString fillNode(test::TestNode &node, int schedulers)
{
    return node.eval(QStringLiteral(
                         "Self = self(), "
                         "[spawn(fun() -> "
                         "   Bins = [binary:copy(<<I:8>>, 64 + (I * 7919) rem 4000) || I <- lists:seq(1, 200)] "
                         "          ++ [binary:copy(<<1>>, 600000) || N rem 8 =:= 0], "
                         "   Heap = [{I, integer_to_list(I)} || I <- lists:seq(1, 5000)], "
                         "   Self ! {filled, N}, "
                         "   receive stop -> {Bins, Heap} end "
                         " end) || N <- lists:seq(1, %1)], "
                         "[receive {filled, _} -> ok end || _ <- lists:seq(1, %1)], "
                         "T = ets:new(bench_alloc_fill, [public]), "
                         "ets:give_away(T, spawn(fun() -> receive stop -> ok end end), none), "
                         "ets:insert(T, [{I, lists:seq(1, 20)} || I <- lists:seq(1, 50000)]), "
                         "erlang:memory(total)")
                         .arg(schedulers),
                     120000);
}

// The node's CPU (from the OS, all its threads) per call of a fun, each call in a fresh
// process as the agent's worker and rex's are, repeated for about 1 s by one evaluation on
// the node, minus the same loop around an empty fun and the idle node.
double nodeCpuMsPerCall(test::TestNode &node, const QString &fun, double idlePercent)
{
    const QString loop = QStringLiteral(
        "F = %1, F(), T0 = erlang:monotonic_time(millisecond), "
        "Run = fun R(N) -> {P, M} = spawn_monitor(F), receive {'DOWN', M, _, P, _} -> ok end, "
        "  case erlang:monotonic_time(millisecond) - T0 >= 1000 of true -> N + 1; false -> R(N + 1) end end, "
        "Run(0)");
    auto perCall = [&](const QString &f) {
        QElapsedTimer wall;
        wall.start();
        const double c0 = cpuSeconds(node.osPid());
        const qint64 calls = node.evalInt(loop.arg(f), 120000);
        const double c1 = cpuSeconds(node.osPid());
        const double busy = (c1 - c0) - idlePercent / 100.0 * double(wall.nsecsElapsed()) / 1e9;
        return calls > 0 ? 1000.0 * busy / double(calls) : qQNaN();
    };
    const double empty = perCall(QStringLiteral("fun() -> ok end"));
    return perCall(fun) - empty;
}

// [{key,N},...] as printed by the node's ~w, to "key N, key N".
QString pairs(const QString &printed)
{
    static const QRegularExpression re(QStringLiteral("\\{(\\w+),(\\d+)\\}"));
    QStringList out;
    auto it = re.globalMatch(printed);
    while (it.hasNext()) {
        const auto m = it.next();
        out << m.captured(1) + QLatin1Char(' ') + m.captured(2);
    }
    return out.isEmpty() ? printed : out.join(QStringLiteral(", "));
}

} // namespace

int main(int argc, char **argv)
{
    initEiRuntime();
    QCoreApplication app(argc, argv);
    registerBackendMetaTypes();
    int seconds = 20;
    int runs = 3;
    QList<int> schedulerCounts{2, 64};
    QStringList nodeArgs; // more emulator flags, for experiments (e.g. "+sbwt none")
    bool diagnostics = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString value = args.value(i + 1);
        if (args[i] == QLatin1String("--diagnostics")) {
            diagnostics = true;
            continue;
        }
        ++i;
        if (args[i - 1] == QLatin1String("--seconds"))
            seconds = qMax(5, value.toInt());
        else if (args[i - 1] == QLatin1String("--node-args"))
            nodeArgs = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (args[i - 1] == QLatin1String("--runs"))
            runs = qMax(1, value.toInt());
        else if (args[i - 1] == QLatin1String("--schedulers")) {
            schedulerCounts.clear();
            for (const QString &s : value.split(QLatin1Char(',')))
                schedulerCounts.append(qMax(1, s.toInt()));
        } else {
            std::fprintf(stderr, "usage: bench_alloc [--seconds S] [--runs R] [--schedulers 2,64] [--diagnostics] "
                                 "[--node-args \"+sbwt none\"]\n");
            return 2;
        }
    }
    const int extraSeconds = qMax(10, seconds / 2); // the expanded views, once per node
    const int diagSeconds = 8;                       // the reference rows, once per node
    std::printf("Allocator view: Beamtop (agent alloc request, AllocCollector) vs observer_cli's System-page collector "
                "(recon_alloc's five calls, bench_peer_alloc), 1 s interval, %d s per phase, %d runs, alternating\n\n",
                seconds, runs);
    if (!nodeArgs.isEmpty())
        std::printf("Nodes started with: %s\n\n", qPrintable(nodeArgs.join(QLatin1Char(' '))));

    struct Extra
    {
        int schedulers;
        QString peerSizes, replyParts, replyPartsAll, fill;
        QVector<std::pair<QString, double>> cpuPerCall;
        double idleAlone, idleAttached;
    };
    QVector<Extra> extras;
    std::printf("| schedulers | watcher | node CPU (%% of one core, minus idle): median (min … max) | refreshes per phase | "
                "reply bytes per refresh (max) | received bytes per refresh | notes |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    std::fflush(stdout);
    int status = 0;
    for (const int n : schedulerCounts) {
        test::TestNode::Options opts;
        opts.extraArgs << QStringLiteral("+S") << QStringLiteral("%1:%1").arg(n) << nodeArgs;
        test::TestNode node(opts);
        if (!node.start()) {
            std::fprintf(stderr, "node with %d schedulers did not start\n", n);
            return 1;
        }
        Extra ex;
        ex.schedulers = n;
        ex.fill = fillNode(node, n);
        const QString loaded = node.eval(QStringLiteral("code:load_abs(\"%1/bench_peer_alloc\")").arg(QStringLiteral(BENCH_PEER_EBIN)));
        if (!loaded.startsWith(QLatin1String("{module,"))) {
            std::fprintf(stderr, "peer module not loaded: %s\n", qPrintable(loaded));
            return 1;
        }
        if (processName(node.osPid()) != QLatin1String("beam.smp"))
            std::fprintf(stderr, "warning: pid %lld is %s, not beam.smp\n", node.osPid(), qPrintable(processName(node.osPid())));
        runFor(5000);
        ex.idleAlone = measure(node.osPid(), diagSeconds, nullptr).cpuPercent;

        BeamtopSide beamtop;
        // The peer: bench_peer_alloc:refresh() called over rpc from here once a second, so it
        // runs on the node like the agent's request does; its answer is five lengths, not the
        // results (observer_cli's worker also draws the next page only after this one).
        bench::RpcSide peer(QStringLiteral("bench_peer_alloc"), QStringLiteral("refresh"), {}, 10000);
        const QString be = beamtop.connect(node);
        const QString pe = peer.connect(node);
        if (!be.isEmpty() || !pe.isEmpty()) {
            std::fprintf(stderr, "%d schedulers: %s %s\n", n, qPrintable(be), qPrintable(pe));
            status = 1;
            continue;
        }
        beamtop.configure({}, false);
        // Both warmed up: the peer's first refresh loads dict and friends on the node.
        node.eval(QStringLiteral("bench_peer_alloc:refresh()"));
        runFor(2000);

        Series idle, bt, pr;
        QVector<double> idles;
        for (int r = 0; r < runs; ++r) {
            const Phase i = measure(node.osPid(), seconds, nullptr);
            idles.append(i.cpuPercent);
            // Alternate the order, so whatever one leaves behind is charged to each in turn.
            if (r % 2 == 0) {
                bt.add(beamtop.run(node.osPid(), seconds), i.cpuPercent);
                pr.add(peer.run(node.osPid(), seconds), i.cpuPercent);
            } else {
                pr.add(peer.run(node.osPid(), seconds), i.cpuPercent);
                bt.add(beamtop.run(node.osPid(), seconds), i.cpuPercent);
            }
        }
        const double idleMedian = median(idles);
        ex.idleAttached = idleMedian;
        printRow(n, "Beamtop, types only", bt, true);
        printRow(n, "observer_cli System page (peer)", pr, false);

        // The expanded views, once each, against the median idle.
        Series one, all;
        beamtop.configure({QStringLiteral("binary_alloc")}, false);
        one.add(beamtop.run(node.osPid(), extraSeconds), idleMedian);
        beamtop.configure({}, true);
        all.add(beamtop.run(node.osPid(), extraSeconds), idleMedian);
        beamtop.configure({}, false);
        printRow(n, "Beamtop, binary_alloc instances", one, true);
        printRow(n, "Beamtop, all instances", all, true);
        const double ratio = median(bt.cpu) / median(pr.cpu);
        std::printf("| %d | **Beamtop / peer** | **%.2f** (goal ≤ 0.20: %s) | | | | |\n", n, ratio, ratio <= 0.2 ? "met" : "not met");
        std::fflush(stdout);

        if (diagnostics) {
            // What any request costs, what one dump's node calls cost with nothing done with
            // them, and a sizes-only reading, each at 1 s over rpc like the peer.
            Series floor, memoryOnly, dumpOnly, sizesOnly;
            floor.add(peer.runCall(node.osPid(), diagSeconds, QStringLiteral("erlang"), QStringLiteral("node")), idleMedian);
            memoryOnly.add(peer.runCall(node.osPid(), diagSeconds, QStringLiteral("erlang"), QStringLiteral("memory"), {Term::atom("total")}),
                           idleMedian);
            dumpOnly.add(peer.runCall(node.osPid(), diagSeconds, QStringLiteral("bench_peer_alloc"), QStringLiteral("one_dump")), idleMedian);
            sizesOnly.add(peer.runCall(node.osPid(), diagSeconds, QStringLiteral("bench_peer_alloc"), QStringLiteral("sizes_only")), idleMedian);
            printRow(n, "diagnostic: rpc erlang:node()", floor, false);
            printRow(n, "diagnostic: rpc erlang:memory(total)", memoryOnly, false);
            printRow(n, "diagnostic: one dump's node calls alone (bench_peer_alloc:one_dump())", dumpOnly, false);
            printRow(n, "diagnostic: sizes-only reading (bench_peer_alloc:sizes_only())", sizesOnly, false);
        }

        // The allocators inside a session's tick, where the system sample (erlang:memory())
        // and the schedulers were read just before: the same tick with and without them,
        // alternating twice. This turns the schedulers' wall-time count on for the rest of the
        // node's life, so it comes last.
        Series tickWithout, tickWith;
        for (int r = 0; r < 2; ++r) {
            const bool withFirst = r % 2 == 1;
            for (const bool with : {withFirst, !withFirst})
                (with ? tickWith : tickWithout).add(beamtop.runSessionTick(node.osPid(), extraSeconds, with), idleMedian);
        }
        printRow(n, "session tick without the allocators (cost, system, schedulers)", tickWithout, false);
        printRow(n, "session tick with them (cost, system, schedulers, allocators)", tickWith, false);
        const double marginal = median(tickWith.cpu) - median(tickWithout.cpu);
        std::printf("| %d | **allocators in the session's tick / peer** | **%.2f** (%.2f %% of one core added) | | | | |\n", n,
                    marginal / median(pr.cpu), marginal);
        std::fflush(stdout);

        // For reference, outside the measured phases.
        ex.peerSizes = node.eval(QStringLiteral("bench_peer_alloc:sizes()"));
        const QString parts = QStringLiteral(
            "case beamtop_agent_v2:request(alloc, #{instances => %1, fragments => 20, settings => %2}) of "
            "{ok, M} -> [{total, byte_size(term_to_binary(M))} | "
            "[{K, byte_size(term_to_binary(V))} || {K, V} <- lists:sort(maps:to_list(M))]]; "
            "Other -> Other end");
        ex.replyParts = node.eval(parts.arg(QStringLiteral("[]"), QStringLiteral("false")));
        ex.replyPartsAll = node.eval(parts.arg(QStringLiteral("all"), QStringLiteral("false")));
        const QString agentAlloc = QStringLiteral("fun() -> beamtop_agent_v2:request(alloc, #{instances => %1, "
                                                  "fragments => 20, settings => false}) end");
        const QList<std::pair<QString, QString>> pieces{
            {QStringLiteral("peer: one refresh (five dumps and their reshaping)"), QStringLiteral("fun bench_peer_alloc:refresh/0")},
            {QStringLiteral("Beamtop: the agent's alloc request, types only"), agentAlloc.arg(QStringLiteral("[]"))},
            {QStringLiteral("Beamtop: the same, all instances"), agentAlloc.arg(QStringLiteral("all"))},
            {QStringLiteral("  of which the dump: system_info({allocator, A}) for each alloc_util allocator and mseg_alloc"),
             QStringLiteral("fun() -> [erlang:system_info({allocator, A}) || A <- erlang:system_info(alloc_util_allocators) ++ [mseg_alloc]] end")},
            {QStringLiteral("  of which erlang:memory(total)"), QStringLiteral("fun() -> erlang:memory(total) end")},
            {QStringLiteral("  of which the RSS (/proc/self/status)"), QStringLiteral("fun() -> file:read_file(\"/proc/self/status\") end")},
            {QStringLiteral("for comparison: system_info({allocator_sizes, AllUtil}), one call (sizes only, no counts)"),
             QStringLiteral("fun() -> erlang:system_info({allocator_sizes, erlang:system_info(alloc_util_allocators)}) end")},
        };
        if (diagnostics) {
            for (const auto &[label, fun] : pieces)
                ex.cpuPerCall.append({label, nodeCpuMsPerCall(node, fun, idleMedian)});
        }
        extras.append(ex);
        beamtop.disconnect();
        peer.disconnect();
        node.kill();
    }
    std::printf("\n");
    for (const Extra &ex : extras) {
        std::printf("%d schedulers: idle node %.2f %% alone, %.2f %% with both watchers connected and idle; "
                    "erlang:memory(total) after the fill %s bytes\n",
                    ex.schedulers, ex.idleAlone, ex.idleAttached, qPrintable(ex.fill));
        std::printf("  peer's five results, term_to_binary bytes (hit rates, averages current, max, sbcs/mbcs current, "
                    "max, all five): %s\n",
                    qPrintable(ex.peerSizes));
        std::printf("  Beamtop's reply by part, term_to_binary bytes (types only): %s\n", qPrintable(pairs(ex.replyParts)));
        std::printf("  Beamtop's reply by part, term_to_binary bytes (all instances): %s\n", qPrintable(pairs(ex.replyPartsAll)));
        if (!ex.cpuPerCall.isEmpty())
            std::printf("  node CPU per call, ms (calls back to back, each in a fresh process, from the OS, minus an empty call):\n");
        for (const auto &[label, ms] : ex.cpuPerCall)
            std::printf("    %s: %.2f\n", qPrintable(label), ms);
    }
    return status;
}
