// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/etscollector.h"
#include "export/etscolumns.h"
#include "rankedexport.h"

namespace beamtop {

// The ETS ranking's export (RankedExport): every table, or those the type, protection and
// filter match; the ETS page's export. Columns and rows are EtsColumns' and EtsRow::toJson's,
// the same as `beamtop-cli ets`.
class EtsExport : public RankedExportOf<EtsCollector, EtsColumns>
{
    Q_OBJECT
public:
    EtsExport(AgentClient *agent, const EtsQuery &ranking, const TermFormatter &formatter, const QString &node,
              QObject *parent = nullptr);

protected:
    // A table deleted since it was ranked is not part of what the node has now.
    QString keyOf(const EtsRow &row) const override { return row.gone ? QString() : row.idText; }
    QString failedText(const QString &error) const override;
    QString doneText(qint64 written, const QString &path) const override;
};

} // namespace beamtop
