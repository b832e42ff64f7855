// SPDX-License-Identifier: GPL-3.0-or-later
// Schedulers on a real node with 4 normal, 2 dirty CPU and 2 dirty IO schedulers: a busy loop
// bound to one scheduler shows as that one near 100 % and the rest near 0; run-queue imbalance;
// the scheduler_wall_time flag back as it was after Beamtop goes (clean detach, a dropped link,
// and a node that had it on before); reduced mode; and beamtop-cli record / snapshot, including a
// recording stopped by SIGINT or SIGTERM, one with a failed sample and one whose node goes away:
// each leaves a whole CSV/JSON document.
#include "agent/agentclient.h"
#include "collect/schedulercollector.h"
#include "node/nodeclient.h"
#include "clirun.h"
#include "testnode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace beamtop;
using beamtop::test::CliRun;
using beamtop::test::TestNode;

namespace {

constexpr int Normal = 4, DirtyCpu = 2, DirtyIo = 2;

struct Session
{
    NodeClient node;
    AgentClient agent;
    SchedulerCollector collector;

    explicit Session(AgentClient::Options o = {}) : agent(&node, o), collector(&agent) {}

    bool open(const ConnectOptions &opts)
    {
        QSignalSpy ready(&agent, &AgentClient::ready);
        node.connectToNode(opts);
        return ready.wait(15000) || ready.count() > 0;
    }
    // One reading; with utilisation when there was one before (or a first window is set).
    std::optional<SchedulerSample> read()
    {
        QSignalSpy ok(&collector, &SchedulerCollector::sampleReady);
        QSignalSpy failed(&collector, &SchedulerCollector::failed);
        collector.fetch();
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 15000) || ok.isEmpty()) {
            if (!failed.isEmpty())
                qWarning() << failed.first().first().toString();
            return std::nullopt;
        }
        return ok.first().first().value<SchedulerSample>();
    }
    bool close()
    {
        QSignalSpy detached(&agent, &AgentClient::detached);
        agent.detachAndDisconnect();
        return detached.wait(10000) || detached.count() > 0;
    }
};

// A recording running in the background, its output read as it comes.
struct Recording
{
    QProcess process;
    QByteArray out, errors;

    void start(const TestNode &node, const QString &cookie, const QStringList &args)
    {
        process.start(QStringLiteral(BEAMTOP_CLI_PATH),
                      QStringList{QStringLiteral("--node"), node.nodeName(), QStringLiteral("--cookie-file"), cookie} + args);
    }
    // Rows of a JSON recording on standard output so far.
    int rows()
    {
        out += process.readAllStandardOutput();
        return int(out.count("\"unix_ms\""));
    }
    bool waitForRows(int n, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return rows() >= n; }, timeoutMs);
    }
    void signal(int number) { ::kill(pid_t(process.processId()), number); }
    int finish(int timeoutMs = 20000)
    {
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        out += process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    // Everything on standard error so far.
    QByteArray err()
    {
        errors += process.readAllStandardError();
        return errors;
    }
};

QJsonArray samplesOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError) {
        qWarning() << error.errorString() << json.right(200);
        return {};
    }
    return doc.value(QStringLiteral("samples")).toArray();
}

} // namespace

class TestSchedulers : public QObject
{
    Q_OBJECT
private:
    TestNode m_node{[] {
        TestNode::Options o;
        o.extraArgs = {QStringLiteral("+S"), QStringLiteral("%1:%1").arg(Normal), QStringLiteral("+SDcpu"),
                       QStringLiteral("%1:%1").arg(DirtyCpu), QStringLiteral("+SDio"), QString::number(DirtyIo)};
        return o;
    }()};
    QTemporaryDir m_dir;

    // Read on the node itself, not through Beamtop: statistics answer only while the flag is on.
    bool flagOn() { return m_node.eval(QStringLiteral("erlang:statistics(scheduler_wall_time) =/= undefined")) == QLatin1String("true"); }

    // Busy loops bound to a scheduler ({scheduler, N} pins a process to one run queue).
    void startLoops(const QString &name, int scheduler, int count)
    {
        QCOMPARE(m_node.eval(QStringLiteral("register(%1, spawn(fun() -> Ps = [spawn_opt(fun L() -> L() end, [{scheduler, %2}]) "
                                            "|| _ <- lists:seq(1, %3)], receive stop -> [exit(P, kill) || P <- Ps] end end)), ok")
                                 .arg(name).arg(scheduler).arg(count)),
                 QStringLiteral("ok"));
    }
    void stopLoops(const QString &name) { m_node.eval(name + QStringLiteral(" ! stop")); }

