// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QCoreApplication>

class QIODevice;

namespace beamtop {

// beamtop-cli record --format text: the load metrics for people, one aligned line per sample
// with the columns that say most (utilisation, memory, processes, ports, reductions, I/O,
// garbage collection, run queue); CSV and JSON (HistoryWriter) carry every metric. The allocator
// columns (two per allocator type, ~24 on a usual node) stay out: a line would no longer fit a
// terminal, and `beamtop-cli alloc` is the view for people.
class RecordTextWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecordTextWriter)
public:
    explicit RecordTextWriter(QIODevice *out);

    void begin(const QString &node, const QVector<HistoryMetric> &metrics);
    void writeSample(qint64 timeMs, const QVector<double> &values);
    // False if any write failed (disk full, closed pipe).
    bool end();
    qint64 rowsWritten() const { return m_rows; }

private:
    void put(const QString &line);

    QIODevice *m_out;
    QVector<int> m_columns; // index of each column's metric, -1 when the node has none
    bool m_ok = true;
    qint64 m_rows = 0;
};

} // namespace beamtop
