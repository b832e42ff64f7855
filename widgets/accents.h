// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace beamtop {

// The only colours Beamtop picks itself: warning and critical accents, in a shade that reads
// on the given palette's window and base colours (darker on light themes, lighter on dark).
struct Accents
{
    static bool isDark(const QPalette &palette);
    static QColor warning(const QPalette &palette);
    static QColor critical(const QPalette &palette);
    // Black or white, whichever reads better on the given colour.
    static QColor textOn(const QColor &background);
};

} // namespace beamtop