    CliRun runCli(const QStringList &args)
    {
        const QString cookie = m_node.writeCookieFile(m_dir.path());
        return test::runCli(QStringList{QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), cookie} + args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_node.start());
        QCOMPARE(m_node.evalInt(QStringLiteral("erlang:system_info(schedulers)")), Normal);
        QVERIFY(!flagOn());
    }

    void oneBusySchedulerAmongIdleOnes()
    {
        startLoops(QStringLiteral("bt_busy"), 2, 1);
        Session s;
        QVERIFY(s.open(m_node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Full);
        s.collector.setFirstWindowMs(1000); // one reading over a whole second
        const auto r = s.read();
        QVERIFY(r);
        QVERIFY(r->wallTimeAvailable && r->hasUtilization);
        QVERIFY(r->enabledBeforeKnown && !r->enabledBefore);
        QCOMPARE(r->items.size(), Normal + DirtyCpu + DirtyIo);
        QCOMPARE(r->count(SchedulerSample::Type::DirtyCpu), DirtyCpu);
        QCOMPARE(r->count(SchedulerSample::Type::DirtyIo), DirtyIo);
        QVERIFY(r->intervalS > 0.9 && r->intervalS < 5);
        for (const SchedulerSample::Scheduler &x : r->items) {
            const QByteArray what = QStringLiteral("%1 %2: %3").arg(SchedulerSample::typeKey(x.type)).arg(x.index).arg(x.utilization).toUtf8();
            if (x.type == SchedulerSample::Type::Normal && x.index == 2) {
                QVERIFY2(x.utilization > 0.9, what.constData());
                QVERIFY2(x.sleep() < 0.1, what.constData());
            } else {
                QVERIFY2(x.utilization >= 0 && x.utilization < 0.1, what.constData());
            }
        }
        QCOMPARE(r->busiestId, 2);
        QVERIFY(r->spread > 0.8);
        // Normal and dirty CPU together: one of six busy.
        QVERIFY2(r->total > 0.9 / (Normal + DirtyCpu) && r->total < 1.2 / (Normal + DirtyCpu), qPrintable(QString::number(r->total)));
        // The next reading's utilisation is over the time since this one.
        const auto next = s.read();
        QVERIFY(next && next->hasUtilization);
        QVERIFY(next->byId(2)->utilization > 0.9);
        stopLoops(QStringLiteral("bt_busy"));
        QVERIFY(s.close());
        QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void runQueueImbalanceShows()
    {
        // Three loops on scheduler 3: one runs, two wait in its queue; the others' queues are empty.
        startLoops(QStringLiteral("bt_queue"), 3, 3);
        Session s;
        QVERIFY(s.open(m_node.connectOptions()));
        std::optional<SchedulerSample> r;
        // The queue length is a moment's figure; read until the waiting loops are seen.
        for (int i = 0; i < 20 && !(r && r->byId(3)->runQueue >= 1); ++i)
            r = s.read();
        QVERIFY(r);
        QVERIFY2(r->byId(3)->runQueue >= 1, qPrintable(QString::number(r->byId(3)->runQueue)));
        QCOMPARE(r->runQueueMaxId, 3);
        QVERIFY(r->runQueueImbalance() >= 1);
        stopLoops(QStringLiteral("bt_queue"));
        QVERIFY(s.close());
    }

    void flagIsOffAgainAfterBeamtopGoes()
    {
        QVERIFY(!flagOn());
        Session s;
        QVERIFY(s.open(m_node.connectOptions()));
        QVERIFY(s.read());
        QVERIFY(flagOn()); // the agent's server holds it while Beamtop is here
        QVERIFY(s.close());
        QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 5000);
        QVERIFY(!flagOn());
    }

    void flagIsOffAgainWhenTheLinkDrops()
    {
        QVERIFY(!flagOn());
        Session s;
        QVERIFY(s.open(m_node.connectOptions()));
        QVERIFY(s.read());
        QVERIFY(flagOn());
        s.node.disconnectFromNode(); // no detach: the link just closes, as when Beamtop crashes
        QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 10000);
        QVERIFY(!flagOn());
    }

    void flagStaysOnWhenItWasOnBefore()
    {
        // Something on the node (a long-lived process) keeps the flag on before Beamtop comes.
        QCOMPARE(m_node.eval(QStringLiteral("register(bt_holder, spawn(fun() -> erlang:system_flag(scheduler_wall_time, true), "
                                            "receive stop -> ok end end)), ok")),
                 QStringLiteral("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(flagOn(), 5000);
        Session s;
        QVERIFY(s.open(m_node.connectOptions()));
        const auto r = s.read();
        QVERIFY(r);
        QVERIFY(r->enabledBeforeKnown && r->enabledBefore);
        QVERIFY(s.close());
        QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 5000);
        QVERIFY(flagOn()); // still on: it was not Beamtop's to turn off
        // And Beamtop left no count of its own behind: when the holder goes, the flag goes.
        m_node.eval(QStringLiteral("bt_holder ! stop"));
        QTRY_VERIFY_WITH_TIMEOUT(!flagOn(), 5000);
    }

    void reducedModeReadsRunQueuesWithoutTheFlag()
    {
        AgentClient::Options o;
        o.useAgent = false;
        Session s(o);
        QVERIFY(s.open(m_node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Reduced);
        const auto r = s.read();
        QVERIFY(r);
        QVERIFY(!r->wallTimeAvailable); // nothing on the node holds the flag, and Beamtop cannot
        QVERIFY(!r->hasUtilization);
        QCOMPARE(r->items.size(), Normal + DirtyCpu + DirtyIo);
        QVERIFY(!flagOn());
        QVERIFY(s.close());
    }

    void cliRecordWritesCsv()
    {
        const QString out = m_dir.filePath(QStringLiteral("load.csv"));
        startLoops(QStringLiteral("bt_rec"), 1, 1);
        const CliRun r = runCli({QStringLiteral("record"), QStringLiteral("--duration"), QStringLiteral("2s"),
                                 QStringLiteral("--interval"), QStringLiteral("500"), QStringLiteral("--out"), out});
        stopLoops(QStringLiteral("bt_rec"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 4); // header and 2 s / 500 ms rows
        const QList<QByteArray> header = lines.first().split(',');
        for (const char *k : {"time", "unix_ms", "scheduler_utilization_total", "scheduler_utilization_1",
                              "scheduler_utilization_4", "scheduler_utilization_dirty_cpu_2", "scheduler_utilization_dirty_io_2",
                              "memory_total_bytes", "memory_processes_bytes", "memory_binary_bytes", "memory_ets_bytes",
                              "memory_atom_bytes", "memory_code_bytes", "process_count", "port_count", "reductions_per_s",
                              "io_in_bytes_per_s", "io_out_bytes_per_s", "gc_per_s", "gc_words_reclaimed_per_s", "run_queue"})
            QVERIFY2(header.contains(k), k);
        const int util1 = int(header.indexOf("scheduler_utilization_1"));
        const int reds = int(header.indexOf("reductions_per_s"));
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split(',');
            QCOMPARE(cells.size(), header.size());
            // Every row has rates and utilisation: the first sample only primed them.
            QVERIFY2(cells.at(util1).toDouble() > 0.9, lines.at(i).constData());
            QVERIFY(cells.at(reds).toDouble() > 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void cliRecordWritesJson()
    {
        const CliRun r = runCli({QStringLiteral("record"), QStringLiteral("--duration"), QStringLiteral("1s"),
                                 QStringLiteral("--interval"), QStringLiteral("250"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("beamtop.history/1"));
        QCOMPARE(doc.value(QStringLiteral("node")).toString(), m_node.nodeName());
        const QJsonArray samples = doc.value(QStringLiteral("samples")).toArray();
        QCOMPARE(samples.size(), 4);
        QVERIFY(samples.last().toObject().value(QStringLiteral("memory_total_bytes")).toDouble() > 0);
        QVERIFY(samples.last().toObject().value(QStringLiteral("scheduler_utilization_total")).isDouble());
    }

    void cliRecordRefusesBadArguments()
    {
        QCOMPARE(runCli({QStringLiteral("record"), QStringLiteral("--duration"), QStringLiteral("soon")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("record"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("record"), QStringLiteral("--interval"), QStringLiteral("50")}).exitCode, 2);
    }

    // --format text: a line per sample for people, the first sample still only priming.
    void cliRecordWritesText()
    {
        const CliRun r = runCli({QStringLiteral("record"), QStringLiteral("--duration"), QStringLiteral("1s"),
                                 QStringLiteral("--interval"), QStringLiteral("250"), QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2 + 4); // title, header, 1 s / 250 ms rows
        QVERIFY2(lines.at(0).contains(m_node.nodeName().toUtf8()), lines.at(0).constData());
        QVERIFY2(lines.at(1).startsWith("TIME") && lines.at(1).contains("UTIL") && lines.at(1).contains("MEMORY"),
                 lines.at(1).constData());
        for (int i = 2; i < lines.size(); ++i) {
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d +\\d+[.,]\\d %")).match(QString::fromUtf8(lines.at(i))).hasMatch(),
                     lines.at(i).constData());
        }
        QVERIFY(!r.out.contains("unix_ms") && !r.out.startsWith('{'));
    }

    void cliRecordEndsCleanlyOnSigint()
    {
        Recording rec;
        rec.start(m_node, m_node.writeCookieFile(m_dir.path()),
                  {QStringLiteral("record"), QStringLiteral("--duration"), QStringLiteral("10m"), QStringLiteral("--interval"),
                   QStringLiteral("250"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(rec.process.waitForStarted());
        QVERIFY2(rec.waitForRows(2), rec.err().constData());
        rec.signal(SIGINT);
        const int code = rec.finish();
        const QByteArray err = rec.err();
        QVERIFY2(code == 0, err.constData());
        // A whole document with every row written before the interruption.
        const QJsonArray samples = samplesOf(rec.out);
        QVERIFY2(samples.size() >= 2, rec.out.right(300).constData());
        QVERIFY(samples.last().toObject().value(QStringLiteral("memory_total_bytes")).toDouble() > 0);
        QVERIFY2(err.contains("Interrupted"), err.constData());
        // And Beamtop detached: the flag is back off.
        QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 5000);
        QVERIFY(!flagOn());
    }

    void cliRecordToAFileEndsCleanlyOnSigterm()
    {
        QTemporaryDir outDir;
        QVERIFY(outDir.isValid());
        const QString out = outDir.filePath(QStringLiteral("load.json"));
        Recording rec;
        rec.start(m_node, m_node.writeCookieFile(m_dir.path()),
                  {QStringLiteral("record"), QStringLiteral("--duration"), QStringLiteral("10m"), QStringLiteral("--interval"),
                   QStringLiteral("200"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
        QVERIFY(rec.process.waitForStarted());
        // Recording once the agent has the flag on; a few intervals later, stopped.
        QTRY_VERIFY_WITH_TIMEOUT(flagOn(), 20000);
        QTest::qWait(1500);
        rec.signal(SIGTERM);
        const int code = rec.finish();
        QVERIFY2(code == 0, rec.err().constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray samples = samplesOf(f.readAll());
        QVERIFY(samples.size() >= 1);
        // Nothing else left beside it (the temporary file was renamed over the target).
        QCOMPARE(QDir(outDir.path()).entryList(QDir::Files), QStringList{QStringLiteral("load.json")});
        QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void cliRecordSkipsAFailedSampleAndEndsCleanlyWhenTheNodeGoes()
    {
        TestNode node;
        QVERIFY(node.start());
        Recording rec;
        rec.start(node, node.writeCookieFile(m_dir.path()),
                  {QStringLiteral("--timeout"), QStringLiteral("1000"), QStringLiteral("record"), QStringLiteral("--duration"),
                   QStringLiteral("10m"), QStringLiteral("--interval"), QStringLiteral("250"), QStringLiteral("--format"),
                   QStringLiteral("json")});
        QVERIFY(rec.process.waitForStarted());
        QVERIFY2(rec.waitForRows(1), rec.err().constData());
        // A node that does not answer for a while: its samples time out (after the call
        // timeout plus a margin) and are skipped; the recording goes on when it answers again.
        node.suspend();
        QTest::qWait(3500);
        node.resume();
        const int before = rec.rows();
        QVERIFY2(rec.waitForRows(before + 2), rec.err().constData());
        // Then the node goes: the document is closed with what it had.
        node.kill();
        const int code = rec.finish();
        const QByteArray err = rec.err();
        QCOMPARE(code, 4);
        QVERIFY2(err.contains("Skipped a sample"), err.constData());
        QVERIFY2(err.contains("Lost the connection"), err.constData());
        const QJsonArray samples = samplesOf(rec.out);
        QVERIFY2(samples.size() >= before + 2, rec.out.right(300).constData());
    }

    void snapshotHasSchedulers()
    {
        const CliRun r = runCli({QStringLiteral("snapshot")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("schedulers")).toObject();
        QVERIFY(s.value(QStringLiteral("available")).toBool());
        QVERIFY(s.value(QStringLiteral("interval_s")).toDouble() > 0.2);
        QCOMPARE(s.value(QStringLiteral("schedulers")).toInt(), Normal);
        const QJsonArray items = s.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), Normal + DirtyCpu + DirtyIo);
        QCOMPARE(items.at(Normal).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("dirty_cpu"));
        const double u = items.at(0).toObject().value(QStringLiteral("utilization")).toDouble(-1);
        QVERIFY(u >= 0 && u <= 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 5000);
        QVERIFY(!flagOn());
    }
};

QTEST_GUILESS_MAIN(TestSchedulers)
#include "tst_schedulers.moc"
