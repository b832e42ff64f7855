// SPDX-License-Identifier: GPL-3.0-or-later
// The ETS page's cost on a node with 50,000 tables and one table of 10,000,000 rows, watched
// at a 1 s interval, side by side with both peers' collectors on the same node in the same run:
//   - observer_cli's ETS view (bench/peer/bench_peer_ets.erl:refresh/0, over rpc: ets:info/1
//     and the owner's registered name of every table, the 26 largest by memory, the page
//     rendered as text, which is what comes back);
//   - OTP observer's Table Viewer (observer_backend:get_table_list(ets, [{sys_hidden, true},
//     {unread_hidden, true}]) over rpc, as the tab calls it; the whole list comes back).
// For each: the node's CPU spent on the watcher (the run time of the beam process's threads,
// minus the idle phase before it) and the bytes received per refresh. Beamtop's side is the
// real EtsCollector on its own AgentClient, asked what the ETS page asks: a 50-row page by
// memory every second. The order alternates run by run; the table shows medians.
//
// Then opening a table's contents: the node's CPU and the bytes of the first page of rows
// (ets_rows, 100 rows, as the contents view asks) and of the next pages with the continuation,
// on the 10,000,000-row table and on a 19-row one; and, for scale, one ets:tab2list of the big
// table (what a viewer that copies the whole table pays once).
//   build/bench/bench_ets [--tables 50000] [--big-rows 10000000] [--seconds S] [--runs R]
#include "collect/etscollector.h"
#include "node/eiruntime.h"

#include "benchsides.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace beamtop;
using bench::cpuSeconds;
using bench::maxOf;
using bench::measure;
using bench::median;
using bench::minOf;
using bench::printRow;
using bench::runFor;
using bench::Series;
using bench::waitFor;

namespace {

constexpr int PeerCallTimeoutMs = 300000;

// What the ETS page asks: the first 50 rows by memory.
EtsQuery pageQuery()
{
    EtsQuery q;
    q.sort = EtsQuery::Sort::Memory;
    q.limit = 50;
    q.intervalMs = 1000;
    return q;
}

// Pages of a table's rows through the agent, as the contents view reads them: the first, then
// `pages - 1` more with the continuation. The node's CPU (minus idle at idlePercent) and the
// bytes received, per page.
struct PageCost
{
    double cpuMsPerPage = 0;
    double bytesPerPage = 0;
    int pages = 0;
    int rows = 0;
    QString error;
};

PageCost readPages(AgentClient *agent, NodeClient *client, qint64 osPid, double idlePercent, const Term &table, int pages,
                   bool fromStart)
{
    PageCost c;
    const double cpu0 = cpuSeconds(osPid);
    const qint64 rx0 = client->bytesReceived();
    QElapsedTimer t;
    t.start();
    Term continuation = Term::atom("undefined");
    for (int i = 0; i < pages; ++i) {
        QVector<std::pair<Term, Term>> args{{Term::atom("table"), table}, {Term::atom("limit"), Term::integer(100)}};
        if (!fromStart && !continuation.isAtom("undefined"))
            args.append({Term::atom("continuation"), continuation});
        bool done = false;
        agent->request("ets_rows", Term::map(args), 30000, client, [&](const AgentReply &r) {
            done = true;
            if (!r.ok()) {
                c.error = r.message;
                return;
            }
            c.rows += r.value.value("rows").elements().size();
            continuation = r.value.value("continuation");
            if (continuation.isError())
                continuation = Term::atom("undefined");
        });
        if (!waitFor([&] { return done; }, 30000) || !c.error.isEmpty())
            break;
        ++c.pages;
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    const double cpuMs = (cpuSeconds(osPid) - cpu0 - idlePercent / 100.0 * seconds) * 1000.0;
    if (c.pages > 0) {
        c.cpuMsPerPage = cpuMs / c.pages;
        c.bytesPerPage = double(client->bytesReceived() - rx0) / c.pages;
    }
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    initEiRuntime();
    QCoreApplication app(argc, argv);
    registerBackendMetaTypes();
    int seconds = 20, runs = 2;
    qint64 tables = 50000, bigRows = 10000000;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); i += 2) {
        const QString value = args.value(i + 1);
        if (args[i] == QLatin1String("--seconds"))
            seconds = qMax(5, value.toInt());
        else if (args[i] == QLatin1String("--runs"))
            runs = qMax(1, value.toInt());
        else if (args[i] == QLatin1String("--tables"))
            tables = qMax<qint64>(1, value.toLongLong());
        else if (args[i] == QLatin1String("--big-rows"))
            bigRows = qMax<qint64>(1, value.toLongLong());
        else {
            std::fprintf(stderr, "usage: bench_ets [--tables N] [--big-rows N] [--seconds S] [--runs R]\n");
            return 2;
        }
    }
    std::printf("ETS: Beamtop (agent ETS ranking, a 50-row page by memory) vs observer_cli's ETS view (its calls rebuilt in "
                "bench_peer_ets:refresh/0, over rpc) vs OTP observer's Table Viewer (observer_backend:get_table_list/2 over "
                "rpc), 1 s interval, %d s per phase, %d runs, alternating; %lld tables plus one of %lld rows\n\n",
                seconds, runs, tables, bigRows);

