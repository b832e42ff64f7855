#pragma once

#include "collect/processranking.h"
#include "command.h"

#include <QTimer>

namespace beamtop {

// beamtop-cli top: the node's processes ranked by a metric (or by its change, --window), from
// the session's process collector; once, or at every tick with --watch.
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

private:
    void onPage(const ProcessRanking &page);
    void print(const ProcessRanking &page);

    ProcessQuery m_query;
    int m_intervalMs = 1000;
    double m_budget = -1;
    bool m_watch = false;
    QTimer m_retry; // while the node finishes its first ranking
};

} // namespace beamtop
