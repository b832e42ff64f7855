// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "collect/mnesiasample.h"

namespace beamtop {

// Mnesia's locks on this node: the locks held (mnesia:system_info(held_locks)) or the lock
// requests waiting in the queue (lock_queue), capped by the agent. One row per item, keyed by
// the item itself, in the node's order, applied by difference. A held lock has nothing to wait
// for: its Waiting for column stays empty (the page hides it).
class MnesiaLocksModel : public RowTableModel
{
    Q_OBJECT
public:
    enum class Kind { Held, Queued };
    enum Column { Table, Key, Lock, Transaction, Process, WaitingFor, ColumnCount };
    Q_ENUM(Column)

    explicit MnesiaLocksModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setSample(const MnesiaSample &sample);

    // How a transaction id reads in a cell: "12345 · <0.201.0>" (the counter and its
    // coordinator), the raw term when it is not a tid. Shared with the transactions table.
    static Cell tidCell(const MnesiaTid &tid);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;

private:
    Kind m_kind;
};

} // namespace beamtop
