// SPDX-License-Identifier: GPL-3.0-or-later
// The Applications page's cost on nodes with N processes spread over three applications held
// by supervisors (bench/peer/bench_peer_apps.erl:setup/1), watched at a 1 s interval, side by
// side with observer_cli's App view on the same node in the same run:
//   - Beamtop: the session's own AppsCollector and AppTreeCollector (a NodeSession on its own
//     connection and agent, paused so that its system tick does not run: the bench ticks only
//     the two feeds the page subscribes to, as NodeSession::fetchFeed does: fetch() of the
//     applications and refresh() of one application's tree, which walks only as often as the
//     last walk's cost allows within the agent's budget); and the applications list alone;
//   - observer_cli's App view (bench/peer/bench_peer_apps.erl:refresh/0 over rpc: process_info
//     of four items for every process on the node each refresh, the page rendered as text).
// For each: the node's CPU spent on the watcher as the OS counts it (the run time of the beam
// process's threads, minus the idle phase before it) and the bytes received per refresh. The
// order rotates run by run; the table shows medians.
//   build/bench/bench_apps [--procs 10000,1000000] [--seconds S] [--runs R] [--tree-app APP]
//                          [--tree-sort start|processes|memory|reductions|message_queue_len]
#include "collect/appscollector.h"
#include "node/eiruntime.h"
#include "session/nodesession.h"

#include "benchsides.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace beamtop;
using bench::measure;
using bench::median;
using bench::Phase;
using bench::printRow;
using bench::runFor;
using bench::Series;
using bench::waitFor;

namespace {

constexpr int PeerCallTimeoutMs = 300000;

// Beamtop's side: a NodeSession's collectors, ticked by the bench as the session ticks the
// Applications and AppTree feeds.
class AppsSide
{
public:
    explicit AppsSide(const AppTreeQuery &treeQuery) : m_treeQuery(treeQuery) {}
    ~AppsSide() { delete m_session; }

    QString connect(const test::TestNode &node)
    {
        auto *client = new NodeClient;
        client->connectToNode(node.connectOptions());
        m_session = new NodeSession(client, AgentClient::Options{});
        // No system tick: only what the Applications page adds is measured.
        m_session->setPaused(true);
        QObject::connect(m_session->applications(), &AppsCollector::sampleReady,
                         [this](const AppsSample &) {
                             if (!m_phase)
                                 return;
                             ++m_phase->refreshes;
                             m_phase->answerMs += double(m_asked.nsecsElapsed()) / 1e6;
                             const qint64 rx = m_session->client()->bytesReceived();
                             m_phase->rxMax = qMax(m_phase->rxMax, rx - m_rxAtLast);
                             m_rxAtLast = rx;
                         });
        QObject::connect(m_session->appTree(), &AppTreeCollector::treeReady,
                         [this](const AppTree &tree) {
                             if (!m_phase)
                                 return;
                             ++m_walks;
                             m_walkUs += tree.walkUs;
                         });
        for (Collector *c : {static_cast<Collector *>(m_session->applications()),
                             static_cast<Collector *>(m_session->appTree())})
            QObject::connect(c, &Collector::failed, [this](const QString &e) {
                m_error = e;
                if (!m_phase)
                    return;
                ++m_phase->failures;
                m_phase->error = e;
            });
        waitFor([&] { return m_session->state() == NodeSession::State::Live; }, 30000);
        if (m_session->agent()->mode() != AgentClient::Mode::Full)
            return QStringLiteral("agent not loaded");
        if (!m_session->applications()->isAvailable() || !m_session->appTree()->isAvailable())
            return QStringLiteral("the agent cannot list applications or read trees");
        return {};
    }

    // Asks until the first sweep of the processes is complete and the tree has come once, at
    // most timeoutMs; whether both happened.
    bool warmUp(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        AppsCollector *apps = m_session->applications();
        AppTreeCollector *tree = m_session->appTree();
        tree->setQuery(m_treeQuery); // walks at once
        while (t.elapsed() < timeoutMs) {
            apps->fetch();
            waitFor([&] { return !apps->isBusy() && !tree->isBusy(); }, 30000);
            if (apps->hasSample() && !apps->last().partial && apps->last().agedMs >= 0 &&
                tree->hasTree())
                return true;
            runFor(1000); // the agent sweeps in the background; ask again shortly
        }
        return false;
    }

