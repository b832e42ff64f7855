// SPDX-License-Identifier: GPL-3.0-or-later
#include "processestoolbar.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace beamtop {

namespace {
constexpr int BudgetDebounceMs = 400;
constexpr double DefaultBudgetPercent = 2.0;

RankedToolbar::Texts texts()
{
    RankedToolbar::Texts t;
    t.filterName = QStringLiteral("processFilter");
    t.exportButtonName = QStringLiteral("exportProcesses");
    t.filterPlaceholder = ProcessesToolbar::tr("Filter by pid, name, function or application (Ctrl+F)");
    t.filterTip = ProcessesToolbar::tr("Shows only processes whose pid, name, initial call, current function or application "
                                       "contains this text (any case). The node does the matching.");
    t.windowTip = ProcessesToolbar::tr("Rank by change over the last interval instead of totals: reductions per second, "
                                       "memory growth, queue growth (like recon:proc_window). Alt+W");
    t.exportTip = ProcessesToolbar::tr("Save every process of the ranking (those the filter matches) as CSV or JSON (Ctrl+E)");
    t.readOnlyTip = ProcessesToolbar::tr("Killing, suspending and garbage collecting processes are off for this connection. "
                                         "Turn read-only off in the toolbar to allow them.");
    t.changesTip = ProcessesToolbar::tr("Actions that change the node (kill, suspend, garbage collect) are allowed for "
                                        "this connection.");
    return t;
}
} // namespace

ProcessesToolbar::ProcessesToolbar(QWidget *parent) : RankedToolbar(texts(), parent)
{
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

    row()->addWidget(windowButton());
    row()->addSpacing(12);
    row()->addWidget(budgetLabel);
    row()->addWidget(m_budget);
    finishRow();
}

double ProcessesToolbar::budgetPercent() const
{
    return m_budget->value();
}

void ProcessesToolbar::setReducedMode(bool reduced)
{
    filterEdit()->setEnabled(!reduced);
    windowAction()->setEnabled(!reduced);
    m_budget->setEnabled(!reduced);
}

} // namespace beamtop
