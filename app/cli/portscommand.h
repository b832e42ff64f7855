// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/portcollector.h"
#include "export/portcolumns.h"
#include "rankedcommand.h"

namespace beamtop {

// beamtop-cli ports: the node's ports and sockets ranked by I/O, bytes, packets, queue or
// memory (or by their change per second, --window), from the session's port collector; once,
// or at every tick with --watch. Like top, the first answer comes within about a second
// (RankingWait): complete if the node ranks that fast, else what it has ranked so far, marked
// partial; --watch then prints one better answer per tick. Those are RankedCommand's.
class PortsCommand : public RankedCommandOf<PortCollector, PortColumns>
{
    Q_OBJECT
public:
    using RankedCommandOf::RankedCommandOf;

    QString name() const override { return QStringLiteral("ports"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;

protected:
    PortCollector *collector() const override;
    NodeSession::Feed feed() const override { return NodeSession::Feed::Ports; }
    QString rowsKey() const override { return QStringLiteral("ports"); }
    QString failedText(const QString &error) const override;
    void printText(const PortRanking &page) override;
};

} // namespace beamtop
