// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "collect/mnesiasample.h"

namespace beamtop {

// The database at a glance, one row per fact: running and stopped db nodes, this node's role
// (disc or RAM node), schema location, directory, version, checkpoints, the transaction log's
// dump thresholds and the transaction counters. Every fact is its own timed read on the node:
// one that did not answer reads "could not read: timed out" and takes the warning level, so does
// a stopped db node. Rows are keyed by fact and applied by difference.
class MnesiaFactsModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Fact, Value, ColumnCount };
    Q_ENUM(Column)

    explicit MnesiaFactsModel(QObject *parent = nullptr);
    void setSample(const MnesiaSample &sample);

    // "could not read: timed out", "could not read: error: …": what a failed read shows.
    static QString problemText(const MnesiaRead &read);

protected:
    QString headerText(int column) const override;
};

} // namespace beamtop
