// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"

#include <QString>

class QIODevice;

namespace beamtop {

// Writes history as CSV or JSON, one row per sample: the time, then one column per metric
// (snake_case, the unit in the name). Rows stream out as they are written, so a recording of
// any length needs no more memory than one row. When rows are downsampled buckets, each row
// also says how many samples it stands for, and every metric gets _min and _max columns
// beside its mean, so peaks survive the export too.
//
// JSON: {"schema": "beamtop.history/1", "node": ..., "metrics": [{"key", "unit"}...],
//        "samples": [{"time": "...Z", "unix_ms": N, "<metric>": value|null, ...}, ...]}
class HistoryWriter
{
public:
    enum class Format { Csv, Json };

    HistoryWriter(QIODevice *out, Format format);

    static bool parseFormat(const QString &text, Format *format); // "csv" | "json"
    static QString unitKey(MetricUnit unit); // "ratio", "bytes", "count", "per_s", "bytes_per_s"

    // withExtremes: the rows are (or may be) buckets: add "samples" and min/max columns.
    void begin(const QString &node, const QVector<HistoryMetric> &metrics, bool withExtremes = false);
    void writeSample(qint64 timeMs, const QVector<double> &values);
    void writeFrame(const HistoryFrame &frame);
    // Closes the document. False if any write failed (disk full, closed pipe).
    bool end();
    qint64 rowsWritten() const { return m_rows; }

    // The store's frames touching [fromMs, toMs], whole. Returns false if writing failed.
    static bool write(QIODevice *out, Format format, const HistoryStore &store, const QString &node,
                      qint64 fromMs, qint64 toMs);

private:
    void writeRow(qint64 timeMs, int samples, const double *mean, const double *min, const double *max);
    void put(const QByteArray &bytes);

    QIODevice *m_out;
    Format m_format;
    QVector<HistoryMetric> m_metrics;
    bool m_extremes = false;
    bool m_ok = true;
    qint64 m_rows = 0;
};

} // namespace beamtop
