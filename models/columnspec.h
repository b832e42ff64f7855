// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace beamtop {

// How a model describes its columns, the same for flat tables (RowTableModel), trees
// (TreeRowModel) and rankings (RankedTableModelBase): header text and tooltip, which columns
// are metrics (right-aligned, biggest first on the first click), and the header data they
// make.
class ColumnSpec
{
public:
    virtual ~ColumnSpec() = default;

protected:
    virtual QString headerText(int column) const = 0;
    virtual QString headerToolTip(int column) const;
    // By default every column but the first (the name) is a metric.
    virtual bool isMetricColumn(int column) const;
    // By default metrics right, text left.
    virtual Qt::Alignment columnAlignment(int column) const;

    // QAbstractItemModel::headerData for a model of columnCount columns.
    QVariant columnHeader(int section, int columnCount, Qt::Orientation orientation, int role) const;
};

} // namespace beamtop
