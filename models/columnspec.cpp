// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnspec.h"

namespace beamtop {

QString ColumnSpec::headerToolTip(int) const
{
    return {};
}

bool ColumnSpec::isMetricColumn(int column) const
{
    return column > 0;
}

Qt::Alignment ColumnSpec::columnAlignment(int column) const
{
    return isMetricColumn(column) ? Qt::AlignRight : Qt::AlignLeft;
}

QVariant ColumnSpec::columnHeader(int section, int columnCount, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return headerText(section);
    case Qt::ToolTipRole: {
        const QString tip = headerToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::InitialSortOrderRole:
        return isMetricColumn(section) ? Qt::DescendingOrder : Qt::AscendingOrder;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(columnAlignment(section) | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace beamtop
