// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

namespace beamtop {

struct SystemSample;

// What the node is: name, releases, uptime, OS, processors and schedulers. One row per fact.
class NodeFactsModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Value, ColumnCount };
    Q_ENUM(Column)

    explicit NodeFactsModel(QObject *parent = nullptr);
    void setSample(const SystemSample &sample);

protected:
    QString headerText(int column) const override;
    bool isMetricColumn(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;
};

} // namespace beamtop