    test::TestNode node;
    if (!node.start()) {
        std::fprintf(stderr, "the node did not start\n");
        return 1;
    }
    const QString loaded = node.eval(QStringLiteral("code:load_abs(\"%1/bench_peer_ets\")").arg(QStringLiteral(BENCH_PEER_EBIN)));
    if (!loaded.startsWith(QLatin1String("{module,"))) {
        std::fprintf(stderr, "bench_peer_ets not loaded: %s\n", qPrintable(loaded));
        return 1;
    }
    QElapsedTimer setUp;
    setUp.start();
    const qint64 count = node.evalInt(QStringLiteral("bench_peer_ets:tables(%1)").arg(tables), 600000);
    const qint64 bigSize = node.evalInt(QStringLiteral("bench_peer_ets:big(%1)").arg(bigRows), 600000);
    const qint64 bigBytes = node.evalInt(QStringLiteral("ets:info(bench_big, memory) * erlang:system_info(wordsize)"));
    QStringList notes;
    notes << QStringLiteral("%1 tables on the node (ets:all()), bench_big %2 rows in %3 MB; set up in %4 s")
                 .arg(count)
                 .arg(bigSize)
                 .arg(double(bigBytes) / 1e6, 0, 'f', 0)
                 .arg(double(setUp.elapsed()) / 1000.0, 0, 'f', 1);
    node.eval(QStringLiteral("erlang:garbage_collect(), ok"));
    runFor(3000);

