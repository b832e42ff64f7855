// SPDX-License-Identifier: GPL-3.0-or-later
// Where Beamtop's cost on a node goes, part by part, as the operating system counts it.
//
// A node with N idle processes (and --spinners S busy ones, none by default, so that the idle
// baseline is near zero and small parts show), watched at a 1 s interval in phases, each
// after an idle phase of its own; per phase the node's CPU above that idle (the run time of
// all the beam process's threads, from /proc/<pid>/task/*/schedstat), the most any single
// second cost, and the agent's own count of its work over the phase:
//   - rpc:        a trivial call through rex (erlang:node()), the distribution round trip alone;
//   - ping:       the agent's cheapest request (rex, then beamtop_agent_v2:request/2);
//   - cost:       a request that asks the agent's server (one more process hop);
//   - system:     the system sample (a bounded worker);
//   - rank:       a 50-row page of the process ranking, the agent ranking in the background;
//   - session:    what the desktop app's Processes page and `beamtop-cli top --watch` make the
//                 node do: a NodeSession at 1 s with the Processes feed (system sample, cost,
//                 schedulers, allocators and the ranking's page every tick);
//   - alerts:     the same session with the default alert rules (RuleSet::defaults): the
//                 message-queue rule's own ranking (10 rows a tick) beside the page's.
// With --first-sweep, first a fresh agent (none loaded before) under the session, the first
// --first-seconds seconds per second, so the first sweep of a large node is seen second by
// second; and at the end the detach, timing how long code loading on the node waits meanwhile.
//
//   build/bench/bench_overhead [--procs 10000,1000000] [--seconds S] [--runs R] [--spinners S]
//                              [--phases rpc,ping,cost,system,rank,session,alerts] [--first-sweep]
#include "agent/agentclient.h"
#include "alerts/alertmonitor.h"
#include "collect/processcollector.h"
#include "node/eiruntime.h"
#include "session/nodesession.h"

#include "benchnode.h"
#include "benchsides.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace beamtop;
using bench::cpuSeconds;
using bench::median;
using bench::runFor;
using bench::waitFor;

namespace {

struct Reading
{
    double cpuPercent = 0;    // node CPU per second of the phase, % of one core
    double worstSecond = 0;   // the most any one second of it cost, % of one core
    double ownPercent = -1;   // the agent's own count over the phase
    int answers = 0;
};

// Runs tick once a second for `seconds`, reading the node's CPU each second.
Reading runPhase(qint64 osPid, int seconds, const std::function<void()> &tick, const std::function<bool()> &busy)
{
    Reading r;
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = cpuSeconds(osPid);
    double last = cpu0;
    qint64 lastNs = 0;
    QTimer timer;
    timer.setInterval(1000);
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const double now = cpuSeconds(osPid);
        const qint64 ns = wall.nsecsElapsed();
        r.worstSecond = qMax(r.worstSecond, 100.0 * (now - last) / (double(ns - lastNs) / 1e9));
        last = now;
        lastNs = ns;
        if (tick)
            tick();
    });
    if (tick)
        tick();
    timer.start();
    runFor(seconds * 1000);
    timer.stop();
    if (busy)
        waitFor([&] { return !busy(); }, 10000);
    r.cpuPercent = 100.0 * (cpuSeconds(osPid) - cpu0) / (double(wall.nsecsElapsed()) / 1e9);
    return r;
}

// The agent's count of its own work so far and the time it covers (µs).
std::pair<qint64, qint64> agentCost(AgentClient &agent)
{
    qint64 busy = -1, since = -1;
    QEventLoop wait;
    const auto c = QObject::connect(&agent, &AgentClient::costUpdated, &wait, [&](double, qint64 b, qint64 s) {
        busy = b;
        since = s;
        wait.quit();
    });
    agent.requestCost();
    QTimer::singleShot(5000, &wait, &QEventLoop::quit);
    wait.exec();
    QObject::disconnect(c);
    return {busy, since};
}

bool waitReady(AgentClient &agent)
{
    QEventLoop wait;
    QObject::connect(&agent, &AgentClient::ready, &wait, &QEventLoop::quit);
    QTimer::singleShot(30000, &wait, &QEventLoop::quit);
    if (agent.mode() == AgentClient::Mode::None || agent.mode() == AgentClient::Mode::Loading)
        wait.exec();
    return agent.mode() == AgentClient::Mode::Full;
}

} // namespace

