// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/etscollector.h"
#include "export/etscolumns.h"
#include "rankedcommand.h"

namespace beamtop {

// beamtop-cli ets: the node's ETS tables ranked by memory or rows, or by how fast they grow
// (--sort growth, or --window with either), from the session's ETS collector; once, or at
// every tick with --watch. The first answer comes within about a second (RankedCommand).
class EtsCommand : public RankedCommandOf<EtsCollector, EtsColumns>
{
    Q_OBJECT
public:
    using RankedCommandOf::RankedCommandOf;

    QString name() const override { return QStringLiteral("ets"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;

protected:
    EtsCollector *collector() const override;
    NodeSession::Feed feed() const override { return NodeSession::Feed::Ets; }
    QString rowsKey() const override { return QStringLiteral("tables"); }
    QString failedText(const QString &error) const override;
    void printText(const EtsRanking &page) override;
};

} // namespace beamtop
