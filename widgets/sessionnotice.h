// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demonode.h"
#include "noticebar.h"
#include "session/nodesession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace beamtop {

// What the main window knows about its connection and its demo node when the notice bar is
// redrawn: plain values, so which sentence shows can be decided (and tested) without a node.
struct SessionFacts
{
    std::optional<DemoNode::Stage> demoStage; // empty: this window never started the demo node
    QString demoError;                        // why the demo node did not start
    QString demoOutput;                       // the demo node's last lines
    bool hasSession = false;
    QString node;
    NodeSession::State state = NodeSession::State::Disconnected;
    bool hasSample = false; // anything ever read from this node
    QDateTime lastSampleAt;
    QString lastError; // why connecting failed
    QDateTime lostAt;
    QString lostReason;
    QString fetchError; // the last refresh's, empty once one succeeds
    bool paused = false;
    bool stale = false;
    qint64 lateForMs = 0; // the node is slow to answer: nothing new for this long
};

// The notice bar's sentence for a session: the demo node starting or failing first, then the
// link (connecting, lost, closed), then late data, a failed refresh, a pause, a first read.
// The buttons are named, not given: the window owns the actions behind them.
struct SessionNotice
{
    Q_DECLARE_TR_FUNCTIONS(SessionNotice)
public:
    enum class Action { Reconnect, Connect, RetryDemo, Pause };

    NoticeBar::Kind kind = NoticeBar::Kind::Info;
    QString headline;
    QString detail;
    QList<Action> actions;

    // Empty when there is nothing to say and the bar hides.
    static std::optional<SessionNotice> describe(const SessionFacts &facts);
};

} // namespace beamtop
