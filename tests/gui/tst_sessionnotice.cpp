// SPDX-License-Identifier: GPL-3.0-or-later
// Which sentence the main window's notice bar shows for each state of the session and the demo
// node, and which buttons come with it; no node, no window.
#include "sessionnotice.h"

#include <QTest>

using namespace beamtop;

Q_DECLARE_METATYPE(beamtop::SessionFacts)

namespace {

using Kind = NoticeBar::Kind;
using Action = SessionNotice::Action;
using State = NodeSession::State;
using Stage = DemoNode::Stage;

const QString Node = QStringLiteral("app@host");
const QDateTime SampleAt(QDate(2024, 5, 1), QTime(14, 2, 11));
const QDateTime LostAt(QDate(2024, 5, 1), QTime(14, 3, 5));

SessionFacts demo(Stage stage)
{
    SessionFacts f;
    f.demoStage = stage;
    f.demoError = QStringLiteral("erl not found");
    f.demoOutput = QStringLiteral("init terminating");
    return f;
}

SessionFacts session(State state, bool sampled = true)
{
    SessionFacts f;
    f.hasSession = true;
    f.node = Node;
    f.state = state;
    f.hasSample = sampled;
    if (sampled)
        f.lastSampleAt = SampleAt;
    f.lastError = QStringLiteral("econnrefused");
    f.lostAt = LostAt;
    f.lostReason = QStringLiteral("tcp closed");
    return f;
}

template<typename Change>
SessionFacts with(SessionFacts f, Change change)
{
    change(f);
    return f;
}

} // namespace