int main(int argc, char **argv)
{
    initEiRuntime();
    QCoreApplication app(argc, argv);
    registerBackendMetaTypes();
    int seconds = 20, runs = 2, spinners = 0, firstSeconds = 60;
    bool firstSweep = false;
    QList<qint64> sizes{10000};
    QStringList phases{QStringLiteral("rpc"), QStringLiteral("ping"), QStringLiteral("cost"), QStringLiteral("system"),
                       QStringLiteral("rank"), QStringLiteral("session"), QStringLiteral("alerts")};
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        const QString v = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--first-sweep")) {
            firstSweep = true;
            continue;
        }
        ++i;
        if (a == QLatin1String("--seconds"))
            seconds = qMax(5, v.toInt());
        else if (a == QLatin1String("--runs"))
            runs = qMax(1, v.toInt());
        else if (a == QLatin1String("--spinners"))
            spinners = qMax(0, v.toInt());
        else if (a == QLatin1String("--first-seconds"))
            firstSeconds = qMax(5, v.toInt());
        else if (a == QLatin1String("--phases"))
            phases = v.split(QLatin1Char(','));
        else if (a == QLatin1String("--procs")) {
            sizes.clear();
            for (const QString &s : v.split(QLatin1Char(',')))
                sizes.append(s.toLongLong());
        }
    }
    std::printf("Beamtop's cost by part, 1 s interval, %d s phases, %d runs, %d busy processes; node CPU above the idle "
                "phase before each, %% of one core (OS: schedstat of the beam's threads)\n\n",
                seconds, runs, spinners);
    for (const qint64 n : sizes) {
        test::TestNode node(bench::populatedNodeOptions(n));
        if (!node.start())
            return 1;
        const qint64 count = bench::populate(node, n, spinners);
        runFor(3000);
        const qint64 pid = node.osPid();

        // The session first, on a node no agent has touched: the first sweep second by second.
        auto *sessionClient = new NodeClient;
        sessionClient->connectToNode(node.connectOptions());
        NodeSession session(sessionClient, AgentClient::Options{});
        session.setRefreshIntervalMs(1000);
        session.setPaused(true);
        // What the Processes page and `beamtop-cli top` ask: a screenful of the ranking.
        ProcessQuery screenful;
        screenful.limit = 50;
        session.processes()->setQuery(screenful);
        QObject feedOwner;
        const double idle0 = runPhase(pid, qMin(seconds, 10), {}, {}).cpuPercent;
        if (!waitReady(*session.agent())) {
            std::printf("%lld processes: the agent did not load\n", count);
            return 1;
        }
        if (firstSweep) {
            session.subscribe(NodeSession::Feed::Processes, &feedOwner);
            session.setPaused(false);
            Reading first;
            QVector<double> perSecond;
            QElapsedTimer wall;
            wall.start();
            double last = cpuSeconds(pid);
            for (int s = 0; s < firstSeconds; ++s) {
                runFor(1000);
                const double now = cpuSeconds(pid);
                perSecond.append(100.0 * (now - last) - idle0);
                last = now;
            }
            std::printf("%lld processes, first %d s of a session on a fresh node, node CPU above idle per second:\n  ", count,
                        firstSeconds);
            for (double v : perSecond)
                std::printf("%.1f ", v);
            std::printf("\n  max %.1f %%, median %.1f %%\n\n", bench::maxOf(perSecond), median(perSecond));
            session.setPaused(true);
            session.unsubscribe(NodeSession::Feed::Processes, &feedOwner);
            runFor(32000); // until the agent lets go of the ranking (see below)
        }

        // The raw parts, on a connection of their own (the same agent: one server per node).
        NodeClient client;
        AgentClient agent(&client);
        ProcessCollector procs(&agent);
        client.connectToNode(node.connectOptions());
        if (!waitReady(agent))
            return 1;
        int inFlight = 0;
        int answers = 0;
        auto done = [&](auto &&...) {
            --inFlight;
            ++answers;
        };
        QObject::connect(&procs, &ProcessCollector::pageReady, [&](const ProcessRanking &) { done(); });
        const Term noArgs = Term::map({});
        std::map<QString, std::function<void()>> ticks{
            {QStringLiteral("rpc"), [&] {
                 ++inFlight;
                 client.call(QStringLiteral("erlang"), QStringLiteral("node"), {}, 5000, &client, done);
             }},
            {QStringLiteral("ping"), [&] {
                 ++inFlight;
                 agent.request("ping", noArgs, 5000, &agent, done);
             }},
            {QStringLiteral("cost"), [&] {
                 ++inFlight;
                 agent.request("cost", noArgs, 5000, &agent, done);
             }},
            {QStringLiteral("system"), [&] {
                 ++inFlight;
                 agent.request("system", noArgs, 5000, &agent, done);
             }},
            {QStringLiteral("rank"), [&] {
                 if (procs.isBusy())
                     return;
                 ++inFlight;
                 ProcessQuery q;
                 q.limit = 50;
                 procs.fetch(q);
             }},
            {QStringLiteral("session"), {}},
            {QStringLiteral("alerts"), {}}};

        std::map<QString, QVector<double>> cpu, worst, own;
        QVector<double> idles;
        for (int r = 0; r < runs; ++r) {
            // The order rotates run by run, so drift in the node's idle is spread over the parts.
            QStringList order = phases;
            std::rotate(order.begin(), order.begin() + (r % order.size()), order.end());
            for (const QString &part : order) {
                if (!ticks.count(part))
                    continue;
                const double idle = runPhase(pid, seconds / 2, {}, {}).cpuPercent;
                idles.append(idle);
                const auto [b0, s0] = agentCost(agent);
                Reading rd;
                if (part == QLatin1String("session") || part == QLatin1String("alerts")) {
                    const bool alerts = part == QLatin1String("alerts");
                    if (alerts)
                        session.alerts()->setRules(RuleSet::defaults());
                    session.subscribe(NodeSession::Feed::Processes, &feedOwner);
                    session.setPaused(false);
                    rd = runPhase(pid, seconds, {}, {});
                    session.setPaused(true);
                    session.unsubscribe(NodeSession::Feed::Processes, &feedOwner);
                    if (alerts)
                        session.alerts()->setRules(RuleSet{});
                } else {
                    answers = 0;
                    rd = runPhase(pid, seconds, ticks[part], [&] { return inFlight > 0; });
                }
                const auto [b1, s1] = agentCost(agent);
                // The agent keeps a ranking 30 s after its last page: the next idle phase waits
                // until it lets go.
                if (part == QLatin1String("rank") || part == QLatin1String("session") || part == QLatin1String("alerts"))
                    runFor(32000);
                cpu[part].append(rd.cpuPercent - idle);
                worst[part].append(rd.worstSecond - idle);
                if (b0 >= 0 && b1 >= b0 && s1 > s0)
                    own[part].append(100.0 * double(b1 - b0) / double(s1 - s0));
            }
        }
        std::printf("| processes | part | node CPU above idle, median (min … max) | worst second | agent's own count |\n");
        std::printf("|---|---|---|---|---|\n");
        for (const QString &part : phases) {
            if (!cpu.count(part))
                continue;
            std::printf("| %lld | %s | %.2f (%.2f … %.2f) | %.1f | %.2f |\n", count, qPrintable(part), median(cpu[part]),
                        bench::minOf(cpu[part]), bench::maxOf(cpu[part]), bench::maxOf(worst[part]), median(own[part]));
        }
        std::printf("idle phases: median %.2f %% (%.2f … %.2f)\n\n", median(idles), bench::minOf(idles), bench::maxOf(idles));
        std::fflush(stdout);

        // Detach: both connections go; the last makes the agent unload. Meanwhile another
        // process on the node loads a new module every 5 ms (a new name each time, so that no
        // load has to purge anything itself): the longest load is how long code loading was held
        // up.
        node.eval(QStringLiteral(
            "register(bt_probe, spawn(fun() -> (fun L(I, Worst) -> receive {report, P} -> P ! {worst, Worst} "
            "after 0 -> M = list_to_atom(\"bt_load_probe_\" ++ integer_to_list(I)), "
            "{ok, M, B} = compile:forms([{attribute,1,module,M}]), "
            "T0 = erlang:monotonic_time(microsecond), {module, M} = code:load_binary(M, \"p.beam\", B), "
            "D = erlang:monotonic_time(microsecond) - T0, receive after 5 -> ok end, L(I + 1, max(Worst, D)) end end)(0, 0) end)), ok"));
        runFor(1000);
        bench::detachAndWait(agent);
        session.close();
        waitFor([&] { return node.eval(QStringLiteral("code:is_loaded(beamtop_agent_v2) =:= false andalso "
                                                      "not erlang:check_old_code(beamtop_agent_v2)")) == QLatin1String("true"); },
                60000);
        runFor(500);
        const QString worstLoad = node.eval(QStringLiteral(
            "bt_probe ! {report, self()}, receive {worst, W} -> W after 5000 -> timeout end"));
        std::printf("%lld processes: detach; the longest a module load waited meanwhile: %.1f ms; agent gone: %s\n\n", count,
                    worstLoad.toDouble() / 1000.0,
                    qPrintable(node.eval(QStringLiteral("code:is_loaded(beamtop_agent_v2) =:= false andalso "
                                                        "not erlang:check_old_code(beamtop_agent_v2) andalso "
                                                        "whereis(beamtop_agent_v2) =:= undefined"))));
        std::fflush(stdout);
        node.kill();
    }
    return 0;
}
