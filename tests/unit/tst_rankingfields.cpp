// SPDX-License-Identifier: GPL-3.0-or-later
// How complete and fresh a ranked answer says it is (RankingFields, ProcessColumns' use of it)
// on hand-made statuses, and the one wait for a first answer (RankingWait) with a counter for
// its asks: final answers end it, the deadline makes any page the answer, no deadline waits.
#include "export/processcolumns.h"
#include "export/rankingfields.h"
#include "export/rankingwait.h"

#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace beamtop;

class TestRankingFields : public QObject
{
    Q_OBJECT
private:
    static ProcessRanking partialPage()
    {
        ProcessRanking p;
        p.count = 1000000;
        p.total = 340000;
        p.sweepDone = 340000;
        p.sweepTotal = 1000000;
        p.receivedAt = QDateTime::currentDateTimeUtc();
        return p;
    }

    static ProcessRanking completePage(qint64 agoMs)
    {
        ProcessRanking p;
        p.count = p.total = 1000000;
        p.rankingComplete = true;
        p.rankedAgoMs = agoMs;
        p.receivedAt = QDateTime(QDate(2026, 12, 6), QTime(8, 0, 0, 500), Qt::UTC);
        return p;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void percentNeverClaimsCompleteEarly_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << 0.0 << QStringLiteral("0 %");
        QTest::newRow("a sliver") << 0.0000384 << QStringLiteral("0.01 %");
        QTest::newRow("below one") << 0.00512 << QStringLiteral("0.51 %");
        QTest::newRow("a third") << 0.3399 << QStringLiteral("33 %");
        QTest::newRow("almost") << 0.9999 << QStringLiteral("99 %");
        QTest::newRow("complete") << 1.0 << QStringLiteral("100 %");
    }
    void percentNeverClaimsCompleteEarly()
    {
        QFETCH(double, share);
        QFETCH(QString, text);
        QCOMPARE(RankingFields::percent(share), text);
    }

    void durations()
    {
        QCOMPARE(RankingFields::duration(400), QStringLiteral("0.4 s"));
        QCOMPARE(RankingFields::duration(12400), QStringLiteral("12 s"));
        QCOMPARE(RankingFields::duration(200000), QStringLiteral("3 min 20 s"));
        QCOMPARE(RankingFields::duration(7500000), QStringLiteral("2 h 5 min"));
    }

    void partialAnswer()
    {
        const ProcessRanking p = partialPage();
        QJsonObject doc;
        ProcessColumns::addRanking(&doc, p);
        QCOMPARE(doc.value(QStringLiteral("partial")).toBool(), true);
        QCOMPARE(doc.value(QStringLiteral("coverage")).toDouble(), 0.34);
        QCOMPARE(doc.value(QStringLiteral("count")).toDouble(), 1000000.0);
        QVERIFY(doc.value(QStringLiteral("ranked_at")).isNull());
        QCOMPARE(ProcessColumns::rankingLine(p), QStringLiteral("ranked 34 % of 1,000,000 processes so far (partial)"));
    }

    void completeAnswerSaysWhen()
    {
        const ProcessRanking p = completePage(1500);
        QJsonObject doc;
        ProcessColumns::addRanking(&doc, p);
        QCOMPARE(doc.value(QStringLiteral("partial")).toBool(), false);
        QCOMPARE(doc.value(QStringLiteral("coverage")).toDouble(), 1.0);
        QCOMPARE(doc.value(QStringLiteral("ranked_at")).toString(), QStringLiteral("2026-12-06T07:59:59.000Z"));
        QVERIFY(ProcessColumns::rankingLine(p).startsWith(QLatin1String("ranking complete, ")));
        QVERIFY(ProcessColumns::rankingLine(p).endsWith(QLatin1String(" old")));
    }

    // Window mode: complete but not yet measured over a window is still partial.
    void windowNotMeasuredIsPartial()
    {
        ProcessRanking p = completePage(100);
        p.query.mode = ProcessQuery::Mode::Window;
        QJsonObject doc;
        ProcessColumns::addRanking(&doc, p);
        QCOMPARE(doc.value(QStringLiteral("partial")).toBool(), true);
        QCOMPARE(doc.value(QStringLiteral("coverage")).toDouble(), 1.0);
        QVERIFY(ProcessColumns::rankingLine(p).endsWith(QLatin1String("(partial)")));
        p.windowValid = true;
        doc = {};
        ProcessColumns::addRanking(&doc, p);
        QCOMPARE(doc.value(QStringLiteral("partial")).toBool(), false);
    }

    void reducedModeIsNotRanked()
    {
        ProcessRanking p;
        p.reducedMode = p.rankingComplete = true;
        p.count = p.total = 40;
        QVERIFY(ProcessColumns::rankingLine(p).startsWith(QLatin1String("not ranked")));
    }

    // A page that is not final asks again; a final one is the answer.
    void waitAsksAgainUntilFinal()
    {
        int asks = 0;
        RankingWait wait([&] { ++asks; });
        wait.setRetryMs(10);
        wait.begin(-1);
        QVERIFY(!wait.offer(false));
        QTRY_COMPARE(asks, 1);
        QVERIFY(!wait.offer(false));
        QTRY_COMPARE(asks, 2);
        QVERIFY(wait.offer(true));
        wait.stop();
        QVERIFY(!wait.isWaiting());
        QVERIFY(!wait.offer(false)); // no longer waiting: no asking either
        QTest::qWait(50);
        QCOMPARE(asks, 2);
    }

    // The deadline: due() once, and from then on any page is the answer.
    void deadlineMakesAnyPageTheAnswer()
    {
        int asks = 0;
        RankingWait wait([&] { ++asks; });
        QSignalSpy due(&wait, &RankingWait::due);
        wait.begin(20);
        QVERIFY(due.wait(5000));
        QCOMPARE(due.size(), 1);
        QVERIFY(wait.isDue());
        QVERIFY(wait.offer(false));
        // 0: the next page is the answer, no timer.
        wait.begin(0);
        QVERIFY(wait.isDue());
        QVERIFY(wait.offer(false));
        // -1: never due.
        wait.begin(-1);
        QVERIFY(!due.wait(100));
        QVERIFY(!wait.isDue());
    }

    // The CLI's table: a process gone since it was ranked and never seen alive by this run
    // shows dashes, never zeros; one seen alive keeps its last figures, marked exited.
    void tableShowsExitedRowsWithoutZeros()
    {
        ProcessRow never;
        never.pidText = QStringLiteral("<0.90.0>");
        never.status = QStringLiteral("exited");
        ProcessRow seen;
        seen.pidText = QStringLiteral("<0.91.0>");
        seen.gone = true;
        seen.seenAt = QDateTime::currentDateTimeUtc();
        seen.memory = 2048;
        seen.status = QStringLiteral("waiting");
        QString text;
        QTextStream out(&text);
        ProcessColumns::writeTable(out, {never, seen}, TermFormatter());
        out.flush();
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(!lines[1].contains(QLatin1String("0 bytes")) && lines[1].contains(QLatin1String("exited")), qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(QLatin1String("2.00 KiB")) && lines[2].contains(QLatin1String("exited")), qPrintable(lines[2]));
    }
};

QTEST_GUILESS_MAIN(TestRankingFields)
#include "tst_rankingfields.moc"
