// SPDX-License-Identifier: GPL-3.0-or-later
// What `beamtop-cli tui` costs, itself and on the node: beamtop-cli on a pseudo-terminal (its
// output read and thrown away, as a terminal that draws nothing) against a node with N idle
// processes, at a 1 s interval, for S seconds per page after a warm-up (the agent's first sweep
// of a large node is not what a steady screen costs). Per page: beamtop-cli's CPU, % of one
// core (its threads' run time, bench::cpuSeconds, as the node's), its peak resident memory (VmHWM from
// /proc/PID/status, the whole run up to then), the bytes it wrote to the terminal per second
// (ncurses sends only the cells that changed), and the node's CPU above an idle phase before it
// (the beam's threads' run time, as bench_overhead counts it). The `session` row is the same
// NodeSession with the Processes feed in this process, which is what the desktop's Processes
// page makes the node do: the node's cost should match.
//
//   build/bench/bench_tui [--procs 1000000] [--seconds 30] [--warmup 20] [--runs 1]
//                         [--pages home,processes,load,session] [--interval 1000]
#include "agent/agentclient.h"
#include "collect/processcollector.h"
#include "node/eiruntime.h"
#include "session/nodesession.h"

#include "benchnode.h"
#include "benchutil.h"
#include "ptyprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <unistd.h>

using namespace beamtop;
using bench::cpuSeconds;
using bench::median;
using bench::runFor;
using bench::waitFor;

namespace {

struct Reading
{
    bool ok = false;
    bool execFailed = false; // beamtop-cli could not be run (exit code 127)
    double cliCpu = -1;     // beamtop-cli, % of one core
    double cliHwmMiB = -1;  // beamtop-cli's peak resident memory
    double outPerS = -1;    // bytes written to the terminal per second
    double nodeCpu = 0;     // the node above its idle phase, % of one core
};

// VmHWM of a process, in MiB.
double peakRssMiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// The machine's load averages, to say whether something else ran meanwhile.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

double nodeCpuPercent(qint64 pid, int seconds)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = cpuSeconds(pid);
    runFor(seconds * 1000);
    return 100.0 * (cpuSeconds(pid) - cpu0) / (double(wall.nsecsElapsed()) / 1e9);
}

bool agentLoaded(test::TestNode &node)
{
    return node.eval(QStringLiteral("whereis(beamtop_agent_v2) =/= undefined")) == QLatin1String("true");
}

// Until the agent has let go (no connection left, nothing of Beamtop on the node).
bool waitAgentGone(test::TestNode &node)
{
    return waitFor([&] { return node.traceLeft() == QLatin1String("clean"); }, 90000);
}

// beamtop-cli tui on page `key` for `seconds` after `warmup`.
Reading runTui(test::TestNode &node, const QString &cookieFile, const QString &configDir, char key, int interval,
               int warmup, int seconds, double idle)
{
    Reading r;
    test::PtyProcess tui;
    qint64 written = 0;
    QObject::connect(&tui, &test::PtyProcess::dataRead, [&](const QByteArray &b) { written += b.size(); });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    env.insert(QStringLiteral("XDG_DATA_HOME"), configDir);
    env.insert(QStringLiteral("XDG_STATE_HOME"), configDir);
    env.remove(QStringLiteral("NO_COLOR"));
    QString error;
    if (!tui.start(QStringLiteral(BEAMTOP_CLI_PATH),
                   {QStringLiteral("tui"), QStringLiteral("--node"), node.nodeName(), QStringLiteral("--cookie-file"), cookieFile,
                    QStringLiteral("--interval"), QString::number(interval)},
                   env, QSize(100, 30), &error)) {
        std::printf("cannot start beamtop-cli: %s\n", qPrintable(error));
        r.execFailed = true; // a build replacing it at that moment ("Text file busy"): tried again
        return r;
    }
    if (!waitFor([&] { return !tui.isRunning() || agentLoaded(node); }, 60000) || !tui.isRunning()) {
        std::printf("beamtop-cli tui did not attach (%s)\n", qPrintable(tui.endText()));
        return r;
    }
    if (key != '1')
        tui.write(QByteArray(1, key));
    runFor(warmup * 1000);
    const qint64 pid = tui.pid();
    const double cli0 = cpuSeconds(pid);
    const qint64 written0 = written;
    QElapsedTimer wall;
    wall.start();
    const double node0 = cpuSeconds(node.osPid());
    runFor(seconds * 1000);
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    r.nodeCpu = 100.0 * (cpuSeconds(node.osPid()) - node0) / elapsed - idle;
    r.cliCpu = 100.0 * (cpuSeconds(pid) - cli0) / elapsed;
    r.outPerS = double(written - written0) / elapsed;
    r.cliHwmMiB = peakRssMiB(pid);
    r.ok = true;
    tui.write("q");
    if (!tui.waitForFinished(15000))
        std::printf("beamtop-cli did not end on q\n");
    return r;
}

