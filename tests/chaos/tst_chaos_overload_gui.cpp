// SPDX-License-Identifier: GPL-3.0-or-later
// What the window shows while every scheduler of the node is busy: the status bar and the
// notice bar say the data is late and for how long, the link stays up, and both are back to
// normal once the node answers. Offscreen, against a real node.
#include "guitestutil.h"
#include "noticebar.h"
#include "sessionstatusbar.h"
#include "testnode.h"

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

// How long every scheduler stays busy (TestNode::loadSchedulerHog): past the 2 s "late" mark,
// under the 6 s a sample may take before it times out.
constexpr int StallMs = 4000;

} // namespace

class TestChaosOverloadGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(m_settings); }

    void windowSaysDataIsLate()
    {
        TestNode::Options o;
        o.extraArgs << QStringLiteral("+S") << QStringLiteral("2:2");
        TestNode node(o);
        QVERIFY(node.start());
        QVERIFY(node.loadSchedulerHog());

        MainWindow w;
        w.resize(1000, 600);
        w.show();
        w.setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
        QVERIFY(test::connectLive(w, node.connectOptions()));
        NodeSession *session = w.session();
        SessionStatusBar *status = w.sessionStatusBar();
        QTRY_VERIFY_WITH_TIMEOUT(session->lastSample().has_value(), 10000);
        QCOMPARE(status->stateText(), NodeSession::stateText(NodeSession::State::Live));
        QVERIFY(!w.notice()->isVisible());

        // Asked over the window's own link so that the test's event loop never waits on it.
        bool stallStarted = false;
        session->client()->call(QStringLiteral("bt_hog"), QStringLiteral("stall"), {Term::integer(StallMs)}, 30000, this,
                                [&stallStarted](const CallResult &r) { stallStarted = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stallStarted, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session->isLate(), StallMs + 5000);
        QVERIFY2(status->stateText().startsWith(QLatin1String("Data is late: the node has not answered for ")),
                 qPrintable(status->stateText()));
        QTRY_VERIFY_WITH_TIMEOUT(w.notice()->isVisible(), 2000);
        QCOMPARE(w.notice()->kind(), NoticeBar::Kind::Warning);
        QVERIFY2(w.notice()->text().contains(QStringLiteral("Data is late: %1 has not answered for").arg(node.nodeName())),
                 qPrintable(w.notice()->text()));
        // The count grows while the node stays busy (the status bar follows the session).
        const QString first = status->stateText();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isLate() || status->stateText() != first, 3000);

        // The node answers again: both go back to normal, without a reconnect.
        QTRY_VERIFY_WITH_TIMEOUT(!session->isLate(), 20000);
        QCOMPARE(status->stateText(), NodeSession::stateText(NodeSession::State::Live));
        QTRY_VERIFY_WITH_TIMEOUT(!w.notice()->isVisible(), 2000);
        QCOMPARE(session->state(), NodeSession::State::Live);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestChaosOverloadGui)
#include "tst_chaos_overload_gui.moc"
