// SPDX-License-Identifier: GPL-3.0-or-later
#include "processexport.h"

namespace beamtop {

ProcessExport::ProcessExport(AgentClient *agent, const ProcessQuery &ranking, const TermFormatter &formatter,
                             const QString &node, QObject *parent)
    : RankedExportOf(agent, ranking, QStringLiteral("processes"), formatter, node, parent)
{
}

QStringList ProcessExport::keys()
{
    return ProcessColumns::keys();
}

QString ProcessExport::failedText(const QString &error) const
{
    return tr("The node did not answer during the export (%1). The file was not written; try again, "
              "or export a filtered ranking.")
        .arg(error);
}

QString ProcessExport::doneText(qint64 written, const QString &path) const
{
    return tr("Exported %Ln processes to %1.", nullptr, int(written)).arg(path);
}

} // namespace beamtop
