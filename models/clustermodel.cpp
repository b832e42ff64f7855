// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustermodel.h"

namespace beamtop {

ClusterModel::ClusterModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString ClusterModel::headerText(int column) const
{
    switch (Column(column)) {
    case Node: return tr("Node");
    case Connection: return tr("Connection");
    case ProfileName: return tr("Profile");
    case ColumnCount: break;
    }
    return {};
}

QString ClusterModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Connection:
        return tr("Visible: a node of the cluster (nodes()). Hidden: connected without joining the cluster, "
                  "like observers, C nodes and remote shells (nodes(hidden)).");
    case ProfileName: return tr("A saved profile for this node; connecting uses it (its cookie and settings).");
    default: return {};
    }
}

Qt::Alignment ClusterModel::columnAlignment(int) const
{
    return Qt::AlignLeft;
}

void ClusterModel::setNodes(const QVector<ClusterNode> &nodes)
{
    QVector<Row> rows;
    rows.reserve(nodes.size());
    for (const ClusterNode &n : nodes) {
        Row r;
        r.key = n.node;
        const QString kind = n.hidden ? tr("hidden") : tr("visible");
        r.cells = {Cell{n.node, n.node, {}},
                   Cell{kind, n.hidden ? QStringLiteral("hidden") : QStringLiteral("visible"), {}},
                   Cell{n.profile.isEmpty() ? tr("—") : n.profile, n.profile,
                        n.profile.isEmpty() ? tr("No saved profile: connecting uses this node's cookie and settings")
                                            : QString()}};
        rows.append(r);
    }
    applyRows(std::move(rows));
}

} // namespace beamtop
