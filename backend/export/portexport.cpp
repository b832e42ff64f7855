// SPDX-License-Identifier: GPL-3.0-or-later
#include "portexport.h"

namespace beamtop {

PortExport::PortExport(AgentClient *agent, const PortQuery &ranking, const TermFormatter &formatter, const QString &node,
                       QObject *parent)
    : RankedExportOf(agent, ranking, QStringLiteral("ports"), formatter, node, parent)
{
}

QString PortExport::failedText(const QString &error) const
{
    return tr("The node did not answer during the export (%1). The file was not written; try again, "
              "or export one type or a filtered ranking.")
        .arg(error);
}

QString PortExport::doneText(qint64 written, const QString &path) const
{
    return tr("Exported %Ln ports and sockets to %1.", nullptr, int(written)).arg(path);
}

} // namespace beamtop
