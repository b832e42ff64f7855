// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

namespace beamtop {

struct PortTypeCounts;

// How many ports and sockets of each type the node has (the agent's port_types), one row per
// type in a fixed order — all, TCP, UDP, SCTP, socket, spawned, file, other — so the Network
// page's type choice can list them with their counts. KeyRole is the agent's type name ("" for
// all). Counts are "—" until the first reading; updates by difference.
class PortTypesModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Count, Share, ColumnCount };
    Q_ENUM(Column)

    explicit PortTypesModel(QObject *parent = nullptr);

    void setCounts(const PortTypeCounts &counts);
    // Back to "—" everywhere (another node, or none).
    void forget();
    bool hasCounts() const { return m_known; }
    // The count of a type ("" for all), -1 before the first reading.
    qint64 count(const QString &type) const;
    // "TCP (12)"; "TCP" before the first reading. type "" is every type.
    QString label(const QString &type) const;
    // The type names in the model's order, "" (all) first.
    static QStringList types();

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;

private:
    void build(const PortTypeCounts *counts);

    bool m_known = false;
};

} // namespace beamtop
