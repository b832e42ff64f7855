// SPDX-License-Identifier: GPL-3.0-or-later
// beamtop-cli top on a node that takes several seconds to rank (many idle processes, a low
// agent budget): the first answer comes before the ranking is complete and says so (partial,
// coverage below 1), --watch then prints better answers up to a complete one, and --complete
// waits for it with a progress bar on stderr only when stderr is a terminal. The snapshot's
// processes section carries the same fields.
#include "testnode.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using beamtop::test::TestNode;

namespace {
// Enough idle processes that the first sweep takes several seconds at Budget (about 3 us each),
// few enough that it completes within a few more (the suite's time matters). Not a lower budget
// with fewer processes: the agent charges a sweep step's wall time, so a step the OS preempts
// on a busy machine costs tokens for (preempted time / budget) of stall.
constexpr int IdleProcesses = 100000;
const char *const Budget = "0.04";
} // namespace

class TestTopCli : public QObject
{
    Q_OBJECT
private:
    QStringList connection() const
    {
        return {QStringLiteral("--node"), m_node->nodeName(), QStringLiteral("--cookie-file"), m_cookieFile};
    }

    // Each command starts its own agent; the next must not find the previous one's ranking.
    void waitForAgentGone() { QTRY_COMPARE_WITH_TIMEOUT(m_node->traceLeft(), QStringLiteral("clean"), 15000); }

    static QJsonObject parse(const QByteArray &line)
    {
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(line, &e).object();
        return e.error == QJsonParseError::NoError ? o : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestNode::Options opts;
        opts.extraArgs << QStringLiteral("+P") << QStringLiteral("262144");
        m_node = std::make_unique<TestNode>(opts);
        QVERIFY(m_node->start());
        m_cookieFile = m_node->writeCookieFile(m_dir.path());
        QVERIFY(m_node->evalInt(QStringLiteral("[spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, %1)], "
                                              "erlang:system_info(process_count)")
                                   .arg(IdleProcesses),
                               60000)
                >= IdleProcesses);
    }

    void cleanup() { waitForAgentGone(); }

    // One-shot: an answer before the ranking is complete, saying how much is ranked.
    void firstAnswerIsPartial()
    {
        QProcess p;
        p.start(QStringLiteral(BEAMTOP_CLI_PATH), connection() + QStringList{QStringLiteral("top"), QStringLiteral("--format"),
                                                                            QStringLiteral("json"), QStringLiteral("--budget"),
                                                                            QLatin1String(Budget)});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardError(), QByteArray());
        const QJsonObject doc = parse(p.readAllStandardOutput());
        QVERIFY(!doc.isEmpty());
        QCOMPARE(doc.value(QStringLiteral("partial")).toBool(true), true);
        const double coverage = doc.value(QStringLiteral("coverage")).toDouble(-1);
        QVERIFY2(coverage > 0 && coverage < 1, qPrintable(QString::number(coverage)));
        QVERIFY(doc.value(QStringLiteral("ranked_at")).isNull());
        QVERIFY(doc.value(QStringLiteral("count")).toDouble() >= IdleProcesses);
        QVERIFY(!doc.value(QStringLiteral("processes")).toArray().isEmpty());

