// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/processcollector.h"
#include "export/processcolumns.h"
#include "rankedcommand.h"

namespace beamtop {

// beamtop-cli top: the node's processes ranked by a metric (or by its change, --window), from
// the session's process collector; once, or at every tick with --watch. The first answer comes
// within about a second (RankingWait): complete if the node ranks that fast, else what it has
// ranked so far, marked partial; --watch then prints one better answer per tick. --complete
// waits for a complete ranking instead, with a progress bar on a terminal's stderr. The
// waiting, --watch and the formats are RankedCommand's.
class TopCommand : public RankedCommandOf<ProcessCollector, ProcessColumns>
{
    Q_OBJECT
public:
    using RankedCommandOf::RankedCommandOf;

    QString name() const override { return QStringLiteral("top"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void start() override;

protected:
    ProcessCollector *collector() const override;
    NodeSession::Feed feed() const override { return NodeSession::Feed::Processes; }
    QString rowsKey() const override { return QStringLiteral("processes"); }
    QString failedText(const QString &error) const override;
    void printText(const ProcessRanking &page) override;

private:
    double m_budget = -1;
};

} // namespace beamtop
