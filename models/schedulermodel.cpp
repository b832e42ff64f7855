// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulermodel.h"

#include "collect/schedulersample.h"
#include "format.h"

#include <QLocale>

namespace beamtop {

SchedulerModel::SchedulerModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString SchedulerModel::keyFor(int type, int index)
{
    return SchedulerSample::typeKey(SchedulerSample::Type(type)) + QLatin1Char('.') + QString::number(index);
}

QString SchedulerModel::headerText(int column) const
{
    switch (Column(column)) {
    case Scheduler: return tr("Scheduler");
    case Type: return tr("Type");
    case Utilization: return tr("Busy");
    case Sleep: return tr("Asleep");
    case RunQueue: return tr("Run queue");
    case ColumnCount: break;
    }
    return {};
}

QString SchedulerModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Utilization:
        return tr("Share of the last interval the scheduler was busy: running processes, ports, NIFs or "
                  "garbage collection (scheduler_wall_time).");
    case Sleep:
        return tr("Share of the last interval the scheduler had nothing to run and slept or waited for work.");
    case RunQueue:
        return tr("Processes and ports waiting for this scheduler now. Dirty schedulers of a kind share one queue.");
    default:
        return {};
    }
}

bool SchedulerModel::isMetricColumn(int column) const
{
    return column >= Utilization;
}

Qt::Alignment SchedulerModel::columnAlignment(int column) const
{
    return column >= Utilization ? Qt::AlignRight : Qt::AlignLeft;
}

QVariant SchedulerModel::data(const QModelIndex &index, int role) const
{
    if (role == OnlineRole)
        return index.isValid() ? QVariant(m_online.value(index.siblingAtColumn(0).data(KeyRole).toString(), true)) : QVariant();
    return RowTableModel::data(index, role);
}

QHash<int, QByteArray> SchedulerModel::roleNames() const
{
    QHash<int, QByteArray> names = RowTableModel::roleNames();
    names.insert(OnlineRole, "online");
    return names;
}

void SchedulerModel::setSample(const SchedulerSample &s)
{
    const QString none = QStringLiteral("—");
    const QLocale loc;
    QVector<Row> rows;
    rows.reserve(s.items.size());
    for (const SchedulerSample::Scheduler &x : s.items) {
        Row r;
        r.key = keyFor(int(x.type), x.index);
        m_online.insert(r.key, x.online);
        const QString typeName = SchedulerSample::typeName(x.type);
        const QString name = x.type == SchedulerSample::Type::Normal ? tr("Scheduler %1").arg(x.index)
                                                                     : tr("%1 %2").arg(typeName).arg(x.index);
        const QString nameTip = x.online ? tr("Scheduler id %1 on the node.").arg(x.id)
                                         : tr("Scheduler id %1 on the node; offline (schedulers_online).").arg(x.id);
        Cell busy{none, {}, s.wallTimeAvailable ? tr("Needs two samples.")
                                                : tr("Utilisation needs the scheduler_wall_time flag, which only the agent can hold.")};
        Cell asleep{none, {}, busy.exact};
        if (x.utilization >= 0) {
            const QString over = tr("over %1 s").arg(loc.toString(s.intervalS, 'f', 3));
            busy = Cell{Format::percent(x.utilization), x.utilization,
                        tr("%1 busy %2").arg(Format::percent(x.utilization, 3), over), x.utilization};
            asleep = Cell{Format::percent(x.sleep()), x.sleep(), tr("%1 asleep %2").arg(Format::percent(x.sleep(), 3), over)};
        }
        if (!x.online) {
            busy = Cell{tr("offline"), {}, nameTip};
            asleep = Cell{none, {}, nameTip};
        }
        const QString queueTip = x.type == SchedulerSample::Type::Normal
            ? QString()
            : tr("Shared by all %1 schedulers.").arg(typeName);
        r.cells = {Cell{name, x.id, nameTip},
                   Cell{typeName, int(x.type), {}},
                   busy,
                   asleep,
                   Cell{Format::count(x.runQueue), x.runQueue, queueTip}};
        rows.append(r);
    }
    applyRows(std::move(rows));
}

} // namespace beamtop
