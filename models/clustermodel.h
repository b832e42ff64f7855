// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

namespace beamtop {

// One node a connected node is connected to.
struct ClusterNode
{
    QString node;    // alive@host
    bool hidden = false; // a hidden connection (another observer, a C node, remsh)
    QString profile; // the name of a saved profile for this node; empty: none

    bool operator==(const ClusterNode &o) const { return node == o.node && hidden == o.hidden && profile == o.profile; }
};

// The nodes a node is connected to, visible and hidden, keyed by node name (KeyRole): what the
// cluster panel lists and connects to. Updates by difference.
class ClusterModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Node, Connection, ProfileName, ColumnCount };
    Q_ENUM(Column)

    explicit ClusterModel(QObject *parent = nullptr);
    // In the order given (the panel sorts: visible before hidden, then by name).
    void setNodes(const QVector<ClusterNode> &nodes);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;
};

} // namespace beamtop