    // One phase of 1 s ticks: the applications each tick, and the tree's refresh() if withTree.
    Phase run(qint64 osPid, int seconds, bool withTree)
    {
        AppsCollector *apps = m_session->applications();
        AppTreeCollector *tree = m_session->appTree();
        bench::Watcher w;
        w.tick = [this, apps, tree, withTree](Phase &p) {
            m_phase = &p;
            if (apps->isBusy())
                ++p.skipped; // fetch() does nothing then, as on the session's tick
            else
                m_asked.start();
            apps->fetch();
            if (withTree)
                tree->refresh();
        };
        w.busy = [apps, tree] { return apps->isBusy() || tree->isBusy(); };
        w.received = [this] { return m_session->client()->bytesReceived(); };
        m_walks = 0;
        m_walkUs = 0;
        const auto [busy0, since0] = agentCost();
        m_rxAtLast = m_session->client()->bytesReceived();
        Phase p = measure(osPid, seconds, &w, 30000);
        m_phase = nullptr;
        const auto [busy1, since1] = agentCost();
        if (busy0 >= 0 && busy1 >= busy0 && since1 > since0)
            p.ownPercent = 100.0 * double(busy1 - busy0) / double(since1 - since0);
        if (withTree) {
            m_walksPerPhase.append(m_walks);
            if (m_walks > 0)
                m_walkMs.append(double(m_walkUs) / m_walks / 1000.0);
            m_minIntervalMs.append(double(tree->minIntervalMs()));
        }
        return p;
    }

    // The agent's count of its own work so far and the time it covers (µs), -1 unknown.
    std::pair<qint64, qint64> agentCost()
    {
        qint64 busy = -1, since = -1;
        QEventLoop wait;
        AgentClient *agent = m_session->agent();
        const auto c = QObject::connect(agent, &AgentClient::costUpdated, &wait,
                                        [&](double, qint64 b, qint64 s) {
                                            busy = b;
                                            since = s;
                                            wait.quit();
                                        });
        agent->requestCost();
        QTimer::singleShot(5000, &wait, &QEventLoop::quit);
        wait.exec();
        QObject::disconnect(c);
        return {busy, since};
    }

    // "tree walks per phase 3 (2 … 4), 250 ms each on the node (mean), spaced ≥ 12,500 ms"
    QString treeNote() const
    {
        return QStringLiteral("tree of %1: walks per phase %2 (%3 … %4), %5 ms each on the node "
                              "(agent's walk_us, mean), "
                              "refresh() spaced by ≥ %6 ms at the agent's budget")
            .arg(m_treeQuery.app)
            .arg(median(m_walksPerPhase), 0, 'f', 0)
            .arg(bench::minOf(m_walksPerPhase), 0, 'f', 0)
            .arg(bench::maxOf(m_walksPerPhase), 0, 'f', 0)
            .arg(median(m_walkMs), 0, 'f', 1)
            .arg(median(m_minIntervalMs), 0, 'f', 0);
    }

    NodeSession *session() const { return m_session; }
    QString error() const { return m_error; }

