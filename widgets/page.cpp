// SPDX-License-Identifier: GPL-3.0-or-later
#include "page.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QStackedLayout>

namespace beamtop {

Page::Page(QWidget *parent) : QWidget(parent) {}

void Page::followSession(NodeSession *session)
{
    if (m_feedSession == session)
        return;
    subscribe(false);
    m_feedSession = session;
    if (isVisible())
        subscribe(true);
}

void Page::subscribe(bool on)
{
    if (!m_feedSession)
        return;
    for (const NodeSession::Feed f : std::as_const(m_feeds)) {
        if (on)
            m_feedSession->subscribe(f, this);
        else
            m_feedSession->unsubscribe(f, this);
    }
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    subscribe(true);
}

void Page::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    subscribe(false);
}

void Page::setBody(QWidget *body, bool scrolling, const QString &notConnected)
{
    if (scrolling) {
        auto *scroll = new QScrollArea;
        scroll->setWidget(body);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        body = scroll;
    }
    m_notConnected = new QLabel(notConnected.isEmpty() ? tr("Not connected.\n\nConnect to a node with File ▸ Connect (Ctrl+O), "
                                                            "or try the demo node with File ▸ Start demo node.")
                                                       : notConnected);
    m_notConnected->setAlignment(Qt::AlignCenter);
    m_notConnected->setWordWrap(true);
    m_notConnected->setForegroundRole(QPalette::PlaceholderText);
    m_bodyStack = new QStackedLayout(this);
    m_bodyStack->addWidget(m_notConnected);
    m_bodyStack->addWidget(body);
}

void Page::showBody(bool shown)
{
    if (m_bodyStack)
        m_bodyStack->setCurrentIndex(shown ? 1 : 0);
}

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
