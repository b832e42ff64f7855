// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywriter.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace beamtop {

namespace {

// Integers as integers (bytes, counts), fractions with the digits that matter.
QByteArray number(double v)
{
    if (std::isnan(v) || std::isinf(v))
        return {};
    if (v == std::floor(v) && std::fabs(v) < 9e15)
        return QByteArray::number(qint64(v));
    QByteArray s = QByteArray::number(v, 'f', 6);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    return s;
}

// JSON by hand, so keys keep the metric order of the CSV (QJsonObject sorts them).
QByteArray jsonNumber(double v)
{
    if (std::isnan(v) || std::isinf(v))
        return QByteArrayLiteral("null");
    if (v == std::floor(v) && std::fabs(v) < 9e15)
        return QByteArray::number(qint64(v));
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray jsonString(const QString &text)
{
    // QJsonDocument does the escaping: a one-element array, brackets cut off.
    const QByteArray a = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QByteArray jsonMember(const QString &key, const QByteArray &value)
{
    return jsonString(key) + ':' + value;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

HistoryWriter::HistoryWriter(QIODevice *out, Format format) : m_out(out), m_format(format) {}

bool HistoryWriter::parseFormat(const QString &text, Format *format)
{
    if (text == QLatin1String("csv"))
        *format = Format::Csv;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

QString HistoryWriter::unitKey(MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Ratio: return QStringLiteral("ratio");
    case MetricUnit::Bytes: return QStringLiteral("bytes");
    case MetricUnit::Count: return QStringLiteral("count");
    case MetricUnit::PerSecond: return QStringLiteral("per_s");
    case MetricUnit::BytesPerSecond: return QStringLiteral("bytes_per_s");
    }
    return {};
}

void HistoryWriter::put(const QByteArray &bytes)
{
    if (m_ok && m_out->write(bytes) != bytes.size())
        m_ok = false;
}

void HistoryWriter::begin(const QString &node, const QVector<HistoryMetric> &metrics, bool withExtremes)
{
    m_metrics = metrics;
    m_extremes = withExtremes;
    m_rows = 0;
    if (m_format == Format::Csv) {
        QByteArray header = "time,unix_ms";
        if (m_extremes)
            header += ",samples";
        for (const HistoryMetric &m : metrics)
            header += ',' + m.key.toUtf8();
        if (m_extremes) {
            for (const HistoryMetric &m : metrics)
                header += ',' + m.key.toUtf8() + "_min," + m.key.toUtf8() + "_max";
        }
        put(header + '\n');
        return;
    }
    QByteArrayList list;
    for (const HistoryMetric &m : metrics)
        list << '{' + jsonMember(QStringLiteral("key"), jsonString(m.key)) + ','
                + jsonMember(QStringLiteral("unit"), jsonString(unitKey(m.unit))) + '}';
    QByteArrayList head;
    head << jsonMember(QStringLiteral("schema"), jsonString(QStringLiteral("beamtop.history/1")))
         << jsonMember(QStringLiteral("node"), jsonString(node))
         << jsonMember(QStringLiteral("exported_at"), jsonString(timeText(QDateTime::currentMSecsSinceEpoch())))
         << jsonMember(QStringLiteral("downsampled"), m_extremes ? QByteArrayLiteral("true") : QByteArrayLiteral("false"))
         << jsonMember(QStringLiteral("metrics"), '[' + list.join(',') + ']');
    put('{' + head.join(',') + ",\"samples\":[");
}

void HistoryWriter::writeSample(qint64 timeMs, const QVector<double> &values)
{
    QVector<double> v = values;
    v.resize(m_metrics.size());
    writeRow(timeMs, 1, v.constData(), v.constData(), v.constData());
}

void HistoryWriter::writeFrame(const HistoryFrame &f)
{
    writeRow(f.timeMs(), f.samples, f.mean.constData(), f.min.constData(), f.max.constData());
}

void HistoryWriter::writeRow(qint64 timeMs, int samples, const double *mean, const double *min, const double *max)
{
    const int n = int(m_metrics.size());
    if (m_format == Format::Csv) {
        QByteArray line = timeText(timeMs).toLatin1() + ',' + QByteArray::number(timeMs);
        if (m_extremes)
            line += ',' + QByteArray::number(samples);
        for (int m = 0; m < n; ++m)
            line += ',' + number(mean[m]);
        if (m_extremes) {
            for (int m = 0; m < n; ++m)
                line += ',' + number(min[m]) + ',' + number(max[m]);
        }
        put(line + '\n');
    } else {
        QByteArrayList row;
        row << jsonMember(QStringLiteral("time"), jsonString(timeText(timeMs)))
            << jsonMember(QStringLiteral("unix_ms"), QByteArray::number(timeMs));
        if (m_extremes)
            row << jsonMember(QStringLiteral("samples"), QByteArray::number(samples));
        for (int m = 0; m < n; ++m) {
            const QString &key = m_metrics.at(m).key;
            row << jsonMember(key, jsonNumber(mean[m]));
            if (m_extremes) {
                row << jsonMember(key + QStringLiteral("_min"), jsonNumber(min[m]))
                    << jsonMember(key + QStringLiteral("_max"), jsonNumber(max[m]));
            }
        }
        const QByteArray text = '{' + row.join(',') + '}';
        put((m_rows > 0 ? ",\n" : "\n") + text);
    }
    ++m_rows;
}

bool HistoryWriter::end()
{
    if (m_format == Format::Json)
        put("\n]}\n");
    return m_ok;
}

bool HistoryWriter::write(QIODevice *out, Format format, const HistoryStore &store, const QString &node,
                          qint64 fromMs, qint64 toMs)
{
    const QVector<HistoryFrame> frames = store.frames(fromMs, toMs);
    bool buckets = false;
    for (const HistoryFrame &f : frames)
        buckets = buckets || f.samples > 1;
    HistoryWriter w(out, format);
    w.begin(node, store.metrics(), buckets);
    for (const HistoryFrame &f : frames)
        w.writeFrame(f);
    return w.end();
}

} // namespace beamtop
