// The agent on real nodes: loaded, replaced, compiled on the node, shared between sessions,
// reduced mode, and no trace left after a clean disconnect or a SIGKILL.
#include "agent/agentclient.h"
#include "node/nodeclient.h"
#include "testnode.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

struct Session
{
    NodeClient node;
    AgentClient agent;
    explicit Session(AgentClient::Options o = {}) : agent(&node, o) {}
    bool open(const ConnectOptions &opts)
    {
        QSignalSpy ready(&agent, &AgentClient::ready);
        node.connectToNode(opts);
        return ready.wait(15000) || ready.count() > 0;
    }
    bool close()
    {
        QSignalSpy detached(&agent, &AgentClient::detached);
        agent.detachAndDisconnect();
        return detached.wait(10000) || detached.count() > 0;
    }
};

} // namespace

class TestAgent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(!AgentClient::bundledBeam().isEmpty());
        QVERIFY(!AgentClient::bundledSource().isEmpty());
        QCOMPARE(AgentClient::bundledMd5().size(), 16);
    }

    void loadsAndLeavesNoTraceAfterCleanDisconnect()
    {
        TestNode node;
        QVERIFY(node.start());
        QCOMPARE(node.traceLeft(), QStringLiteral("clean"));
        Session s;
        QVERIFY(s.open(node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Full);
        QCOMPARE(s.agent.loadPath(), QStringLiteral("loaded"));
        QVERIFY(node.eval(QStringLiteral("is_pid(whereis(beamtop_agent_v1))")) == QLatin1String("true"));
        QVERIFY(s.close());
        // Unloading finishes on the node right after detach returns.
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void noTraceAfterBeamtopIsKilled()
    {
        TestNode::Options to;
        to.tickTime = 4;
        TestNode node(to);
        QVERIFY(node.start());
        QTemporaryDir dir;
        const QString cookieFile = node.writeCookieFile(dir.path());
        // A whole Beamtop process with the agent loaded, killed without a chance to clean up.
        QProcess cli;
        cli.start(QStringLiteral(BEAMTOP_CLI_PATH),
                  {QStringLiteral("--node"), node.nodeName(), QStringLiteral("--cookie-file"), cookieFile,
                   QStringLiteral("snapshot"), QStringLiteral("--repeat"), QStringLiteral("100000"),
                   QStringLiteral("--interval"), QStringLiteral("50")});
        QVERIFY(cli.waitForStarted());
        QVERIFY(cli.waitForReadyRead(15000));
        QVERIFY(node.eval(QStringLiteral("is_pid(whereis(beamtop_agent_v1))")) == QLatin1String("true"));
        cli.kill(); // SIGKILL
        QVERIFY(cli.waitForFinished());
        // Within the node's tick time (4 s here) everything is gone.
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 6000);
    }

    void sharedBetweenSessionsUnloadsAfterTheLast()
    {
        TestNode node;
        QVERIFY(node.start());
        Session a, b;
        QVERIFY(a.open(node.connectOptions()));
        QVERIFY(b.open(node.connectOptions()));
        QCOMPARE(b.agent.loadPath(), QStringLiteral("already loaded"));
        QVERIFY(a.close());
        // b still uses it: nothing may be unloaded under it.
        QCOMPARE(node.eval(QStringLiteral("is_pid(whereis(beamtop_agent_v1))")), QStringLiteral("true"));
        QCOMPARE(node.eval(QStringLiteral("beamtop_agent_v1:ping()")), QStringLiteral("pong"));
        QVERIFY(b.close());
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void differentVersionIsReplaced()
    {
        TestNode node;
        QVERIFY(node.start());
        // An older agent of the same name, as another Beamtop build would leave it.
        QVERIFY(node.loadModule(QStringLiteral("-module(beamtop_agent_v1). -export([ping/0]). ping() -> old.")));
        QCOMPARE(node.eval(QStringLiteral("beamtop_agent_v1:ping()")), QStringLiteral("old"));
        Session s;
        QVERIFY(s.open(node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Full);
        QCOMPARE(s.agent.loadPath(), QStringLiteral("loaded"));
        QCOMPARE(node.eval(QStringLiteral("beamtop_agent_v1:ping()")), QStringLiteral("pong"));
        QVERIFY(s.close());
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void refusedBinaryIsCompiledOnTheNode()
    {
        TestNode node;
        QVERIFY(node.start());
        AgentClient::Options o;
        o.corruptBinaryForTest = true;
        Session s(o);
        QVERIFY(s.open(node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Full);
        QCOMPARE(s.agent.loadPath(), QStringLiteral("compiled on the node"));
        QCOMPARE(node.eval(QStringLiteral("beamtop_agent_v1:ping()")), QStringLiteral("pong"));
        QVERIFY(s.close());
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void reducedModeWhenNoCodeCanBeLoaded()
    {
        TestNode node;
        QVERIFY(node.start());
        // A node without a compiler (as in a minimal release): the refused beam cannot be
        // compiled from source either.
        QCOMPARE(node.eval(QStringLiteral(
                     "code:del_path(compiler), code:purge(compile), code:delete(compile), code:purge(compile), "
                     "code:ensure_loaded(compile)")),
                 QStringLiteral("{error,nofile}"));
        AgentClient::Options o;
        o.corruptBinaryForTest = true;
        Session s(o);
        QVERIFY(s.open(node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Reduced);
        QVERIFY(!s.agent.reducedReason().isEmpty());
        QVERIFY(s.close());
        QCOMPARE(node.traceLeft(), QStringLiteral("clean"));
    }

    void agentCanBeTurnedOff()
    {
        TestNode node;
        QVERIFY(node.start());
        AgentClient::Options o;
        o.useAgent = false;
        Session s(o);
        QVERIFY(s.open(node.connectOptions()));
        QCOMPARE(s.agent.mode(), AgentClient::Mode::Reduced);
        QCOMPARE(node.traceLeft(), QStringLiteral("clean"));
        QVERIFY(s.close());
    }

    void reportsItsOwnCost()
    {
        TestNode node;
        QVERIFY(node.start());
        Session s;
        QVERIFY(s.open(node.connectOptions()));
        QSignalSpy cost(&s.agent, &AgentClient::costUpdated);
        s.agent.requestCost();
        QTRY_COMPARE_WITH_TIMEOUT(cost.count(), 1, 5000);
        const double fraction = cost.first().at(0).toDouble();
        QVERIFY(fraction >= 0.0 && fraction < 1.0);
        QVERIFY(s.close());
    }
};

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
