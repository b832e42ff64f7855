// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionnotice.h"

#include "format.h"

namespace beamtop {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.time().toString(QStringLiteral("HH:mm:ss")) : QString();
}

SessionNotice notice(NoticeBar::Kind kind, const QString &headline, const QString &detail = {},
                     const QList<SessionNotice::Action> &actions = {})
{
    return SessionNotice{kind, headline, detail, actions};
}

} // namespace

std::optional<SessionNotice> SessionNotice::describe(const SessionFacts &f)
{
    using Kind = NoticeBar::Kind;
    // The demo node starting (or not) comes first: nothing else can happen before it.
    if (f.demoStage && !f.hasSession) {
        switch (*f.demoStage) {
        case DemoNode::Stage::Preparing:
        case DemoNode::Stage::Starting:
        case DemoNode::Stage::Registering:
            return notice(Kind::Progress, DemoNode::stageText(*f.demoStage),
                          tr("The demo node runs on this computer and stops when Beamtop exits."));
        case DemoNode::Stage::Failed:
            return notice(Kind::Error, tr("The demo node did not start."), f.demoError, {Action::RetryDemo});
        default:
            break;
        }
    }
    if (!f.hasSession)
        return std::nullopt;
    const QString &node = f.node;
    const QString shown = timeText(f.lastSampleAt);
    switch (f.state) {
    case NodeSession::State::Connecting:
        return notice(Kind::Progress, tr("Connecting to %1…").arg(node));
    case NodeSession::State::LoadingAgent:
        return notice(Kind::Progress, tr("Connected to %1; loading the agent…").arg(node));
    case NodeSession::State::Reconnecting:
        return notice(Kind::Warning,
                      shown.isEmpty() ? tr("The connection to %1 was lost at %2. Reconnecting…").arg(node, timeText(f.lostAt))
                                      : tr("The connection to %1 was lost at %2. Showing data from %3; reconnecting…")
                                            .arg(node, timeText(f.lostAt), shown),
                      f.lostReason);
    case NodeSession::State::Closing:
        return notice(Kind::Progress, tr("Disconnecting from %1…").arg(node));
    case NodeSession::State::Disconnected:
        if (!f.hasSample)
            return notice(Kind::Error, tr("Could not connect to %1.").arg(node), f.lastError,
                          {Action::Reconnect, Action::Connect});
        return notice(Kind::Info, tr("Disconnected from %1. Showing data from %2.").arg(node, shown), f.lostReason,
                      {Action::Reconnect});
    case NodeSession::State::Live:
        break;
    }
    if (f.demoStage == DemoNode::Stage::Stopped)
        return notice(Kind::Warning, tr("The demo node has stopped."), f.demoOutput, {Action::RetryDemo});
    // Late before a failed refresh: on a slow node asks time out one after another, and how
    // long nothing has come says more than the last timeout (which goes in the detail).
    if (f.lateForMs > 0) {
        const QString late = Format::duration(f.lateForMs);
        return notice(Kind::Warning,
                      f.hasSample ? tr("Data is late: %1 has not answered for %2. Showing data from %3.").arg(node, late, shown)
                                  : tr("Data is late: %1 has not answered for %2.").arg(node, late),
                      f.fetchError.isEmpty()
                          ? tr("The node may be overloaded. Beamtop keeps asking and shows new data as soon as it comes.")
                          : f.fetchError);
    }
    if (!f.fetchError.isEmpty())
        return notice(Kind::Warning, tr("The last refresh from %1 failed; showing data from %2.").arg(node, shown),
                      f.fetchError);
    if (f.paused)
        return notice(Kind::Info, tr("Refreshing is paused. F5 refreshes once."), {}, {Action::Pause});
    if (f.stale)
        return notice(Kind::Progress, tr("Reading %1…").arg(node));
    return std::nullopt;
}

} // namespace beamtop
