// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/processcollector.h"
#include "export/processcolumns.h"
#include "rankedexport.h"

namespace beamtop {

// The process ranking's export (RankedExport): the job the Processes page starts and follows,
// and beamtop-cli could too. Columns and rows are ProcessColumns' and RowWriter's
// (backend/export), the same as `beamtop-cli top`.
class ProcessExport : public RankedExportOf<ProcessCollector, ProcessColumns>
{
    Q_OBJECT
public:
    ProcessExport(AgentClient *agent, const ProcessQuery &ranking, const TermFormatter &formatter, const QString &node,
                  QObject *parent = nullptr);

    // Keys, in the order of CSV columns (ProcessColumns::keys()).
    static QStringList keys();

protected:
    QString keyOf(const ProcessRow &row) const override { return row.pidText; }
    QString failedText(const QString &error) const override;
    QString doneText(qint64 written, const QString &path) const override;
};

} // namespace beamtop
