// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the benchmarks that run an event loop: waiting without blocking it, measuring how
// late the main thread gets, the CPU time the OS counts for the node, and small statistics.

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include <algorithm>
#include <cmath>
#include <functional>
#include <unistd.h>

namespace beamtop::bench {

inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until done() or timeoutMs passes; whether done() came true.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
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

// CPU seconds the OS process has used: the time each of its threads ran, in nanoseconds, from
// /proc/<pid>/task/*/schedstat (the node's threads live as long as it does); without those,
// user + system from /proc/<pid>/stat, in clock ticks (10 ms, too coarse for small figures).
inline double cpuSeconds(qint64 pid)
{
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    qint64 ns = 0;
    bool any = false;
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        bool ok = false;
        const qint64 v = f.readAll().split(' ').value(0).toLongLong(&ok);
        if (ok) {
            ns += v;
            any = true;
        }
    }
    if (any)
        return double(ns) / 1e9;
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    // After the command: utime is field 14 and stime 15 (1-based in proc(5)).
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

inline double median(QVector<double> v)
{
    if (v.isEmpty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

inline double minOf(const QVector<double> &v) { return v.isEmpty() ? std::nan("") : *std::min_element(v.begin(), v.end()); }
inline double maxOf(const QVector<double> &v) { return v.isEmpty() ? std::nan("") : *std::max_element(v.begin(), v.end()); }

// One measured phase: the node's CPU per second of wall time, and what the watcher got. Each
// bench fills the fields it reports.
struct Phase
{
    double cpuPercent = 0;   // of one core, whole node (the idle is subtracted by the caller)
    double elapsedS = 0;     // the phase's wall time, up to the last answer
    int refreshes = 0;       // answers received
    int skipped = 0;         // ticks that found the previous refresh still in flight
    int failures = 0;
    double replyBytes = 0;   // mean reply size per refresh as the node encoded it (Beamtop)
    qint64 replyBytesMax = 0;
    double rxPerRefresh = 0; // everything received on the connection, per refresh
    qint64 rxMax = 0;        // the most received between two answers
    double answerMs = 0;     // summed time from asking to the answer, over the refreshes
    double ownPercent = -1;  // Beamtop: the agent's own count of its work, % of one scheduler
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

// Runs `seconds` of 1 s refreshes (the first at once), waits up to lastAnswerMs for the last
// answer, and measures the node's CPU over the whole of it. Without a watcher: the idle node.
inline Phase measure(qint64 osPid, int seconds, Watcher *w, int lastAnswerMs = 10000)
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
        waitFor([&] { return !w->busy(); }, lastAnswerMs);
    const double cpu1 = cpuSeconds(osPid);
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    p.cpuPercent = 100.0 * (cpu1 - cpu0) / elapsed;
    p.elapsedS = elapsed;
    if (w && p.refreshes > 0)
        p.rxPerRefresh = double(w->received() - rx0) / p.refreshes;
    return p;
}

// The main thread's lateness against a 5 ms timer: the longest, and how many were over 50 ms.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0) {
                const double late = double(now - m_last) / 1e6 - 5.0;
                m_worst = qMax(m_worst, late);
                m_over50 += late > 50.0;
            }
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_over50 = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_worst;
    }
    double worst() const { return m_worst; }
    int over50() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worst = 0;
    int m_over50 = 0;
};

} // namespace beamtop::bench