        // The same for people: a line that says how much is ranked.
        waitForAgentGone();
        p.start(QStringLiteral(BEAMTOP_CLI_PATH), connection() + QStringList{QStringLiteral("top"), QStringLiteral("--budget"),
                                                                            QLatin1String(Budget)});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("so far (partial)")) && text.contains(QLatin1String("ranked ")), qPrintable(text));
    }

    // --watch: the first document is partial, a later one complete, coverage growing meanwhile.
    void watchEndsComplete()
    {
        QProcess p;
        p.start(QStringLiteral(BEAMTOP_CLI_PATH),
                connection() + QStringList{QStringLiteral("top"), QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("--watch"), QStringLiteral("--interval"), QStringLiteral("500"),
                                           QStringLiteral("--budget"), QLatin1String(Budget)});
        QVERIFY(p.waitForStarted());
        QList<QJsonObject> docs;
        QDeadlineTimer deadline(120000);
        while (!deadline.hasExpired() && (docs.isEmpty() || docs.last().value(QStringLiteral("partial")).toBool(true))) {
            if (!p.canReadLine() && !p.waitForReadyRead(1000))
                continue;
            while (p.canReadLine())
                docs << parse(p.readLine());
        }
        p.kill();
        p.waitForFinished();
        QVERIFY(docs.size() >= 2);
        const QJsonObject &first = docs.first(), &last = docs.last();
        QCOMPARE(first.value(QStringLiteral("partial")).toBool(false), true);
        QVERIFY(first.value(QStringLiteral("coverage")).toDouble(1) < 1);
        QCOMPARE(last.value(QStringLiteral("partial")).toBool(true), false);
        QCOMPARE(last.value(QStringLiteral("coverage")).toDouble(), 1.0);
        QVERIFY(last.value(QStringLiteral("ranked_at")).isString());
        double previous = 0;
        for (const QJsonObject &d : std::as_const(docs)) {
            QVERIFY(d.value(QStringLiteral("coverage")).toDouble() >= previous);
            previous = d.value(QStringLiteral("coverage")).toDouble();
        }
    }

    // --complete on a terminal: a progress bar with the time left and the --budget hint, drawn
    // in place and cleared, then the complete answer.
    void completeShowsProgressOnATerminal()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script (util-linux) is needed to give beamtop-cli a terminal");
        QStringList args = QStringList{QStringLiteral(BEAMTOP_CLI_PATH)} + connection()
            + QStringList{QStringLiteral("top"), QStringLiteral("--complete"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--budget"), QLatin1String(Budget)};
        for (QString &a : args)
            a = QLatin1Char('\'') + a + QLatin1Char('\'');
        QProcess p;
        p.start(script, {QStringLiteral("-qec"), args.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains("\rranking ["), out.constData());
        QVERIFY2(out.contains(" left"), out.constData());
        QVERIFY2(out.contains("--budget 0.1"), out.constData());
        QVERIFY2(out.contains("\r\x1b[K{"), out.constData()); // cleared before the answer
        const QJsonObject doc = parse(out.mid(out.lastIndexOf("\x1b[K") + 3).trimmed());
        QCOMPARE(doc.value(QStringLiteral("partial")).toBool(true), false);
        QCOMPARE(doc.value(QStringLiteral("coverage")).toDouble(), 1.0);
    }

    // --complete with stderr a pipe: nothing there, the complete answer on stdout.
    void completeIsSilentWithoutATerminal()
    {
        QProcess p;
        p.start(QStringLiteral(BEAMTOP_CLI_PATH), connection() + QStringList{QStringLiteral("top"), QStringLiteral("--complete"),
                                                                            QStringLiteral("--format"), QStringLiteral("json"),
                                                                            QStringLiteral("--budget"), QLatin1String(Budget)});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardError(), QByteArray());
        const QJsonObject doc = parse(p.readAllStandardOutput());
        QCOMPARE(doc.value(QStringLiteral("partial")).toBool(true), false);
        QCOMPARE(doc.value(QStringLiteral("coverage")).toDouble(), 1.0);
    }

    // The snapshot's processes section: a first snapshot within its second, partial, with the
    // same fields.
    void snapshotSaysHowComplete()
    {
        QProcess p;
        p.start(QStringLiteral(BEAMTOP_CLI_PATH),
                connection() + QStringList{QStringLiteral("snapshot"), QStringLiteral("--budget"), QLatin1String(Budget)});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject procs = parse(p.readAllStandardOutput()).value(QStringLiteral("processes")).toObject();
        QCOMPARE(procs.value(QStringLiteral("partial")).toBool(false), true);
        QCOMPARE(procs.value(QStringLiteral("ranking_complete")).toBool(true), false);
        const double coverage = procs.value(QStringLiteral("coverage")).toDouble(-1);
        QVERIFY2(coverage > 0 && coverage < 1, qPrintable(QString::number(coverage)));
        QVERIFY(procs.value(QStringLiteral("ranked_at")).isNull());
        QVERIFY(!procs.value(QStringLiteral("top")).toArray().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_cookieFile;
    std::unique_ptr<TestNode> m_node;
};

QTEST_GUILESS_MAIN(TestTopCli)
#include "tst_topcli.moc"
