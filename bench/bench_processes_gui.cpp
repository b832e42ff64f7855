// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's Processes page on a big node: the real MainWindow (offscreen unless a
// display is asked for), connected to a node with N idle processes plus three busy ones,
// refreshing at 1 s while a user scrolls to the middle, the end and back. Reports the time to
// the first rows on screen, the longest main-thread stall (the lateness of a 5 ms timer, which
// includes painting the table), how long a scroll takes until the rows it shows are loaded, and
// how many rows the app holds, and the node's CPU above its idle as the OS counts it (the run
// time of the beam's threads: over the whole run, and the worst single second). Optionally saves
// a screenshot.
//
//   ERL_EPMD_PORT=43690 build/bench/bench_processes_gui [--size 1000000] [--seconds 60]
//                                                     [--screenshot FILE.png]
#include "mainwindow.h"
#include "session/nodesession.h"
#include "pageregistry.h"
#include "processespage.h"
#include "processtablemodel.h"
#include "testnode.h"

#include "benchnode.h"
#include "benchutil.h"

#include "node/eiruntime.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace beamtop;
using bench::runFor;
using bench::StallProbe;

namespace {


// Runs the event loop until done() or the timeout; returns the milliseconds it took, or -1.
template<typename F>
double waitFor(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return double(t.nsecsElapsed()) / 1e6;
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

    qint64 size = 1000000;
    int seconds = 60;
    QString screenshot;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--size"))
            size = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--seconds"))
            seconds = qMax(10, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--screenshot"))
            screenshot = args[i + 1];
    }

    test::TestNode node(bench::populatedNodeOptions(size));
    if (!node.start())
        return 1;
    const qint64 count = bench::populate(node, size);
    std::printf("Processes page on a node with %lld processes, 1 s refresh, %d s\n\n", count, seconds);
    runFor(3000);
    const double idle0 = bench::cpuSeconds(node.osPid());
    runFor(20000);
    const double idlePerS = (bench::cpuSeconds(node.osPid()) - idle0) / 20.0;

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto *page = qobject_cast<ProcessesPage *>(window.page(QStringLiteral("processes")));
    const auto &pages = PageRegistry::pages();
    for (size_t i = 0; i < pages.size(); ++i) {
        if (QLatin1String(pages[i].id) == QLatin1String("processes"))
            window.showPage(int(i));
    }
    ProcessTableModel *model = page->model();
    StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    // The node's CPU second by second, from the moment the window connects.
    const double cpuStart = bench::cpuSeconds(node.osPid());
    double cpuLast = cpuStart, worstSecond = 0;
    qint64 lastNs = 0;
    QTimer perSecond;
    perSecond.setInterval(1000);
    QObject::connect(&perSecond, &QTimer::timeout, [&] {
        const double now = bench::cpuSeconds(node.osPid());
        const qint64 ns = clock.nsecsElapsed();
        worstSecond = qMax(worstSecond, 100.0 * ((now - cpuLast) / (double(ns - lastNs) / 1e9) - idlePerS));
        cpuLast = now;
        lastNs = ns;
    });
    perSecond.start();
    window.connectWith(node.connectOptions());
    const double firstRows = waitFor([&] { return model->rowCount() > 0 && model->isLoaded(0); }, 60000);
    std::printf("| measure | value |\n|---|---|\n");
    std::printf("| first rows on screen after connect (ms) | %.0f |\n", firstRows < 0 ? -1.0 : double(clock.elapsed()));
    std::fflush(stdout);

    // Scroll like a user: to the middle, to the end, back to the top, every few seconds, and
    // time until the rows in view are loaded.
    QTableView *table = page->table();
    double worstScroll = 0;
    int scrolls = 0, maxHeld = 0;
    QElapsedTimer run;
    run.start();
    const int targets[] = {50, 100, 0, 25, 75};
    while (run.elapsed() < seconds * 1000) {
        runFor(3000);
        QScrollBar *bar = table->verticalScrollBar();
        const int pct = targets[scrolls % 5];
        bar->setValue(bar->minimum() + int(qint64(bar->maximum() - bar->minimum()) * pct / 100));
        const int top = table->rowAt(0);
        const double took = waitFor([&] { return top < 0 || model->isLoaded(top); }, 30000);
        worstScroll = qMax(worstScroll, took < 0 ? 30000.0 : took);
        ++scrolls;
        maxHeld = qMax(maxHeld, model->loadedCount());
    }
    perSecond.stop();
    std::printf("| node CPU above idle, connect to end (%% of one core) | %.2f |\n",
                100.0 * ((bench::cpuSeconds(node.osPid()) - cpuStart) / (double(clock.nsecsElapsed()) / 1e9) - idlePerS));
    std::printf("| worst single second (%% of one core) | %.1f |\n", worstSecond);
    std::printf("| node idle (%% of one core) | %.2f |\n", 100.0 * idlePerS);
    std::printf("| ranked rows (model rowCount) | %d |\n", model->rowCount());
    std::printf("| most rows held by the model | %d |\n", maxHeld);
    std::printf("| scrolls | %d |\n", scrolls);
    std::printf("| slowest scroll until the rows in view were loaded (ms) | %.0f |\n", worstScroll);
    std::printf("| longest main-thread stall (ms) | %.1f |\n", probe.worst());
    std::printf("| stalls over 50 ms | %d |\n", probe.over50());
    std::printf("| status line | %s |\n", qPrintable(page->statusText()));
    if (!screenshot.isEmpty()) {
        table->verticalScrollBar()->setValue(0);
        waitFor([&] { return model->isLoaded(0); }, 10000);
        runFor(1500);
        window.grab().save(screenshot);
    }
    window.close();
    return 0;
}