// The desktop's Processes page on the node: a session with the Processes feed, a screenful.
Reading runSession(test::TestNode &node, int interval, int warmup, int seconds, double idle)
{
    Reading r;
    auto *client = new NodeClient;
    client->connectToNode(node.connectOptions());
    NodeSession session(client, AgentClient::Options{});
    session.setRefreshIntervalMs(interval);
    ProcessQuery screenful;
    screenful.limit = 26;
    session.processes()->setQuery(screenful);
    QObject owner;
    session.subscribe(NodeSession::Feed::Processes, &owner);
    if (!waitFor([&] { return agentLoaded(node); }, 60000))
        return r;
    runFor(warmup * 1000);
    QElapsedTimer wall;
    wall.start();
    const double node0 = cpuSeconds(node.osPid());
    runFor(seconds * 1000);
    r.nodeCpu = 100.0 * (cpuSeconds(node.osPid()) - node0) / (double(wall.nsecsElapsed()) / 1e9) - idle;
    r.ok = true;
    session.unsubscribe(NodeSession::Feed::Processes, &owner);
    session.close();
    return r;
}

QString cell(const QVector<double> &v, int decimals)
{
    if (v.isEmpty() || std::isnan(median(v)))
        return QStringLiteral("–");
    if (v.size() == 1)
        return QString::number(v.first(), 'f', decimals);
    return QStringLiteral("%1 (%2 … %3)")
        .arg(median(v), 0, 'f', decimals)
        .arg(bench::minOf(v), 0, 'f', decimals)
        .arg(bench::maxOf(v), 0, 'f', decimals);
}

} // namespace

int main(int argc, char **argv)
{
    initEiRuntime();
    QCoreApplication app(argc, argv);
    registerBackendMetaTypes();
    qint64 procs = 1000000;
    int seconds = 30, warmup = 20, runs = 1, interval = 1000;
    QStringList pages{QStringLiteral("home"), QStringLiteral("processes"), QStringLiteral("load"), QStringLiteral("session")};
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString a = args[i], v = args[i + 1];
        if (a == QLatin1String("--procs"))
            procs = qMax<qint64>(0, v.toLongLong());
        else if (a == QLatin1String("--seconds"))
            seconds = qMax(5, v.toInt());
        else if (a == QLatin1String("--warmup"))
            warmup = qMax(0, v.toInt());
        else if (a == QLatin1String("--runs"))
            runs = qMax(1, v.toInt());
        else if (a == QLatin1String("--interval"))
            interval = qMax(100, v.toInt());
        else if (a == QLatin1String("--pages"))
            pages = v.split(QLatin1Char(','));
    }
    const std::map<QString, char> keys{{QStringLiteral("home"), '1'}, {QStringLiteral("processes"), '2'},
                                       {QStringLiteral("load"), '3'}, {QStringLiteral("memory"), '4'},
                                       {QStringLiteral("network"), '5'}, {QStringLiteral("ets"), '6'},
                                       {QStringLiteral("applications"), '8'}, {QStringLiteral("alerts"), '9'}};

    QTemporaryDir dir;
    test::TestNode node(bench::populatedNodeOptions(procs));
    if (!dir.isValid() || !node.start())
        return 1;
    const qint64 count = bench::populate(node, procs, 0);
    const QString cookieFile = node.writeCookieFile(dir.path());
    std::printf("beamtop-cli tui at %d ms on a 100x30 terminal, node of %lld processes, %d s per page after %d s of "
                "warm-up, %d run(s); load average before: %s\n\n",
                interval, count, seconds, warmup, runs, qPrintable(loadAverage()));
    std::fflush(stdout);
    runFor(3000);

    std::map<QString, QVector<double>> cli, hwm, out, nodeCpu;
    for (int run = 0; run < runs; ++run) {
        for (const QString &page : pages) {
            const double idle = nodeCpuPercent(node.osPid(), qMax(5, seconds / 2));
            Reading r;
            if (page == QLatin1String("session")) {
                r = runSession(node, interval, warmup, seconds, idle);
            } else {
                const auto k = keys.find(page);
                if (k == keys.end()) {
                    std::printf("unknown page %s\n", qPrintable(page));
                    continue;
                }
                r = runTui(node, cookieFile, dir.path(), k->second, interval, warmup, seconds, idle);
                for (int retry = 0; retry < 3 && r.execFailed; ++retry)
                    r = runTui(node, cookieFile, dir.path(), k->second, interval, warmup, seconds, idle);
            }
            if (!r.ok) {
                std::printf("  run %d, %s: no reading\n", run + 1, qPrintable(page));
                continue;
            }
            if (r.cliCpu >= 0) {
                cli[page].append(r.cliCpu);
                hwm[page].append(r.cliHwmMiB);
                out[page].append(r.outPerS);
            }
            nodeCpu[page].append(r.nodeCpu);
            std::printf("  run %d, %s: done (load average %s)\n", run + 1, qPrintable(page), qPrintable(loadAverage()));
            std::fflush(stdout);
            if (!waitAgentGone(node))
                std::printf("  the agent was still on the node after 90 s\n");
        }
    }
    std::printf("\n| processes | page | beamtop-cli CPU, %% of a core | beamtop-cli max RSS, MiB | to the terminal, "
                "bytes/s | node CPU above idle, %% of a core |\n|---|---|---|---|---|---|\n");
    for (const QString &page : pages) {
        if (!nodeCpu.count(page))
            continue;
        std::printf("| %lld | %s | %s | %s | %s | %s |\n", count,
                    qPrintable(page == QLatin1String("session") ? QStringLiteral("session (desktop's Processes page)") : page),
                    qPrintable(cell(cli[page], 2)), qPrintable(cell(hwm[page], 1)), qPrintable(cell(out[page], 0)),
                    qPrintable(cell(nodeCpu[page], 2)));
    }
    std::printf("\nload average after: %s\n", qPrintable(loadAverage()));
    node.kill();
    return 0;
}
