// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QProcess>

namespace beamtop::test {

CliRun runCli(const QStringList &args, const CliRunOptions &options)
{
    QProcess p;
    if (!options.env.isEmpty())
        p.setProcessEnvironment(options.env);
    p.start(QStringLiteral(BEAMTOP_CLI_PATH), args);
    CliRun r;
    if (options.input) {
        if (!p.waitForStarted(10000))
            return r;
        p.write(*options.input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace beamtop::test
