// SPDX-License-Identifier: GPL-3.0-or-later
// The chart arithmetic without a chart: value axis units and nice ranges, the time axis, the
// hover lookup, and how far the wheel, a drag and the keys zoom and pan.
#include "chartaxis.h"

#include <QTest>

using namespace beamtop;

Q_DECLARE_METATYPE(beamtop::MetricUnit)

namespace {

constexpr double KiB = 1024.0;
constexpr double MiB = KiB * 1024;
constexpr double GiB = MiB * 1024;
constexpr double TiB = GiB * 1024;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

} // namespace

class TestChartAxis : public QObject
{
    Q_OBJECT
private slots:
    void niceCeiling_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("nice");
        QTest::newRow("zero") << 0.0 << 1.0;
        QTest::newRow("negative") << -7.0 << 1.0;
        QTest::newRow("one") << 1.0 << 1.0;
        QTest::newRow("just above one") << 1.05 << 2.0;
        QTest::newRow("two") << 2.0 << 2.0;
        QTest::newRow("to 2.5") << 2.1 << 2.5;
        QTest::newRow("to 5") << 2.6 << 5.0;
        QTest::newRow("to 10") << 7.0 << 10.0;
        QTest::newRow("ten") << 10.0 << 10.0;
        QTest::newRow("hundreds") << 105.0 << 200.0;
        QTest::newRow("fraction") << 0.3 << 0.5;
        QTest::newRow("inexact 0.1*3") << 0.1 * 3 << 0.5;
        QTest::newRow("inexact 0.2") << 0.1 * 2 << 0.2;
        QTest::newRow("small") << 0.00042 << 0.0005;
        QTest::newRow("huge") << 3.3e300 << 5e300;
    }
    void niceCeiling()
    {
        QFETCH(double, value);
        QFETCH(double, nice);
        QCOMPARE(ChartAxis::niceCeiling(value), nice);
    }

    void scaleFor_data()
    {
        QTest::addColumn<MetricUnit>("unit");
        QTest::addColumn<double>("largest");
        QTest::addColumn<double>("divisor");
        QTest::addColumn<QString>("name");
        QTest::newRow("no bytes") << MetricUnit::Bytes << 0.0 << 1.0 << QStringLiteral("B");
        QTest::newRow("bytes") << MetricUnit::Bytes << 1023.0 << 1.0 << QStringLiteral("B");
        QTest::newRow("KiB") << MetricUnit::Bytes << 1024.0 << KiB << QStringLiteral("KiB");
        QTest::newRow("MiB") << MetricUnit::Bytes << 3 * MiB << MiB << QStringLiteral("MiB");
        QTest::newRow("GiB") << MetricUnit::Bytes << 5 * GiB << GiB << QStringLiteral("GiB");
        QTest::newRow("huge bytes stay TiB") << MetricUnit::Bytes << 1e18 << TiB << QStringLiteral("TiB");
        QTest::newRow("count") << MetricUnit::Count << 999.0 << 1.0 << QString();
        QTest::newRow("thousands") << MetricUnit::Count << 1000.0 << 1e3 << QStringLiteral("k");
        QTest::newRow("millions") << MetricUnit::Count << 2.5e6 << 1e6 << QStringLiteral("M");
        QTest::newRow("huge counts stay G") << MetricUnit::Count << 1e300 << 1e9 << QStringLiteral("G");
        QTest::newRow("negative largest") << MetricUnit::Count << -5000.0 << 1.0 << QString();
        QTest::newRow("per second") << MetricUnit::PerSecond << 0.0 << 1.0 << QStringLiteral("/s");
        QTest::newRow("k per second") << MetricUnit::PerSecond << 1500.0 << 1e3 << QStringLiteral("k/s");
        QTest::newRow("KiB per second") << MetricUnit::BytesPerSecond << 2048.0 << KiB << QStringLiteral("KiB/s");
        QTest::newRow("ratio") << MetricUnit::Ratio << 0.5 << 0.01 << QStringLiteral("%");
        QTest::newRow("ratio above 1") << MetricUnit::Ratio << 2000.0 << 0.01 << QStringLiteral("%");
    }
    void scaleFor()
    {
        QFETCH(MetricUnit, unit);
        QFETCH(double, largest);
        QFETCH(double, divisor);
        QFETCH(QString, name);
        const ChartAxis::Scale scale = ChartAxis::scaleFor(unit, largest);
        QCOMPARE(scale.divisor, divisor);
        QCOMPARE(scale.unit, name);
    }

    // The range and step a value axis shows for values lo..hi.
    void valueAxis_data()
    {
        QTest::addColumn<MetricUnit>("unit");
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("bottom");
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("step");
        QTest::addColumn<QString>("format");
        // Nothing shown yet: 0 to 1 (labels at one decimal, so 0.25 reads 0.3).
        QTest::newRow("empty") << MetricUnit::Count << 0.0 << 0.0 << QString() << 0.0 << 1.0 << 0.25
                               << QStringLiteral("%.1f");
        QTest::newRow("tens") << MetricUnit::Count << 0.0 << 37.0 << QString() << 0.0 << 50.0 << 12.5
                              << QStringLiteral("%.0f");
        QTest::newRow("headroom") << MetricUnit::Count << 0.0 << 50.0 << QString() << 0.0 << 100.0 << 25.0
                                  << QStringLiteral("%.0f");
        QTest::newRow("thousands") << MetricUnit::Count << 0.0 << 1500.0 << QStringLiteral("k") << 0.0 << 2.0
                                   << 0.5 << QStringLiteral("%.1f");
        QTest::newRow("tenths") << MetricUnit::Count << 0.0 << 0.3 << QString() << 0.0 << 0.5 << 0.125
                                << QStringLiteral("%.1f");
        QTest::newRow("hundredths") << MetricUnit::Count << 0.0 << 0.03 << QString() << 0.0 << 0.05 << 0.0125
                                    << QStringLiteral("%.2f");
        QTest::newRow("MiB") << MetricUnit::Bytes << 0.0 << 3 * MiB << QStringLiteral("MiB") << 0.0 << 5.0 << 1.25
                             << QStringLiteral("%.0f");
        QTest::newRow("rate") << MetricUnit::PerSecond << 0.0 << 1500.0 << QStringLiteral("k/s") << 0.0 << 2.0
                              << 0.5 << QStringLiteral("%.1f");
        QTest::newRow("ratio") << MetricUnit::Ratio << 0.0 << 0.42 << QStringLiteral("%") << 0.0 << 100.0 << 25.0
                               << QStringLiteral("%.0f");
        QTest::newRow("ratio of one") << MetricUnit::Ratio << 0.0 << 1.0 << QStringLiteral("%") << 0.0 << 100.0
                                      << 25.0 << QStringLiteral("%.0f");
        QTest::newRow("ratio above one") << MetricUnit::Ratio << 0.0 << 1.3 << QStringLiteral("%") << 0.0 << 200.0
                                         << 50.0 << QStringLiteral("%.0f");
        QTest::newRow("negative and positive") << MetricUnit::Count << -40.0 << 10.0 << QString() << -50.0 << 20.0
                                               << 17.5 << QStringLiteral("%.0f");
        QTest::newRow("negative only") << MetricUnit::Count << -2500.0 << 0.0 << QStringLiteral("k") << -5.0 << 1.0
                                       << 1.5 << QStringLiteral("%.0f");
        QTest::newRow("huge bytes") << MetricUnit::Bytes << 0.0 << 5e15 << QStringLiteral("TiB") << 0.0 << 5000.0
                                    << 1250.0 << QStringLiteral("%.0f");
        QTest::newRow("huge count") << MetricUnit::Count << 0.0 << 1e300 << QStringLiteral("G") << 0.0 << 2e291
                                    << 5e290 << QStringLiteral("%.0f");
    }
    void valueAxis()
    {
        QFETCH(MetricUnit, unit);
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(QString, name);
        QFETCH(double, bottom);
        QFETCH(double, top);
        QFETCH(double, step);
        QFETCH(QString, format);
        const ChartAxis::ValueAxis axis = ChartAxis::valueAxis(unit, lo, hi);
        QCOMPARE(axis.scale.unit, name);
        QCOMPARE(axis.bottom, bottom);
        QCOMPARE(axis.top, top);
        QCOMPARE(axis.step(), step);
        QCOMPARE(axis.labelFormat, format);
        // Every value fits, in the axis' unit.
        QVERIFY(axis.bottom <= lo / axis.scale.divisor);
        QVERIFY(axis.top >= hi / axis.scale.divisor);
    }

    void timeAxis_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("axisTo");
        QTest::addColumn<QString>("format");
        const qint64 t0 = 1700000000000;
        QTest::newRow("zero width") << t0 << t0 << t0 + 1 << QStringLiteral("HH:mm:ss");
        QTest::newRow("inverted") << t0 << t0 - 5000 << t0 + 1 << QStringLiteral("HH:mm:ss");
        QTest::newRow("a minute") << t0 << t0 + Minute << t0 + Minute << QStringLiteral("HH:mm:ss");
        QTest::newRow("15 minutes") << t0 << t0 + 15 * Minute << t0 + 15 * Minute << QStringLiteral("HH:mm:ss");
        QTest::newRow("over 15 minutes") << t0 << t0 + 15 * Minute + 1 << t0 + 15 * Minute + 1
                                         << QStringLiteral("HH:mm");
        QTest::newRow("a day") << t0 << t0 + 24 * Hour << t0 + 24 * Hour << QStringLiteral("HH:mm");
        QTest::newRow("over a day") << t0 << t0 + 24 * Hour + 1 << t0 + 24 * Hour + 1 << QStringLiteral("dd HH:mm");
        QTest::newRow("a week") << t0 << t0 + 7 * 24 * Hour << t0 + 7 * 24 * Hour << QStringLiteral("dd HH:mm");
    }
    void timeAxis()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, axisTo);
        QFETCH(QString, format);
        const ChartAxis::TimeAxis axis = ChartAxis::timeAxis(from, to);
        QCOMPARE(axis.fromMs, from);
        QCOMPARE(axis.toMs, axisTo);
        QCOMPARE(axis.format, format);
    }

    void countsForValueAxis_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<bool>("counts");
        QTest::newRow("inside") << qint64(10000) << qint64(0) << qint64(20000) << true;
        QTest::newRow("a twentieth before") << qint64(-1000) << qint64(0) << qint64(20000) << true;
        QTest::newRow("further before") << qint64(-1001) << qint64(0) << qint64(20000) << false;
        QTest::newRow("at the end") << qint64(20000) << qint64(0) << qint64(20000) << true;
        QTest::newRow("after") << qint64(20001) << qint64(0) << qint64(20000) << false;
        QTest::newRow("zero width, on it") << qint64(5000) << qint64(5000) << qint64(5000) << true;
        QTest::newRow("zero width, before") << qint64(4999) << qint64(5000) << qint64(5000) << false;
    }
    void countsForValueAxis()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(bool, counts);
        QCOMPARE(ChartAxis::countsForValueAxis(time, from, to), counts);
    }

    void nearestIndex_data()
    {
        QTest::addColumn<QVector<qint64>>("times");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("index");
        const QVector<qint64> times{1000, 2000, 4000};
        QTest::newRow("none") << QVector<qint64>() << qint64(1000) << -1;
        QTest::newRow("one") << QVector<qint64>{5000} << qint64(-3) << 0;
        QTest::newRow("before the first") << times << qint64(0) << 0;
        QTest::newRow("after the last") << times << qint64(9000) << 2;
        QTest::newRow("exact") << times << qint64(2000) << 1;
        QTest::newRow("nearer the earlier") << times << qint64(2900) << 1;
        QTest::newRow("nearer the later") << times << qint64(3100) << 2;
        QTest::newRow("tie takes the earlier") << times << qint64(3000) << 1;
    }
    void nearestIndex()
    {
        QFETCH(QVector<qint64>, times);
        QFETCH(qint64, time);
        QFETCH(int, index);
        QCOMPARE(ChartAxis::nearestIndex(times, time), index);
    }

    void wheelZoom_data()
    {
        QTest::addColumn<int>("angleDelta");
        QTest::addColumn<double>("factor");
        QTest::newRow("no turn") << 0 << 0.0;
        QTest::newRow("forward zooms in") << 120 << 0.8;
        QTest::newRow("backward zooms out") << -120 << 1.25;
        QTest::newRow("a touchpad's bit") << 3 << 0.8;
    }
    void wheelZoom()
    {
        QFETCH(int, angleDelta);
        QFETCH(double, factor);
        QCOMPARE(ChartAxis::wheelZoomFactor(angleDelta), factor);
    }

    void dragPan_data()
    {
        QTest::addColumn<double>("dx");
        QTest::addColumn<double>("width");
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("pan");
        QTest::newRow("right goes back in time") << 100.0 << 400.0 << qint64(60000) << qint64(-15000);
        QTest::newRow("left goes forward") << -100.0 << 400.0 << qint64(60000) << qint64(15000);
        QTest::newRow("still") << 0.0 << 400.0 << qint64(60000) << qint64(0);
        QTest::newRow("no plot") << 100.0 << 0.0 << qint64(60000) << qint64(0);
        QTest::newRow("negative width") << 100.0 << -5.0 << qint64(60000) << qint64(0);
        QTest::newRow("whole width, a day") << 800.0 << 800.0 << 24 * Hour << -24 * Hour;
    }
    void dragPan()
    {
        QFETCH(double, dx);
        QFETCH(double, width);
        QFETCH(qint64, span);
        QFETCH(qint64, pan);
        QCOMPARE(ChartAxis::dragPanMs(dx, width, span), pan);
    }

    void keys()
    {
        QCOMPARE(ChartAxis::keyPanMs(60000), qint64(15000));
        QCOMPARE(ChartAxis::keyPanMs(0), qint64(0));
        QVERIFY(ChartAxis::ZoomInFactor < 1.0);
        QCOMPARE(ChartAxis::ZoomInFactor * ChartAxis::ZoomOutFactor, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestChartAxis)
#include "tst_chartaxis.moc"
