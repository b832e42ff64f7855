// The allocator view's cost on nodes with 2 and 64 schedulers (+S N:N), watched at a 1 s
// interval, side by side with observer_cli's System-page collector (recon_alloc's five calls
// per refresh, rebuilt in bench/peer/bench_peer_alloc.erl and run on the node being measured):
//   - the node's CPU spent on the watcher (from /proc/<beam>/stat, user + system, minus the
//     idle node measured in the same run),
//   - bytes per refresh: the agent's reply as the node encoded it (Collector::lastReplyBytes)
//     and everything received on the connection,
//   - for reference, what the peer's five results weigh in the external format, where
//     Beamtop's reply's bytes go (each part's term_to_binary size) and how long one request
//     takes on the node.
// Phases alternate (idle, Beamtop, peer; then idle, peer, Beamtop; ...) and the table shows
// the medians over the runs. Beamtop's side is the real AllocCollector on a real AgentClient,
// with the default view (types only, 20 fragments, mseg cache); one type's instances
// (binary_alloc) and all instances are measured once per node after the runs.
//
//   build/bench/bench_alloc [--seconds S] [--runs R] [--schedulers 2,64]
#include "agent/agentclient.h"
#include "collect/alloccollector.h"
#include "node/eiruntime.h"
#include "node/nodeclient.h"
#include "testnode.h"

#include "benchutil.h"

#include <QCoreApplication>
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
using bench::runFor;

namespace {

// CPU seconds the OS process has used (user + system), from /proc/<pid>/stat.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    // After the command: utime is field 14 and stime 15 (1-based in proc(5)).
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

QString processName(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/comm").arg(pid));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QStringLiteral("?");
}

double median(QVector<double> v)
{
    if (v.isEmpty())
        return qQNaN();
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double minOf(const QVector<double> &v) { return v.isEmpty() ? qQNaN() : *std::min_element(v.begin(), v.end()); }
double maxOf(const QVector<double> &v) { return v.isEmpty() ? qQNaN() : *std::max_element(v.begin(), v.end()); }

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        runFor(20);
    }
    return true;
}

// One measured phase: the node's CPU per second of wall time, and what the watcher got.
struct Phase
{
    double cpuPercent = 0;  // of one core, whole node (the idle is subtracted by the caller)
    int refreshes = 0;      // answers received
    int skipped = 0;        // ticks that found the previous refresh still in flight
    int failures = 0;
    double replyBytes = 0;  // mean reply size per refresh as the node encoded it (Beamtop)
    qint64 replyBytesMax = 0;
    double rxPerRefresh = 0; // everything received on the connection, per refresh
    QString error;
};

// The watcher's side of a phase: tick() starts a refresh unless one is in flight, busy() says
// whether one is, received() is the connection's byte count so far.
struct Watcher
{
    std::function<void(Phase &)> tick;
    std::function<bool()> busy;
    std::function<qint64()> received;
};

// Runs `seconds` of 1 s refreshes (the first at once), waits for the last answer, and measures
// the node's CPU over the whole of it.
Phase measure(qint64 osPid, int seconds, Watcher *w)
{
    Phase p;
    const qint64 rx0 = w ? w->received() : 0;
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = cpuSeconds(osPid);
    QTimer tick;
    if (w) {
        tick.setInterval(1000);
        tick.setTimerType(Qt::PreciseTimer);
        QObject::connect(&tick, &QTimer::timeout, [&] { w->tick(p); });
        w->tick(p);
        tick.start();
    }
    runFor(seconds * 1000);
    tick.stop();
    if (w)
        waitFor([&] { return !w->busy(); }, 10000);
    const double cpu1 = cpuSeconds(osPid);
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    p.cpuPercent = 100.0 * (cpu1 - cpu0) / elapsed;
    if (w && p.refreshes > 0)
        p.rxPerRefresh = double(w->received() - rx0) / p.refreshes;
    return p;
}

