// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

namespace beamtop {

struct SystemSample;

// erlang:memory() as a table. The rows marked ChartPartRole (processes, atoms, binaries, code,
// ETS, other system) add up to the total and make the chart's slices.
class MemoryModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Category, Size, Share, ColumnCount };
    Q_ENUM(Column)

    explicit MemoryModel(QObject *parent = nullptr);
    void setSample(const SystemSample &sample);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
};

} // namespace beamtop
