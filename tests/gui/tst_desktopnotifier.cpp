// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications, on a private D-Bus session bus this test starts (dbus-daemon with a
// configuration of its own: nothing is activated, nothing reaches the developer's desktop) and a
// fake org.freedesktop.Notifications service registered on a connection of its own. An alert
// goes out as one Notify call with the rule's text and the urgency of its severity; alerts that
// fire together make one notification; without the service the notifier falls back (here, with
// no tray offscreen, it says it could not); and end to end, a rule that fires on a real node in
// a main window reaches the service.
#include "desktopnotifier.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "testnode.h"

#include "alerts/rulestore.h"
#include "session/nodesession.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSystemTrayIcon>
#include <QTest>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");

// What a notification service is asked: the Notify calls, as they came.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString app, icon, summary, body;
        QVariantMap hints;
    };
    QVector<Call> calls;

public slots:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        calls.append({app, icon, summary, body, hints});
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

AlertEvent firing(const QString &rule, AlertSeverity severity, const QString &note = {})
{
    AlertEvent e;
    e.type = AlertEvent::Type::Firing;
    e.ruleId = rule;
    e.severity = severity;
    e.metric = QStringLiteral("process_count");
    e.value = 1234;
    e.threshold = 1000;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.note = note;
    return e;
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    FakeNotifications m_fake;
    std::optional<QDBusConnection> m_serviceBus;
    std::optional<QDBusConnection> m_clientBus;

    bool registerService()
    {
        return m_serviceBus->registerService(Service);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        // A bus of our own: nothing activated on demand, anyone may own any name.
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                               "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                               "<busconfig><type>session</type><listen>unix:tmpdir=%1</listen><auth>EXTERNAL</auth>"
                               "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                               "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                    .arg(m_dir.path())
                    .toUtf8());
        f.close();
        m_daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                                                       QStringLiteral("--print-address=1"), QStringLiteral("--nopidfile")});
        QVERIFY2(m_daemon.waitForStarted(10000), "dbus-daemon did not start (apt-get install dbus)");
        QVERIFY(QTest::qWaitFor([this] { return m_daemon.canReadLine() || m_daemon.state() != QProcess::Running; }, 10000));
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY2(m_address.startsWith(QStringLiteral("unix:")), qPrintable(m_address));
        // Whatever asks for "the session bus" in this process gets ours, not the developer's.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());

        m_serviceBus = QDBusConnection::connectToBus(m_address, QStringLiteral("fake-notifications"));
        QVERIFY2(m_serviceBus->isConnected(), qPrintable(m_serviceBus->lastError().message()));
        QVERIFY(m_serviceBus->registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_fake,
                                             QDBusConnection::ExportAllSlots));
        QVERIFY(registerService());
        m_clientBus = QDBusConnection::connectToBus(m_address, QStringLiteral("beamtop-notifier"));
        QVERIFY(m_clientBus->isConnected());
    }

    void cleanupTestCase()
    {
        if (m_serviceBus)
            QDBusConnection::disconnectFromBus(m_serviceBus->name());
        if (m_clientBus)
            QDBusConnection::disconnectFromBus(m_clientBus->name());
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }

    void init()
    {
        m_fake.calls.clear();
    }

    void oneAlertOneNotification()
    {
        DesktopNotifier n;
        n.setConnection(*m_clientBus);
        QSignalSpy delivered(&n, &DesktopNotifier::delivered);
        n.notify(firing(QStringLiteral("mailbox"), AlertSeverity::Critical, QStringLiteral("call the on-call")),
                 QStringLiteral("shop@host"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 10000);
        const FakeNotifications::Call &c = m_fake.calls.first();
        QVERIFY2(c.summary.contains(QStringLiteral("mailbox")), qPrintable(c.summary));
        QVERIFY(c.summary.contains(QStringLiteral("shop@host")));
        QVERIFY(c.summary.contains(QStringLiteral("Critical")));
        QVERIFY2(c.body.contains(QStringLiteral("call the on-call")), qPrintable(c.body));
        QVERIFY(c.body.contains(QLocale().toString(1234)));
        QCOMPARE(c.hints.value(QStringLiteral("urgency")).toInt(), 2);
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(delivered.first().first().value<DesktopNotifier::Channel>(), DesktopNotifier::Channel::Notifications);

        // A warning is of normal urgency; a resolved alert is not told.
        n.notify(firing(QStringLiteral("runq"), AlertSeverity::Warning), QStringLiteral("shop@host"));
        AlertEvent resolved = firing(QStringLiteral("mailbox"), AlertSeverity::Critical);
        resolved.type = AlertEvent::Type::Resolved;
        n.notify(resolved, QStringLiteral("shop@host"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 2, 10000);
        QCOMPARE(m_fake.calls.at(1).hints.value(QStringLiteral("urgency")).toInt(), 1);
        // Alone: the resolved one was not gathered with it.
        QVERIFY(m_fake.calls.at(1).summary.contains(QStringLiteral("runq")));
        QVERIFY(!m_fake.calls.at(1).summary.contains(QStringLiteral("alerts")));
        QTRY_COMPARE(delivered.size(), 2);
    }

    void burstIsOneNotification()
    {
        DesktopNotifier n;
        n.setConnection(*m_clientBus);
        for (int i = 0; i < 8; ++i)
            n.notify(firing(QStringLiteral("rule_%1").arg(i), AlertSeverity::Warning), QStringLiteral("shop@host"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 10000);
        QVERIFY2(m_fake.calls.first().summary.contains(QStringLiteral("8 alerts")), qPrintable(m_fake.calls.first().summary));
        QVERIFY(m_fake.calls.first().body.contains(QStringLiteral("rule_0")));
        QVERIFY(m_fake.calls.first().body.contains(QStringLiteral("3 more")));
    }

    void withoutTheServiceFallsBack()
    {
        QVERIFY(m_serviceBus->unregisterService(Service));
        auto restore = qScopeGuard([this] { QVERIFY(registerService()); });
        DesktopNotifier n;
        n.setConnection(*m_clientBus);
        QSignalSpy failed(&n, &DesktopNotifier::failed);
        QSignalSpy delivered(&n, &DesktopNotifier::delivered);
        n.notify(firing(QStringLiteral("mailbox"), AlertSeverity::Critical), QStringLiteral("shop@host"));
        // Offscreen there is no tray either: said, not a crash, and never a hang.
        QVERIFY(QTest::qWaitFor([&] { return failed.size() + delivered.size() > 0; }, 15000));
        if (QSystemTrayIcon::isSystemTrayAvailable())
            QCOMPARE(delivered.first().first().value<DesktopNotifier::Channel>(), DesktopNotifier::Channel::Tray);
        else
            QVERIFY(failed.first().first().toString().contains(QStringLiteral("tray")));
        QCOMPARE(m_fake.calls.size(), 0);
    }

    void disabledSaysNothing()
    {
        DesktopNotifier n;
        n.setConnection(*m_clientBus);
        n.setEnabled(false);
        n.notify(firing(QStringLiteral("mailbox"), AlertSeverity::Critical), QStringLiteral("shop@host"));
        // On again, another alert: told alone, so the first never was.
        n.setEnabled(true);
        n.notify(firing(QStringLiteral("runq"), AlertSeverity::Warning), QStringLiteral("shop@host"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 10000);
        QVERIFY(m_fake.calls.first().summary.contains(QStringLiteral("runq")));
        QVERIFY(!m_fake.calls.first().body.contains(QStringLiteral("mailbox")));
    }

    void alertOnARealNodeReachesTheService()
    {
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", QFile::encodeName(data.path())); // the alert log
        RuleSet rules;
        AlertRule many;
        many.id = QStringLiteral("many_processes");
        many.metric = QStringLiteral("process_count");
        many.threshold = 1;
        many.note = QStringLiteral("the node has processes");
        rules.rules << many;
        QString error;
        QVERIFY2(RuleStore().save(QString(), rules, &error), qPrintable(error));

        TestNode node;
        QVERIFY(node.start());
        auto stop = qScopeGuard([&node] { node.stop(); });
        MainWindow w;
        w.desktopNotifier()->setConnection(*m_clientBus);
        w.show();
        w.setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
        QVERIFY(test::connectLive(w, node.connectOptions()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake.calls.isEmpty(), 20000);
        const FakeNotifications::Call &c = m_fake.calls.first();
        QVERIFY2(c.summary.contains(QStringLiteral("many_processes")), qPrintable(c.summary));
        QVERIFY(c.summary.contains(node.nodeName()));
        QVERIFY2(c.body.contains(QStringLiteral("the node has processes")), qPrintable(c.body));
        QCOMPARE(c.hints.value(QStringLiteral("urgency")).toInt(), 1);
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
