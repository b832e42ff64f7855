// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers for people, in a pinned locale.
#include "format.h"

#include <QLocale>
#include <QTest>

using beamtop::Format;

class TestFormat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void bytes_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 B");
        QTest::newRow("small") << qint64(1023) << QStringLiteral("1023 B");
        QTest::newRow("KiB") << qint64(1536) << QStringLiteral("1.5 KiB");
        QTest::newRow("MiB") << qint64(13002342) << QStringLiteral("12.4 MiB");
        QTest::newRow("GiB") << (qint64(3) << 30) << QStringLiteral("3.0 GiB");
    }
    void bytes()
    {
        QFETCH(qint64, value);
        QFETCH(QString, text);
        QCOMPARE(Format::bytes(value), text);
    }

    void exact()
    {
        QCOMPARE(Format::count(1234567), QStringLiteral("1,234,567"));
        QCOMPARE(Format::exactBytes(13002342), QStringLiteral("13,002,342 bytes"));
        QCOMPARE(Format::percent(0.1234), QStringLiteral("12.3 %"));
        QCOMPARE(Format::percent(0.003, 1), QStringLiteral("0.3 %"));
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(850) << QStringLiteral("850 ms");
        QTest::newRow("s") << qint64(42000) << QStringLiteral("42 s");
        QTest::newRow("min s") << qint64(12 * 60000 + 3000) << QStringLiteral("12 min 3 s");
        QTest::newRow("min") << qint64(5 * 60000) << QStringLiteral("5 min");
        QTest::newRow("h min") << qint64(4 * 3600000 + 12 * 60000 + 59000) << QStringLiteral("4 h 12 min");
        QTest::newRow("d h") << qint64((3 * 24 + 4) * 3600000LL + 1234) << QStringLiteral("3 d 4 h");
        QTest::newRow("d") << qint64(2 * 24 * 3600000LL) << QStringLiteral("2 d");
    }
    void duration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(Format::duration(ms), text);
    }

    void exactDuration()
    {
        QCOMPARE(Format::exactDuration((3 * 24 + 4) * 3600000LL + 250), QStringLiteral("3 d 04:00:00.250"));
        QCOMPARE(Format::exactDuration(61001), QStringLiteral("00:01:01.001"));
    }

    void rates()
    {
        QCOMPARE(Format::perSecond(1234567.4), QStringLiteral("1,234,567/s"));
        QCOMPARE(Format::perSecond(0), QStringLiteral("0/s"));
        QCOMPARE(Format::perSecond(2.5), QStringLiteral("2.50/s"));
        QCOMPARE(Format::bytesPerSecond(1536), QStringLiteral("1.5 KiB/s"));
    }
};

QTEST_APPLESS_MAIN(TestFormat)
#include "tst_format.moc"
