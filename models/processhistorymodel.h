// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serieshistorymodel.h"

namespace beamtop {

// One process's memory, reductions/s and queue length over time, for its details window's live
// charts (SeriesHistoryModel: bounded, peaks kept).
class ProcessHistoryModel : public SeriesHistoryModel
{
    Q_OBJECT
public:
    enum Column { Time = TimeColumn, Memory, ReductionsPerS, MessageQueueLen, ColumnCount };
    Q_ENUM(Column)

    explicit ProcessHistoryModel(QObject *parent = nullptr);

    // reductionsPerS < 0: unknown (the first sample); that point has no value for it.
    void addSample(qint64 timeMs, qint64 memory, double reductionsPerS, qint64 messageQueueLen);

protected:
    QString valueText(int column, double value, double least, int samples, int role) const override;
};

} // namespace beamtop
