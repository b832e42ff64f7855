// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchcommand.h"

#include "agent/agentclient.h"
#include "alerts/alertengine.h"
#include "alerts/alertmetrics.h"
#include "alerts/alertmonitor.h"
#include "profiles/profilestore.h"
#include "rulescommand.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QTimer>

namespace beamtop {

namespace {
// As record: longer than a job wants, well within a timer's range.
constexpr qint64 MaxDurationMs = 7LL * 24 * 3600 * 1000;
} // namespace

WatchCommand::WatchCommand(QTextStream &out, QTextStream &err, QObject *parent) : Command(out, err, parent) {}

WatchCommand::~WatchCommand() = default;

QString WatchCommand::summary() const
{
    return tr("Evaluates alert rules against a node and prints each alert that fires or resolves.");
}

QString WatchCommand::description() const
{
    return tr("Watches a node with alert rules (beamtop-cli rules prints them): those of --rules FILE, else the "
              "profile's (--profile NAME) or the file for connections without a profile, else the default rules. "
              "Prints one line per change: an alert fired or resolved, as JSON (one object per line: event, rule, "
              "severity, metric, value, threshold, entity, at) or text. Runs until --duration has passed or Ctrl+C "
              "(exit code 0); with --exit-on it ends with exit code 5 as soon as an alert of that severity or worse "
              "fires, for cron and CI jobs.");
}

QList<QCommandLineOption> WatchCommand::options() const
{
    // --profile is a connection option: the same name picks the profile's rules.
    return {{QStringLiteral("rules"), tr("Read the rules from FILE (a beamtop.rules/1 document)."), tr("FILE")},
            {QStringLiteral("duration"), tr("Stop after this long, like 90s, 15m or 1h30m (default: until Ctrl+C)."),
             tr("TIME")},
            {QStringLiteral("interval"), tr("Milliseconds between readings, at least 100 (default 1000)."), tr("MS"),
             QStringLiteral("1000")},
            {QStringLiteral("exit-on"), tr("End with exit code 5 when an alert of SEVERITY (warning or critical) or worse fires."),
             tr("SEVERITY")},
            formatOption()};
}

int WatchCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    if (const int rc = parseFormat(p))
        return rc;
    if (p.isSet(QStringLiteral("duration"))
        && (!AlertRule::parseDuration(p.value(QStringLiteral("duration")), &m_durationMs) || m_durationMs <= 0
            || m_durationMs > MaxDurationMs))
        return usageError(tr("--duration takes a time like 90s, 15m or 1h30m, up to 7 days."));
    bool ok = true;
    m_intervalMs = p.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || m_intervalMs < 100)
        return usageError(tr("watch: --interval takes at least 100 ms."));
    if (p.isSet(QStringLiteral("exit-on"))) {
        if (!AlertRule::parseSeverity(p.value(QStringLiteral("exit-on")), &m_exitSeverity))
            return usageError(tr("--exit-on is warning or critical."));
        m_exitOn = true;
    }

    // Read before connecting: a file at fault is said at once. --rules wins over the
    // profile's rules (the profile still names the node).
    // An unknown profile is a usage error, as for every command that connects.
    if (p.isSet(QStringLiteral("profile")) && !ProfileStore().find(p.value(QStringLiteral("profile"))))
        return usageError(tr("No profile called “%1”. beamtop-cli profiles list shows them.").arg(p.value(QStringLiteral("profile"))));
    RuleStore::Loaded loaded;
    QString error;
    if (!RulesCommand::load(p.value(QStringLiteral("rules")), p.value(QStringLiteral("profile")), &loaded, &error)) {
        m_err << error << Qt::endl;
        return Failure;
    }
    for (const QString &problem : std::as_const(loaded.problems))
        m_err << problem << Qt::endl;
    m_rules = loaded.rules;
    m_rulesFrom = loaded.fromFile ? loaded.fileName : QString();
    // (Every rule read names a metric Beamtop knows: the parser skips the others, saying so.)
    int enabled = 0;
    for (const AlertRule &r : std::as_const(m_rules.rules))
        enabled += r.enabled ? 1 : 0;
    if (enabled == 0) {
        m_err << tr("Nothing to watch: %1 has no enabled rules.")
                     .arg(m_rulesFrom.isEmpty() ? tr("the rule set") : m_rulesFrom)
              << Qt::endl;
        return Failure;
    }
    return Ok;
}

void WatchCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    session->setRefreshIntervalMs(m_intervalMs);
    session->setPaused(false);
    AlertMonitor *alerts = session->alerts();
    alerts->setRules(m_rules);
    connect(alerts, &AlertMonitor::fired, this, &WatchCommand::onEvent);
    connect(alerts, &AlertMonitor::resolved, this, &WatchCommand::onEvent);
    connect(alerts, &AlertMonitor::metricFailed, this, &WatchCommand::onMetricFailed);
    connect(session, &NodeSession::fetchFailed, this, &WatchCommand::onFetchFailed);
    // A reading again: the next failure is news.
    connect(session, &NodeSession::historyAppended, this, [this] { m_failures.remove(QString()); });
}

void WatchCommand::start()
{
    if (isText()) {
        int enabled = 0;
        for (const AlertRule &r : std::as_const(m_rules.rules))
            enabled += r.enabled ? 1 : 0;
        // Nothing comes on stdout until an alert fires: say that it is watching.
        m_err << tr("Watching %1 with %2 (%3 enabled); Ctrl+C ends.")
                     .arg(session()->nodeName(), m_rulesFrom.isEmpty() ? tr("the default rules") : m_rulesFrom)
                     .arg(enabled)
              << Qt::endl;
    }
    // Entity metrics come from the agent's rankings: without it their rules cannot fire.
    if (session()->agent()->mode() != AgentClient::Mode::Full) {
        QStringList waiting;
        for (const AlertRule &r : std::as_const(m_rules.rules))
            if (r.enabled && AlertMetrics::isEntityKey(r.metric))
                waiting << r.id;
        if (!waiting.isEmpty())
            m_err << tr("Without the agent (reduced mode) these rules cannot be evaluated: %1.")
                         .arg(waiting.join(QStringLiteral(", ")))
                  << Qt::endl;
    }
    if (m_durationMs > 0)
        QTimer::singleShot(int(m_durationMs), this, [this] { finish(Ok); });
}

void WatchCommand::interrupt(int)
{
    // The usual way to end a watch: not a failure.
    finish(Ok);
}

void WatchCommand::onEvent(const AlertEvent &event)
{
    if (isFinished())
        return;
    if (isJson()) {
        printJson(event.toJson(), false);
    } else {
        m_out << event.text() << Qt::endl; // starts with its time
    }
    // Critical is worse than warning: --exit-on warning ends on either.
    if (m_exitOn && event.type == AlertEvent::Type::Firing
        && (m_exitSeverity == AlertSeverity::Warning || event.severity == AlertSeverity::Critical))
        finish(AlertFired);
}

void WatchCommand::onMetricFailed(const QString &metric, const QString &error)
{
    if (isFinished() || m_failures.value(metric) == error)
        return;
    m_failures.insert(metric, error);
    m_err << tr("Could not read %1 (its rules wait for it): %2").arg(metric, error) << Qt::endl;
}

void WatchCommand::onFetchFailed(const QString &error)
{
    if (isFinished() || m_failures.value(QString()) == error)
        return;
    m_failures.insert(QString(), error);
    m_err << tr("Could not read the node's metrics (their rules wait for them): %1").arg(error) << Qt::endl;
}

} // namespace beamtop
