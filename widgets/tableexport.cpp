// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexport.h"

#include "filechooser.h"

#include <QStandardPaths>

namespace beamtop {

QString TableExport::askPath(QWidget *parent, const QString &caption, const QString &stem, const QString &node)
{
    QString name = node;
    name.replace(QLatin1Char('@'), QLatin1Char('-'));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return FileChooser::askSavePath(parent, caption, dir + QLatin1Char('/') + stem + QLatin1Char('-') + name + QStringLiteral(".csv"),
                                    {{tr("CSV"), QStringLiteral("csv")}, {tr("JSON"), QStringLiteral("json")}});
}

QProgressDialog *TableExport::progressDialog(const QString &label, QWidget *parent)
{
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    return progress;
}

} // namespace beamtop