// Beamtop: the real collector on its own connection and agent, attached for the node's whole
// life (so the idle phases include an attached, unasked agent).
class BeamtopSide
{
public:
    BeamtopSide() : m_agent(&m_client), m_alloc(&m_agent)
    {
        QObject::connect(&m_alloc, &AllocCollector::sampleReady, [this](const AllocSample &) {
            if (!m_phase)
                return;
            ++m_phase->refreshes;
            const qint64 b = m_alloc.lastReplyBytes();
            m_bytes += b;
            m_phase->replyBytesMax = qMax(m_phase->replyBytesMax, b);
        });
        QObject::connect(&m_alloc, &Collector::failed, [this](const QString &e) {
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

    void disconnect()
    {
        QEventLoop detach;
        QObject::connect(&m_agent, &AgentClient::detached, &detach, &QEventLoop::quit);
        m_agent.detachAndDisconnect();
        QTimer::singleShot(5000, &detach, &QEventLoop::quit);
        detach.exec();
    }

private:
    NodeClient m_client;
    AgentClient m_agent;
    AllocCollector m_alloc;
    Phase *m_phase = nullptr;
    qint64 m_bytes = 0;
};

// The peer: bench_peer_alloc:refresh() called over rpc from here once a second, so it runs on
// the node like the agent's request does; its answer is five lengths, not the results.
class PeerSide
{
public:
    QString connect(const test::TestNode &node)
    {
        QEventLoop wait;
        QObject::connect(&m_client, &NodeClient::connected, &wait, &QEventLoop::quit);
        m_client.connectToNode(node.connectOptions());
        QTimer::singleShot(20000, &wait, &QEventLoop::quit);
        wait.exec();
        return m_client.isConnected() ? QString() : QStringLiteral("peer connection failed");
    }

    Phase run(qint64 osPid, int seconds)
    {
        Watcher w;
        w.tick = [this](Phase &p) {
            m_phase = &p;
            if (m_inFlight) {
                ++p.skipped; // observer_cli's worker also draws the next page only after this one
                return;
            }
            m_inFlight = true;
            m_client.call(QStringLiteral("bench_peer_alloc"), QStringLiteral("refresh"), {}, 10000, &m_client,
                          [this](const CallResult &r) {
                              m_inFlight = false;
                              if (!m_phase)
                                  return;
                              if (r.ok() && r.value.isList()) {
                                  ++m_phase->refreshes;
                              } else {
                                  ++m_phase->failures;
                                  m_phase->error = r.message;
                              }
                          });
        };
        w.busy = [this] { return m_inFlight; };
        w.received = [this] { return m_client.bytesReceived(); };
        Phase p = measure(osPid, seconds, &w);
        m_phase = nullptr;
        return p;
    }

    void disconnect() { m_client.disconnectFromNode(); }

private:
    NodeClient m_client;
    bool m_inFlight = false;
    Phase *m_phase = nullptr;
};

// Median and spread of one row over the runs.
struct Series
{
    QVector<double> cpu, replyBytes, replyMax, rx, refreshes;
    int skipped = 0, failures = 0;
    QString error;
    void add(const Phase &p, double idle)
    {
        cpu.append(p.cpuPercent - idle);
        replyBytes.append(p.replyBytes);
        replyMax.append(double(p.replyBytesMax));
        rx.append(p.rxPerRefresh);
        refreshes.append(p.refreshes);
        skipped += p.skipped;
        failures += p.failures;
        if (!p.error.isEmpty())
            error = p.error;
    }
};

QString cpuCell(const Series &s)
{
    if (s.cpu.size() == 1)
        return QString::number(s.cpu.first(), 'f', 2);
    return QStringLiteral("%1 (%2 … %3)")
        .arg(median(s.cpu), 0, 'f', 2)
        .arg(minOf(s.cpu), 0, 'f', 2)
        .arg(maxOf(s.cpu), 0, 'f', 2);
}

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

// Median microseconds of N calls of an expression on the node, in the evaluating process:
// only the calling process's share (scheduler-side work of the allocator queries is not in it).
double nodeMicros(test::TestNode &node, const QString &fun, int n = 20)
{
    const QString r = node.eval(QStringLiteral("F = %1, F(), Ts = lists:sort([element(1, timer:tc(F)) || _ <- lists:seq(1, %2)]), "
                                               "lists:nth(%2 div 2 + 1, Ts)")
                                    .arg(fun)
                                    .arg(n),
                                60000);
    bool ok = false;
    const double v = r.toDouble(&ok);
    return ok ? v : qQNaN();
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
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = qMax(5, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--runs"))
            runs = qMax(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--schedulers")) {
            schedulerCounts.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                schedulerCounts.append(qMax(1, s.toInt()));
        }
    }
    const int extraSeconds = qMax(10, seconds / 2);
    std::printf("Allocator view: Beamtop (agent alloc request, AllocCollector) vs observer_cli's System-page collector "
                "(recon_alloc's five calls, bench_peer_alloc), 1 s interval, %d s per phase, %d runs, alternating\n\n",
                seconds, runs);

    struct Extra
    {
        int schedulers;
        QString peerSizes, replyParts, replyPartsAll, micros, fill;
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
        opts.extraArgs << QStringLiteral("+S") << QStringLiteral("%1:%1").arg(n);
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
        runFor(2000);
        ex.idleAlone = measure(node.osPid(), extraSeconds, nullptr).cpuPercent;

        BeamtopSide beamtop;
        PeerSide peer;
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
        std::printf("| %d | Beamtop / peer | %.2f (goal ≤ 0.20: %s) | | | | |\n", n, ratio, ratio <= 0.2 ? "met" : "not met");
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
        ex.micros = QStringLiteral("peer refresh %1 us; Beamtop alloc request (types only) %2 us; the dump alone "
                                   "(system_info({allocator, A}) for each alloc_util allocator and mseg_alloc) %3 us")
                        .arg(nodeMicros(node, QStringLiteral("fun bench_peer_alloc:refresh/0")), 0, 'f', 0)
                        .arg(nodeMicros(node, QStringLiteral("fun() -> beamtop_agent_v2:request(alloc, #{instances => [], "
                                                             "fragments => 20, settings => false}) end")),
                             0, 'f', 0)
                        .arg(nodeMicros(node, QStringLiteral("fun() -> [erlang:system_info({allocator, A}) || A <- "
                                                             "erlang:system_info(alloc_util_allocators) ++ [mseg_alloc]] end")),
                             0, 'f', 0);
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
        std::printf("  on the node, median of 20 in one process: %s\n", qPrintable(ex.micros));
    }
    return status;
}
