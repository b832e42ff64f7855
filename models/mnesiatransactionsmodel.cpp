// SPDX-License-Identifier: GPL-3.0-or-later
#include "mnesiatransactionsmodel.h"

#include "format.h"
#include "mnesialocksmodel.h"

#include <QSet>

#include <algorithm>

namespace beamtop {

MnesiaTransactionsModel::MnesiaTransactionsModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString MnesiaTransactionsModel::headerText(int column) const
{
    switch (Column(column)) {
    case Transaction: return tr("Transaction");
    case Process: return tr("Process");
    case Status: return tr("Status");
    case Age: return tr("Age");
    case ColumnCount: break;
    }
    return {};
}

QString MnesiaTransactionsModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Transaction: return tr("The transaction's id: its counter and the process coordinating it");
    case Age: return tr("How long Beamtop has seen this transaction running: Mnesia keeps no start time, so this is at "
                        "least one refresh interval short of its true age.");
    default: break;
    }
    return {};
}

bool MnesiaTransactionsModel::isMetricColumn(int column) const
{
    return column == Age;
}

void MnesiaTransactionsModel::setSample(const MnesiaSample &sample)
{
    QVector<Row> rows;
    QSet<QString> seen;
    // Oldest first, ties by counter: the same order every reading, so rows never move and a
    // refresh stays a difference.
    QVector<MnesiaTransaction> items = sample.transactions.items;
    std::stable_sort(items.begin(), items.end(), [](const MnesiaTransaction &a, const MnesiaTransaction &b) {
        if (a.ageMs != b.ageMs)
            return a.ageMs > b.ageMs;
        return a.tid.counter < b.tid.counter;
    });
    for (const MnesiaTransaction &t : std::as_const(items)) {
        Row row;
        row.key = t.tid.text.isEmpty() ? t.text : t.tid.text;
        if (seen.contains(row.key))
            continue; // Mnesia lists a transaction once; a repeat would be a torn read
        seen.insert(row.key);
        row.cells.resize(ColumnCount);
        row.cells[Transaction] = MnesiaLocksModel::tidCell(t.tid);
        row.cells[Process] = Cell{t.pid, t.pid, {}};
        row.cells[Status] = Cell{t.status, t.status, {}};
        if (t.ageMs >= 0)
            row.cells[Age] = Cell{Format::duration(t.ageMs), t.ageMs, Format::exactDuration(t.ageMs)};
        else
            row.cells[Age] = Cell{tr("new"), QVariant(), tr("First seen in this reading")};
        if (t.ageMs >= SlowMs)
            row.level = Level::Warning;
        rows.append(row);
    }
    applyRows(std::move(rows));
}

} // namespace beamtop
