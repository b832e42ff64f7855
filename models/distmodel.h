// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

namespace beamtop {

struct DistSample;

// The node's distribution links (the agent's `dist`): one row per connected node, keyed by its
// name (KeyRole), visible before hidden and by name. Beamtop's own connection is marked
// "Beamtop (this connection)". The output queue is shown against dist_buf_busy_limit (a bar:
// UsageRole) and a link at the limit is busy (LevelRole Critical; Warning from 85 %). How long
// a link has been quiet is by Beamtop's readings. Updates by difference.
class DistModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Node, Type, Address, InPerS, OutPerS, Received, Sent, Queue, Quiet, ColumnCount };
    Q_ENUM(Column)

    explicit DistModel(QObject *parent = nullptr);

    void setSample(const DistSample &sample);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override { return column >= InPerS; }
};

} // namespace beamtop
