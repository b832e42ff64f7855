// SPDX-License-Identifier: GPL-3.0-or-later
// The soak run (issue 15): the real desktop MainWindow (offscreen unless a display is there) on
// the bundled demo node at a 250 ms refresh for an hour, every page of the side list shown in
// turn, and now and then a details window opened from a ranked table and closed again. Once a
// minute it samples its own resident memory (/proc/self/status VmRSS, and RssAnon, the part the
// heap owns) and its open file descriptors (/proc/self/fd), and prints a row. The summary takes
// minute 5 as the baseline, because caches, fonts and history buffers fill in the first
// minutes: the goal is RSS growing by under 5 MB from there to the end, and the descriptor
// count flat. The charts draw the Load page's history window (15 minutes by default), so what
// they hold grows until that window is full; the summary gives the growth after that too.
//
//   ERL_EPMD_PORT=43692 build/bench/soak [--minutes 60] [--page-seconds 20] [--interval-ms 250]
//                                       [--history-minutes M] [--csv FILE]
//
// Exit status 0 when both goals hold, 2 when one does not, 1 when the demo could not start.
#include "demo/demonode.h"
#include "detailswindow.h"
#include "mainwindow.h"
#include "page.h"
#include "pageregistry.h"
#include "rankedtablemodel.h"
#include "rankedtablepage.h"
#include "session/nodesession.h"

#include "benchutil.h"

#include "node/eiruntime.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <climits>
#include <cstdio>

using namespace beamtop;
using bench::waitFor;

namespace {

struct Sample
{
    int minute = 0;
    qint64 rssKb = 0;
    qint64 anonKb = 0;
    int fds = 0;
    int threads = 0;
    int detailsOpened = 0; // so far
    qint64 historyKb = 0;  // what the session's history store holds (bounded by design)
    int metrics = 0;
    bool live = false;
    QString page;
};

// A field of /proc/self/status in kB (VmRSS, RssAnon) or a count (Threads); -1 when absent.
qint64 statusField(const QByteArray &status, const char *name)
{
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int openFds()
{
    // The listing itself holds one descriptor for the directory while it runs; that is the same
    // at every sample, so the count stays comparable.
    const QDir fds(QStringLiteral("/proc/self/fd"));
    return int(fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size());
}

Sample takeSample(int minute, const MainWindow &window, int detailsOpened)
{
    QFile f(QStringLiteral("/proc/self/status"));
    QByteArray status;
    if (f.open(QIODevice::ReadOnly))
        status = f.readAll();
    Sample s;
    s.minute = minute;
    s.rssKb = statusField(status, "VmRSS");
    s.anonKb = statusField(status, "RssAnon");
    s.threads = int(statusField(status, "Threads"));
    s.fds = openFds();
    s.detailsOpened = detailsOpened;
    s.live = window.session() && window.session()->isLive();
    if (window.session()) {
        s.historyKb = window.session()->history().memoryBytes() / 1024;
        s.metrics = int(window.session()->history().metrics().size());
    }
    if (Page *p = window.currentPage()) {
        for (const PageInfo &info : PageRegistry::pages()) {
            if (window.page(QString::fromLatin1(info.id)) == p)
                s.page = QString::fromLatin1(info.id);
        }
    }
    return s;
}

double mb(qint64 kb)
{
    return double(kb) / 1024.0;
}

void printRow(const Sample &s)
{
    std::printf("| %3d | %9.1f | %9.1f | %7.1f | %4d | %4d | %5d | %-4s | %s |\n", s.minute,
                mb(s.rssKb), mb(s.anonKb), mb(s.historyKb), s.fds, s.threads, s.detailsOpened,
                s.live ? "yes" : "NO", qPrintable(s.page));
    std::fflush(stdout);
}

// Opens the details window of a held row of a ranked table (the way a double click does), the
// row chosen by turn so that different entities get opened over the hour; false if none is held.
bool openSomeDetails(RankedTablePage *page, int turn)
{
    QTableView *table = page->table();
    QAbstractItemModel *model = table->model();
    const int rows = model->rowCount();
    for (int k = 0; k < rows; ++k) {
        const QModelIndex index = model->index((turn + k) % rows, 0);
        if (index.data(RankedTableModelBase::LoadedRole).toBool()) {
            emit table->activated(index);
            return true;
        }
    }
    return false;
}

void closeDetailsWindows()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<DetailsWindow *>(w))
            d->close(); // deletes itself on close
    }
}

