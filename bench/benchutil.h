#pragma once
// Shared by the benchmarks that run an event loop: waiting without blocking it, and measuring
// how late the main thread gets.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace beamtop::bench {

inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
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
