// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorymodel.h"

#include "collect/systemsample.h"
#include "format.h"

namespace beamtop {

MemoryModel::MemoryModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString MemoryModel::headerText(int column) const
{
    switch (Column(column)) {
    case Category: return tr("Category");
    case Size: return tr("Size");
    case Share: return tr("Share of total");
    case ColumnCount: break;
    }
    return {};
}

QString MemoryModel::headerToolTip(int column) const
{
    if (column == Size)
        return tr("Memory allocated by the runtime for this use (erlang:memory/0).");
    return {};
}

void MemoryModel::setSample(const SystemSample &s)
{
    const SystemSample::Memory &m = s.memory;
    QVector<Row> rows;
    auto add = [&](const QString &key, const QString &name, qint64 bytes, bool part, const QString &tip = {}) {
        Row r;
        r.key = key;
        r.chartPart = part;
        const double share = m.total > 0 ? double(bytes) / double(m.total) : 0.0;
        r.cells = {Cell{name, name, tip},
                   Cell{Format::bytes(bytes), bytes, Format::exactBytes(bytes)},
                   Cell{Format::percent(share), share, Format::percent(share, 3), qBound(0.0, share, 1.0)}};
        rows.append(r);
    };
    const qint64 otherSystem = qMax<qint64>(0, m.system - m.atom - m.binary - m.code - m.ets);
    add(QStringLiteral("total"), tr("Total"), m.total, false);
    add(QStringLiteral("processes"), tr("Processes"), m.processes, true,
        tr("Process heaps and stacks; %1 of it in use.").arg(Format::bytes(m.processesUsed)));
    add(QStringLiteral("processes_used"), tr("Processes (used)"), m.processesUsed, false);
    add(QStringLiteral("system"), tr("System"), m.system, false,
        tr("Everything that is not a process: atoms, binaries, code, ETS and the runtime itself."));
    add(QStringLiteral("atom"), tr("Atoms"), m.atom, true);
    add(QStringLiteral("binary"), tr("Binaries"), m.binary, true, tr("Reference-counted binaries (off-heap)."));
    add(QStringLiteral("code"), tr("Code"), m.code, true);
    add(QStringLiteral("ets"), tr("ETS"), m.ets, true);
    add(QStringLiteral("other_system"), tr("Other system"), otherSystem, true,
        tr("System memory not counted as atoms, binaries, code or ETS."));
    add(QStringLiteral("persistent_term"), tr("Persistent terms"), m.persistentTerm, false);
    applyRows(std::move(rows));
}

} // namespace beamtop
