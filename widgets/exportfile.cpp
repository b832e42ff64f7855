#include "exportfile.h"

#include "filechooser.h"

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

QString ExportFile::withChosenSuffix(const QString &path, const QVector<Filter> &filters, int chosen)
{
    if (path.isEmpty() || chosen < 0 || chosen >= filters.size())
        return path;
    const QString wanted = QLatin1Char('.') + filters.at(chosen).suffix;
    if (path.endsWith(wanted, Qt::CaseInsensitive))
        return path;
    for (const Filter &f : filters) {
        const QString other = QLatin1Char('.') + f.suffix;
        if (path.endsWith(other, Qt::CaseInsensitive))
            return path.left(path.size() - other.size()) + wanted;
    }
    return path + wanted;
}

QString ExportFile::askSavePath(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                const QVector<Filter> &filters)
{
    QStringList names;
    for (const Filter &f : filters)
        names << tr("%1 (*.%2)").arg(f.description, f.suffix);
    // The suggestion's suffix picks the filter shown first.
    int chosen = 0;
    for (int i = 0; i < filters.size(); ++i) {
        if (suggestedPath.endsWith(QLatin1Char('.') + filters.at(i).suffix, Qt::CaseInsensitive))
            chosen = i;
    }
    const QString path = FileChooser::saveFile(parent, caption, suggestedPath, names, &chosen);
    return withChosenSuffix(path, filters, chosen);
}

QString ExportFile::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray ExportFile::csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return (out.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace beamtop
