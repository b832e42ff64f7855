// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace beamtop::test {

// What a run of beamtop-cli gave: its exit code (-1 when it crashed, or did not end in time
// and was killed), its standard output and its standard error.
struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
};

struct CliRunOptions
{
    CliRunOptions(int timeout = 60000) : timeoutMs(timeout) {} // runCli(args, 30000)

    int timeoutMs;               // killed after this
    QProcessEnvironment env;     // empty: this process's environment
    std::optional<QByteArray> input; // written to its standard input, which is then closed
};

// Runs the beamtop-cli that was built (BEAMTOP_CLI_PATH) with args and waits for its end,
// bounded by options.timeoutMs.
CliRun runCli(const QStringList &args, const CliRunOptions &options = {});

} // namespace beamtop::test
