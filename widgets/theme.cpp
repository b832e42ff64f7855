// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolTip>

namespace beamtop {

namespace {

// What the platform gave Beamtop at start, before any theme was applied.
struct SystemLook
{
    bool captured = false;
    QString styleName;
    QPalette palette;
    QPalette toolTips;
};

SystemLook &systemLook()
{
    static SystemLook look;
    if (!look.captured && qApp) {
        look.captured = true;
        look.styleName = QApplication::style()->name();
        look.palette = QApplication::palette();
        look.toolTips = QToolTip::palette();
    }
    return look;
}

Theme::Mode g_current = Theme::Mode::System;

struct Colours
{
    QRgb window, windowText, base, alternateBase, toolTipBase, toolTipText, button, light, midlight,
        mid, dark, shadow, highlight, highlightedText, link, linkVisited, placeholder, brightText;
    // The disabled group: text, buttons, selection.
    QRgb disabledText, disabledButton, disabledBase, disabledHighlight, disabledHighlightedText;
};

QPalette makePalette(const Colours &c)
{
    QPalette p;
    // Active and inactive alike: a selection in a window without focus keeps its contrast.
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Window, QColor(c.window));
        p.setColor(g, QPalette::WindowText, QColor(c.windowText));
        p.setColor(g, QPalette::Base, QColor(c.base));
        p.setColor(g, QPalette::AlternateBase, QColor(c.alternateBase));
        p.setColor(g, QPalette::ToolTipBase, QColor(c.toolTipBase));
        p.setColor(g, QPalette::ToolTipText, QColor(c.toolTipText));
        p.setColor(g, QPalette::PlaceholderText, QColor(c.placeholder));
        p.setColor(g, QPalette::Text, QColor(c.windowText));
        p.setColor(g, QPalette::Button, QColor(c.button));
        p.setColor(g, QPalette::ButtonText, QColor(c.windowText));
        p.setColor(g, QPalette::BrightText, QColor(c.brightText));
        p.setColor(g, QPalette::Light, QColor(c.light));
        p.setColor(g, QPalette::Midlight, QColor(c.midlight));
        p.setColor(g, QPalette::Mid, QColor(c.mid));
        p.setColor(g, QPalette::Dark, QColor(c.dark));
        p.setColor(g, QPalette::Shadow, QColor(c.shadow));
        p.setColor(g, QPalette::Highlight, QColor(c.highlight));
        p.setColor(g, QPalette::HighlightedText, QColor(c.highlightedText));
        p.setColor(g, QPalette::Link, QColor(c.link));
        p.setColor(g, QPalette::LinkVisited, QColor(c.linkVisited));
    }
    for (QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, r, QColor(c.disabledText));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(c.disabledButton));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(c.disabledBase));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(c.disabledHighlight));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(c.disabledHighlightedText));
    p.setColor(QPalette::Disabled, QPalette::Link, QColor(c.disabledText));
    p.setColor(QPalette::Disabled, QPalette::LinkVisited, QColor(c.disabledText));
    return p;
}

// Text colours reach 4.5:1 on their backgrounds (the highlight included) in both palettes.
const Colours LightColours = {
    0xefeff1, 0x1d1d20, 0xffffff, 0xf4f4f6, 0xfdfdf3, 0x1d1d20, 0xe7e7ea, 0xffffff,
    0xf6f6f8, 0xb4b4ba, 0x8e8e94, 0x505055, 0x2f6fbd, 0xffffff, 0x1a5fb4, 0x6a3d9a,
    0x6c6c72, 0xffffff, 0x8d8d93, 0xe2e2e5, 0xf4f4f6, 0xc6c6cc, 0x4a4a50,
};
const Colours DarkColours = {
    0x2b2b2f, 0xe6e6e9, 0x1e1e21, 0x27272b, 0x3a3a40, 0xe6e6e9, 0x38383d, 0x4a4a50,
    0x3f3f45, 0x5c5c63, 0x18181a, 0x0c0c0e, 0x2c5fa8, 0xffffff, 0x8ab4f8, 0xc58af9,
    0x9a9aa0, 0xffffff, 0x77777d, 0x303034, 0x232326, 0x3d3d44, 0x9a9aa0,
};

// Rich text takes the link colour from the palette when it is parsed, so the details windows'
// links would keep the old theme's until their next refresh: recolour those already shown.
void recolourLinks(QTextDocument *doc, const QColor &from, const QColor &to)
{
    // The ranges first: changing a format can merge fragments under the iterator.
    QVector<std::pair<int, int>> links;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().isAnchor() &&
                f.charFormat().foreground().color() == from)
                links.append({f.position(), f.length()});
        }
    }
    if (links.isEmpty())
        return;
    const bool undo = doc->isUndoRedoEnabled();
    doc->setUndoRedoEnabled(false);
    QTextCharFormat format;
    format.setForeground(to);
    for (const auto &[position, length] : qAsConst(links)) {
        QTextCursor c(doc);
        c.setPosition(position);
        c.setPosition(position + length, QTextCursor::KeepAnchor);
        c.mergeCharFormat(format);
    }
    doc->setUndoRedoEnabled(undo);
}

} // namespace

Theme *Theme::instance()
{
    static QPointer<Theme> theme;
    if (!theme)
        theme = new Theme(qApp);
    return theme;
}

Theme::Mode Theme::current()
{
    return g_current;
}

QPalette Theme::palette(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return makePalette(LightColours);
    case Mode::Dark:
        return makePalette(DarkColours);
    case Mode::System:
        break;
    }
    return systemLook().palette;
}

void Theme::apply(Mode mode)
{
    const SystemLook &look = systemLook();
    const QString style = mode == Mode::System ? look.styleName : QStringLiteral("fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0) {
        if (QStyle *s = QStyleFactory::create(style))
            QApplication::setStyle(s);
    }
    const QPalette pal = palette(mode);
    const QColor oldLink = QApplication::palette().color(QPalette::Link);
    QApplication::setPalette(pal);
    if (oldLink != pal.color(QPalette::Link)) {
        const QWidgetList widgets = QApplication::allWidgets();
        for (QWidget *w : widgets) {
            if (auto *text = qobject_cast<QTextEdit *>(w))
                recolourLinks(text->document(), oldLink, pal.color(QPalette::Link));
        }
    }
    QToolTip::setPalette(mode == Mode::System ? look.toolTips : pal);
    const bool changed = g_current != mode;
    g_current = mode;
    if (changed)
        emit instance()->modeChanged(mode);
}

Theme::Mode Theme::saved()
{
    return fromKey(QSettings().value(QLatin1String(SettingKey)).toString());
}

void Theme::save(Mode mode)
{
    QSettings().setValue(QLatin1String(SettingKey), key(mode));
}

void Theme::applySaved()
{
    systemLook(); // before anything changes it
    const Mode mode = saved();
    if (mode != Mode::System)
        apply(mode);
}

QString Theme::key(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Mode::Light;
    if (key == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString Theme::displayName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return tr("&Light");
    case Mode::Dark:
        return tr("&Dark");
    case Mode::System:
        break;
    }
    //: View ▸ Theme: the look of the desktop Beamtop runs on
    return tr("&System");
}

} // namespace beamtop
