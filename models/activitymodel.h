// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

namespace beamtop {

struct SystemSample;

// Counters since the node started (reductions, I/O, garbage collection, context switches)
// with their per-second rates over the last refresh interval, and the run queue now.
class ActivityModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Total, PerSecond, ColumnCount };
    Q_ENUM(Column)

    explicit ActivityModel(QObject *parent = nullptr);
    void setSample(const SystemSample &sample);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
};

} // namespace beamtop
