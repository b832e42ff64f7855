// SPDX-License-Identifier: GPL-3.0-or-later
#include "distmodel.h"

#include "collect/distsample.h"
#include "format.h"

#include <QLocale>

#include <algorithm>

namespace beamtop {

DistModel::DistModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString DistModel::headerText(int column) const
{
    switch (Column(column)) {
    case Node: return tr("Node");
    case Type: return tr("Connection");
    case Address: return tr("Address");
    case InPerS: return tr("In/s");
    case OutPerS: return tr("Out/s");
    case Received: return tr("Received");
    case Sent: return tr("Sent");
    case Queue: return tr("Output queue");
    case Quiet: return tr("Quiet for");
    case ColumnCount: break;
    }
    return {};
}

QString DistModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Type:
        return tr("Visible: a node of the cluster (nodes()). Hidden: connected without joining the cluster, like observers, "
                  "C nodes and remote shells (nodes(hidden)).");
    case Address: return tr("The other node's address on this link");
    case InPerS: return tr("Bytes per second received from the node, between the last two readings");
    case OutPerS: return tr("Bytes per second sent to the node, between the last two readings");
    case Received: return tr("Bytes received on this link since it was set up");
    case Sent: return tr("Bytes sent on this link since it was set up");
    case Queue:
        return tr("Bytes waiting to be sent to the node, against dist_buf_busy_limit: at the limit the link is busy and "
                  "processes sending to that node are suspended");
    case Quiet:
        return tr("How long since anything was received from the node, by Beamtop's readings. A link silent for "
                  "net_ticktime is taken down by the runtime.");
    default: return {};
    }
}

void DistModel::setSample(const DistSample &sample)
{
    QVector<DistNode> nodes = sample.nodes;
    // Visible nodes first, then hidden ones; by name within each.
    std::stable_sort(nodes.begin(), nodes.end(), [](const DistNode &a, const DistNode &b) {
        if (a.hidden != b.hidden)
            return !a.hidden;
        return a.node < b.node;
    });
    const QString none = QStringLiteral("—");
    QVector<Row> rows;
    rows.reserve(nodes.size());
    for (const DistNode &n : std::as_const(nodes)) {
        Row r;
        r.key = n.node;
        r.cells.resize(ColumnCount);
        r.cells[Node] = Cell{n.node, n.node, {}};
        if (n.own)
            r.cells[Type] = Cell{tr("Beamtop (this connection)"), QStringLiteral("own"),
                                 tr("The hidden connection this Beamtop reads the node through")};
        else
            r.cells[Type] = Cell{n.hidden ? tr("hidden") : tr("visible"), n.typeName(), {}};
        r.cells[Address] = n.address.isEmpty() ? Cell{none, QVariant(), tr("Not known for this link")}
                                               : Cell{n.address, n.address, {}};
        auto rate = [&](int c, double v) {
            r.cells[c] = v < 0 ? Cell{QString(), QVariant(), tr("Known from the second reading")}
                               : Cell{Format::bytesPerSecond(v), v, tr("%1 bytes per second").arg(QLocale().toString(v, 'f', 1))};
        };
        auto bytes = [&](int c, qint64 v) {
            r.cells[c] = v < 0 ? Cell{none, QVariant(), tr("Not known for this link")}
                               : Cell{Format::bytes(v), v, Format::exactBytes(v)};
        };
        rate(InPerS, n.recvPerS);
        rate(OutPerS, n.sendPerS);
        bytes(Received, n.recvOct);
        bytes(Sent, n.sendOct);
        const qint64 limit = n.busyLimit > 0 ? n.busyLimit : sample.busyLimit;
        if (n.queueSize < 0) {
            r.cells[Queue] = Cell{none, QVariant(), tr("Not known for this link")};
        } else {
            const double fraction = limit > 0 ? double(n.queueSize) / double(limit) : -1;
            QString text = Format::bytes(n.queueSize);
            QString exact = Format::exactBytes(n.queueSize);
            if (limit > 0)
                exact = tr("%1 of the busy limit, %2").arg(exact, Format::exactBytes(limit));
            if (n.busy()) {
                text = tr("%1 — busy").arg(text);
                exact += QLatin1Char('\n') + tr("Busy: processes sending to %1 are suspended until the queue drains").arg(n.node);
            }
            r.cells[Queue] = Cell{text, n.queueSize, exact, fraction < 0 ? -1 : qBound(0.0, fraction, 1.0)};
            r.level = n.busy() ? Level::Critical : (fraction >= 0 ? levelFor(fraction) : Level::Normal);
        }
        r.cells[Quiet] = n.quietMs < 0 ? Cell{QString(), QVariant(), tr("Known from the second reading")}
                                       : Cell{Format::duration(n.quietMs), n.quietMs, Format::exactDuration(n.quietMs)};
        rows.append(r);
    }
    applyRows(std::move(rows));
}

} // namespace beamtop
