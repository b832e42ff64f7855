// SPDX-License-Identifier: GPL-3.0-or-later
#include "etsexport.h"

namespace beamtop {

EtsExport::EtsExport(AgentClient *agent, const EtsQuery &ranking, const TermFormatter &formatter, const QString &node,
                     QObject *parent)
    : RankedExportOf(agent, ranking, QStringLiteral("tables"), formatter, node, parent)
{
}

QString EtsExport::failedText(const QString &error) const
{
    return tr("The node did not answer during the export (%1). The file was not written; try again, "
              "or export one type or a filtered ranking.")
        .arg(error);
}

QString EtsExport::doneText(qint64 written, const QString &path) const
{
    return tr("Exported %Ln ETS tables to %1.", nullptr, int(written)).arg(path);
}

} // namespace beamtop