    void disconnect()
    {
        QEventLoop wait;
        QObject::connect(m_session, &NodeSession::closed, &wait, &QEventLoop::quit);
        m_session->close();
        QTimer::singleShot(5000, &wait, &QEventLoop::quit);
        wait.exec();
    }

private:
    AppTreeQuery m_treeQuery;
    NodeSession *m_session = nullptr;
    Phase *m_phase = nullptr;
    qint64 m_rxAtLast = 0;
    QElapsedTimer m_asked;
    int m_walks = 0;
    qint64 m_walkUs = 0;
    QVector<double> m_walksPerPhase, m_walkMs, m_minIntervalMs;
    QString m_error;
};

// "| 10052 | **Beamtop / observer_cli** | 0.012 | 0.034 | ..."
void printRatio(qint64 size, const char *what, const Series &beamtop, const Series &peer)
{
    std::printf("| %lld | **%s / observer_cli** | **%.3f** | %.3f | | | | | |\n", size, what,
                median(beamtop.cpu) / median(peer.cpu),
                median(beamtop.cpuMsPerRefresh) / median(peer.cpuMsPerRefresh));
    std::fflush(stdout);
}

// The goal: what the page costs the node, by the OS's measure, within the agent's
// budget (a share of one scheduler; the node's CPU here is a share of one core).
void printGoal(qint64 size, const Series &beamtop, double budgetPercent)
{
    const double cpu = median(beamtop.cpu);
    std::printf(
        "| %lld | **Beamtop vs the agent's budget** | **%.2f** against %.2f (%s) | | | | | | |\n",
        size, cpu, budgetPercent, cpu <= budgetPercent ? "met" : "not met");
    std::fflush(stdout);
}

// The most children any supervisor of the loaded tree came with (a page).
int widestPage(const SupNode &node)
{
    int most = int(node.children.size());
    for (const SupNode &c : node.children)
        most = qMax(most, widestPage(c));
    return most;
}

// How many linked processes (not children) the loaded tree shows, over all its linked groups.
int linkedShown(const SupNode &node)
{
    int n = node.kind == SupNode::Kind::Linked ? 1 : 0;
    for (const SupNode &c : node.children)
        n += linkedShown(c);
    return n;
}

// Per bench application: what Beamtop's list says and what its tree adds up to.
QString appsNote(const AppsSample &s, const AppTree &tree)
{
    QStringList parts;
    for (const AppRow &row : s.apps)
        if (row.nameText.startsWith(QLatin1String("bench_apps_")))
            parts << QStringLiteral("%1 %2")
                         .arg(row.nameText)
                         .arg(row.hasTotals ? row.totals.processes : -1);
    parts << QStringLiteral("outside %1").arg(s.outside.processes);
    return QStringLiteral("Beamtop's processes per application: %1; the tree of %2 holds %3 of its "
                          "%4 (%5 children on the "
                          "first page of its largest supervisor, %8 linked processes shown, "
                          "bench_apps_web_sup has 2)%6; "
                          "last sweep %7 ms")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(tree.app)
        .arg(tree.root.totals.processes)
        .arg(tree.appProcesses)
        .arg(widestPage(tree.root))
        .arg(tree.truncated ? QStringLiteral(" (truncated)") : QString())
        .arg(s.lastSweepMs)
        .arg(linkedShown(tree.root));
}

} // namespace

