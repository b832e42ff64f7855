#include "processestoolbar.h"

#include "accents.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace beamtop {

namespace {
constexpr int FilterDebounceMs = 300;
constexpr int BudgetDebounceMs = 400;
constexpr double DefaultBudgetPercent = 2.0;
} // namespace

ProcessesToolbar::ProcessesToolbar(QWidget *parent) : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("processFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by pid, name, function or application (Ctrl+F)"));
    m_filter->setToolTip(tr("Shows only processes whose pid, name, initial call, current function or application "
                            "contains this text (any case). The node does the matching."));
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDebounceMs);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(&m_filterTimer, &QTimer::timeout, this, [this] { emit filterChanged(m_filter->text().trimmed()); });

    auto *windowButton = new QToolButton(this);
    windowButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *budgetLabel = new QLabel(tr("Agent budget:"), this);
    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setRange(0.1, 50.0);
    m_budget->setDecimals(1);
    m_budget->setSingleStep(0.5);
    m_budget->setValue(DefaultBudgetPercent);
    m_budget->setSuffix(tr(" % of a scheduler"));
    m_budget->setToolTip(tr("How much of one scheduler the agent may spend on the node, ranking in the background included. "
                            "More ranks a large node sooner; the rows on screen are refreshed every tick either way."));
    budgetLabel->setBuddy(m_budget);
    m_budgetTimer.setSingleShot(true);
    m_budgetTimer.setInterval(BudgetDebounceMs);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this] { m_budgetTimer.start(); });
    connect(&m_budgetTimer, &QTimer::timeout, this, [this] { emit budgetChanged(m_budget->value() / 100.0); });

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportProcesses"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyIndicator"));

    auto *top = new QHBoxLayout(this);
    top->setContentsMargins(8, 6, 8, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(windowButton);
    top->addSpacing(12);
    top->addWidget(budgetLabel);
    top->addWidget(m_budget);
    top->addSpacing(12);
    top->addWidget(exportButton);
    top->addSpacing(12);
    top->addWidget(m_readOnly);

    createActions();
    windowButton->setDefaultAction(m_windowAction);
    exportButton->setDefaultAction(m_exportAction);
    setReadOnly(true);
}

void ProcessesToolbar::createActions()
{
    m_windowAction = new QAction(QIcon::fromTheme(QStringLiteral("chronometer")), tr("Sliding Window"), this);
    m_windowAction->setObjectName(QStringLiteral("windowAction"));
    m_windowAction->setCheckable(true);
    m_windowAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_W));
    m_windowAction->setToolTip(tr("Rank by change over the last interval instead of totals: reductions per second, "
                                  "memory growth, queue growth (like recon:proc_window). Alt+W"));
    connect(m_windowAction, &QAction::toggled, this, &ProcessesToolbar::windowModeChanged);

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save every process of the ranking (those the filter matches) as CSV or JSON (Ctrl+E)"));
    m_exportAction->setProperty("beamtopExport", true); // listed in the window's File ▸ Export while shown
    connect(m_exportAction, &QAction::triggered, this, &ProcessesToolbar::exportRequested);
}

double ProcessesToolbar::budgetPercent() const
{
    return m_budget->value();
}

void ProcessesToolbar::showWindowMode(bool on)
{
    if (m_windowAction->isChecked() == on)
        return;
    const QSignalBlocker block(m_windowAction);
    m_windowAction->setChecked(on);
}

void ProcessesToolbar::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void ProcessesToolbar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ProcessesToolbar::setReadOnly(bool readOnly)
{
    m_readOnly->setText(readOnly ? tr("Read-only") : tr("Changes allowed"));
    m_readOnly->setToolTip(readOnly ? tr("Killing, suspending and garbage collecting processes are off for this connection. "
                                         "Turn read-only off in the toolbar to allow them.")
                                    : tr("Actions that change the node (kill, suspend, garbage collect) are allowed for "
                                         "this connection."));
    QPalette pal = palette();
    if (!readOnly)
        pal.setColor(QPalette::WindowText, Accents::warning(palette()));
    m_readOnly->setPalette(pal);
    QFont f = font();
    f.setBold(!readOnly);
    m_readOnly->setFont(f);
}

void ProcessesToolbar::setReducedMode(bool reduced)
{
    m_filter->setEnabled(!reduced);
    m_windowAction->setEnabled(!reduced);
    m_budget->setEnabled(!reduced);
}

} // namespace beamtop
