// SPDX-License-Identifier: GPL-3.0-or-later
#include "accents.h"

#include <QPalette>

#include <cmath>

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

QColor Accents::series(int i, const QPalette &palette)
{
    // Okabe & Ito (2008). On light backgrounds their yellow is too faint for a thin line, so it
    // is darkened and comes last; on dark ones black becomes light grey and the deep blue a
    // lighter blue. The first colours are the ones most apart in hue.
    static const QRgb light[SeriesColours] = {
        0x0072b2, // blue
        0xe69f00, // orange
        0x009e73, // bluish green
        0xd55e00, // vermillion
        0xcc79a7, // reddish purple
        0x56b4e9, // sky blue
        0x000000, // black
        0xa89800, // yellow, darkened
    };
    static const QRgb dark[SeriesColours] = {
        0x56b4e9, // sky blue
        0xe69f00, // orange
        0x009e73, // bluish green
        0xf0e442, // yellow
        0xd55e00, // vermillion
        0xcc79a7, // reddish purple
        0x3d9bff, // blue, lightened
        0xd0d0d0, // light grey for black
    };
    const bool darkTheme = isDark(palette);
    const int n = i < 0 ? 0 : i;
    QColor c(darkTheme ? dark[n % SeriesColours] : light[n % SeriesColours]);
    // A second round in another shade, so the 9th line is not the 1st again: towards the
    // background's side, by a third (the colours stay apart and still read on it).
    if ((n / SeriesColours) % 2 == 1) {
        const double t = 1.0 / 3.0, to = darkTheme ? 0.0 : 1.0;
        c = QColor::fromRgbF(float(c.redF() + (to - c.redF()) * t), float(c.greenF() + (to - c.greenF()) * t),
                             float(c.blueF() + (to - c.blueF()) * t));
    }
    return c;
}

double Accents::luminance(const QColor &c)
{
    auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double Accents::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor Accents::textOn(const QColor &background)
{
    // Whichever contrasts more; one of them always reaches sqrt(21) ≈ 4.58:1.
    const QColor black(Qt::black), white(Qt::white);
    return contrast(background, black) >= contrast(background, white) ? black : white;
}

} // namespace beamtop
