// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilebadge.h"

#include "accents.h"

#include <QEvent>

namespace beamtop {

ProfileBadge::ProfileBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("profileBadge"));
    setAutoFillBackground(true);
    setMargin(4);
    setContentsMargins(6, 0, 6, 0);
    QFont f = font();
    f.setBold(true);
    setFont(f);
    hide();
}

void ProfileBadge::setProfile(const QString &name, const QString &colour, const QString &toolTip)
{
    m_colour = colour;
    setText(name);
    setToolTip(toolTip);
    applyColours();
    setVisible(!name.isEmpty());
}

void ProfileBadge::clearProfile()
{
    setProfile({}, {});
}

void ProfileBadge::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_colour.isEmpty()) {
        // Our own palette change (applyColours) also lands here; only react to the theme's.
        const QColor bg(m_colour);
        if (palette().color(QPalette::Window) != bg)
            applyColours();
    }
}

void ProfileBadge::applyColours()
{
    if (m_colour.isEmpty()) {
        setPalette(QPalette());
        setAutoFillBackground(false);
        return;
    }
    const QColor bg(m_colour);
    QPalette p = palette();
    p.setColor(QPalette::Window, bg);
    p.setColor(QPalette::WindowText, Accents::textOn(bg));
    setAutoFillBackground(true);
    setPalette(p);
}

} // namespace beamtop
