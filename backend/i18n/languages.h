// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace beamtop {

// The user's language: Beamtop's catalogue for the locale (compiled in under :/i18n: German,
// French), else English, whose catalogue supplies the plural forms; and Qt's own catalogue for
// the standard dialogs and buttons, from Qt's translations directory (Debian's
// qt6-translations-l10n). Numbers and dates follow QLocale(), the system's locale.
struct Languages
{
    // Installs the translators on app (they live as its children); returns the catalogues loaded.
    static QStringList install(QCoreApplication *app, const QLocale &locale = QLocale());
    // The languages Beamtop has a catalogue for, as locale names: en, de, fr.
    static QStringList available();
};

} // namespace beamtop