// The offscreen platform warns (propagateSizeHints) whenever a window is shown; an hour of that
// would bury the table. Everything else goes through.
QtMessageHandler g_previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(quietHandler);
    initEiRuntime();
    QApplication app(argc, argv);
    // Settings of its own, so the soak neither reads nor changes the user's.
    QTemporaryDir settings;
    QCoreApplication::setOrganizationName(QStringLiteral("BeamtopSoak"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    int minutes = 60;
    int pageSeconds = 20;
    int intervalMs = MainWindow::MinimumIntervalMs;
    int historyMinutes = 0; // 0: the app's default
    QString csvPath;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--minutes"))
            minutes = qMax(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--page-seconds"))
            pageSeconds = qMax(2, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--interval-ms"))
            intervalMs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--history-minutes"))
            historyMinutes = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--csv"))
            csvPath = args[i + 1];
        else {
            std::fprintf(stderr, "usage: soak [--minutes N] [--page-seconds S] [--interval-ms MS]"
                                 " [--history-minutes M] [--csv FILE]\n");
            return 1;
        }
    }
    const QString ebin = qEnvironmentVariable("BEAMTOP_DEMO_EBIN");
    if (!DemoNode::hasBundledBeams() &&
        !QFile::exists(ebin + QStringLiteral("/beamtop_demo.beam"))) {
        std::fprintf(stderr,
                     "This build carries no demo node (resources/demo); set BEAMTOP_DEMO_EBIN.\n");
        return 1;
    }

    // The Load page's history window (the setting its window box writes), which is what the
    // charts draw; the default leaves the app's own.
    if (historyMinutes > 0)
        QSettings().setValue(QStringLiteral("load/historyWindowMs"),
                             qint64(historyMinutes) * 60000);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.setRefreshIntervalMs(intervalMs);
    window.startDemo();
    if (!waitFor([&] { return window.session() && window.session()->isLive(); }, 90000)) {
        std::fprintf(stderr, "The demo node did not come up: %s\n",
                     window.demoNode() ? qPrintable(window.demoNode()->outputTail())
                                       : "no demo node");
        return 1;
    }
    const auto &pages = PageRegistry::pages();
    std::printf("Soak: the desktop window on the demo node %s, %d ms refresh, %d min, %zu pages, "
                "%d s each, history window %lld min (Qt platform %s)\n\n",
                qPrintable(window.demoNode()->nodeName()), window.session()->refreshIntervalMs(),
                minutes, pages.size(), pageSeconds, window.session()->history().windowMs() / 60000,
                qPrintable(QGuiApplication::platformName()));
    std::printf(
        "| min | RSS (MB) | anon (MB) | history (MB) | fds | thr | details | live | page |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    std::fflush(stdout);

    QVector<Sample> samples;
    int pageIndex = 0;
    int detailsOpened = 0;
    int visits = 0;
    window.showPage(pageIndex);
    samples << takeSample(0, window, detailsOpened);
    printRow(samples.last());

    // Everything runs from timers on the one event loop, as in the app: the page turn, the
    // details window a few seconds into a visit to a ranked page (closed again before the turn),
    // and the minute sample.
    QEventLoop loop;
    QTimer pageTurn;
    pageTurn.setInterval(pageSeconds * 1000);
    QTimer openTimer;
    openTimer.setSingleShot(true);
    QTimer closeTimer;
    closeTimer.setSingleShot(true);
    QObject::connect(&openTimer, &QTimer::timeout, [&] {
        if (auto *ranked = qobject_cast<RankedTablePage *>(window.currentPage())) {
            if (openSomeDetails(ranked, visits)) {
                ++detailsOpened;
                closeTimer.start(qMax(1000, pageSeconds * 1000 / 2));
            }
        }
    });
    QObject::connect(&closeTimer, &QTimer::timeout, [] { closeDetailsWindows(); });
    QObject::connect(&pageTurn, &QTimer::timeout, [&] {
        closeTimer.stop();
        closeDetailsWindows();
        pageIndex = (pageIndex + 1) % int(pages.size());
        ++visits;
        window.showPage(pageIndex);
        openTimer.start(qMin(5000, pageSeconds * 1000 / 4));
    });
    QElapsedTimer clock;
    clock.start();
    QTimer minuteTimer;
    minuteTimer.setInterval(1000);
    int minute = 0;
    QObject::connect(&minuteTimer, &QTimer::timeout, [&] {
        // Checked each second against the clock, so a busy machine does not drift the minutes.
        if (clock.elapsed() < qint64(minute + 1) * 60000)
            return;
        ++minute;
        samples << takeSample(minute, window, detailsOpened);
        printRow(samples.last());
        if (minute >= minutes)
            loop.quit();
    });
    pageTurn.start();
    openTimer.start(qMin(5000, pageSeconds * 1000 / 4));
    minuteTimer.start();
    loop.exec();
    pageTurn.stop();
    openTimer.stop();
    closeTimer.stop();
    closeDetailsWindows();

    if (!csvPath.isEmpty()) {
        QFile csv(csvPath);
        if (csv.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            QTextStream out(&csv);
            out << "minute,rss_kb,rss_anon_kb,history_kb,fds,threads,details_opened,live,page\n";
            for (const Sample &s : samples)
                out << s.minute << ',' << s.rssKb << ',' << s.anonKb << ',' << s.historyKb << ','
                    << s.fds << ',' << s.threads << ',' << s.detailsOpened << ','
                    << (s.live ? 1 : 0) << ',' << s.page << '\n';
        } else {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(csvPath));
        }
    }

    // Minute 5 is the baseline; a shorter trial run uses its middle minute instead.
    const int base = qMin(5, minutes / 2);
    const Sample &b = samples.value(base);
    const Sample &e = samples.last();
    int fdMin = INT_MAX, fdMax = 0;
    qint64 rssMax = 0;
    for (int i = base; i < samples.size(); ++i) {
        fdMin = qMin(fdMin, samples[i].fds);
        fdMax = qMax(fdMax, samples[i].fds);
        rssMax = qMax(rssMax, samples[i].rssKb);
    }
    const double growth = mb(e.rssKb - b.rssKb);
    const bool rssOk = growth < 5.0;
    const bool fdOk = fdMin == fdMax;
    int notLive = 0;
    for (const Sample &s : samples)
        notLive += s.live ? 0 : 1;
    std::printf("\n| summary | value |\n|---|---|\n");
    std::printf("| RSS at minute 0 / %d / %d (MB) | %.1f / %.1f / %.1f |\n", base, e.minute,
                mb(samples.first().rssKb), mb(b.rssKb), mb(e.rssKb));
    std::printf("| RSS growth from minute %d to the end (MB) | %+.1f |\n", base, growth);
    std::printf("| anonymous RSS growth from minute %d (MB) | %+.1f |\n", base,
                mb(e.anonKb - b.anonKb));
    std::printf("| history store at minute %d / at the end (MB; %d metrics, bounded by design) | "
                "%.1f / %.1f |\n",
                base, e.metrics, mb(b.historyKb), mb(e.historyKb));
    // The charts draw the history window (15 minutes by default), so what they hold grows until
    // the window is full; from then on any growth is not the window filling.
    const int full = int(window.session()->history().windowMs() / 60000) + 2;
    if (full > base && full < e.minute) {
        const Sample &f = samples.value(full);
        std::printf("| RSS growth from minute %d (history window of %d min full) to the end (MB) | "
                    "%+.1f |\n",
                    full, full - 2, mb(e.rssKb - f.rssKb));
    }
    std::printf("| highest RSS after minute %d (MB) | %.1f |\n", base, mb(rssMax));
    std::printf("| open fds after minute %d (min / max) | %d / %d |\n", base, fdMin, fdMax);
    std::printf("| page visits / details windows opened | %d / %d |\n", visits, detailsOpened);
    std::printf("| samples with the session not live | %d |\n", notLive);
    std::printf("| goal: RSS grows < 5 MB after minute %d | %s |\n", base,
                rssOk ? "holds" : "MISSED");
    std::printf("| goal: fds flat after minute %d | %s |\n", base, fdOk ? "holds" : "MISSED");
    std::fflush(stdout);
    window.close();
    return rssOk && fdOk ? 0 : 2;
}
