// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticebar.h"

#include "accents.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace beamtop {

NoticeBar::NoticeBar(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 6, 6, 6);
    m_icon = new QLabel(this);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_detail->setFont(small);
    texts->addWidget(m_text);
    texts->addWidget(m_detail);
    row->addLayout(texts, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    row->addWidget(m_busy);
    m_buttons = new QHBoxLayout;
    row->addLayout(m_buttons);
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString &text, const QString &detail)
{
    m_kind = kind;
    m_text->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_busy->setVisible(kind == Kind::Progress);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_icon->setVisible(kind != Kind::Progress);
    setActions({});
    show();
    update();
}

void NoticeBar::setActions(const QList<QAction *> &actions)
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *a : actions) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addWidget(b);
    }
}

void NoticeBar::clear()
{
    setActions({});
    hide();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

void NoticeBar::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // A stripe on the left says what kind of notice this is at a glance.
    QColor stripe = palette().color(QPalette::Highlight);
    if (m_kind == Kind::Warning)
        stripe = Accents::warning(palette());
    else if (m_kind == Kind::Error)
        stripe = Accents::critical(palette());
    QPainter p(this);
    p.fillRect(QRect(0, 0, 4, height()), stripe);
}

} // namespace beamtop
