// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodescommand.h"

#include "node/epmdclient.h"
#include "node/nodeconnection.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace beamtop {

QString NodesCommand::summary() const
{
    return tr("The nodes registered with EPMD on a host, like epmd -names.");
}

QList<QCommandLineOption> NodesCommand::options() const
{
    return {{QStringLiteral("host"), tr("Host whose EPMD to ask (default localhost)."), tr("HOST"), QStringLiteral("localhost")},
            {QStringLiteral("epmd-port"), tr("EPMD port on that host (default %1).").arg(defaultEpmdPort()), tr("PORT"),
             QString::number(defaultEpmdPort())},
            {QStringLiteral("timeout"), tr("Timeout in ms (default 5000)."), tr("MS"), QStringLiteral("5000")},
            formatOption(), prettyOption()};
}

QStringList NodesCommand::formats() const
{
    return {QStringLiteral("json"), QStringLiteral("text")};
}

int NodesCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    if (const int rc = parseFormat(p))
        return rc;
    bool ok = false;
    const uint port = p.value(QStringLiteral("epmd-port")).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return usageError(tr("--epmd-port takes a port number from 1 to 65535, not “%1”.").arg(p.value(QStringLiteral("epmd-port"))));
    m_epmdPort = quint16(port);
    m_timeoutMs = p.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || m_timeoutMs < 1)
        return usageError(tr("--timeout takes a positive number of milliseconds."));
    m_host = p.value(QStringLiteral("host"));
    return Ok;
}

int NodesCommand::run()
{
    auto *epmd = new EpmdClient(this);
    connect(epmd, &EpmdClient::namesReady, this, [this](const QString &, const QVector<EpmdNode> &nodes) {
        if (isJson()) {
            QJsonArray arr;
            for (const EpmdNode &n : nodes)
                arr.append(QJsonObject{{QStringLiteral("name"), n.name}, {QStringLiteral("port"), n.port}});
            printJson(QJsonObject{{QStringLiteral("host"), m_host}, {QStringLiteral("nodes"), arr}});
        } else if (nodes.isEmpty()) {
            m_err << tr("No nodes are registered with EPMD on %1.").arg(m_host) << Qt::endl;
        } else {
            int width = int(tr("NODE").size());
            for (const EpmdNode &n : nodes)
                width = qMax(width, int(n.name.size() + 1 + m_host.size()));
            m_out << tr("NODE").leftJustified(width) << "  " << tr("PORT") << '\n';
            for (const EpmdNode &n : nodes)
                m_out << QString(n.name + QLatin1Char('@') + m_host).leftJustified(width) << "  " << n.port << '\n';
        }
        finish(Ok);
    });
    connect(epmd, &EpmdClient::namesFailed, this, [this](const QString &, const QString &error) {
        m_err << error << Qt::endl;
        finish(ConnectFailed);
    });
    epmd->requestNames(m_host, m_epmdPort, m_timeoutMs);
    return -1;
}

} // namespace beamtop
