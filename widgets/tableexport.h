// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "noticebar.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QString>

namespace beamtop {

// What the ranked pages share when they write a whole ranking to a file: the path asked for,
// and the job (ProcessExport, PortExport: progress, finished, cancel) shown in a progress
// dialog until it ends.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    // Asks where to save "<stem>-<node>.csv" (or .json) in the user's documents; empty when
    // cancelled.
    static QString askPath(QWidget *parent, const QString &caption, const QString &stem, const QString &node);

    // A dialog showing job's progress (after a moment; Cancel cancels it). When the job
    // finishes the dialog and the job go, the notice says how it went, and done(ok, message)
    // runs.
    template <typename Job, typename Done>
    static QProgressDialog *watch(Job *job, const QString &label, NoticeBar *notice, QWidget *parent, Done &&done)
    {
        QProgressDialog *progress = progressDialog(label, parent);
        QObject::connect(progress, &QProgressDialog::canceled, job, &Job::cancel);
        QObject::connect(job, &Job::progress, progress, [progress](qint64 rows, qint64 total) {
            const int scale = total > 1000000 ? 1000 : 1; // QProgressDialog counts in int
            progress->setMaximum(int(total / scale));
            progress->setValue(int(rows / scale));
        });
        QObject::connect(job, &Job::finished, parent, [job, progress, notice, done](bool ok, const QString &message) {
            progress->deleteLater();
            job->deleteLater();
            notice->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Error, message);
            done(ok, message);
        });
        return progress;
    }

private:
    static QProgressDialog *progressDialog(const QString &label, QWidget *parent);
};

} // namespace beamtop
