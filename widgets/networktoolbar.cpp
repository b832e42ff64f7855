#include "networktoolbar.h"

#include "accents.h"
#include "porttypesmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace beamtop {

namespace {
constexpr int FilterDebounceMs = 300;
} // namespace

NetworkToolbar::NetworkToolbar(PortTypesModel *types, QWidget *parent) : QWidget(parent), m_types(types)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("portFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by address, owner, name or state (Ctrl+F)"));
    m_filter->setToolTip(tr("Shows only ports whose id, type, name, owner, local or peer address or state contains this "
                            "text (any case). The node does the matching."));
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDebounceMs);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(&m_filterTimer, &QTimer::timeout, this, [this] { emit filterChanged(m_filter->text().trimmed()); });

    auto *typeLabel = new QLabel(tr("&Type:"), this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("portType"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->setToolTip(tr("Show one type of port only; the counts are the node's, read every few seconds"));
    for (const QString &t : PortTypesModel::types())
        m_type->addItem(m_types->label(t), t);
    typeLabel->setBuddy(m_type);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { emit typeChanged(type()); });
    connect(m_types, &QAbstractItemModel::dataChanged, this, &NetworkToolbar::updateTypeLabels);
    connect(m_types, &QAbstractItemModel::modelReset, this, &NetworkToolbar::updateTypeLabels);

    m_windowAction = new QAction(QIcon::fromTheme(QStringLiteral("chronometer")), tr("Sliding Window"), this);
    m_windowAction->setObjectName(QStringLiteral("windowAction"));
    m_windowAction->setCheckable(true);
    m_windowAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_W));
    m_windowAction->setToolTip(tr("Rank by change over the last interval instead of totals: bytes per second, packets "
                                  "per second, queue growth. Alt+W"));
    connect(m_windowAction, &QAction::toggled, this, &NetworkToolbar::windowModeChanged);
    auto *windowButton = new QToolButton(this);
    windowButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    windowButton->setDefaultAction(m_windowAction);

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save every port of the ranking (those the type and filter match) as CSV or JSON (Ctrl+E)"));
    m_exportAction->setProperty("beamtopExport", true); // listed in the window's File ▸ Export while shown
    connect(m_exportAction, &QAction::triggered, this, &NetworkToolbar::exportRequested);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportPorts"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setDefaultAction(m_exportAction);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyIndicator"));

    auto *top = new QHBoxLayout(this);
    top->setContentsMargins(8, 6, 8, 0);
    top->addWidget(m_filter, 1);
    top->addSpacing(12);
    top->addWidget(typeLabel);
    top->addWidget(m_type);
    top->addSpacing(12);
    top->addWidget(windowButton);
    top->addSpacing(12);
    top->addWidget(exportButton);
    top->addSpacing(12);
    top->addWidget(m_readOnly);
    setReadOnly(true);
}

QString NetworkToolbar::type() const
{
    return m_type->currentData().toString();
}

void NetworkToolbar::updateTypeLabels()
{
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, m_types->label(m_type->itemData(i).toString()));
}

void NetworkToolbar::showWindowMode(bool on)
{
    if (m_windowAction->isChecked() == on)
        return;
    const QSignalBlocker block(m_windowAction);
    m_windowAction->setChecked(on);
}

void NetworkToolbar::setType(const QString &type)
{
    const int i = m_type->findData(type);
    if (i >= 0)
        m_type->setCurrentIndex(i);
}

void NetworkToolbar::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void NetworkToolbar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void NetworkToolbar::setReadOnly(bool readOnly)
{
    m_readOnly->setText(readOnly ? tr("Read-only") : tr("Changes allowed"));
    m_readOnly->setToolTip(readOnly ? tr("Closing ports is off for this connection. Turn read-only off in the toolbar to "
                                         "allow it.")
                                    : tr("Actions that change the node (closing ports) are allowed for this connection."));
    QPalette pal = palette();
    if (!readOnly)
        pal.setColor(QPalette::WindowText, Accents::warning(palette()));
    m_readOnly->setPalette(pal);
    QFont f = font();
    f.setBold(!readOnly);
    m_readOnly->setFont(f);
}

} // namespace beamtop
