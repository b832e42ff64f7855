// SPDX-License-Identifier: GPL-3.0-or-later
// beamtop [--connect NODE] [--cookie-file FILE] [--profile NAME] [--demo] [--no-agent]
#include "i18n/languages.h"
#include "mainwindow.h"
#include "node/eiruntime.h"
#include "pageregistry.h"
#include "profilelauncher.h"
#include "screenshotrunner.h"
#include "startupprofile.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstring>

namespace {

// Without a display Qt aborts with a terse plugin message; say what to do instead.
bool haveDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strncmp(argv[i], "-platform=", 10) == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char **argv)
{
    beamtop::StartupProfile::begin();
    beamtop::initEiRuntime();
    bool infoOnly = false; // --help and --version print and exit: no display needed for those
    for (int i = 1; i < argc; ++i) {
        for (const char *opt : {"-h", "--help", "--help-all", "-v", "--version"})
            infoOnly = infoOnly || std::strcmp(argv[i], opt) == 0;
    }
    if (infoOnly && !haveDisplay(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!haveDisplay(argc, argv)) {
        std::fputs("beamtop: no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Run it in a desktop session, over ssh -X, or headless under Xvfb: xvfb-run -a beamtop ...\n"
                   "For a terminal-only view, use beamtop-cli.\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Beamtop"));
    QApplication::setOrganizationDomain(QStringLiteral("beamtop.github.io"));
    QApplication::setApplicationName(QStringLiteral("Beamtop"));
    QApplication::setApplicationVersion(QStringLiteral(BEAMTOP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.beamtop.Beamtop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/beamtop.svg")));
    beamtop::Theme::applySaved(); // View ▸ Theme, before any window exists

    beamtop::Languages::install(&app); // the user's language, and Qt's own catalogue for it

    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("main", "Observe an Erlang or Elixir node."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption connectOpt(QStringLiteral("connect"),
                                        QApplication::translate("main", "Connect to NODE (name@host) at start."),
                                        QApplication::translate("main", "NODE"));
    const QCommandLineOption cookieOpt(QStringLiteral("cookie-file"),
                                       QApplication::translate("main", "Read the cookie from FILE (else BEAMTOP_COOKIE, else ~/.erlang.cookie)."),
                                       QApplication::translate("main", "FILE"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     QApplication::translate("main", "Start the bundled demo node on this computer and observe it."));
    const QCommandLineOption noAgentOpt(QStringLiteral("no-agent"),
                                        QApplication::translate("main", "Do not load the agent; use plain calls (reduced mode)."));
    p.addOptions({connectOpt, cookieOpt, demoOpt, noAgentOpt});
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QApplication::translate("main", "Connect through the saved profile NAME (its cookie from the system keychain)."),
                                        QApplication::translate("main", "NAME"));
    p.addOption(profileOpt);
    // For scripts/screenshots.sh: start on a page; save each page (or the --page one) as PNG.
    QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Show page ID first."), QStringLiteral("ID"));
    pageOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption shotOpt(QStringLiteral("screenshot-dir"), QStringLiteral("Save every page to DIR, then quit."),
                               QStringLiteral("DIR"));
    shotOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOptions({pageOpt, shotOpt});
    p.process(app);
    if (int(p.isSet(demoOpt)) + int(p.isSet(connectOpt)) + int(p.isSet(profileOpt)) > 1) {
        std::fputs(qPrintable(QApplication::translate("main", "beamtop: --demo, --connect and --profile exclude each other.\n")), stderr);
        return 2;
    }

    beamtop::MainWindow::Options options;
    options.useAgent = !p.isSet(noAgentOpt);
    beamtop::MainWindow window(options);
    window.show();
    beamtop::StartupProfile::mark(QStringLiteral("window shown"));
    bool shotFailed = false;
    if (p.isSet(pageOpt)) {
        const int index = beamtop::PageRegistry::indexOf(p.value(pageOpt));
        if (index >= 0)
            window.showPage(index);
    }
    if (p.isSet(shotOpt)) {
        const QStringList only = p.isSet(pageOpt) ? QStringList{p.value(pageOpt)} : QStringList{};
        auto *shots = new beamtop::ScreenshotRunner(&window, p.value(shotOpt), only, QSize(1280, 800));
        QObject::connect(shots, &beamtop::ScreenshotRunner::finished, &window, [&window, &shotFailed](bool ok) {
            shotFailed = !ok;
            window.close(); // stops the session and the demo node; the last window closing quits
        });
        shots->start();
    }
    if (p.isSet(demoOpt))
        window.startDemo();
    else if (p.isSet(profileOpt))
        beamtop::ProfileLauncher::launch(&window, p.value(profileOpt));
    else
        window.openConnectDialog(p.value(connectOpt), p.value(cookieOpt), p.isSet(connectOpt));
    const int rc = QApplication::exec();
    return shotFailed ? 1 : rc;
}
