// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

namespace beamtop {

struct SystemSample;

// Counts against the node's hard limits: processes, ports, atoms, ETS tables. The usage
// column carries a fraction (UsageRole) and the row a level (LevelRole) for warning colours.
class SystemLimitsModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Count, Limit, Usage, ColumnCount };
    Q_ENUM(Column)

    explicit SystemLimitsModel(QObject *parent = nullptr);
    void setSample(const SystemSample &sample);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
};

} // namespace beamtop
