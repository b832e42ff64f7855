// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnspec.h"

#include <QAbstractTableModel>
#include <QVector>

namespace beamtop {

// Base of the small overview tables (node facts, limits, memory, activity): a list of rows,
// each with a stable key, recomputed from every sample. applyRows() compares the new rows with
// the current ones and emits dataChanged only for cells that changed, inserts and removes rows
// by key, and resets only if the surviving rows changed order — so selection and scroll
// survive refreshes.
class RowTableModel : public QAbstractTableModel, protected ColumnSpec
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole, // the number (or text) behind the cell: sorting, copy, charts
        KeyRole,                     // the row's stable key ("processes", "memory.binary", ...)
        UsageRole,                   // 0..1 for cells drawn as a bar; invalid otherwise
        LevelRole,                   // int(Level) of the row: how close to a limit
        ChartPartRole,               // true for rows that are parts of a whole (pie slices)
    };
    Q_ENUM(Role)

    enum class Level { Normal, Warning, Critical };

    struct Cell
    {
        QString text;  // for people
        QVariant raw;  // exact value
        QString exact; // tooltip: the exact value in words; empty: same as text
        double usage = -1;

        bool operator==(const Cell &o) const
        {
            return text == o.text && raw == o.raw && exact == o.exact && usage == o.usage;
        }
        bool operator!=(const Cell &o) const { return !(*this == o); }
    };

    struct Row
    {
        QString key;
        QVector<Cell> cells; // one per column
        Level level = Level::Normal;
        bool chartPart = false;
    };

    // Fractions at or above these are drawn with the warning / critical accent.
    static constexpr double WarningFraction = 0.85;
    static constexpr double CriticalFraction = 0.95;
    static Level levelFor(double fraction);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row with this key, or -1.
    int rowOf(const QString &key) const;
    void clear();

protected:
    explicit RowTableModel(int columns, QObject *parent = nullptr);

    // Columns: ColumnSpec (header text, tooltip, metric columns, alignment).

    void applyRows(QVector<Row> rows);

private:
    void assertGuiThread() const;

    int m_columns;
    QVector<Row> m_rows;
};

} // namespace beamtop
