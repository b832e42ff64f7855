// SPDX-License-Identifier: GPL-3.0-or-later
#include "processhistorymodel.h"

#include "format.h"

#include <cmath>

namespace beamtop {

ProcessHistoryModel::ProcessHistoryModel(QObject *parent)
    : SeriesHistoryModel({tr("Memory"), tr("Reductions/s"), tr("Message queue")}, parent)
{
}

void ProcessHistoryModel::addSample(qint64 timeMs, qint64 memory, double reductionsPerS, qint64 messageQueueLen)
{
    addPoint(timeMs, {double(memory), reductionsPerS < 0 ? std::nan("") : reductionsPerS, double(messageQueueLen)});
}

QString ProcessHistoryModel::valueText(int column, double v, double least, int samples, int role) const
{
    switch (column) {
    case Memory:
        if (role == Qt::ToolTipRole)
            return samples > 1 ? tr("%1 to %2").arg(Format::exactBytes(qint64(least)), Format::exactBytes(qint64(v)))
                               : Format::exactBytes(qint64(v));
        return Format::bytes(qint64(v));
    case ReductionsPerS: return Format::perSecond(v);
    case MessageQueueLen: return Format::count(qint64(v));
    }
    return {};
}

} // namespace beamtop
