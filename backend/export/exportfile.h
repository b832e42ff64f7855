// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace beamtop {

// A file written atomically: everything goes to a temporary file beside the target, which
// replaces the target only on commit(). A cancelled or failed export leaves the old file (or
// none) in place. Written in pieces, so a long export never holds all of itself in memory.
// Every failure has a sentence for people in error().
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    explicit ExportFile(const QString &path);
    ~ExportFile(); // an uncommitted file is discarded

    bool open();
    bool write(const QByteArray &data);
    bool commit();
    void cancel();
    bool isOpen() const { return m_file.isOpen(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    // The whole file in one go.
    static bool writeAll(const QString &path, const QByteArray &data, QString *error);

private:
    void fail(const QString &what);

    QString m_path;
    QSaveFile m_file;
    QString m_error;
};

} // namespace beamtop
