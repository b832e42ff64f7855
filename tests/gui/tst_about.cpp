// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ About: the licence (named, and its text one click away) and the versions of Qt, OTP's
// erl_interface and QtKeychain Beamtop runs with. With BEAMTOP_SCREENSHOT_DIR set, the dialog is
// saved there (beamtop-about.png, beamtop-about-licence.png).
#include "aboutdialog.h"
#include "guitestutil.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

using namespace beamtop;

class TestAbout : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

    static QString labelText(QWidget &w, const char *name)
    {
        auto *l = w.findChild<QLabel *>(QString::fromLatin1(name));
        return l ? l->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        test::isolateSettings(m_settings);
    }

    void versions()
    {
        AboutDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));

        QVERIFY(labelText(d, "title").contains(QStringLiteral(BEAMTOP_VERSION)));
        const QString qt = labelText(d, "qtVersion");
        QVERIFY2(qt.startsWith(QString::fromLatin1(qVersion())), qPrintable(qt));

        // The erl_interface this build links is the one of the OTP installed here.
        QProcess erl;
        erl.start(QStringLiteral("erl"), {QStringLiteral("-noshell"), QStringLiteral("-eval"),
                                          QStringLiteral("io:format(\"~s\", [filename:basename(code:lib_dir(erl_interface))]), halt().")});
        QVERIFY(erl.waitForFinished(30000));
        const QString eiDir = QString::fromUtf8(erl.readAllStandardOutput()); // erl_interface-5.3
        QVERIFY2(eiDir.startsWith(QStringLiteral("erl_interface-")), qPrintable(eiDir));
        const QString ei = labelText(d, "eiVersion");
        QVERIFY2(ei.startsWith(eiDir.mid(eiDir.indexOf(QLatin1Char('-')) + 1) + QLatin1Char(' ')), qPrintable(ei));
        QVERIFY2(ei.contains(QRegularExpression(QStringLiteral("OTP \\d+"))), qPrintable(ei));

        test::screenshot(&d, QStringLiteral("about"));
        const QString keychain = labelText(d, "keychainVersion");
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$")).match(keychain).hasMatch(), qPrintable(keychain));
    }

    void licence()
    {
        AboutDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QString named = labelText(d, "licence");
        QVERIFY2(named.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(named));
        QVERIFY(named.contains(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));

        auto *text = d.findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
        QVERIFY(text);
        QVERIFY(!text->isVisible());
        auto *button = d.findChild<QPushButton *>(QStringLiteral("licenceButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(text->isVisible());
        QVERIFY(text->toPlainText().contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("Version 3, 29 June 2007")));
        test::screenshot(&d, QStringLiteral("about-licence"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!text->isVisible());
    }

    // The Help menu opens this dialog, not a message box.
    void fromHelpMenu()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *about = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&About Beamtop"))
                about = a;
        }
        QVERIFY(about);
        bool seen = false;
        // exec() blocks until the dialog closes: look at it from inside its event loop.
        QTimer poll;
        connect(&poll, &QTimer::timeout, &w, [&] {
            auto *d = w.findChild<AboutDialog *>();
            if (d && d->isVisible()) {
                seen = !labelText(*d, "keychainVersion").isEmpty();
                poll.stop();
                d->reject();
            }
        });
        poll.start(10);
        about->trigger();
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
