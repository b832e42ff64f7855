// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog on its own: EPMD completion, naming mode, and failures explained per
// class with the dialog kept open.
#include "connectdialog.h"
#include "guitestutil.h"
#include "node/nodeclient.h"
#include "nodenameedit.h"
#include "testnode.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace beamtop;
using beamtop::test::TestNode;

class TestConnectDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
        qRegisterMetaType<beamtop::NodeClient *>();
    }

    void completesNodeNamesFromEpmd()
    {
        TestNode node;
        QVERIFY(node.start());
        ConnectDialog d;
        d.show();
        NodeNameEdit *edit = d.nodeEdit();
        // A bare prefix completes against this machine's EPMD.
        edit->setText(node.aliveName().left(5));
        QSignalSpy done(edit, &NodeNameEdit::lookupFinished);
        edit->lookUpNow();
        QTRY_VERIFY_WITH_TIMEOUT(edit->suggestions().contains(node.nodeName()), 10000);
        QVERIFY(done.count() > 0);
        QVERIFY(done.last().at(2).toBool());
        // Typing waits for a pause before asking (debounced): a burst makes one lookup, of the
        // host typed last.
        done.clear();
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("x@localhost"));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QCOMPARE(done.first().at(0).toString(), QStringLiteral("localhost"));
    }

    void explainsFailuresAndStaysOpen_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("headlineWord");
        QTest::newRow("invalid name") << QStringLiteral("no-at-sign") << int(ConnectError::Kind::InvalidName)
                                      << QStringLiteral("name");
        QTest::newRow("not registered") << QStringLiteral("bt_nobody_%1@%2").arg(TestNode::randomToken(6), NodeName::localShortHost())
                                        << int(ConnectError::Kind::NodeNotFound) << QStringLiteral("node");
        QTest::newRow("unknown host") << QStringLiteral("app@no-such-host.invalid") << int(ConnectError::Kind::HostUnknown)
                                      << QStringLiteral("host");
    }

    void explainsFailuresAndStaysOpen()
    {
        QFETCH(QString, node);
        QFETCH(int, kind);
        QFETCH(QString, headlineWord);
        TestNode running; // EPMD up, so "not registered" is what it says
        QVERIFY(running.start());
        ConnectDialog d;
        d.show();
        d.setNode(node);
        d.setTypedCookie("whatever");
        QSignalSpy connected(&d, &ConnectDialog::connected);
        d.startConnect();
        QTRY_COMPARE_WITH_TIMEOUT(int(d.errorKind()), kind, 20000);
        QVERIFY(d.isVisible());
        QVERIFY(!d.isConnecting());
        QVERIFY2(d.errorHeadline().contains(headlineWord, Qt::CaseInsensitive), qPrintable(d.errorHeadline()));
        QCOMPARE(connected.count(), 0);
    }

    void missingCookieFileIsExplained()
    {
        ConnectDialog d;
        d.show();
        d.setNode(QStringLiteral("app@%1").arg(NodeName::localShortHost()));
        d.setCookieFile(m_settingsDir.filePath(QStringLiteral("no-such-cookie")));
        d.startConnect();
        QVERIFY(!d.errorHeadline().isEmpty());
        QVERIFY(d.errorText().contains(QLatin1String("no-such-cookie")));
        QVERIFY(d.isVisible());
    }

    void handsOverAConnectedClient()
    {
        TestNode node;
        QVERIFY(node.start());
        ConnectDialog d;
        d.show();
        d.setNode(node.nodeName());
        d.setTypedCookie(node.cookie());
        QSignalSpy connected(&d, &ConnectDialog::connected);
        d.startConnect();
        QVERIFY(d.isConnecting());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 20000);
        std::unique_ptr<NodeClient> client(connected.first().first().value<NodeClient *>());
        QVERIFY(client);
        QVERIFY(client->isConnected());
        QVERIFY(client->options().autoReconnect);
        QVERIFY(!client->parent());
        QVERIFY(!d.isVisible());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
