// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace beamtop {

// The rows of one view as CSV or JSON, written in pieces so that a long export or a stream to
// standard output never holds more than a row: begin() once, row() for each row, end() once;
// each returns the bytes to write. One dialect for the desktop's exports and beamtop-cli:
//  - CSV (RFC 4180): a header of the view's keys, then one line per row in that order; CRLF;
//    a field with a comma, quote or line break quoted, quotes doubled; whole numbers without a
//    fraction, others with one decimal; true/false; null as an empty cell.
//  - JSON: one object: the head's keys, then the rows as an array under rowsKey (one compact
//    object per line), then the tail's keys.
class RowWriter
{
public:
    enum class Format { Csv, Json };

    RowWriter(Format format, QStringList keys);

    Format format() const { return m_format; }
    const QStringList &keys() const { return m_keys; }
    qint64 rowsWritten() const { return m_rows; }

    QByteArray begin(const QJsonObject &head = {}, const QString &rowsKey = QStringLiteral("rows"));
    // CSV takes the keys' values in order (missing ones empty); JSON takes the whole object.
    QByteArray row(const QJsonObject &row);
    QByteArray end(const QJsonObject &tail = {});

    static QString csvCell(const QJsonValue &value);
    static QString csvField(const QString &text);
    static QByteArray csvLine(const QStringList &fields); // with CRLF, UTF-8

private:
    Format m_format;
    QStringList m_keys;
    qint64 m_rows = 0;
};

} // namespace beamtop
