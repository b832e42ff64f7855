// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace beamtop {

// The only colours Beamtop picks itself: warning and critical accents, in a shade that reads
// on the given palette's window and base colours (darker on light themes, lighter on dark),
// and the colours of chart series.
struct Accents
{
    // How many series colours there are before they repeat (in another shade).
    static constexpr int SeriesColours = 8;

    static bool isDark(const QPalette &palette);
    static QColor warning(const QPalette &palette);
    static QColor critical(const QPalette &palette);
    // The colour of a chart's i-th series (line, slice): the Okabe–Ito palette, which people
    // with the common colour vision deficiencies can tell apart, in a variant for light and one
    // for dark backgrounds. Past SeriesColours the colours repeat, a shade lighter or darker.
    static QColor series(int i, const QPalette &palette);
    // Black or white, whichever has more contrast on the given colour (at least 4.58:1).
    static QColor textOn(const QColor &background);
    // The WCAG contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // WCAG relative luminance, 0 (black) to 1 (white).
    static double luminance(const QColor &c);
};

} // namespace beamtop
