// SPDX-License-Identifier: GPL-3.0-or-later
#include "accents.h"

#include <QPalette>

namespace beamtop {

bool Accents::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Accents::warning(const QPalette &palette)
{
    // Amber: deep on light backgrounds, bright on dark ones.
    return isDark(palette) ? QColor(0xff, 0xb3, 0x40) : QColor(0xa8, 0x5b, 0x00);
}

QColor Accents::critical(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6e, 0x6e) : QColor(0xc0, 0x1c, 0x28);
}

QColor Accents::textOn(const QColor &background)
{
    // Relative luminance (sRGB approximation) decides.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace beamtop
