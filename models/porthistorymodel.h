// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serieshistorymodel.h"

namespace beamtop {

// One port's rates and queue over time, for its details window's live charts
// (SeriesHistoryModel: bounded, peaks kept). Unknown figures (the first sample's rates; a
// socket's queue) have no value, and a chart leaves a gap.
class PortHistoryModel : public SeriesHistoryModel
{
    Q_OBJECT
public:
    enum Column { Time = TimeColumn, RecvPerS, SendPerS, QueueSize, ColumnCount };
    Q_ENUM(Column)

    explicit PortHistoryModel(QObject *parent = nullptr);

    // Negative: unknown.
    void addSample(qint64 timeMs, double recvPerS, double sendPerS, qint64 queueSize);

protected:
    QString valueText(int column, double value, double least, int samples, int role) const override;
};

} // namespace beamtop
