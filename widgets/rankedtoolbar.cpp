// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankedtoolbar.h"

#include "accents.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace beamtop {

namespace {
constexpr int FilterDebounceMs = 300;
} // namespace

RankedToolbar::RankedToolbar(const Texts &texts, QWidget *parent)
    : QWidget(parent), m_readOnlyTip(texts.readOnlyTip), m_changesTip(texts.changesTip)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(texts.filterName);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(texts.filterPlaceholder);
    m_filter->setToolTip(texts.filterTip);
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDebounceMs);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(&m_filterTimer, &QTimer::timeout, this, [this] { emit filterChanged(m_filter->text().trimmed()); });

    m_windowAction = new QAction(QIcon::fromTheme(QStringLiteral("chronometer")), tr("Sliding Window"), this);
    m_windowAction->setObjectName(QStringLiteral("windowAction"));
    m_windowAction->setCheckable(true);
    m_windowAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_W));
    m_windowAction->setToolTip(texts.windowTip);
    connect(m_windowAction, &QAction::toggled, this, &RankedToolbar::windowModeChanged);
    m_windowButton = new QToolButton(this);
    m_windowButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_windowButton->setDefaultAction(m_windowAction);

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(texts.exportTip);
    m_exportAction->setProperty("beamtopExport", true); // listed in the window's File ▸ Export while shown
    connect(m_exportAction, &QAction::triggered, this, &RankedToolbar::exportRequested);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(texts.exportButtonName);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setDefaultAction(m_exportAction);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyIndicator"));

    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(8, 6, 8, 0);
    m_row->addWidget(m_filter, 1);
}

void RankedToolbar::finishRow()
{
    m_row->addSpacing(12);
    m_row->addWidget(m_exportButton);
    m_row->addSpacing(12);
    m_row->addWidget(m_readOnly);
    // Tab goes along the row, whatever order the kind made its widgets in.
    QWidget *previous = nullptr;
    for (int i = 0; i < m_row->count(); ++i) {
        QWidget *w = m_row->itemAt(i)->widget();
        if (!w || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    setReadOnly(true);
}

void RankedToolbar::showWindowMode(bool on)
{
    if (m_windowAction->isChecked() == on)
        return;
    const QSignalBlocker block(m_windowAction);
    m_windowAction->setChecked(on);
}

void RankedToolbar::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void RankedToolbar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RankedToolbar::setReadOnly(bool readOnly)
{
    m_readOnly->setText(readOnly ? tr("Read-only") : tr("Changes allowed"));
    m_readOnly->setToolTip(readOnly ? m_readOnlyTip : m_changesTip);
    QPalette pal = palette();
    if (!readOnly)
        pal.setColor(QPalette::WindowText, Accents::warning(palette()));
    m_readOnly->setPalette(pal);
    QFont f = font();
    f.setBold(!readOnly);
    m_readOnly->setFont(f);
}

} // namespace beamtop
