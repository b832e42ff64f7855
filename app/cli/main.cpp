// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"
#include "i18n/languages.h"
#include "node/eiruntime.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    beamtop::initEiRuntime(); // before any thread starts
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("beamtop-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Beamtop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BEAMTOP_VERSION));
    beamtop::Languages::install(&app); // LANG=de_DE.UTF-8: German; C or unset: English
    beamtop::CliApp cli;
    const int code = cli.start(QCoreApplication::arguments());
    if (code >= 0)
        return code;
    return QCoreApplication::exec();
}
