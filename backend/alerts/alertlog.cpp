// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace beamtop {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("beamtop::AlertLog", text);
}

QString rotatedName(const QString &fileName)
{
    return fileName + QStringLiteral(".1");
}

// A node's name as a file name: letters, digits and ._@- are kept, anything else (a path
// separator, a quote, a space) becomes '_'; a leading dot would hide the file or climb a
// directory.
QString safeName(const QString &nodeName)
{
    QString out;
    out.reserve(nodeName.size());
    for (const QChar c : nodeName) {
        const bool keep = (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'.' || c == u'_' || c == u'@' || c == u'-';
        out.append(keep ? c : QChar(u'_'));
    }
    if (out.isEmpty())
        return QStringLiteral("unknown");
    if (out.startsWith(u'.'))
        out.replace(0, 1, u'_');
    return out;
}

// The last maxBytes of a file, starting at a line: a line cut by the limit is not a line.
QByteArray readTail(const QString &fileName, qint64 maxBytes)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = f.size();
    if (size <= maxBytes)
        return f.read(maxBytes); // bounded even if the file grows meanwhile
    // One byte before the cut tells whether the cut falls at the start of a line.
    f.seek(size - maxBytes - 1);
    QByteArray data = f.readAll();
    const qsizetype nl = data.indexOf('\n');
    return nl < 0 ? QByteArray() : data.mid(nl + 1);
}

void readEvents(const QString &fileName, qint64 maxBytes, QVector<AlertEvent> *out, int *skipped)
{
    const QByteArray data = readTail(fileName, maxBytes);
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArray line = data.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        AlertEvent event;
        if (doc.isObject() && AlertEvent::fromJson(doc.object(), &event))
            out->append(event);
        else
            ++*skipped;
    }
}
} // namespace

AlertLog::AlertLog(const QString &fileName, qint64 maxBytes)
    : m_fileName(fileName), m_maxBytes(std::max<qint64>(maxBytes, 1))
{
}

QString AlertLog::defaultFileName(const QString &nodeName)
{
    // The generic data location, not the application's: beamtop and beamtop-cli share the log.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/beamtop/alerts/") + safeName(nodeName) + QStringLiteral(".jsonl");
}

bool AlertLog::append(const AlertEvent &event, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Could not write the alert log %1: %2").arg(QDir::toNativeSeparators(m_fileName), why);
        return false;
    };
    if (m_fileName.isEmpty())
        return fail(tr("no file name was given"));

    const QFileInfo info(m_fileName);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("the folder %1 could not be made").arg(QDir::toNativeSeparators(info.absolutePath())));

    const QByteArray line = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n';
    const qint64 size = info.exists() ? info.size() : 0;
    if (size > 0 && size + line.size() > m_maxBytes) {
        // Replace the previous rotated file: at most two files, the newest kept.
        const QString rotated = rotatedName(m_fileName);
        if (QFile::exists(rotated) && !QFile::remove(rotated))
            return fail(tr("%1 could not be replaced").arg(QDir::toNativeSeparators(rotated)));
        if (!QFile::rename(m_fileName, rotated))
            return fail(tr("it could not be renamed to %1").arg(QDir::toNativeSeparators(rotated)));
    }

    QFile f(m_fileName);
    if (!f.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(f.errorString());
    // A line torn by a crash is ended first, so the new event is a line of its own.
    QByteArray out = line;
    if (f.size() > 0) {
        char last = 0;
        if (f.seek(f.size() - 1) && f.getChar(&last) && last != '\n')
            out.prepend('\n');
    }
    if (f.write(out) != out.size())
        return fail(f.errorString());
    if (!f.flush())
        return fail(f.errorString());
    return true;
}

QVector<AlertEvent> AlertLog::readRecent(int max, int *skippedLines) const
{
    int skipped = 0;
    QVector<AlertEvent> events;
    if (max > 0 && !m_fileName.isEmpty()) {
        readEvents(rotatedName(m_fileName), m_maxBytes, &events, &skipped);
        readEvents(m_fileName, m_maxBytes, &events, &skipped);
        if (events.size() > max)
            events.remove(0, events.size() - max);
    }
    if (skippedLines)
        *skippedLines = skipped;
    return events;
}

} // namespace beamtop
