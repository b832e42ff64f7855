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

#include "benchutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

using namespace beamtop;
using bench::cpuSeconds;
using bench::maxOf;
using bench::measure;
using bench::median;
using bench::Phase;
using bench::Watcher;
using bench::minOf;
using bench::runFor;
using bench::waitFor;

namespace {

constexpr int ObserverCallTimeoutMs = 300000; // get_port_list at 20,000 ports takes seconds
constexpr int FdReserve = 200;                 // the measured node's own files, EPMD, distribution
// The agent keeps sweeping a ranking for 30 s after it was last asked for (its
// ranking_idle_drop_ms): an idle phase starts once that time has passed since Beamtop last asked.
constexpr int RankingKeptMs = 32000;




// Beamtop: the real PortCollector on its own connection and agent, attached for the node's
// whole life (so the idle phases include an attached, unasked agent).
class BeamtopSide
{
public:
    BeamtopSide() : m_agent(&m_client), m_ports(&m_agent)
    {
        QObject::connect(&m_ports, &PortCollector::pageReady, [this](const PortRanking &page) {
            m_last = page;
            if (!m_phase)
                return;
            ++m_phase->refreshes;
            m_phase->answerMs += double(m_asked.nsecsElapsed()) / 1e6;
            const qint64 rx = m_client.bytesReceived();
            m_phase->rxMax = qMax(m_phase->rxMax, rx - m_rxAtLast);
            m_rxAtLast = rx;
        });
        QObject::connect(&m_ports, &Collector::failed, [this](const QString &e) {
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
        if (!m_agent.canRank("port"))
            return QStringLiteral("the agent cannot rank ports");
        return {};
    }

    // What the Network page asks: the first 50 rows by I/O rate.
    static PortQuery pageQuery()
    {
        PortQuery q;
        q.sort = PortQuery::Sort::Io;
        q.mode = PortQuery::Mode::Window;
        q.offset = 0;
        q.limit = 50;
        q.intervalMs = 1000;
        return q;
    }

    // Asks until the ranking is final (complete, measured over a window), at most timeoutMs.
    bool warmUp(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        m_last = {};
        m_ports.setQuery(pageQuery(), true);
        while (t.elapsed() < timeoutMs) {
            waitFor([&] { return !m_ports.isBusy(); }, 10000);
            if (m_last.isFinal())
                return true;
            runFor(500); // the node ranks in the background; ask again shortly
            m_ports.refresh();
        }
        return false;
    }

    Phase run(qint64 osPid, int seconds)
    {
        Watcher w;
        w.tick = [this](Phase &p) {
            m_phase = &p;
            if (m_ports.isBusy())
                ++p.skipped; // the session's tick waits for the page in flight too
            else
                m_asked.start();
            m_ports.refresh();
        };
        w.busy = [this] { return m_ports.isBusy(); };
        w.received = [this] { return m_client.bytesReceived(); };
        const auto [busy0, since0] = agentCost();
        m_rxAtLast = m_client.bytesReceived();
        Phase p = measure(osPid, seconds, &w, ObserverCallTimeoutMs);
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

    const PortRanking &last() const { return m_last; }
    QString error() const { return m_error; }

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
    PortCollector m_ports;
    PortRanking m_last;
    Phase *m_phase = nullptr;
    qint64 m_rxAtLast = 0;
    QElapsedTimer m_asked;
    QString m_error;
};

// observer's Ports tab: every refresh is rpc:call(Node, observer_backend, get_port_list, []),
// which reads erlang:port_info/1 and six more items of every port, and for every inet port its
// statistics, both addresses and 31 socket options; the whole list comes back.
class ObserverSide
{
public:
    QString connect(const test::TestNode &node)
    {
        QEventLoop wait;
        QObject::connect(&m_client, &NodeClient::connected, &wait, &QEventLoop::quit);
        // observer takes the whole list whatever its size (about 1.2 KB and 150 terms a port):
        // Beamtop's own bounds for one reply would refuse it at 20,000 ports.
        ConnectOptions o = node.connectOptions();
        o.maxReplyBytes = 256 << 20;
        o.decodeLimits.maxElements = 64000000;
        o.decodeLimits.maxBytes = 256ll << 20;
        m_client.connectToNode(o);
        QTimer::singleShot(20000, &wait, &QEventLoop::quit);
        wait.exec();
        return m_client.isConnected() ? QString() : QStringLiteral("observer's connection failed");
    }

    Phase run(qint64 osPid, int seconds)
    {
        Watcher w;
        w.tick = [this](Phase &p) {
            m_phase = &p;
            if (m_inFlight) {
                // The tab's timer messages wait in its mailbox while it is in get_port_list; it
                // then refreshes again at once. Skipping is kinder to observer than that.
                ++p.skipped;
                return;
            }
            m_inFlight = true;
            const qint64 rx0 = m_client.bytesReceived();
            m_asked.start();
            m_client.call(QStringLiteral("observer_backend"), QStringLiteral("get_port_list"), {}, ObserverCallTimeoutMs,
                          &m_client, [this, rx0](const CallResult &r) {
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
        Phase p = measure(osPid, seconds, &w, ObserverCallTimeoutMs);
        m_phase = nullptr;
        return p;
    }

    // One call outside the measured phases (loads observer_backend and what it uses).
    bool warmUp()
    {
        bool done = false, ok = false;
        m_client.call(QStringLiteral("observer_backend"), QStringLiteral("get_port_list"), {}, ObserverCallTimeoutMs, &m_client,
                      [&](const CallResult &r) {
                          done = true;
                          ok = r.ok() && !r.value.isTaggedTuple("badrpc", 2);
                      });
        waitFor([&] { return done; }, ObserverCallTimeoutMs);
        return ok;
    }

    void disconnect() { m_client.disconnectFromNode(); }

private:
    NodeClient m_client;
    bool m_inFlight = false;
    QElapsedTimer m_asked;
    Phase *m_phase = nullptr;
};

struct Series
{
    QVector<double> cpu, cpuMsPerRefresh, rx, refreshes, answerMs, own;
    qint64 rxMax = 0;
    int skipped = 0, failures = 0;
    QString error;
    void add(const Phase &p, double idle)
    {
        cpu.append(p.cpuPercent - idle);
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

QString cpuCell(const Series &s)
{
    if (s.cpu.size() == 1)
        return QString::number(s.cpu.first(), 'f', 2);
    return QStringLiteral("%1 (%2 … %3)")
        .arg(median(s.cpu), 0, 'f', 2)
        .arg(minOf(s.cpu), 0, 'f', 2)
        .arg(maxOf(s.cpu), 0, 'f', 2);
}

void printRow(qint64 connections, const char *watcher, const Series &s)
{
    QString note;
    if (!s.own.isEmpty())
        note += QStringLiteral("agent's own count %1 % ").arg(median(s.own), 0, 'f', 2);
    if (s.skipped)
        note += QStringLiteral("%1 ticks skipped (previous refresh in flight) ").arg(s.skipped);
    if (s.failures)
        note += QStringLiteral("%1 failed: %2").arg(s.failures).arg(s.error);
    std::printf("| %lld | %s | %s | %.1f | %.0f | %.0f | %lld | %.0f | %s |\n", connections, watcher, qPrintable(cpuCell(s)),
                median(s.cpuMsPerRefresh), median(s.refreshes), median(s.rx), s.rxMax, median(s.answerMs), qPrintable(note));
    std::fflush(stdout);
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
    std::printf("| connections | watcher | node CPU (%% of one core, minus idle): median (min … max) | node CPU ms per refresh | "
                "refreshes per phase | "
                "received bytes per refresh | most received for one refresh | answer time, ms (mean) | notes |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|\n");
    std::fflush(stdout);

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

        BeamtopSide beamtop;
        ObserverSide observer;
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
        QElapsedTimer sinceBeamtop;
        sinceBeamtop.start();
        auto settle = [&] {
            runFor(int(qMax<qint64>(0, RankingKeptMs - sinceBeamtop.elapsed())));
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 60000 && measure(node.osPid(), 2, nullptr).cpuPercent > settled * 1.5 + 0.5) {
            }
        };
        Series bt, ob;
        QVector<double> idles;
        auto idlePhase = [&] {
            settle();
            const double idle = measure(node.osPid(), seconds, nullptr).cpuPercent;
            idles.append(idle);
            return idle;
        };
        for (int r = 0; r < runs; ++r) {
            // Alternate the order, so whatever one leaves behind is charged to each in turn.
            const bool beamtopFirst = r % 2 == 0;
            for (const bool beamtopNow : {beamtopFirst, !beamtopFirst}) {
                if (beamtopNow && !withBeamtop)
                    continue;
                const double idle = idlePhase();
                if (beamtopNow) {
                    bt.add(beamtop.run(node.osPid(), seconds), idle);
                    sinceBeamtop.start();
                } else
                    ob.add(observer.run(node.osPid(), seconds), idle);
            }
        }
        notes << QStringLiteral("%1 connections: idle node (its busy connections, both watchers attached) %2 % of one core, "
                                "median of %3 (%4 … %5); before either asked anything %6 %")
                     .arg(held)
                     .arg(median(idles), 0, 'f', 2)
                     .arg(idles.size())
                     .arg(minOf(idles), 0, 'f', 2)
                     .arg(maxOf(idles), 0, 'f', 2)
                     .arg(settled, 0, 'f', 2);
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
