// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/portcollector.h"
#include "export/portcolumns.h"
#include "rankedexport.h"

namespace beamtop {

// The port ranking's export (RankedExport): every port and socket, or those the type and
// filter match; the Network page's export. Columns and rows are PortColumns' and
// PortRow::toJson's, the same as `beamtop-cli ports`.
class PortExport : public RankedExportOf<PortCollector, PortColumns>
{
    Q_OBJECT
public:
    PortExport(AgentClient *agent, const PortQuery &ranking, const TermFormatter &formatter, const QString &node,
               QObject *parent = nullptr);

protected:
    // A port closed since it was ranked is not part of what the node has now.
    QString keyOf(const PortRow &row) const override { return row.closed() ? QString() : row.idText; }
    QString failedText(const QString &error) const override;
    QString doneText(qint64 written, const QString &path) const override;
};

} // namespace beamtop
