// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rank/rankedquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

class QTextStream;

namespace beamtop {

// The progress bar `beamtop-cli top --complete` draws on stderr while the node ranks, when stderr
// is a terminal: the share done, the time left at the current budget (from the sweep's rate so
// far) and what a higher --budget would make of it. Redrawn in place, cleared when done; nothing
// at all when stderr is not a terminal, so scripts see only errors there.
class RankingProgress
{
    Q_DECLARE_TR_FUNCTIONS(RankingProgress)
public:
    // Draws only if stderr is a terminal.
    explicit RankingProgress(QTextStream &err);

    bool isEnabled() const { return m_enabled; }
    // A page that is not final yet came: redraw with its progress.
    void update(const RankingStatus &s);
    // Removes the line (before the answer, an error, or on exit).
    void clear();

    // The line for a width: share 0..1; leftMs -1 while unknown; budget the agent's (-1 unknown).
    static QString text(const QString &what, double share, qint64 leftMs, double budget, int width);

private:
    QTextStream &m_err;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_clock;
    qint64 m_fromDone = -1; // the sweep's progress when the rate began to be measured
    qint64 m_fromMs = 0;
};

} // namespace beamtop
