// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles: the value type, the QSettings store, JSON sharing, and the secret store's contract
// (success, errors, and a job that never finishes) through the fake.
#include "clustermodel.h"
#include "profilelistmodel.h"
#include "profiles/fakesecretstore.h"
#include "profiles/profilecookie.h"
#include "profiles/profilestore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace beamtop;

namespace {
Profile sample(const QString &name, const QString &node)
{
    Profile p;
    p.name = name;
    p.node = node;
    return p;
}

Profile everythingSet()
{
    Profile p = sample(QStringLiteral("Billing (prod)"), QStringLiteral("billing@app1.example.com"));
    p.nameMode = NodeName::Mode::Long;
    p.epmdPort = 4370;
    p.distPort = 9100;
    p.connectTimeoutMs = 12000;
    p.refreshIntervalMs = 2500;
    p.readOnly = false;
    p.syntax = Profile::Syntax::Elixir;
    p.colour = QStringLiteral("#cc3333");
    p.cookieSource = Profile::CookieSource::File;
    p.cookieFile = QStringLiteral("/etc/billing/cookie");
    return p;
}
} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTripCarriesNoCookie()
    {
        const Profile p = everythingSet();
        const QJsonObject json = p.toJson();
        for (auto it = json.begin(); it != json.end(); ++it)
            QVERIFY2(it.key() == QLatin1String("cookie_source") || it.key() == QLatin1String("cookie_file")
                         || !it.key().contains(QLatin1String("cookie")),
                     qPrintable(it.key()));
        Profile back;
        QString why;
        QVERIFY2(Profile::fromJson(json, &back, &why), qPrintable(why));
        back.id = p.id;
        QCOMPARE(back, p);
    }

    void fromJsonRejectsWhatCannotWork_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << QByteArray(R"({"node":"a@b"})") << QStringLiteral("name");
        QTest::newRow("bad node") << QByteArray(R"({"name":"x","node":"@@"})") << QString();
        QTest::newRow("port too big") << QByteArray(R"({"name":"x","node":"a@b","dist_port":70000})") << QStringLiteral("dist_port");
        QTest::newRow("fraction port") << QByteArray(R"({"name":"x","node":"a@b","epmd_port":43.5})") << QStringLiteral("epmd_port");
        QTest::newRow("syntax") << QByteArray(R"({"name":"x","node":"a@b","syntax":"lisp"})") << QStringLiteral("lisp");
        QTest::newRow("colour") << QByteArray(R"({"name":"x","node":"a@b","colour":"red"})") << QStringLiteral("red");
        QTest::newRow("timeout") << QByteArray(R"({"name":"x","node":"a@b","connect_timeout_ms":1})") << QStringLiteral("connect_timeout_ms");
        QTest::newRow("file without path") << QByteArray(R"({"name":"x","node":"a@b","cookie_source":"file"})") << QStringLiteral("file");
    }

    void fromJsonRejectsWhatCannotWork()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        Profile p;
        QString why;
        QVERIFY(!Profile::fromJson(QJsonDocument::fromJson(json).object(), &p, &why));
        QVERIFY(!why.isEmpty());
        if (!mentions.isEmpty())
            QVERIFY2(why.contains(mentions), qPrintable(why));
    }

    void connectOptionsFollowTheProfile()
    {
        Profile p = everythingSet();
        ConnectOptions o = p.connectOptions("sekrit");
        QCOMPARE(o.node, QStringLiteral("billing@app1.example.com"));
        QCOMPARE(o.cookie, QByteArray("sekrit"));
        QCOMPARE(o.nameMode, NodeName::Mode::Long);
        QCOMPARE(o.epmdPort, quint16(4370));
        QCOMPARE(o.distPort, quint16(9100));
        QCOMPARE(o.connectTimeoutMs, 12000);
        p.epmdPort = 0;
        p.distPort = 0;
        o = p.connectOptions({});
        QCOMPARE(o.epmdPort, defaultEpmdPort());
        QCOMPARE(o.distPort, quint16(0));
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.ini"));
        Profile a = everythingSet();
        Profile b = sample(QStringLiteral("alpha"), QStringLiteral("alpha@localhost"));
        b.cookieSource = Profile::CookieSource::Ask;
        Profile c = sample(QStringLiteral("Zeta"), QStringLiteral("zeta@10.0.0.5"));
        c.lastConnected = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        {
            ProfileStore store(file);
            QString why;
            for (Profile *p : {&a, &b, &c})
                QVERIFY2(store.save(p, &why), qPrintable(why));
            QVERIFY(!a.id.isEmpty() && a.id != b.id && b.id != c.id);
        }
        ProfileStore again(file);
        const QVector<Profile> all = again.profiles();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0), b); // by name, case-insensitive: alpha, Billing, Zeta
        QCOMPARE(all.at(1), a);
        QCOMPARE(all.at(2), c);
        QCOMPARE(again.find(QStringLiteral("ZETA"))->id, c.id);
        QCOMPARE(again.find(a.id)->name, a.name);
        QVERIFY(!again.find(QStringLiteral("nope")));

        // Renaming keeps the id (and so the keychain entry); a taken name is refused.
        Profile renamed = c;
        renamed.name = QStringLiteral("Omega");
        QString why;
        QVERIFY(again.save(&renamed, &why));
        QCOMPARE(renamed.id, c.id);
        Profile clash = sample(QStringLiteral("OMEGA"), QStringLiteral("x@y"));
        QVERIFY(!again.save(&clash, &why));
        QVERIFY2(why.contains(QStringLiteral("Omega")), qPrintable(why));
        QVERIFY(clash.id.isEmpty());
        Profile invalid = sample(QString(), QStringLiteral("x@y"));
        QVERIFY(!again.save(&invalid, &why));
        QVERIFY(!why.isEmpty());

        QVERIFY(again.remove(b.id));
        QCOMPARE(ProfileStore(file).profiles().size(), 2);
        QVERIFY(!ProfileStore(file).byId(b.id));
    }

    void storeSeesAnotherWriter()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.ini"));
        ProfileStore gui(file);
        QCOMPARE(gui.profiles().size(), 0);
        ProfileStore cli(file); // like beamtop-cli adding a profile while the window is open
        Profile p = sample(QStringLiteral("from-cli"), QStringLiteral("n@h"));
        QVERIFY(cli.save(&p, nullptr));
        QCOMPARE(gui.profiles().size(), 1);
    }

    void recentIsMostRecentFirst()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("p.ini")));
        Profile a = sample(QStringLiteral("a"), QStringLiteral("a@h"));
        Profile b = sample(QStringLiteral("b"), QStringLiteral("b@h"));
        Profile never = sample(QStringLiteral("c"), QStringLiteral("c@h"));
        for (Profile *p : {&a, &b, &never})
            QVERIFY(store.save(p, nullptr));
        const QDateTime t0(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
        store.markConnected(a.id, t0);
        store.markConnected(b.id, t0.addSecs(60));
        QVector<Profile> recent = store.recent();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).id, b.id);
        QCOMPARE(recent.at(1).id, a.id);
        store.markConnected(a.id, t0.addSecs(120));
        recent = store.recent(1);
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.at(0).id, a.id);
        QCOMPARE(recent.at(0).lastConnected, t0.addSecs(120));
    }

    void exportImportForSharing()
    {
        QTemporaryDir dir;
        ProfileStore mine(dir.filePath(QStringLiteral("mine.ini")));
        Profile a = everythingSet();
        Profile b = sample(QStringLiteral("cache"), QStringLiteral("cache@h"));
        QVERIFY(mine.save(&a, nullptr));
        QVERIFY(mine.save(&b, nullptr));
        const QByteArray json = ProfileStore::exportJson(mine.profiles());
        QVERIFY(!json.contains(a.id.toLatin1())); // ids are this machine's

        ProfileStore theirs(dir.filePath(QStringLiteral("theirs.ini")));
        Profile local = sample(QStringLiteral("CACHE"), QStringLiteral("old@h"));
        local.cookieSource = Profile::CookieSource::Ask;
        QVERIFY(theirs.save(&local, nullptr));
        const ProfileStore::Parsed parsed = ProfileStore::parseJson(json);
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.profiles.size(), 2);
        QStringList notes;
        QCOMPARE(theirs.importProfiles(parsed.profiles, &notes), 2);
        QCOMPARE(notes.size(), 2);
        const QVector<Profile> all = theirs.profiles();
        QCOMPARE(all.size(), 2);
        // The same name updates the connection settings and keeps the local cookie choice.
        const Profile cache = *theirs.find(QStringLiteral("cache"));
        QCOMPARE(cache.id, local.id);
        QCOMPARE(cache.node, QStringLiteral("cache@h"));
        QCOMPARE(cache.cookieSource, Profile::CookieSource::Ask);
        Profile billing = *theirs.find(a.name);
        QVERIFY(billing.id != a.id);
        billing.id = a.id;
        QCOMPARE(billing, a);
    }

    void importSaysWhatItSkipped()
    {
        ProfileStore::Parsed p = ProfileStore::parseJson("not json");
        QCOMPARE(p.profiles.size(), 0);
        QCOMPARE(p.problems.size(), 1);
        p = ProfileStore::parseJson(R"({"schema":"something/1","profiles":[]})");
        QCOMPARE(p.problems.size(), 1);
        QVERIFY(p.problems.at(0).contains(QStringLiteral("beamtop.profiles/1")));
        p = ProfileStore::parseJson(R"({"schema":"beamtop.profiles/1","profiles":[
            {"name":"ok","node":"a@b"}, 7, {"name":"bad","node":"a@b","dist_port":-1}]})");
        QCOMPARE(p.profiles.size(), 1);
        QCOMPARE(p.problems.size(), 2);
        QVERIFY(p.problems.at(1).contains(QStringLiteral("bad")));
    }

    void uniqueNames()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("p.ini")));
        QCOMPARE(store.uniqueName(QStringLiteral("prod")), QStringLiteral("prod"));
        Profile a = sample(QStringLiteral("prod"), QStringLiteral("a@h"));
        Profile b = sample(QStringLiteral("prod (2)"), QStringLiteral("a@h"));
        QVERIFY(store.save(&a, nullptr));
        QVERIFY(store.save(&b, nullptr));
        QCOMPARE(store.uniqueName(QStringLiteral("PROD")), QStringLiteral("PROD (3)"));
    }

    void secretStoreWorks()
    {
        FakeSecretStore store;
        SecretResult written, read, removed, missing;
        int calls = 0;
        store.write(QStringLiteral("k"), "cookie-1", nullptr, [&](const SecretResult &r) { written = r; ++calls; });
        QCOMPARE(calls, 0); // never inside the call
        QTRY_COMPARE(calls, 1);
        QVERIFY(written.ok());
        store.read(QStringLiteral("k"), nullptr, [&](const SecretResult &r) { read = r; ++calls; });
        QTRY_COMPARE(calls, 2);
        QVERIFY(read.ok());
        QCOMPARE(read.secret, QByteArray("cookie-1"));
        store.remove(QStringLiteral("k"), nullptr, [&](const SecretResult &r) { removed = r; ++calls; });
        QTRY_COMPARE(calls, 3);
        QVERIFY(removed.ok());
        store.read(QStringLiteral("k"), nullptr, [&](const SecretResult &r) { missing = r; ++calls; });
        QTRY_COMPARE(calls, 4);
        QCOMPARE(missing.status, SecretResult::Status::NotFound);
        QVERIFY(missing.secret.isEmpty());
        QCOMPARE(store.pendingJobs(), 0);
    }

    void secretStoreErrors_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<int>("status");
        QTest::newRow("no keychain") << int(FakeSecretStore::Behaviour::Unavailable) << int(SecretResult::Status::Unavailable);
        QTest::newRow("refused") << int(FakeSecretStore::Behaviour::Deny) << int(SecretResult::Status::Denied);
    }

    void secretStoreErrors()
    {
        QFETCH(int, behaviour);
        QFETCH(int, status);
        FakeSecretStore store;
        store.setBehaviour(FakeSecretStore::Behaviour(behaviour));
        QVector<SecretResult> results;
        store.write(QStringLiteral("k"), "c", nullptr, [&](const SecretResult &r) { results << r; });
        store.read(QStringLiteral("k"), nullptr, [&](const SecretResult &r) { results << r; });
        QTRY_COMPARE(results.size(), 2);
        for (const SecretResult &r : qAsConst(results)) {
            QCOMPARE(int(r.status), status);
            QVERIFY(!r.detail.isEmpty());
            QVERIFY(!r.message().isEmpty());
            QVERIFY(r.secret.isEmpty());
        }
        QVERIFY(store.secrets().isEmpty());
    }

    void hungJobTimesOutOnceAndLateAnswerIsDropped()
    {
        FakeSecretStore store;
        store.setTimeoutMs(100);
        store.setBehaviour(FakeSecretStore::Behaviour::Hang);
        QSignalSpy timedOut(&store, &SecretStore::jobTimedOut);
        QVector<SecretResult> results;
        store.write(QStringLiteral("k"), "c", nullptr, [&](const SecretResult &r) { results << r; });
        QCOMPARE(store.pendingJobs(), 1);
        QTRY_COMPARE(results.size(), 1);
        QCOMPARE(results.at(0).status, SecretResult::Status::TimedOut);
        QVERIFY(results.at(0).message().contains(QStringLiteral("did not answer")));
        QCOMPARE(timedOut.count(), 1);
        QCOMPARE(timedOut.at(0).at(0).toString(), QStringLiteral("k"));
        QCOMPARE(store.pendingJobs(), 0);
        // The keychain answers after all: nobody hears it twice.
        store.releaseHungJobs();
        QCoreApplication::processEvents();
        QCOMPARE(results.size(), 1);
        // Later jobs are answered too (QtKeychain would queue them behind the hung one).
        store.setBehaviour(FakeSecretStore::Behaviour::Work);
        store.read(QStringLiteral("k"), nullptr, [&](const SecretResult &r) { results << r; });
        QTRY_COMPARE(results.size(), 2);
        QVERIFY(results.at(1).ok());
    }

    void handlerSkippedWhenContextIsGone()
    {
        FakeSecretStore store;
        store.setSecret(QStringLiteral("k"), "c");
        auto *context = new QObject;
        int calls = 0, others = 0;
        store.read(QStringLiteral("k"), context, [&](const SecretResult &) { ++calls; });
        store.read(QStringLiteral("k"), nullptr, [&](const SecretResult &) { ++others; });
        delete context;
        QTRY_COMPARE(others, 1);
        QCOMPARE(calls, 0);
        QCOMPARE(store.pendingJobs(), 0);
    }

    void profileCookieSources()
    {
        QTemporaryDir dir;
        FakeSecretStore store;
        Profile p = sample(QStringLiteral("p"), QStringLiteral("p@h"));
        p.id = Profile::newId();
        auto fetch = [&store](const Profile &profile) {
            std::optional<ProfileCookie> out;
            ProfileCookie::fetch(profile, &store, nullptr, [&out](const ProfileCookie &c) { out = c; });
            [&] { QTRY_VERIFY(out.has_value()); }();
            return out.value_or(ProfileCookie());
        };
        // Keychain: nothing yet, then saved, then no keychain at all.
        ProfileCookie c = fetch(p);
        QCOMPARE(c.status, ProfileCookie::Status::MustAsk);
        store.setSecret(p.secretKey(), "from-keychain");
        c = fetch(p);
        QVERIFY(c.ok());
        QCOMPARE(c.cookie, QByteArray("from-keychain"));
        store.setBehaviour(FakeSecretStore::Behaviour::Unavailable);
        c = fetch(p);
        QCOMPARE(c.status, ProfileCookie::Status::Failed);
        QCOMPARE(c.keychainStatus, SecretResult::Status::Unavailable);
        QVERIFY(c.error.contains(QStringLiteral("keychain")));
        QVERIFY(c.cookie.isEmpty());
        // A file, read at each connect; a missing file says which.
        const QString path = dir.filePath(QStringLiteral("cookie"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from-file\n");
        f.close();
        p.cookieSource = Profile::CookieSource::File;
        p.cookieFile = path;
        c = fetch(p);
        QVERIFY(c.ok());
        QCOMPARE(c.cookie, QByteArray("from-file"));
        p.cookieFile = dir.filePath(QStringLiteral("missing"));
        c = fetch(p);
        QCOMPARE(c.status, ProfileCookie::Status::Failed);
        QVERIFY(c.error.contains(QStringLiteral("missing")));
        p.cookieSource = Profile::CookieSource::Ask;
        QCOMPARE(fetch(p).status, ProfileCookie::Status::MustAsk);
        QCOMPARE(store.jobsStarted(), 3); // only keychain profiles ask the keychain
    }

    void profileListModelUpdatesByDifference()
    {
        ProfileListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Profile a = sample(QStringLiteral("a"), QStringLiteral("a@h"));
        Profile b = sample(QStringLiteral("b"), QStringLiteral("b@h"));
        Profile c = sample(QStringLiteral("c"), QStringLiteral("c@h"));
        a.id = QStringLiteral("id-a");
        b.id = QStringLiteral("id-b");
        c.id = QStringLiteral("id-c");
        a.colour = QStringLiteral("#112233");
        b.distPort = 9100;
        model.setProfiles({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ProfileListModel::Name).data(RowTableModel::KeyRole).toString(), a.id);
        QCOMPARE(model.index(0, ProfileListModel::Name).data(ProfileListModel::ColourRole).toString(), a.colour);
        QVERIFY(model.index(1, ProfileListModel::Node).data().toString().contains(QStringLiteral("9100")));
        QCOMPARE(model.index(1, ProfileListModel::Node).data(RowTableModel::RawValueRole).toString(), b.node);
        QCOMPARE(model.index(0, ProfileListModel::LastConnected).data(RowTableModel::RawValueRole).toLongLong(), 0);
        QCOMPARE(model.headerData(ProfileListModel::LastConnected, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        b.lastConnected = QDateTime::currentDateTimeUtc();
        model.setProfiles({b, c}); // a deleted, b connected, c new
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.profileAt(0)->id, b.id);
        QCOMPARE(model.profile(c.id)->name, c.name);
        QVERIFY(model.index(0, ProfileListModel::LastConnected).data(RowTableModel::RawValueRole).toLongLong() > 0);
        changed.clear();
        model.setProfiles({b, c}); // nothing new: nothing emitted
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void clusterModelUpdatesByDifference()
    {
        ClusterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNodes({{QStringLiteral("a@h"), false, {}}, {QStringLiteral("obs@h"), true, {}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ClusterModel::Connection).data(RowTableModel::RawValueRole).toString(), QStringLiteral("hidden"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setNodes({{QStringLiteral("a@h"), false, QStringLiteral("A")}, {QStringLiteral("b@h"), false, {}},
                        {QStringLiteral("obs@h"), true, {}}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1); // a@h now has a profile
        QCOMPARE(model.index(0, ClusterModel::ProfileName).data(RowTableModel::RawValueRole).toString(), QStringLiteral("A"));
        QCOMPARE(model.rowOf(QStringLiteral("b@h")), 1);
        model.setNodes({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
