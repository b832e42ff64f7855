// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rankedtoolbar.h"

class QDoubleSpinBox;

namespace beamtop {

// The row above the processes table: RankedToolbar's filter, Sliding Window, Export and
// read-only indicator, with the agent's CPU budget (sent once the spin box settles).
class ProcessesToolbar : public RankedToolbar
{
    Q_OBJECT
public:
    explicit ProcessesToolbar(QWidget *parent = nullptr);

    QDoubleSpinBox *budgetBox() const { return m_budget; }
    double budgetPercent() const;
    // Without the agent there is nothing to rank, filter or budget.
    void setReducedMode(bool reduced);

signals:
    // A fraction of one scheduler, once the spin box has settled.
    void budgetChanged(double fraction);

private:
    QDoubleSpinBox *m_budget;
    QTimer m_budgetTimer;
};

} // namespace beamtop
