// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"
#include "command.h"

#include <QHash>

namespace beamtop {

struct AlertEvent;

// beamtop-cli watch: evaluates alert rules against a node, with the session's AlertMonitor (the
// same engine the desktop runs), and prints one event per change: fired or resolved, a JSON
// object per line (AlertEvent::toJson) or a line for people. The rules come from --rules FILE,
// else the profile's (--profile) or the ad-hoc connections' file (RuleStore), else the
// defaults. Rules a file could not give are said on stderr with the line and key at fault, and
// the others are watched; so are metrics that cannot be read.
//
// It runs until --duration has passed (exit 0), Ctrl+C or SIGTERM (exit 0), a lost node
// (RemoteError), or with --exit-on, the first alert of that severity or worse (exit 5, after
// printing it): what cron and CI jobs wait for.
class WatchCommand : public Command
{
    Q_OBJECT
public:
    // The exit code when an --exit-on alert fired.
    static constexpr int AlertFired = 5;

    WatchCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~WatchCommand() override;

    QString name() const override { return QStringLiteral("watch"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;
    void interrupt(int signalNumber) override;

private:
    void onEvent(const AlertEvent &event);
    void onMetricFailed(const QString &metric, const QString &error);
    void onFetchFailed(const QString &error);

    RuleSet m_rules;
    QString m_rulesFrom; // the file the rules came from; empty: the defaults
    qint64 m_durationMs = 0; // 0: until interrupted
    int m_intervalMs = 1000;
    bool m_exitOn = false;
    AlertSeverity m_exitSeverity = AlertSeverity::Critical;
    // The last failure said per metric (and "" for the system sample): said again only when
    // it changes, not once a tick.
    QHash<QString, QString> m_failures;
};

} // namespace beamtop
