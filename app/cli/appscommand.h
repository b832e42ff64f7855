// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

class QTimer;

namespace beamtop {

class RankingWait;
struct AppsSample;

// beamtop-cli apps: every application of the node (running, starting, only loaded) with what
// its processes add up to, from the session's applications feed: processes, memory,
// reductions per second and message queues, attributed by group leader and summed on the node
// by the agent's background sweep, plus the processes of no application. The first answer
// waits about a second for the first sweep to complete (RankingWait), then prints what there
// is, marked partial. Reductions per second are the change between two sweeps: after a
// complete first sweep it waits for the next one (the agent sweeps again a second later), at
// most RatesWaitMs, as `dist` takes two readings. Text (or table) for people, CSV rows, or
// JSON with the snapshot's applications section.
class AppsCommand : public Command
{
    Q_OBJECT
public:
    // How long the rates may keep the answer after the first complete sweep.
    static constexpr int RatesWaitMs = 2000;

    using Command::Command;

    QString name() const override { return QStringLiteral("apps"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QStringList formats() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;

private:
    void onSample(const AppsSample &sample);
    void print(const AppsSample &sample);

    RankingWait *m_wait = nullptr;
    QTimer *m_ratesDeadline = nullptr; // running: a complete sweep is in, waiting for rates
};

} // namespace beamtop
