// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

namespace beamtop {

struct SchedulerSample;

// One row per scheduler (normal, dirty CPU, dirty I/O): how busy it was over the last interval,
// how much of it it slept, and its run queue. The row key ("normal.3", "dirty_cpu.1") is the
// scheduler; the bars and heat strip draw from these rows.
class SchedulerModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Scheduler, Type, Utilization, Sleep, RunQueue, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        OnlineRole = ChartPartRole + 1, // false for schedulers taken offline (schedulers_online)
    };

    explicit SchedulerModel(QObject *parent = nullptr);
    void setSample(const SchedulerSample &sample);

    static QString keyFor(int type, int index);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;

private:
    QHash<QString, bool> m_online; // by row key
};

} // namespace beamtop
