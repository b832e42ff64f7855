// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtextwriter.h"

#include <QDateTime>
#include <QIODevice>
#include <QLocale>

#include <cmath>

namespace beamtop {

namespace {
struct Column
{
    const char *key;
    const char *title;
    MetricUnit unit;
    int width;
};
const Column Columns[] = {
    {"scheduler_utilization_total", QT_TRANSLATE_NOOP("beamtop::RecordTextWriter", "UTIL"), MetricUnit::Ratio, 7},
    {"memory_total_bytes", QT_TRANSLATE_NOOP("beamtop::RecordTextWriter", "MEMORY"), MetricUnit::Bytes, 10},
    {"process_count", QT_TRANSLATE_NOOP("beamtop::RecordTextWriter", "PROCS"), MetricUnit::Count, 9},
    {"port_count", QT_TRANSLATE_NOOP("beamtop::RecordTextWriter", "PORTS"), MetricUnit::Count, 7},
    {"reductions_per_s", QT_TRANSLATE_NOOP("beamtop::RecordTextWriter", "REDS/S"), MetricUnit::PerSecond, 13},
    {"io_in_bytes_per_s", QT_TRANSLATE_NOOP("beamtop::RecordTextWriter", "IO IN/S"), MetricUnit::BytesPerSecond, 10},
    {"io_out_bytes_per_s", QT_TRANSLATE_NOOP("beamtop::RecordTextWriter", "IO OUT/S"), MetricUnit::BytesPerSecond, 10},
    {"gc_per_s", QT_TRANSLATE_NOOP("beamtop::RecordTextWriter", "GC/S"), MetricUnit::PerSecond, 8},
    {"run_queue", QT_TRANSLATE_NOOP("beamtop::RecordTextWriter", "RUN Q"), MetricUnit::Count, 6},
};
} // namespace

RecordTextWriter::RecordTextWriter(QIODevice *out) : m_out(out) {}

void RecordTextWriter::put(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    if (m_out->write(bytes) != bytes.size())
        m_ok = false;
}

void RecordTextWriter::begin(const QString &node, const QVector<HistoryMetric> &metrics)
{
    m_columns.clear();
    QString header = tr("TIME").leftJustified(8);
    for (const Column &c : Columns) {
        int index = -1;
        for (int i = 0; i < metrics.size(); ++i)
            if (metrics.at(i).key == QLatin1String(c.key))
                index = i;
        m_columns.append(index);
        header += QLatin1Char(' ') + QCoreApplication::translate("beamtop::RecordTextWriter", c.title).rightJustified(c.width);
    }
    put(tr("Load of %1, one line per sample").arg(node));
    put(header);
}

void RecordTextWriter::writeSample(qint64 timeMs, const QVector<double> &values)
{
    const QLocale loc;
    QString line = QDateTime::fromMSecsSinceEpoch(timeMs).toLocalTime().toString(QStringLiteral("HH:mm:ss")).leftJustified(8);
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &c = Columns[i];
        const int index = m_columns.at(i);
        const double v = index >= 0 && index < values.size() ? values.at(index) : std::nan("");
        QString cell = QStringLiteral("-");
        if (!std::isnan(v)) {
            switch (c.unit) {
            case MetricUnit::Ratio: cell = tr("%1 %").arg(loc.toString(v * 100.0, 'f', 1)); break;
            case MetricUnit::Bytes: cell = loc.formattedDataSize(qint64(v)); break;
            case MetricUnit::BytesPerSecond: cell = loc.formattedDataSize(qint64(v)); break;
            case MetricUnit::Count:
            case MetricUnit::PerSecond: cell = loc.toString(qint64(std::llround(v))); break;
            }
        }
        line += QLatin1Char(' ') + cell.rightJustified(c.width);
    }
    put(line);
    ++m_rows;
}

bool RecordTextWriter::end()
{
    return m_ok;
}

} // namespace beamtop