class TestSessionNotice : public QObject
{
    Q_OBJECT
private slots:
    void describe_data()
    {
        QTest::addColumn<SessionFacts>("facts");
        QTest::addColumn<bool>("shown");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QList<int>>("actions");

        const int Reconnect = int(Action::Reconnect), Connect = int(Action::Connect);
        const int RetryDemo = int(Action::RetryDemo), Pause = int(Action::Pause);
        const QString demoRuns = QStringLiteral("The demo node runs on this computer and stops when Beamtop exits.");

        QTest::newRow("nothing") << SessionFacts{} << false << 0 << QString() << QString() << QList<int>{};
        QTest::newRow("demo preparing") << demo(Stage::Preparing) << true << int(Kind::Progress)
                                        << DemoNode::stageText(Stage::Preparing) << demoRuns << QList<int>{};
        QTest::newRow("demo starting") << demo(Stage::Starting) << true << int(Kind::Progress)
                                       << DemoNode::stageText(Stage::Starting) << demoRuns << QList<int>{};
        QTest::newRow("demo registering") << demo(Stage::Registering) << true << int(Kind::Progress)
                                          << DemoNode::stageText(Stage::Registering) << demoRuns << QList<int>{};
        QTest::newRow("demo failed") << demo(Stage::Failed) << true << int(Kind::Error)
                                     << QStringLiteral("The demo node did not start.") << QStringLiteral("erl not found")
                                     << QList<int>{RetryDemo};
        QTest::newRow("demo running, not connected yet")
            << demo(Stage::Running) << false << 0 << QString() << QString() << QList<int>{};
        QTest::newRow("demo stopped, no session") << demo(Stage::Stopped) << false << 0 << QString() << QString() << QList<int>{};

        QTest::newRow("connecting") << session(State::Connecting, false) << true << int(Kind::Progress)
                                    << QStringLiteral("Connecting to app@host…") << QString() << QList<int>{};
        QTest::newRow("loading agent") << session(State::LoadingAgent, false) << true << int(Kind::Progress)
                                       << QStringLiteral("Connected to app@host; loading the agent…") << QString()
                                       << QList<int>{};
        QTest::newRow("reconnecting, nothing shown")
            << session(State::Reconnecting, false) << true << int(Kind::Warning)
            << QStringLiteral("The connection to app@host was lost at 14:03:05. Reconnecting…")
            << QStringLiteral("tcp closed") << QList<int>{};
        QTest::newRow("reconnecting, data shown")
            << session(State::Reconnecting) << true << int(Kind::Warning)
            << QStringLiteral("The connection to app@host was lost at 14:03:05. Showing data from 14:02:11; reconnecting…")
            << QStringLiteral("tcp closed") << QList<int>{};
        QTest::newRow("closing") << session(State::Closing) << true << int(Kind::Progress)
                                 << QStringLiteral("Disconnecting from app@host…") << QString() << QList<int>{};
        QTest::newRow("could not connect")
            << session(State::Disconnected, false) << true << int(Kind::Error)
            << QStringLiteral("Could not connect to app@host.") << QStringLiteral("econnrefused")
            << QList<int>{Reconnect, Connect};
        QTest::newRow("disconnected") << session(State::Disconnected) << true << int(Kind::Info)
                                      << QStringLiteral("Disconnected from app@host. Showing data from 14:02:11.")
                                      << QStringLiteral("tcp closed") << QList<int>{Reconnect};
        // A session outranks the demo node's own notices, and the link outranks a refresh.
        QTest::newRow("demo failed, session connecting")
            << with(session(State::Connecting, false), [](SessionFacts &f) { f.demoStage = Stage::Failed; })
            << true << int(Kind::Progress) << QStringLiteral("Connecting to app@host…") << QString() << QList<int>{};
        QTest::newRow("disconnected with a failed refresh")
            << with(session(State::Disconnected), [](SessionFacts &f) { f.fetchError = QStringLiteral("timeout"); })
            << true << int(Kind::Info) << QStringLiteral("Disconnected from app@host. Showing data from 14:02:11.")
            << QStringLiteral("tcp closed") << QList<int>{Reconnect};

        QTest::newRow("live") << session(State::Live) << false << 0 << QString() << QString() << QList<int>{};
        QTest::newRow("live, demo running")
            << with(session(State::Live), [](SessionFacts &f) { f.demoStage = Stage::Running; })
            << false << 0 << QString() << QString() << QList<int>{};
        QTest::newRow("live, demo stopped")
            << with(session(State::Live),
                    [](SessionFacts &f) {
                        f.demoStage = Stage::Stopped;
                        f.demoOutput = QStringLiteral("init terminating");
                        f.fetchError = QStringLiteral("timeout");
                    })
            << true << int(Kind::Warning) << QStringLiteral("The demo node has stopped.")
            << QStringLiteral("init terminating") << QList<int>{RetryDemo};
        QTest::newRow("refresh failed")
            << with(session(State::Live),
                    [](SessionFacts &f) {
                        f.fetchError = QStringLiteral("timeout");
                        f.paused = true;
                        f.stale = true;
                    })
            << true << int(Kind::Warning)
            << QStringLiteral("The last refresh from app@host failed; showing data from 14:02:11.")
            << QStringLiteral("timeout") << QList<int>{};
        // A slow node: late data outranks the failed refresh it causes, whose reason becomes
        // the detail.
        const QString overloaded =
            QStringLiteral("The node may be overloaded. Beamtop keeps asking and shows new data as soon as it comes.");
        QTest::newRow("late") << with(session(State::Live), [](SessionFacts &f) { f.lateForMs = 3400; })
                              << true << int(Kind::Warning)
                              << QStringLiteral("Data is late: app@host has not answered for 3 s. Showing data from 14:02:11.")
                              << overloaded << QList<int>{};
        QTest::newRow("late, a refresh timed out")
            << with(session(State::Live),
                    [](SessionFacts &f) {
                        f.lateForMs = 75000;
                        f.fetchError = QStringLiteral("timeout");
                    })
            << true << int(Kind::Warning)
            << QStringLiteral("Data is late: app@host has not answered for 1 min 15 s. Showing data from 14:02:11.")
            << QStringLiteral("timeout") << QList<int>{};
        QTest::newRow("late before the first sample")
            << with(session(State::Live, false),
                    [](SessionFacts &f) {
                        f.lateForMs = 2000;
                        f.stale = true;
                    })
            << true << int(Kind::Warning) << QStringLiteral("Data is late: app@host has not answered for 2 s.")
            << overloaded << QList<int>{};
        QTest::newRow("a lost link outranks late data")
            << with(session(State::Reconnecting), [](SessionFacts &f) { f.lateForMs = 5000; }) << true
            << int(Kind::Warning)
            << QStringLiteral("The connection to app@host was lost at 14:03:05. Showing data from 14:02:11; reconnecting…")
            << QStringLiteral("tcp closed") << QList<int>{};
        QTest::newRow("paused")
            << with(session(State::Live),
                    [](SessionFacts &f) {
                        f.paused = true;
                        f.stale = true;
                    })
            << true << int(Kind::Info) << QStringLiteral("Refreshing is paused. F5 refreshes once.") << QString()
            << QList<int>{Pause};
        QTest::newRow("first read") << with(session(State::Live, false), [](SessionFacts &f) { f.stale = true; })
                                    << true << int(Kind::Progress) << QStringLiteral("Reading app@host…") << QString()
                                    << QList<int>{};
    }

    void describe()
    {
        QFETCH(SessionFacts, facts);
        QFETCH(bool, shown);
        QFETCH(int, kind);
        QFETCH(QString, headline);
        QFETCH(QString, detail);
        QFETCH(QList<int>, actions);

        const std::optional<SessionNotice> notice = SessionNotice::describe(facts);
        QCOMPARE(notice.has_value(), shown);
        if (!notice)
            return;
        QCOMPARE(int(notice->kind), kind);
        QCOMPARE(notice->headline, headline);
        QCOMPARE(notice->detail, detail);
        QList<int> got;
        for (const Action a : notice->actions)
            got << int(a);
        QCOMPARE(got, actions);
    }
};

QTEST_GUILESS_MAIN(TestSessionNotice)
#include "tst_sessionnotice.moc"
