#pragma once

#include "collect/portranking.h"
#include "command.h"

#include <optional>

namespace beamtop {

class RankingWait;

// beamtop-cli ports: the node's ports and sockets ranked by I/O, bytes, packets, queue or
// memory (or by their change per second, --window), from the session's port collector; once,
// or at every tick with --watch. Like top, the first answer comes within about a second
// (RankingWait): complete if the node ranks that fast, else what it has ranked so far, marked
// partial; --watch then prints one better answer per tick.
class PortsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString name() const override { return QStringLiteral("ports"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QStringList formats() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;

private:
    void onPage(const PortRanking &page);
    void answer(const PortRanking &page);
    void print(const PortRanking &page);

    PortQuery m_query;
    int m_intervalMs = 1000;
    bool m_watch = false;
    RankingWait *m_wait = nullptr;
    std::optional<PortRanking> m_latest; // the best page so far, while waiting
    bool m_answered = false;
    bool m_tickPending = false; // --watch: a tick came since the last answer
    int m_ticks = 0;
};

} // namespace beamtop
