// SPDX-License-Identifier: GPL-3.0-or-later
#include "appscommand.h"

#include "collect/appscollector.h"
#include "export/appcolumns.h"
#include "export/rankingwait.h"
#include "export/rowwriter.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTimer>

namespace beamtop {

QString AppsCommand::summary() const
{
    return tr("The applications: status, version, and what their processes add up to.");
}

QString AppsCommand::description() const
{
    return tr("Lists every application of the node, running, starting or only loaded, with its "
              "version, start type "
              "and description, and what its processes add up to: how many, their memory, "
              "reductions per second and "
              "queued messages. A process belongs to the application of its group leader; the "
              "processes of none are "
              "the last row. The node sums them in the background within the agent's CPU budget, "
              "so the figures are "
              "from its last sweep (the output says how old); the first answer waits about a "
              "second for the first "
              "sweep, then prints what there is, marked partial. Reductions per second need a "
              "second sweep, which "
              "comes a second later: after a complete first sweep the command waits for it. "
              "--format text (or table) for people, csv for the "
              "rows, json for the snapshot's applications section. Needs the agent.");
}

QList<QCommandLineOption> AppsCommand::options() const
{
    return {formatOption(), prettyOption()};
}

QStringList AppsCommand::formats() const
{
    // "table" is taken for text (Command::parseFormat).
    return {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")};
}

int AppsCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    return parseFormat(p);
}

void AppsCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    session->setPaused(true); // the tick the session takes as it goes live; the wait asks again
    AppsCollector *apps = session->applications();
    apps->setSweepIntervalMs(1000); // one run: the second sweep, for the rates, a second later
    m_wait = new RankingWait([apps] { apps->fetch(); }, this);
    m_ratesDeadline = new QTimer(this);
    m_ratesDeadline->setSingleShot(true);
    connect(m_ratesDeadline, &QTimer::timeout, this, [this, apps] {
        if (!isFinished())
            print(apps->last()); // the complete sweep, without rates
    });
    connect(m_wait, &RankingWait::due, this, [this, apps] {
        if (!isFinished() && apps->hasSample())
            print(apps->last()); // the sweep so far, marked partial
    });
    connect(apps, &AppsCollector::sampleReady, this, &AppsCommand::onSample);
    connect(apps, &AppsCollector::failed, this, [this](const QString &error) {
        if (isFinished())
            return;
        m_err << tr("Could not read the applications: %1").arg(error) << Qt::endl;
        finish(RemoteError);
    });
    session->subscribe(NodeSession::Feed::Applications, this); // fetched in the first tick
}

void AppsCommand::start()
{
    AppsCollector *apps = session()->applications();
    if (!apps->isAvailable()) {
        m_err << (session()->agent()->mode() == AgentClient::Mode::Full
                      ? tr("The Beamtop agent running on %1 is older and cannot list applications.")
                      : tr("Listing applications needs the Beamtop agent, which %1 did not load "
                           "(reduced mode)."))
                     .arg(session()->nodeName())
              << Qt::endl;
        finish(RemoteError);
        return;
    }
    m_wait->begin();
}

namespace {
// Whether the sample's totals come from two sweeps: then reductions per second are known.
// (An application without processes has a rate of 0 from the first sweep on.)
bool hasRates(const AppsSample &sample)
{
    if (sample.outside.reductionsPerSec >= 0)
        return true;
    for (const AppRow &a : sample.apps)
        if (a.hasTotals && a.totals.processes > 0 && a.totals.reductionsPerSec >= 0)
            return true;
    return false;
}
} // namespace

void AppsCommand::onSample(const AppsSample &sample)
{
    if (isFinished())
        return;
    if (m_ratesDeadline->isActive()) {
        if (hasRates(sample))
            return print(sample);
        // The next sweep is due about a second after the first: ask again, not on every tick.
        QTimer::singleShot(RankingWait::RetryMs, this, [this] {
            if (!isFinished())
                session()->applications()->fetch();
        });
        return;
    }
    if (!m_wait->offer(!sample.partial))
        return; // asked again
    m_wait->stop();
    // A first sweep not complete in time is printed as it is; a complete one waits for rates.
    if (sample.partial || hasRates(sample))
        return print(sample);
    m_ratesDeadline->start(RatesWaitMs);
    QTimer::singleShot(RankingWait::RetryMs, this, [this] {
        if (!isFinished())
            session()->applications()->fetch();
    });
}

void AppsCommand::print(const AppsSample &sample)
{
    m_wait->stop();
    m_ratesDeadline->stop();
    if (isJson()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("node"), session()->nodeName());
        doc.insert(QStringLiteral("taken_at"),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        const QJsonObject apps = AppColumns::document(sample);
        for (auto it = apps.begin(); it != apps.end(); ++it)
            doc.insert(it.key(), it.value());
        printJson(doc);
    } else if (format() == QLatin1String("csv")) {
        RowWriter csv(RowWriter::Format::Csv, AppColumns::keys());
        QByteArray text = csv.begin();
        for (const QJsonObject &row : AppColumns::rows(sample))
            text += csv.row(row);
        m_out << text;
    } else {
        m_out << tr("Applications of %1: %2")
                     .arg(session()->nodeName(), AppColumns::countsText(sample))
              << '\n'
              << AppColumns::sweepLine(sample) << "\n\n";
        AppColumns::writeTable(m_out, sample, session()->formatter());
    }
    finish(Ok);
}

} // namespace beamtop
