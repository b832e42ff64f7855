// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagebardelegate.h"

#include "accents.h"
#include "rowtablemodel.h"

#include <QApplication>
#include <QPainter>

namespace beamtop {

void UsageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant usage = index.data(RowTableModel::UsageRole);
    if (!usage.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w); // background, selection

    const QPalette &pal = option.palette;
    const auto level = RowTableModel::Level(index.data(RowTableModel::LevelRole).toInt());
    const bool stale = pal.color(QPalette::Active, QPalette::Text) == pal.color(QPalette::Disabled, QPalette::Text)
        && pal.color(QPalette::Disabled, QPalette::Text) != pal.color(QPalette::Normal, QPalette::Base);
    QColor fill = pal.color(QPalette::Highlight);
    if (level == RowTableModel::Level::Warning)
        fill = Accents::warning(pal);
    else if (level == RowTableModel::Level::Critical)
        fill = Accents::critical(pal);
    if (stale)
        fill = pal.color(QPalette::Disabled, QPalette::Highlight);

    const QRect track = option.rect.adjusted(3, 3, -3, -3);
    const double fraction = qBound(0.0, usage.toDouble(), 1.0);
    QRect bar = track;
    bar.setWidth(int(track.width() * fraction + 0.5));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(pal.color(QPalette::Mid));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRect(track.adjusted(0, 0, -1, -1));
    if (bar.width() > 0)
        painter->fillRect(bar.adjusted(1, 1, -1, -1), fill);

    // The text reads on both the bar and the empty track: each part drawn in its own colour.
    const int align = Qt::AlignCenter;
    painter->setFont(opt.font);
    painter->setClipRect(bar);
    // Black or white by contrast with the fill: a palette's HighlightedText is meant for
    // selections and can be light on a light bar (the Fusion highlight with white: 3.6:1).
    painter->setPen(Accents::textOn(fill));
    painter->drawText(track, align, text);
    QRect rest = track;
    rest.setLeft(bar.right() + 1);
    painter->setClipRect(rest);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(track, align, text);
    painter->restore();
}

QSize UsageBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(RowTableModel::UsageRole).isValid())
        s = QSize(qMax(s.width() + 16, 110), s.height() + 4);
    return s;
}

} // namespace beamtop
