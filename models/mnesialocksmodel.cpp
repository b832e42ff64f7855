// SPDX-License-Identifier: GPL-3.0-or-later
#include "mnesialocksmodel.h"

#include <QSet>

namespace beamtop {

namespace {

// Mnesia's key of a lock on the whole table.
const QLatin1String WholeTable("______WHOLETABLE_____");

RowTableModel::Cell keyCell(const QString &key)
{
    if (key == WholeTable)
        return {MnesiaLocksModel::tr("whole table"), key, MnesiaLocksModel::tr("A lock on the whole table")};
    return {key, key, {}};
}

// Two identical items (the same lock listed twice) still need keys of their own.
QString uniqueKey(const QString &text, QSet<QString> *seen)
{
    QString key = text;
    for (int n = 2; seen->contains(key); ++n)
        key = text + QLatin1Char('#') + QString::number(n);
    seen->insert(key);
    return key;
}

} // namespace

MnesiaLocksModel::MnesiaLocksModel(Kind kind, QObject *parent) : RowTableModel(ColumnCount, parent), m_kind(kind) {}

QString MnesiaLocksModel::headerText(int column) const
{
    switch (Column(column)) {
    case Table: return tr("Table");
    case Key: return tr("Key");
    case Lock: return m_kind == Kind::Held ? tr("Lock") : tr("Wants");
    case Transaction: return tr("Transaction");
    case Process: return tr("Process");
    case WaitingFor: return tr("Waiting for");
    case ColumnCount: break;
    }
    return {};
}

QString MnesiaLocksModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Lock: return m_kind == Kind::Held ? tr("The kind of lock held: read, write, sticky_write, ...")
                                           : tr("The lock the transaction is waiting to get");
    case Transaction: return tr("The transaction's id: its counter and the process coordinating it");
    case WaitingFor: return tr("The transaction holding the lock this request waits for");
    default: break;
    }
    return {};
}

bool MnesiaLocksModel::isMetricColumn(int) const
{
    return false;
}

RowTableModel::Cell MnesiaLocksModel::tidCell(const MnesiaTid &tid)
{
    if (!tid.isValid())
        return {tid.text, tid.text, {}};
    return {tr("%1 · %2").arg(tid.counter).arg(tid.pid), tid.counter, tid.text};
}

void MnesiaLocksModel::setSample(const MnesiaSample &sample)
{
    QVector<Row> rows;
    QSet<QString> seen;
    auto add = [&](const QString &text, const QString &table, const QString &key, const QString &lock, const MnesiaTid &tid,
                   const QString &pid, const MnesiaTid *waitingFor) {
        Row row;
        row.key = uniqueKey(text, &seen);
        row.cells.resize(ColumnCount);
        row.cells[Table] = Cell{table.isEmpty() ? text : table, table, text};
        row.cells[Key] = keyCell(key);
        row.cells[Lock] = Cell{lock, lock, {}};
        row.cells[Transaction] = tidCell(tid);
        row.cells[Process] = Cell{pid, pid, {}};
        if (waitingFor)
            row.cells[WaitingFor] = tidCell(*waitingFor);
        rows.append(row);
    };
    if (m_kind == Kind::Held) {
        for (const MnesiaLock &l : sample.heldLocks.items)
            add(l.text, l.table, l.key, l.kind, l.tid, l.tid.pid, nullptr);
    } else {
        for (const MnesiaQueuedLock &q : sample.lockQueue.items)
            add(q.text, q.table, q.key, q.op, q.tid, q.pid, &q.waitingFor);
    }
    applyRows(std::move(rows));
}

} // namespace beamtop
