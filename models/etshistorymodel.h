// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serieshistorymodel.h"

namespace beamtop {

// One ETS table's rows and memory over time, for its details window's live charts
// (SeriesHistoryModel: bounded, peaks kept).
class EtsHistoryModel : public SeriesHistoryModel
{
    Q_OBJECT
public:
    enum Column { Time = TimeColumn, Size, Memory, ColumnCount };
    Q_ENUM(Column)

    explicit EtsHistoryModel(QObject *parent = nullptr);

    // Negative: unknown.
    void addSample(qint64 timeMs, qint64 size, qint64 memory);

protected:
    QString valueText(int column, double value, double least, int samples, int role) const override;
};

} // namespace beamtop
