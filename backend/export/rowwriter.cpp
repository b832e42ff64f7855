// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace beamtop {

namespace {
// The members of a compact JSON object without its braces: what goes between others.
QByteArray members(const QJsonObject &o)
{
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}
} // namespace

RowWriter::RowWriter(Format format, QStringList keys) : m_format(format), m_keys(std::move(keys)) {}

QString RowWriter::csvCell(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'f', 1);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QString RowWriter::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray RowWriter::csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return (out.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray RowWriter::begin(const QJsonObject &head, const QString &rowsKey)
{
    m_rows = 0;
    if (m_format == Format::Csv)
        return csvLine(m_keys);
    // Written open-ended so rows can stream in: {head..., "rows": [ rows ], tail...}
    const QByteArray key = QJsonDocument(QJsonArray{rowsKey}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    QByteArray out = '{' + members(head);
    if (out.size() > 1)
        out += ',';
    return out + key + ":[\n";
}

QByteArray RowWriter::row(const QJsonObject &row)
{
    ++m_rows;
    if (m_format == Format::Csv) {
        QStringList cells;
        cells.reserve(m_keys.size());
        for (const QString &k : std::as_const(m_keys))
            cells << csvCell(row.value(k));
        return csvLine(cells);
    }
    return (m_rows > 1 ? ",\n" : "") + QJsonDocument(row).toJson(QJsonDocument::Compact);
}

QByteArray RowWriter::end(const QJsonObject &tail)
{
    if (m_format == Format::Csv)
        return {};
    const QByteArray t = members(tail);
    QByteArray out = "\n]";
    if (!t.isEmpty())
        out += ',' + t;
    return out + "}\n";
}

} // namespace beamtop
