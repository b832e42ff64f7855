// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace beamtop {

// The application's look, chosen in View ▸ Theme and kept in the setting view/theme: the
// platform's own style and palette (as they were when Beamtop started), or the Fusion style
// with Beamtop's light or dark palette. Applying one changes the application palette, so every
// window follows at once; what Beamtop draws itself reads the palette on PaletteChange.
class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    static constexpr const char *SettingKey = "view/theme";

    // The one instance, for modeChanged (every window's Theme menu follows it).
    static Theme *instance();

    static Mode current();
    // Applies mode to the whole application. The first call remembers the platform's style and
    // palette, so call it only once a QApplication exists.
    static void apply(Mode mode);
    // The mode in the settings (System when unset or unknown).
    static Mode saved();
    static void save(Mode mode);
    // At start: applies the saved mode (nothing changes for System).
    static void applySaved();

    // Beamtop's palette for Light or Dark (every group and role); the platform's for System.
    static QPalette palette(Mode mode);
    static QString key(Mode mode); // system, light, dark
    static Mode fromKey(const QString &key);
    static QString displayName(Mode mode);

signals:
    void modeChanged(beamtop::Theme::Mode mode);

private:
    using QObject::QObject;
};

} // namespace beamtop
