// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace beamtop {

// Rows of a ranking whose entity is gone (RankedTableModelBase::GoneRole: an exited process, a
// closed port, a deleted table) drawn as disabled, greyed in every style and palette, and
// italic, while they show their last figures.
class GoneRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace beamtop
