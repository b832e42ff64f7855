// SPDX-License-Identifier: GPL-3.0-or-later
// The user's language: the German and French catalogues load for their locales with Qt's own,
// the main window's menus and pages are in that language, numbers are written the locale's way,
// and a locale without a catalogue falls back to English with its plural forms.
#include "format.h"
#include "guitestutil.h"
#include "i18n/languages.h"
#include "mainwindow.h"
#include "pageregistry.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace beamtop;

class TestLanguage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

    static QStringList menuTitles(MainWindow &w)
    {
        QStringList out;
        const auto actions = w.menuBar()->actions();
        for (QAction *a : actions)
            out << a->text();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
    }
    void cleanup() { test::removeTranslators(); }

    void catalogues()
    {
        const QStringList langs = Languages::available();
        QVERIFY2(langs.contains(QStringLiteral("de")) && langs.contains(QStringLiteral("fr")) && langs.contains(QStringLiteral("en")),
                 qPrintable(langs.join(QLatin1Char(' '))));
    }

    void windowSpeaksTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<QString>("cancel");   // Qt's own catalogue
        QTest::addColumn<QString>("bytes");    // 1536 bytes, as Beamtop writes them
        QTest::newRow("German") << QStringLiteral("de_DE")
                                << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}
                                << QStringList{QStringLiteral("Prozesse"), QStringLiteral("Speicher"), QStringLiteral("Anwendungen")}
                                << QStringLiteral("Abbrechen") << QStringLiteral("1,5 KiB");
        QTest::newRow("French") << QStringLiteral("fr_FR")
                                << QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Édition"), QStringLiteral("&Affichage"), QStringLiteral("Aid&e")}
                                << QStringList{QStringLiteral("Processus"), QStringLiteral("Mémoire"), QStringLiteral("Réseau")}
                                << QStringLiteral("Annuler") << QStringLiteral("1,5 Kio");
    }
    void windowSpeaksTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, menus);
        QFETCH(QStringList, pages);
        QFETCH(QString, cancel);
        QFETCH(QString, bytes);
        const QLocale l(locale);
        QLocale::setDefault(l);
        const QStringList loaded = Languages::install(qApp, l);
        QCOMPARE(loaded.size(), 2);
        QVERIFY2(loaded.at(0).contains(QLatin1String("qtbase_") + locale.left(2)), qPrintable(loaded.at(0)));
        QVERIFY2(loaded.at(1).endsWith(QLatin1String("beamtop_") + locale.left(2) + QLatin1String(".qm")), qPrintable(loaded.at(1)));

        MainWindow w;
        const QStringList titles = menuTitles(w);
        for (const QString &m : menus)
            QVERIFY2(titles.contains(m), qPrintable(titles.join(QLatin1Char('|'))));
        QStringList pageTitles;
        for (const PageInfo &p : PageRegistry::pages())
            pageTitles << p.translatedTitle();
        for (const QString &t : pages)
            QVERIFY2(pageTitles.contains(t), qPrintable(pageTitles.join(QLatin1Char('|'))));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
        QCOMPARE(Format::bytes(1536), bytes);
    }

    // No catalogue for the locale: English, with the English plural forms.
    void englishPluralsOtherwise()
    {
        const QLocale l(QStringLiteral("ja_JP"));
        const QStringList loaded = Languages::install(qApp, l);
        QVERIFY2(!loaded.isEmpty() && loaded.last().endsWith(QLatin1String("beamtop_en.qm")), qPrintable(loaded.join(QLatin1Char(' '))));
        MainWindow w;
        QVERIFY(menuTitles(w).contains(QStringLiteral("&File")));
        QCOMPARE(QCoreApplication::translate("beamtop::AlertsPage", "%n rule(s) in force.", nullptr, 1), QStringLiteral("1 rule in force."));
        QCOMPARE(QCoreApplication::translate("beamtop::AlertsPage", "%n rule(s) in force.", nullptr, 3), QStringLiteral("3 rules in force."));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