    bench::RankedSide<EtsCollector> beamtop(QStringLiteral("ets"), pageQuery());
    bench::RpcSide cli(QStringLiteral("bench_peer_ets"), QStringLiteral("refresh"), {}, PeerCallTimeoutMs);
    const Term observerOpts = Term::list({Term::tuple({Term::atom("sys_hidden"), Term::atom("true")}),
                                          Term::tuple({Term::atom("unread_hidden"), Term::atom("true")})});
    bench::RpcSide observer(QStringLiteral("observer_backend"), QStringLiteral("get_table_list"), {Term::atom("ets"), observerOpts},
                            PeerCallTimeoutMs);
    const QString be = beamtop.connect(node);
    if (!be.isEmpty()) {
        std::fprintf(stderr, "Beamtop: %s\n", qPrintable(be));
        return 1;
    }
    for (bench::RpcSide *peer : {&cli, &observer}) {
        const QString e = peer->connect(node);
        if (!e.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(e));
            return 1;
        }
    }
    runFor(2000);
    const double settled = measure(node.osPid(), 5, nullptr).cpuPercent;
    if (!cli.warmUp() || !observer.warmUp())
        std::fprintf(stderr, "a peer's first call failed\n");
    QElapsedTimer firstRanking;
    firstRanking.start();
    const bool final = beamtop.warmUp(180000);
    notes << QStringLiteral("Beamtop's ranking final after %1 s%2; first row %3 at %4 bytes")
                 .arg(double(firstRanking.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(final ? QString() : QStringLiteral(" (not final: ") + beamtop.error() + QLatin1Char(')'))
                 .arg(beamtop.last().rows.isEmpty() ? QStringLiteral("none") : beamtop.last().rows.first().idText)
                 .arg(beamtop.last().rows.isEmpty() ? 0.0 : beamtop.last().shownValue(beamtop.last().rows.first()), 0, 'f', 0);

    bench::IdlePhases idle(node.osPid(), seconds, settled);
    Series bt, oc, ob;
    bench::rotatePhases(runs, 3, [&](int who) {
        const double level = idle.next();
        if (who == 0) {
            bt.add(beamtop.run(node.osPid(), seconds, PeerCallTimeoutMs), level);
            idle.beamtopAsked();
        } else if (who == 1) {
            oc.add(cli.run(node.osPid(), seconds), level);
        } else {
            ob.add(observer.run(node.osPid(), seconds), level);
        }
    });
    bench::printHeader("tables");
    printRow(count, "Beamtop (EtsCollector)", bt);
    printRow(count, "observer_cli ETS view (ets:info/1 on every table)", oc);
    printRow(count, "observer Table Viewer (get_table_list)", ob);
    bench::printRatio(count, bt, oc, "vs observer_cli, goal ≤ 0.10");
    bench::printRatio(count, bt, ob, "vs observer, goal ≤ 0.10");
    notes << idle.note(QStringLiteral("both peers and Beamtop attached"));

    // Opening contents: what the first page and the next ones cost, on the big table and a
    // small one; the node otherwise idle.
    idle.settle();
    const double idleLevel = measure(node.osPid(), 5, nullptr).cpuPercent;
    const int pages = 50;
    std::printf("\n| table | rows in the table | pages of 100 rows | node CPU ms per page (minus idle) | bytes received per page | rows read |\n");
    std::printf("|---|---|---|---|---|---|\n");
    const Term small = Term::atom("bench_small");
    const qint64 smallSize = node.evalInt(QStringLiteral("ets:info(bench_small, size)"));
    struct Case
    {
        const char *what;
        Term table;
        qint64 size;
        bool fromStart;
    };
    const Case cases[] = {
        {"bench_big, first page each time (opening the contents)", Term::atom("bench_big"), bigSize, true},
        {"bench_big, next pages (scrolling, with the continuation)", Term::atom("bench_big"), bigSize, false},
        {"a small table, first page each time", small, smallSize, true},
    };
    for (const Case &c : cases) {
        const PageCost cost = readPages(beamtop.agent(), beamtop.client(), node.osPid(), idleLevel, c.table, pages, c.fromStart);
        std::printf("| %s | %lld | %d | %.2f | %.0f | %d%s |\n", c.what, c.size, cost.pages, cost.cpuMsPerPage, cost.bytesPerPage,
                    cost.rows, cost.error.isEmpty() ? "" : qPrintable(QStringLiteral(" (failed: ") + cost.error + QLatin1Char(')')));
        std::fflush(stdout);
    }
    // A whole copy of the big table on the node, once (the result is not shipped).
    const double cpu0 = cpuSeconds(node.osPid());
    QElapsedTimer t;
    t.start();
    const qint64 copied = node.evalInt(QStringLiteral("length(ets:tab2list(bench_big))"), 600000);
    const double copyMs = (cpuSeconds(node.osPid()) - cpu0 - idleLevel / 100.0 * double(t.elapsed()) / 1000.0) * 1000.0;
    std::printf("| bench_big, ets:tab2list once (for scale: a viewer that copies the table) | %lld | - | %.0f | (not shipped) | %lld |\n",
                bigSize, copyMs, copied);

    std::printf("\n");
    for (const QString &n : std::as_const(notes))
        std::printf("%s\n", qPrintable(n));
    beamtop.disconnect();
    cli.disconnect();
    observer.disconnect();
    node.kill();
    return 0;
}
