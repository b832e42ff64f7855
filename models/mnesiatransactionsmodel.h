// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "collect/mnesiasample.h"

namespace beamtop {

// The transactions running on this node's Mnesia (mnesia:system_info(transactions), capped
// by the agent), oldest first, each with its age: the time since Beamtop first saw it (Mnesia
// keeps no start time). Keyed by transaction id and applied by difference, so a long-running
// transaction keeps its row while its age grows. One running longer than SlowMs takes the
// warning level.
class MnesiaTransactionsModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Transaction, Process, Status, Age, ColumnCount };
    Q_ENUM(Column)

    // A transaction still running after this long is worth a look (a lock held for as long).
    static constexpr qint64 SlowMs = 5000;

    explicit MnesiaTransactionsModel(QObject *parent = nullptr);
    void setSample(const MnesiaSample &sample);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;
};

} // namespace beamtop
