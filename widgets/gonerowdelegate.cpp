// SPDX-License-Identifier: GPL-3.0-or-later
#include "gonerowdelegate.h"

#include "rankedtablemodel.h"

namespace beamtop {

void GoneRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(RankedTableModelBase::GoneRole).toBool()) {
        option->state &= ~QStyle::State_Enabled;
        option->font.setItalic(true);
    }
}

} // namespace beamtop
