#include "page.h"

#include <QApplication>
#include <QEvent>

namespace beamtop {

Page::Page(QWidget *parent) : QWidget(parent) {}

void Page::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    applyStalePalette();
    staleChanged(stale);
}

void Page::applyStalePalette()
{
    m_applying = true;
    if (!m_stale) {
        setPalette(QPalette()); // inherit again
    } else {
        // The text roles take their disabled colours; the widgets stay enabled so the user
        // can still select, scroll and copy what was last seen.
        QPalette p = parentWidget() ? parentWidget()->palette() : QApplication::palette();
        for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                               QPalette::HighlightedText, QPalette::BrightText,
                                               QPalette::PlaceholderText}) {
            const QColor disabled = p.color(QPalette::Disabled, role);
            p.setColor(QPalette::Active, role, disabled);
            p.setColor(QPalette::Inactive, role, disabled);
        }
        const QColor highlight = p.color(QPalette::Disabled, QPalette::Highlight);
        p.setColor(QPalette::Active, QPalette::Highlight, highlight);
        p.setColor(QPalette::Inactive, QPalette::Highlight, highlight);
        setPalette(p);
    }
    m_applying = false;
}

void Page::changeEvent(QEvent *event)
{
    // A theme switch while stale: derive the greyed palette from the new colours.
    if (!m_applying && m_stale && event->type() == QEvent::ApplicationPaletteChange)
        applyStalePalette();
    QWidget::changeEvent(event);
}

} // namespace beamtop
