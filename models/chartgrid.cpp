// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartgrid.h"

namespace beamtop {

qint64 ChartGrid::stepFor(qint64 spanMs)
{
    static const qint64 steps[] = {1000, 2000, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000, 900000, 1800000, 3600000};
    const qint64 wanted = spanMs / MaxPoints;
    for (qint64 s : steps) {
        if (s >= wanted)
            return s;
    }
    return 3600000;
}

QVector<HistoryFrame> ChartGrid::frames(const HistoryStore &store, qint64 fromMs, qint64 toMs)
{
    const bool merge = store.frameCount(fromMs, toMs) > MaxPoints;
    return store.frames(fromMs, toMs, merge ? stepFor(toMs - fromMs) : 0);
}

} // namespace beamtop
