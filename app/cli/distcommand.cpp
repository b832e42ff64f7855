// SPDX-License-Identifier: GPL-3.0-or-later
#include "distcommand.h"

#include "collect/distcollector.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>

namespace beamtop {

QString DistCommand::summary() const
{
    return tr("The node's distribution links: connected nodes, their traffic and queues.");
}

QString DistCommand::description() const
{
    return tr("Lists every node the node is connected to, visible and hidden (Beamtop's own connection is marked), "
              "with the peer's address, bytes received and sent in all and per second, the bytes waiting in the "
              "output queue against dist_buf_busy_limit (BUSY when it is reached: senders to that node are "
              "suspended), and how long nothing has come in over the link. Takes two readings a refresh interval "
              "apart so that rates show. --format text (or table) for people, json for the snapshot's "
              "distribution section.");
}

QList<QCommandLineOption> DistCommand::options() const
{
    return {formatOption(), prettyOption()};
}

int DistCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    return parseFormat(p);
}

void DistCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    session->setPaused(true); // the tick the session takes as it goes live, and one more
    session->subscribe(NodeSession::Feed::Distribution, this);
    connect(session->distribution(), &DistCollector::sampleReady, this, &DistCommand::onSample);
    connect(session->distribution(), &DistCollector::failed, this, [this](const QString &error) {
        if (isFinished())
            return;
        m_err << tr("Could not read the distribution: %1").arg(error) << Qt::endl;
        finish(RemoteError);
    });
}

void DistCommand::start() {}

void DistCommand::onSample(const DistSample &sample)
{
    if (isFinished())
        return;
    if (++m_readings == 1) {
        // Rates are the change between two readings: take the second one a tick later.
        QTimer::singleShot(session()->refreshIntervalMs(), this, [this] { session()->refresh(); });
        return;
    }
    print(sample);
    finish(Ok);
}

void DistCommand::print(const DistSample &sample)
{
    if (isJson()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("node"), session()->nodeName());
        doc.insert(QStringLiteral("taken_at"), sample.at.toUTC().toString(Qt::ISODateWithMs));
        doc.insert(QStringLiteral("distribution"), sample.toJson());
        printJson(doc);
        return;
    }
    m_out << tr("Distribution of %1").arg(session()->nodeName()) << "\n\n";
    writeText(m_out, sample);
}

void DistCommand::writeText(QTextStream &out, const DistSample &sample)
{
    const QLocale loc;
    out << tr("net_ticktime").leftJustified(22)
        << (sample.netTicktime < 0 ? tr("unknown") : tr("%1 s").arg(loc.toString(sample.netTicktime))) << '\n';
    out << tr("dist_buf_busy_limit").leftJustified(22)
        << (sample.busyLimit < 0 ? tr("unknown") : loc.formattedDataSize(sample.busyLimit)) << "\n\n";
    if (sample.nodes.isEmpty()) {
        out << tr("Not connected to any node.") << '\n';
        return;
    }
    auto size = [&](qint64 v) { return v < 0 ? QStringLiteral("-") : loc.formattedDataSize(v); };
    auto rate = [&](double v) { return v < 0 ? QStringLiteral("-") : tr("%1/s").arg(loc.formattedDataSize(qint64(v + 0.5))); };
    auto quiet = [&](qint64 ms) { return ms < 0 ? QStringLiteral("-") : tr("%1 s").arg(loc.toString(double(ms) / 1000.0, 'f', 1)); };
    const QStringList header = {tr("NODE"), tr("TYPE"), tr("ADDRESS"), tr("IN/S"), tr("OUT/S"), tr("IN"), tr("OUT"),
                                tr("QUEUE"), tr("QUIET")};
    QVector<QStringList> rows = {header};
    for (const DistNode &n : sample.nodes) {
        QString type = n.hidden ? tr("hidden") : tr("normal");
        if (n.own)
            type = tr("%1 (Beamtop)").arg(type);
        QString queue = size(n.queueSize);
        if (n.busy())
            queue = tr("%1 BUSY").arg(queue);
        rows.append({n.node, type, n.address.isEmpty() ? QStringLiteral("-") : n.address, rate(n.recvPerS), rate(n.sendPerS),
                     size(n.recvOct), size(n.sendOct), queue, quiet(n.quietMs)});
    }
    // Text columns left, figures right; each as wide as its widest cell.
    QVector<int> widths(header.size(), 0);
    for (const QStringList &r : std::as_const(rows))
        for (int i = 0; i < r.size(); ++i)
            widths[i] = qMax(widths[i], int(r.at(i).size()));
    for (const QStringList &r : std::as_const(rows)) {
        QString line;
        for (int i = 0; i < r.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i < 3 ? r.at(i).leftJustified(i == r.size() - 1 ? 0 : widths[i]) : r.at(i).rightJustified(widths[i]);
        }
        out << line << '\n';
    }
}

} // namespace beamtop