int main(int argc, char **argv)
{
    initEiRuntime();
    QCoreApplication app(argc, argv);
    registerBackendMetaTypes();
    int seconds = 20, runs = 2;
    QVector<qint64> sizes{10000, 1000000};
    AppTreeQuery treeQuery;
    treeQuery.app = QStringLiteral("bench_apps_web"); // the largest: one pool of half the processes
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); i += 2) {
        const QString value = args.value(i + 1);
        bool ok = true;
        if (args[i] == QLatin1String("--seconds"))
            seconds = qMax(5, value.toInt());
        else if (args[i] == QLatin1String("--runs"))
            runs = qMax(1, value.toInt());
        else if (args[i] == QLatin1String("--procs")) {
            sizes.clear();
            for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                sizes.append(qMax<qint64>(100, s.toLongLong()));
            ok = !sizes.isEmpty();
        } else if (args[i] == QLatin1String("--tree-app"))
            treeQuery.app = value;
        else if (args[i] == QLatin1String("--tree-sort"))
            ok = AppTreeQuery::sortFromWord(value, &treeQuery.sort);
        else
            ok = false;
        if (!ok) {
            std::fprintf(
                stderr,
                "usage: bench_apps [--procs N,N...] [--seconds S] [--runs R] [--tree-app APP] "
                "[--tree-sort start|processes|memory|reductions|message_queue_len]\n");
            return 2;
        }
    }
    std::printf("Applications: Beamtop (AppsCollector each tick + AppTreeCollector::refresh() of "
                "%s, sorted by %s; and the list "
                "alone) vs observer_cli's App view (its calls rebuilt in "
                "bench_peer_apps:refresh/0, over rpc), 1 s interval, "
                "%d s per phase, %d runs, rotating\n\n",
                qPrintable(treeQuery.app), qPrintable(AppTreeQuery::sortWord(treeQuery.sort)),
                seconds, runs);
    bench::printHeader("processes");

    QStringList notes;
    for (const qint64 n : std::as_const(sizes)) {
        test::TestNode::Options opts;
        opts.extraArgs << QStringLiteral("+P") << QString::number(qMax<qint64>(n * 2, 262144));
        test::TestNode node(opts);
        if (!node.start()) {
            std::fprintf(stderr, "the node did not start\n");
            return 1;
        }
        const QString loaded = node.eval(QStringLiteral("code:load_abs(\"%1/bench_peer_apps\")")
                                             .arg(QStringLiteral(BENCH_PEER_EBIN)));
        if (!loaded.startsWith(QLatin1String("{module,"))) {
            std::fprintf(stderr, "bench_peer_apps not loaded: %s\n", qPrintable(loaded));
            return 1;
        }
        QElapsedTimer setUp;
        setUp.start();
        const qint64 count =
            node.evalInt(QStringLiteral("bench_peer_apps:setup(%1)").arg(n), 1200000);
        if (count <= 0) {
            std::fprintf(
                stderr, "setup failed: %s\n",
                qPrintable(node.eval(QStringLiteral("erlang:system_info(process_count)"))));
            return 1;
        }
        notes << QStringLiteral("%1 processes: set up in %2 s")
                     .arg(count)
                     .arg(double(setUp.elapsed()) / 1000.0, 0, 'f', 2);
        node.eval(QStringLiteral("[erlang:garbage_collect(P) || P <- processes()], ok"), 600000);
        runFor(3000);

        AppsSide beamtop(treeQuery);
        bench::RpcSide cli(QStringLiteral("bench_peer_apps"), QStringLiteral("refresh"), {},
                           PeerCallTimeoutMs);
        const QString be = beamtop.connect(node);
        if (!be.isEmpty()) {
            std::fprintf(stderr, "Beamtop: %s\n", qPrintable(be));
            return 1;
        }
        const QString ce = cli.connect(node);
        if (!ce.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(ce));
            return 1;
        }
        runFor(2000);
        const double settled = measure(node.osPid(), 5, nullptr).cpuPercent;
        if (!cli.warmUp())
            std::fprintf(stderr, "observer_cli's first refresh failed\n");
        QElapsedTimer firstSweep;
        firstSweep.start();
        const bool warm = beamtop.warmUp(600000);
        notes << QStringLiteral(
                     "%1 processes: Beamtop's first complete sweep and tree after %2 s%3")
                     .arg(count)
                     .arg(double(firstSweep.elapsed()) / 1000.0, 0, 'f', 1)
                     .arg(warm ? QString()
                               : QStringLiteral(" (not complete: ") + beamtop.error() +
                                     QLatin1Char(')'));

        bench::IdlePhases idle(node.osPid(), seconds, settled);
        idle.beamtopAsked();
        Series full, list, oc;
        bench::rotatePhases(runs, 3, [&](int who) {
            const double level = idle.next();
            if (who == 0) {
                full.add(beamtop.run(node.osPid(), seconds, true), level);
                idle.beamtopAsked();
            } else if (who == 1) {
                list.add(beamtop.run(node.osPid(), seconds, false), level);
                idle.beamtopAsked();
            } else {
                oc.add(cli.run(node.osPid(), seconds), level);
            }
        });
        const QByteArray fullName =
            QStringLiteral("Beamtop (applications + tree of %1)").arg(treeQuery.app).toUtf8();
        printRow(count, fullName.constData(), full);
        printRow(count, "Beamtop, applications list only", list);
        printRow(count, "observer_cli App view (process_info of every process)", oc);
        printRatio(count, "Beamtop", full, oc);
        const double budget = beamtop.session()->agent()->budget();
        printGoal(count, full, (budget > 0 ? budget : 0.02) * 100.0); // 0.02: the agent's default
        notes << QStringLiteral("%1 processes: ").arg(count) +
                     appsNote(beamtop.session()->applications()->last(),
                              beamtop.session()->appTree()->last());
        notes << QStringLiteral("%1 processes: ").arg(count) + beamtop.treeNote();
        notes << QStringLiteral("%1 processes: ").arg(count) +
                     idle.note(QStringLiteral("Beamtop and the peer attached"));
        beamtop.disconnect();
        cli.disconnect();
        node.kill();
    }
    std::printf("\n");
    for (const QString &n : std::as_const(notes))
        std::printf("%s\n", qPrintable(n));
    return 0;
}
