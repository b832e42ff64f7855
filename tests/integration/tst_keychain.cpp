// SPDX-License-Identifier: GPL-3.0-or-later
// The real system keychain (GNOME Keyring over the Secret Service, through QtKeychain) and
// connecting through profiles. Runs inside scripts/keychain-session.sh: a private D-Bus session,
// a throw-away unlocked keyring and a temporary HOME — never the developer's own keyring.
#include "node/nodeclient.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profilecookie.h"
#include "profiles/profilestore.h"
#include "clirun.h"
#include "testnode.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace beamtop;
using beamtop::test::CliRun;
using beamtop::test::CliRunOptions;
using beamtop::test::runCli;
using beamtop::test::TestNode;

namespace {
quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

using Run = CliRun;

// What the keychain holds under the key, read independently of Beamtop (libsecret's tool).
QByteArray secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                            QString::fromLatin1(KeychainSecretStore::Service), QStringLiteral("user"), key});
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
        return "(secret-tool hung)";
    }
    return p.readAllStandardOutput();
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestNode::Options m_nodeOptions;
    std::unique_ptr<TestNode> m_node;
    KeychainSecretStore *m_store = nullptr;

    SecretResult wait(const std::function<void(SecretStore::Handler)> &start)
    {
        std::optional<SecretResult> out;
        start([&out](const SecretResult &r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), SecretStore::DefaultTimeoutMs + 2000); }();
        return out.value_or(SecretResult());
    }

    QString profilesFile() const { return m_dir.filePath(QStringLiteral("config/Beamtop/profiles.ini")); }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("BEAMTOP_COOKIE"));
        return env;
    }

    Run cli(const QStringList &args, const QByteArray &stdinData = {}, const QProcessEnvironment &env = {}) const
    {
        CliRunOptions options;
        options.env = env.isEmpty() ? cliEnvironment() : env;
        options.input = stdinData;
        return runCli(args, options);
    }

    bool fileContains(const QString &path, const QByteArray &needle) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("BEAMTOP_KEYCHAIN_HOME"))
            QFAIL("Run this test through scripts/keychain-session.sh (ctest does): it needs a private D-Bus "
                  "session with a throw-away, unlocked keyring.");
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("Beamtop"));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        qunsetenv("BEAMTOP_COOKIE");
        m_store = new KeychainSecretStore(this);
        // One node for the whole class, on a fixed distribution port (for the tunnel case).
        m_nodeOptions.distPort = freePort();
        m_node = std::make_unique<TestNode>(m_nodeOptions);
        QVERIFY(m_node->start());
    }

    void cleanupTestCase()
    {
        if (m_node)
            m_node->stop();
    }

    void storeReadAndDeleteACookie()
    {
        const QString key = QStringLiteral("profile:test-") + TestNode::randomToken(8);
        const QByteArray cookie = TestNode::randomToken(20).toLatin1();
        SecretResult r = wait([&](SecretStore::Handler h) { m_store->read(key, this, h); });
        QCOMPARE(r.status, SecretResult::Status::NotFound);

        r = wait([&](SecretStore::Handler h) { m_store->write(key, cookie, this, h); });
        QVERIFY2(r.ok(), qPrintable(r.message() + QLatin1Char(' ') + r.detail));
        QCOMPARE(secretToolLookup(key), cookie); // really in the keyring, service "beamtop"

        r = wait([&](SecretStore::Handler h) { m_store->read(key, this, h); });
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(r.secret, cookie);

        r = wait([&](SecretStore::Handler h) { m_store->remove(key, this, h); });
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(secretToolLookup(key), QByteArray());
        r = wait([&](SecretStore::Handler h) { m_store->read(key, this, h); });
        QCOMPARE(r.status, SecretResult::Status::NotFound);
    }

    void connectThroughAProfile_data()
    {
        QTest::addColumn<bool>("direct");
        QTest::newRow("through EPMD") << false;
        // A tunnel: the node's distribution port, and an EPMD port where nothing listens, so a
        // connect that consulted EPMD would fail.
        QTest::newRow("distribution port, EPMD not consulted") << true;
    }

    void connectThroughAProfile()
    {
        QFETCH(bool, direct);
        ProfileStore store(m_dir.filePath(QStringLiteral("gui-profiles.ini")));
        Profile p;
        p.name = QStringLiteral("node %1").arg(direct ? QStringLiteral("direct") : QStringLiteral("epmd"));
        p.node = m_node->nodeName();
        p.id = Profile::newId();
        // Where EPMD would be asked, on every address the node's host may resolve to: with
        // the distribution port nothing may ever knock there.
        QTcpServer epmd;
        QVERIFY(epmd.listen(QHostAddress::Any, 0));
        QSignalSpy knocks(&epmd, &QTcpServer::newConnection);
        if (direct) {
            p.distPort = m_nodeOptions.distPort;
            p.epmdPort = epmd.serverPort();
        }
        SecretResult w = wait([&](SecretStore::Handler h) { m_store->write(p.secretKey(), m_node->cookie(), this, h); });
        QVERIFY2(w.ok(), qPrintable(w.detail));
        QString why;
        QVERIFY2(store.save(&p, &why), qPrintable(why));
        QVERIFY(!fileContains(store.fileName(), m_node->cookie()));

        const Profile loaded = *ProfileStore(store.fileName()).find(p.name);
        std::optional<ProfileCookie> cookie;
        ProfileCookie::fetch(loaded, m_store, this, [&cookie](const ProfileCookie &c) { cookie = c; });
        QTRY_VERIFY(cookie.has_value());
        QVERIFY2(cookie->ok(), qPrintable(cookie->error));
        NodeClient client;
        QSignalSpy connected(&client, &NodeClient::connected);
        QSignalSpy failed(&client, &NodeClient::connectFailed);
        client.connectToNode(loaded.connectOptions(cookie->cookie));
        QTRY_VERIFY_WITH_TIMEOUT(connected.count() + failed.count() > 0, 15000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<ConnectError>().message));
        QCOMPARE(client.info().node, m_node->nodeName());
        if (direct) {
            QTest::qWait(200); // a connection made during the connect has been accepted by now
            QCOMPARE(knocks.count(), 0);
            QVERIFY(!epmd.hasPendingConnections());
        }
        // The node sees us: our hidden node is among its hidden connections.
        QVERIFY(m_node->eval(QStringLiteral("lists:member('%1', nodes(hidden))").arg(client.info().selfNode)) == QLatin1String("true"));
        client.disconnectFromNode();
        wait([&](SecretStore::Handler h) { m_store->remove(p.secretKey(), this, h); });
    }

    // Done means: add a node once, then `beamtop-cli --profile NAME snapshot` with the cookie
    // in the keychain; remove takes the keychain entry too.
    void cliProfileLifecycle()
    {
        const QString name = QStringLiteral("cli-") + TestNode::randomToken(5);
        Run r = cli({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--node"), m_node->nodeName(),
                     QStringLiteral("--cookie-stdin")},
                    m_node->cookie() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!fileContains(profilesFile(), m_node->cookie()));
        const auto saved = ProfileStore(profilesFile()).find(name);
        QVERIFY(saved);
        QCOMPARE(saved->cookieSource, Profile::CookieSource::Keychain);
        QCOMPARE(secretToolLookup(saved->secretKey()), m_node->cookie());

        r = cli({QStringLiteral("profiles"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(name.toUtf8()));
        QVERIFY(r.out.contains(m_node->nodeName().toUtf8()));
        QVERIFY(!r.out.contains(m_node->cookie()));
        r = cli({QStringLiteral("profiles"), QStringLiteral("show"), name, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("node")).toString(), m_node->nodeName());
        QVERIFY(!r.out.contains(m_node->cookie()));

        r = cli({QStringLiteral("--profile"), name.toUpper(), QStringLiteral("snapshot")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("node")).toString(), m_node->nodeName());
        QVERIFY(ProfileStore(profilesFile()).find(name)->lastConnected.isValid());

        r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), name});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!ProfileStore(profilesFile()).find(name));
        QCOMPARE(secretToolLookup(saved->secretKey()), QByteArray());
        r = cli({QStringLiteral("--profile"), name, QStringLiteral("snapshot")});
        QCOMPARE(r.exitCode, 2);
    }

    // No keychain to talk to: the user is told, and nothing lands in a plain file.
    void noKeychainMeansNoPlainTextFallback()
    {
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
        env.remove(QStringLiteral("DISPLAY"));
        const QString name = QStringLiteral("nokeychain-") + TestNode::randomToken(5);
        Run r = cli({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--node"), m_node->nodeName(),
                     QStringLiteral("--cookie-stdin")},
                    m_node->cookie() + '\n', env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("keychain"), r.err.constData());
        QVERIFY2(r.err.contains("--keep-cookie-file"), r.err.constData()); // says what to do instead
        QVERIFY(!ProfileStore(profilesFile()).find(name));
        QVERIFY(!fileContains(profilesFile(), m_node->cookie()));
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QVERIFY2(!fileContains(f, m_node->cookie()), qPrintable(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
