// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

namespace beamtop {

// What a history chart draws of a range: the store's frames, merged on a round grid when there
// are more than a screen shows, so a tick costs a few points whatever the range. The grid is
// aligned to the epoch: the same buckets come back as time moves on, and the chart model
// applies them as differences. Shared by every page that charts the session's history.
struct ChartGrid
{
    // Points per chart: more would not show on any screen, and drawing them costs every tick.
    static constexpr int MaxPoints = 720;

    // A round step (1 s, 2 s, 5 s, ... 1 h) giving at most MaxPoints points over spanMs.
    static qint64 stepFor(qint64 spanMs);
    // The frames touching [fromMs, toMs], merged on stepFor(span) when there are too many.
    static QVector<HistoryFrame> frames(const HistoryStore &store, qint64 fromMs, qint64 toMs);
};

} // namespace beamtop
