// SPDX-License-Identifier: GPL-3.0-or-later
#include "porthistorymodel.h"

#include "format.h"

#include <cmath>

namespace beamtop {

PortHistoryModel::PortHistoryModel(QObject *parent)
    : SeriesHistoryModel({tr("Received/s"), tr("Sent/s"), tr("Queue")}, parent)
{
}

void PortHistoryModel::addSample(qint64 timeMs, double recvPerS, double sendPerS, qint64 queueSize)
{
    const double unknown = std::nan("");
    addPoint(timeMs, {recvPerS < 0 ? unknown : recvPerS, sendPerS < 0 ? unknown : sendPerS,
                      queueSize < 0 ? unknown : double(queueSize)});
}

QString PortHistoryModel::valueText(int column, double v, double, int, int role) const
{
    switch (column) {
    case RecvPerS:
    case SendPerS: return Format::bytesPerSecond(v);
    case QueueSize: return role == Qt::ToolTipRole ? Format::exactBytes(qint64(v)) : Format::bytes(qint64(v));
    }
    return {};
}

} // namespace beamtop
