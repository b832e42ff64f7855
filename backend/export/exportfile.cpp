// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include <QDir>
#include <QFileInfo>

namespace beamtop {

ExportFile::ExportFile(const QString &path) : m_path(path), m_file(path) {}

ExportFile::~ExportFile()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

void ExportFile::fail(const QString &what)
{
    if (!m_error.isEmpty())
        return;
    const QString dir = QDir::toNativeSeparators(QFileInfo(m_path).absolutePath());
    m_error = tr("Could not write %1: %2. Check that the folder %3 exists, that you may write to it and that the disk is not full.")
                  .arg(QDir::toNativeSeparators(m_path), what, dir);
}

bool ExportFile::open()
{
    if (m_path.isEmpty()) {
        m_error = tr("No file name was given.");
        return false;
    }
    if (!m_file.open(QIODevice::WriteOnly)) {
        fail(m_file.errorString());
        return false;
    }
    return true;
}

bool ExportFile::write(const QByteArray &data)
{
    if (!m_error.isEmpty() || !m_file.isOpen())
        return false;
    if (m_file.write(data) != data.size()) {
        fail(m_file.errorString());
        m_file.cancelWriting();
        return false;
    }
    return true;
}

bool ExportFile::commit()
{
    if (!m_error.isEmpty() || !m_file.isOpen())
        return false;
    if (!m_file.commit()) {
        fail(m_file.errorString());
        return false;
    }
    return true;
}

void ExportFile::cancel()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
    m_file.commit(); // closes the file; with writing cancelled the target stays as it was
}

bool ExportFile::writeAll(const QString &path, const QByteArray &data, QString *error)
{
    ExportFile f(path);
    const bool ok = f.open() && f.write(data) && f.commit();
    if (!ok && error)
        *error = f.error();
    return ok;
}

} // namespace beamtop
