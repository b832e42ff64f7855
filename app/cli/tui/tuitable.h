// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminal.h"

#include <QPersistentModelIndex>
#include <QRect>
#include <QVariant>
#include <QVector>

class QAbstractItemModel;

namespace beamtop::tui {

// A table in the terminal over any item model (the desktop's models: ProcessTableModel,
// PortTableModel, ...): DisplayRole text, Qt::TextAlignmentRole for right-aligned numbers,
// headers from headerData. Column widths from the header and the rows shown, within the area;
// columns that do not fit are left out from the right (the first column is always shown).
// The selection follows a key (RowTableModel::KeyRole where the model has it, else the first
// column's text) so it survives refreshes that move rows; the view scrolls to keep it shown.
// Keys: Up, Down, PageUp, PageDown, Home, End; a mouse click selects a row, the wheel scrolls.
class TuiTable
{
public:
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    // Which model columns to show, in order (default: all).
    void setColumns(const QVector<int> &columns) { m_columns = columns; }
    // The column whose header is marked as the sort (Role::Accent, with ▼), -1 none.
    void setSortColumn(int column) { m_sortColumn = column; }

    void render(Terminal &t, const QRect &area);
    bool handleKey(const Key &key); // true when used

    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    // The first row drawn and how many fit (for ranked models: the rows to ask the node for).
    int firstVisibleRow() const { return m_first; }
    int visibleRows() const { return m_visible; }

private:
    QAbstractItemModel *m_model = nullptr;
    QVector<int> m_columns;
    int m_sortColumn = -1;
    int m_current = 0;
    int m_first = 0;
    int m_visible = 0;
    QVariant m_currentKey;
    QRect m_area; // where it was last drawn (mouse hits)
};

} // namespace beamtop::tui
