// SPDX-License-Identifier: GPL-3.0-or-later
// The first answer of a ranking at 10k, 100k and 1M processes, in beamtop-cli and in the desktop
// app, at the agent's default budget (2 % of one scheduler). For each size, one fresh node with
// N idle processes plus three busy ones, and in turn (the agent unloaded between runs, so each
// starts with no ranking on the node):
//   - `beamtop-cli top --format json`: from starting the process until its first document on
//     stdout (connecting and loading the agent included), and the coverage it reports;
//   - `beamtop-cli top --format json --watch`: the first document, and the first complete one
//     (partial false) if it comes within --complete-timeout seconds;
//   - the desktop's Processes page (the real MainWindow, offscreen): from the session going live
//     (the page subscribes to the Processes feed then) until the first rows are in the model,
//     and from connecting.
//
//   ERL_EPMD_PORT=43690 build/bench/bench_first_answer [--sizes 10000,100000,1000000]
//                                                      [--complete-timeout 60]
#include "mainwindow.h"
#include "pageregistry.h"
#include "processespage.h"
#include "processtablemodel.h"
#include "session/nodesession.h"
#include "testnode.h"

#include "benchnode.h"

#include "node/eiruntime.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace beamtop;

namespace {

// Runs the event loop until done() or the timeout; false on timeout.
template<typename F>
bool waitFor(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct CliRun
{
    double firstMs = -1;    // first document on stdout
    double coverage = -1;   // as the first document says
    bool partial = true;
    double completeMs = -1; // --watch: the first document with partial false
    double lastCoverage = -1;
};

CliRun runCli(const test::TestNode &node, const QString &cookieFile, bool watch, int completeTimeoutS)
{
    QStringList args{QStringLiteral("--node"), node.nodeName(), QStringLiteral("--cookie-file"), cookieFile,
                     QStringLiteral("top"), QStringLiteral("--format"), QStringLiteral("json")};
    if (watch)
        args << QStringLiteral("--watch");
    CliRun r;
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(BEAMTOP_CLI_PATH), args);
    while (clock.elapsed() < (watch ? completeTimeoutS * 1000 + 5000 : 60000)) {
        if (!p.canReadLine() && !p.waitForReadyRead(100)) {
            if (p.state() == QProcess::NotRunning)
                break;
            continue;
        }
        const double at = double(clock.nsecsElapsed()) / 1e6;
        while (p.canReadLine()) {
            const QJsonObject doc = QJsonDocument::fromJson(p.readLine()).object();
            const double coverage = doc.value(QStringLiteral("coverage")).toDouble(-1);
            const bool partial = doc.value(QStringLiteral("partial")).toBool(true);
            if (r.firstMs < 0) {
                r.firstMs = at;
                r.coverage = coverage;
                r.partial = partial;
            }
            r.lastCoverage = coverage;
            if (!partial && r.completeMs < 0)
                r.completeMs = at;
        }
        if (!watch || r.completeMs >= 0)
            break;
    }
    p.kill();
    p.waitForFinished();
    return r;
}

// The agent unloads when its last Beamtop goes: wait for that, purge included (on a big node the
// code server scans every process for it, and the next load would wait behind it), so the next
// run starts afresh.
void waitForAgentGone(test::TestNode &node)
{
    const QString gone = QStringLiteral("{undefined,false,false}");
    for (int i = 0; i < 600; ++i) {
        if (node.eval(QStringLiteral("{whereis(beamtop_agent_v2), erlang:module_loaded(beamtop_agent_v2), "
                                     "erlang:check_old_code(beamtop_agent_v2)}"))
            == gone)
            return;
        QThread::msleep(100);
    }
}

struct GuiRun
{
    double fromLiveMs = -1, fromConnectMs = -1, coverage = -1;
    QString status;
};

GuiRun runGui(const test::TestNode &node)
{
    GuiRun r;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto *page = qobject_cast<ProcessesPage *>(window.page(QStringLiteral("processes")));
    const auto &pages = PageRegistry::pages();
    for (size_t i = 0; i < pages.size(); ++i)
        if (QLatin1String(pages[i].id) == QLatin1String("processes"))
            window.showPage(int(i));
    ProcessTableModel *model = page->model();
    QElapsedTimer clock;
    clock.start();
    window.connectWith(node.connectOptions());
    // Timed by the signals themselves, not by polling: going live and the rows' arrival can
    // fall in one pass of the event loop.
    double live = -1, rows = -1;
    if (NodeSession *session = window.session()) {
        QObject::connect(session, &NodeSession::stateChanged, &window, [&](NodeSession::State s) {
            if (s == NodeSession::State::Live && live < 0)
                live = double(clock.nsecsElapsed()) / 1e6;
        });
    }
    auto loaded = [&] {
        if (rows < 0 && model->rowCount() > 0 && model->isLoaded(0))
            rows = double(clock.nsecsElapsed()) / 1e6;
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &window, loaded);
    QObject::connect(model, &QAbstractItemModel::dataChanged, &window, loaded);
    if (!waitFor([&] { return rows >= 0; }, 60000) || live < 0)
        return r;
    r.fromConnectMs = rows;
    r.fromLiveMs = rows - live;
    r.coverage = model->lastPage().coverage();
    r.status = page->statusText();
    window.close();
    waitFor([&] { return !window.session() || window.session()->state() == NodeSession::State::Disconnected; }, 10000);
    return r;
}

QString ms(double v)
{
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', 0);
}

QString pct(double share)
{
    return share < 0 ? QStringLiteral("-") : QString::number(share * 100.0, 'g', 3) + QStringLiteral(" %");
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    initEiRuntime();
    QApplication app(argc, argv);
    QTemporaryDir settings;
    QCoreApplication::setOrganizationName(QStringLiteral("BeamtopBench"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    QList<qint64> sizes{10000, 100000, 1000000};
    int completeTimeoutS = 60;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes << s.toLongLong();
        } else if (args[i] == QLatin1String("--complete-timeout")) {
            completeTimeoutS = qMax(1, args[i + 1].toInt());
        }
    }

    std::printf("First answer of a ranking by memory, default budget (2 %% of one scheduler), fresh agent each run\n\n");
    std::printf("| processes | CLI one-shot: first document (ms) | its coverage | partial | CLI --watch: first document (ms) "
                "| its coverage | first complete (s) | GUI: first rows after live (ms) | after connect (ms) | their coverage |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|\n");
    std::fflush(stdout);
    QTemporaryDir dir;
    for (const qint64 size : std::as_const(sizes)) {
        test::TestNode node(bench::populatedNodeOptions(size));
        if (!node.start())
            return 1;
        const QString cookieFile = node.writeCookieFile(dir.path());
        const qint64 count = bench::populate(node, size);
        const CliRun once = runCli(node, cookieFile, false, completeTimeoutS);
        waitForAgentGone(node);
        const CliRun watch = runCli(node, cookieFile, true, completeTimeoutS);
        waitForAgentGone(node);
        const GuiRun gui = runGui(node);
        waitForAgentGone(node);
        std::printf("| %lld | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", count, qPrintable(ms(once.firstMs)),
                    qPrintable(pct(once.coverage)), once.partial ? "yes" : "no", qPrintable(ms(watch.firstMs)),
                    qPrintable(pct(watch.coverage)),
                    watch.completeMs >= 0 ? qPrintable(QString::number(watch.completeMs / 1000.0, 'f', 1))
                                          : qPrintable(QStringLiteral("> %1 (%2 ranked)").arg(completeTimeoutS).arg(pct(watch.lastCoverage))),
                    qPrintable(ms(gui.fromLiveMs)), qPrintable(ms(gui.fromConnectMs)), qPrintable(pct(gui.coverage)));
        std::printf("\n  GUI status line at its first rows: %s\n\n", qPrintable(gui.status));
        std::fflush(stdout);
    }
    return 0;
}
