// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageicon.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace beamtop {

namespace {

class SvgGlyphEngine : public QIconEngine
{
public:
    explicit SvgGlyphEngine(const QByteArray &svg) : m_svg(svg) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        // Straight onto the painter: vector all the way, sharp at any device pixel ratio.
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        // QIcon asks for the size in device pixels (size × ratio); the glyph is drawn at it.
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new SvgGlyphEngine(m_svg); }
    QString key() const override { return QStringLiteral("beamtop-svg-glyph"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QByteArray coloured(QIcon::Mode mode) const
    {
        // The colour is read when drawn: a theme switch needs no new icons.
        const QPalette pal = QApplication::palette();
        QColor c = pal.color(QPalette::Active, QPalette::Text);
        // Active is a menu's highlighted item: on the selection colour, like Selected.
        if (mode == QIcon::Selected || mode == QIcon::Active)
            c = pal.color(QPalette::Active, QPalette::HighlightedText);
        else if (mode == QIcon::Disabled)
            c = pal.color(QPalette::Disabled, QPalette::Text);
        QByteArray svg = m_svg;
        return svg.replace("currentColor", c.name().toLatin1());
    }

    QByteArray m_svg;
};

} // namespace

namespace PageIcon {

QString path(const QString &id)
{
    return QStringLiteral(":/icons/pages/") + id + QStringLiteral(".svg");
}

QIcon action(const QString &name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    QFile f(QStringLiteral(":/icons/actions/") + name + QStringLiteral(".svg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgGlyphEngine(f.readAll()));
}

QIcon forPage(const QString &id)
{
    QFile f(path(id));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgGlyphEngine(f.readAll()));
}

} // namespace PageIcon

} // namespace beamtop
