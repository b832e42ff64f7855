// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace beamtop {

// The icons drawn for Beamtop's pages (widgets/icons/pages/*.svg): line glyphs on a 24 px grid
// whose strokes are "currentColor". They are drawn from the SVG at whatever size and device
// pixel ratio is asked, in the application palette's colour of the moment (text, or the
// selection's text when selected), so they stay sharp on high-DPI screens and read on a dark
// theme as well as a light one.
namespace PageIcon {

// The icon for a page id (PageInfo::id); a null icon when there is no such SVG.
QIcon forPage(const QString &id);
// The resource path of a page's SVG.
QString path(const QString &id);
// A freedesktop theme icon when the icon theme has it, else Beamtop's own glyph of that name
// (widgets/icons/actions/<name>.svg: zoom-in, zoom-out, go-last), drawn the same way. Without
// an icon theme (Xvfb, a bare window manager) a button would otherwise show its whole text.
QIcon action(const QString &name);

} // namespace PageIcon

} // namespace beamtop
