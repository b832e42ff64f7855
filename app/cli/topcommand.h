#pragma once

#include "collect/processranking.h"
#include "command.h"
#include "rankingprogress.h"

#include <memory>
#include <optional>

namespace beamtop {

class RankingWait;

// beamtop-cli top: the node's processes ranked by a metric (or by its change, --window), from
// the session's process collector; once, or at every tick with --watch. The first answer comes
// within about a second (RankingWait): complete if the node ranks that fast, else what it has
// ranked so far, marked partial; --watch then prints one better answer per tick. --complete
// waits for a complete ranking instead, with a progress bar on a terminal's stderr.
class TopCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString name() const override { return QStringLiteral("top"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QStringList formats() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;
    void interrupt(int signalNumber) override;
    void linkLost() override;

private:
    void onPage(const ProcessRanking &page);
    void answer(const ProcessRanking &page);
    void print(const ProcessRanking &page);

    ProcessQuery m_query;
    int m_intervalMs = 1000;
    double m_budget = -1;
    bool m_watch = false;
    bool m_complete = false;
    RankingWait *m_wait = nullptr;
    std::unique_ptr<RankingProgress> m_progress; // --complete
    std::optional<ProcessRanking> m_latest;      // the best page so far, while waiting
    bool m_answered = false;
    bool m_tickPending = false; // --watch: a tick came since the last answer
    int m_ticks = 0;
};

} // namespace beamtop
