// SPDX-License-Identifier: GPL-3.0-or-later
// The profile manager through its buttons: duplicate (with the cookie, into a keychain entry
// of its own), Test Connection against a real node (and a wrong cookie), a cookie imported
// from a file, JSON export and import through the dialog's own buttons, timeouts and
// intervals that come back from the editor exactly as they went in, and a window that keeps
// a profile's interval over a minute. File dialogs answer through FileChooser's seam; the
// keychain is the in-memory fake.
#include "filechooser.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "profileeditor.h"
#include "profilelistmodel.h"
#include "profilemanager.h"
#include "profiles/fakesecretstore.h"
#include "profiles/profilestore.h"
#include "testnode.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {
bool fileHolds(const QString &path, const QByteArray &needle)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}

QPushButton *button(QWidget *w, const char *name)
{
    return w->findChild<QPushButton *>(QString::fromLatin1(name));
}
} // namespace

class TestProfileManager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
    FakeSecretStore *m_secrets = nullptr;
    std::unique_ptr<TestNode> m_node;
    // What the next file dialog answers, and what it was asked.
    QString m_answer;
    FileChooser::Mode m_askedMode = FileChooser::Mode::Open;
    int m_asked = 0;

    Profile saveProfile(const QString &name, const QByteArray &cookie)
    {
        Profile p;
        p.name = name;
        p.node = m_node->nodeName();
        p.cookieSource = Profile::CookieSource::Keychain;
        ProfileStore store;
        QString why;
        if (!store.save(&p, &why))
            qWarning("%s", qPrintable(why));
        m_secrets->setSecret(p.secretKey(), cookie);
        return p;
    }

    void clearProfiles()
    {
        ProfileStore store;
        const QVector<Profile> all = store.profiles();
        for (const Profile &p : all)
            store.remove(p.id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_files.isValid());
        test::isolateSettings(m_settingsDir);
        m_secrets = new FakeSecretStore(this);
        SecretStore::setInstance(m_secrets);
        FileChooser::setAnswerer([this](FileChooser::Request &request) {
            m_askedMode = request.mode;
            ++m_asked;
            return m_answer;
        });
        m_node = std::make_unique<TestNode>();
        QVERIFY(m_node->start());
    }

    void cleanupTestCase()
    {
        FileChooser::setAnswerer({});
        SecretStore::setInstance(nullptr);
    }

    void init() { clearProfiles(); }

    // Duplicate: an editor with the original's settings under a new name, its cookie filled
    // in; saved, the copy has a keychain entry of its own with the same cookie.
    void duplicateCopiesSettingsAndCookie()
    {
        Profile original = saveProfile(QStringLiteral("Billing"), "billing-cookie");
        ProfileManager manager(nullptr, nullptr, m_secrets);
        QAbstractItemModelTester tester(manager.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        manager.show();
        manager.select(original.id);
        QPushButton *duplicate = button(&manager, "duplicateProfile");
        QVERIFY(duplicate && duplicate->isEnabled());
        duplicate->click();
        QTRY_VERIFY(manager.editor());
        ProfileEditor *editor = manager.editor();
        const Profile draft = editor->profile();
        QVERIFY(draft.id.isEmpty());
        QCOMPARE(draft.name, QStringLiteral("Billing (copy)"));
        QCOMPARE(draft.node, original.node);
        QVERIFY(editor->hasTypedCookie());
        QSignalSpy saved(editor, &ProfileEditor::saved);
        editor->accept();
        QTRY_COMPARE(saved.count(), 1);
        const Profile copy = saved.at(0).at(0).value<Profile>();
        QVERIFY(copy.id != original.id);
        QCOMPARE(m_secrets->secrets().value(copy.secretKey()), QByteArray("billing-cookie"));
        QCOMPARE(m_secrets->secrets().value(original.secretKey()), QByteArray("billing-cookie"));
        QCOMPARE(manager.model()->rowCount(), 2);
        QCOMPARE(manager.selected()->id, copy.id);
        QVERIFY(!fileHolds(ProfileStore().fileName(), "billing-cookie"));
    }

    // Test Connection against a real node: says what it found; with a wrong cookie, fails
    // and says so. Nothing of Beamtop is left on the node.
    void testConnectionAgainstARealNode()
    {
        const Profile good = saveProfile(QStringLiteral("Real"), m_node->cookie());
        const Profile bad = saveProfile(QStringLiteral("Wrong cookie"), "not-the-cookie");
        ProfileManager manager(nullptr, nullptr, m_secrets);
        manager.show();
        QSignalSpy finished(&manager, &ProfileManager::testFinished);
        manager.select(good.id);
        button(&manager, "testProfile")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(manager.notice()->kind(), NoticeBar::Kind::Info);
        test::screenshot(&manager, QStringLiteral("profile-manager-test-ok"));

        manager.select(bad.id);
        button(&manager, "testProfile")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(!finished.at(1).at(0).toBool());
        QCOMPARE(manager.notice()->kind(), NoticeBar::Kind::Error);
        QTRY_COMPARE_WITH_TIMEOUT(m_node->traceLeft(), QStringLiteral("clean"), 10000);
    }

    // "From a File…" in the editor reads the cookie; saving puts it into the keychain, never
    // into the settings file.
    void cookieImportedFromAFile()
    {
        const QString path = m_node->writeCookieFile(m_files.path());
        ProfileManager manager(nullptr, nullptr, m_secrets);
        manager.show();
        ProfileEditor *editor = manager.newProfile();
        editor->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("From file"));
        editor->findChild<QLineEdit *>(QStringLiteral("node"))->setText(m_node->nodeName());
        QVERIFY(!editor->hasTypedCookie());
        m_answer = path;
        const int asked = m_asked;
        button(editor, "importCookieFile")->click();
        QCOMPARE(m_asked, asked + 1);
        QCOMPARE(m_askedMode, FileChooser::Mode::Open);
        QVERIFY(editor->hasTypedCookie());
        QSignalSpy saved(editor, &ProfileEditor::saved);
        editor->accept();
        QTRY_COMPARE(saved.count(), 1);
        const Profile p = saved.at(0).at(0).value<Profile>();
        QCOMPARE(m_secrets->secrets().value(p.secretKey()), m_node->cookie());
        QVERIFY(!fileHolds(ProfileStore().fileName(), m_node->cookie()));

        // A file that is not there: said in the editor, nothing taken.
        ProfileEditor *other = manager.newProfile();
        m_answer = m_files.filePath(QStringLiteral("missing.cookie"));
        button(other, "importCookieFile")->click();
        QVERIFY(!other->hasTypedCookie());
        QVERIFY(!other->errorText().isEmpty());
        other->reject();
    }

    // Export through the dialog writes every profile without cookies; import through the
    // dialog brings them back into an empty list.
    void exportAndImportThroughTheDialog()
    {
        const Profile a = saveProfile(QStringLiteral("Alpha"), "alpha-cookie");
        Profile b = saveProfile(QStringLiteral("Beta"), "beta-cookie");
        b.connectTimeoutMs = 1500;
        b.readOnly = false;
        QString why;
        QVERIFY2(ProfileStore().save(&b, &why), qPrintable(why));
        const QString path = m_files.filePath(QStringLiteral("team.json"));
        {
            ProfileManager manager(nullptr, nullptr, m_secrets);
            manager.show();
            m_answer = path;
            button(&manager, "exportProfiles")->click();
            QCOMPARE(m_askedMode, FileChooser::Mode::Save);
            QVERIFY2(QFile::exists(path), qPrintable(manager.notice()->text()));
            QVERIFY(fileHolds(path, "Alpha") && fileHolds(path, "Beta"));
            QVERIFY(!fileHolds(path, "alpha-cookie") && !fileHolds(path, "beta-cookie"));
        }
        clearProfiles();
        ProfileManager manager(nullptr, nullptr, m_secrets);
        manager.show();
        QCOMPARE(manager.model()->rowCount(), 0);
        m_answer = path;
        button(&manager, "importProfiles")->click();
        QCOMPARE(m_askedMode, FileChooser::Mode::Open);
        QCOMPARE(manager.model()->rowCount(), 2);
        QCOMPARE(manager.notice()->kind(), NoticeBar::Kind::Info);
        const Profile beta = *ProfileStore().find(QStringLiteral("Beta"));
        QCOMPARE(beta.connectTimeoutMs, 1500);
        QCOMPARE(beta.readOnly, false);
        QCOMPARE(beta.node, m_node->nodeName());
        QVERIFY(ProfileStore().find(a.name));

        // Cancelling the file dialog does nothing.
        m_answer.clear();
        button(&manager, "importProfiles")->click();
        QCOMPARE(manager.model()->rowCount(), 2);
    }

    // Timeouts and intervals come back from the editor exactly as they went in.
    void editorKeepsMilliseconds_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("intervalMs");
        QTest::newRow("1.5 s, 0.25 s") << 1500 << 250;
        QTest::newRow("1.234 s, 1.234 s") << 1234 << 1234;
        QTest::newRow("0.5 s, 1 h") << 500 << Profile::MaxRefreshIntervalMs;
        QTest::newRow("5 min, 90 s") << Profile::MaxConnectTimeoutMs << 90000;
    }

    void editorKeepsMilliseconds()
    {
        QFETCH(int, timeoutMs);
        QFETCH(int, intervalMs);
        Profile p = saveProfile(QStringLiteral("Timing"), "timing-cookie");
        p.connectTimeoutMs = timeoutMs;
        p.refreshIntervalMs = intervalMs;
        QString why;
        QVERIFY2(ProfileStore().save(&p, &why), qPrintable(why));
        ProfileManager manager(nullptr, nullptr, m_secrets);
        manager.select(p.id);
        ProfileEditor *editor = manager.editSelected();
        QVERIFY(editor);
        QCOMPARE(editor->profile().connectTimeoutMs, timeoutMs);
        QCOMPARE(editor->profile().refreshIntervalMs, intervalMs);
        QSignalSpy saved(editor, &ProfileEditor::saved);
        editor->accept(); // unchanged: saved as it was
        QTRY_COMPARE(saved.count(), 1);
        const Profile back = *ProfileStore().byId(p.id);
        QCOMPARE(back.connectTimeoutMs, timeoutMs);
        QCOMPARE(back.refreshIntervalMs, intervalMs);
    }

    void editorShowsSecondsWithoutTrailingZeros()
    {
        Profile p;
        p.connectTimeoutMs = 1500;
        p.refreshIntervalMs = 250;
        ProfileStore store;
        ProfileEditor editor(p, &store, m_secrets);
        QCOMPARE(editor.findChild<QDoubleSpinBox *>(QStringLiteral("timeout"))->text(), QStringLiteral("1.5 s"));
        QCOMPARE(editor.findChild<QDoubleSpinBox *>(QStringLiteral("interval"))->text(), QStringLiteral("0.25 s"));
    }

    // One maximum for profiles, the editor and the toolbar: a profile's hour is not cut to a
    // minute when its window applies it.
    void windowKeepsIntervalsOverAMinute()
    {
        MainWindow w;
        auto *spin = w.findChild<QDoubleSpinBox *>(QStringLiteral("refreshInterval"));
        QVERIFY(spin);
        w.setRefreshIntervalMs(90000);
        QCOMPARE(w.refreshIntervalMs(), 90000);
        QCOMPARE(spin->value(), 90.0);
        w.setRefreshIntervalMs(Profile::MaxRefreshIntervalMs);
        QCOMPARE(w.refreshIntervalMs(), Profile::MaxRefreshIntervalMs);
        w.setRefreshIntervalMs(Profile::MaxRefreshIntervalMs + 1000);
        QCOMPARE(w.refreshIntervalMs(), Profile::MaxRefreshIntervalMs);
        w.setRefreshIntervalMs(1234);
        QCOMPARE(spin->value(), 1.234); // shown to the millisecond, not rounded to the step
        spin->setValue(120);
        QCOMPARE(w.refreshIntervalMs(), 120000);
        w.setRefreshIntervalMs(MainWindow::DefaultIntervalMs);
    }
};

QTEST_MAIN(TestProfileManager)
#include "tst_profilemanager.moc"
