// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "collect/mnesiasample.h"

namespace beamtop {

// The Mnesia tables as this node sees them, one row per table keyed by its name, in name
// order: storage here, type, size, memory, the nodes holding each kind of replica, where reads
// go, majority, indexes, attributes, load reason, local content. A field the node could not
// read in time says so ("could not read: timed out") and the row takes the warning level; so
// does a table that cannot be read anywhere. Each sample is applied by difference, and hiding
// the system tables removes their rows rather than resetting the model.
class MnesiaTablesModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Storage,
        Type,
        Size,
        Memory,
        RamCopies,
        DiscCopies,
        DiscOnlyCopies,
        ExternalCopies,
        WhereToRead,
        Majority,
        Indexes,
        Attributes,
        LoadReason,
        LocalContent,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit MnesiaTablesModel(QObject *parent = nullptr);

    void setSample(const MnesiaSample &sample);
    void setHideSystem(bool hide);
    bool hidesSystem() const { return m_hideSystem; }
    // The tables of the last sample (all of them, hidden ones included).
    int tableCount() const { return int(m_tables.size()); }
    int systemCount() const;
    const MnesiaTable *table(const QString &name) const;
    // The agent's key of a column's field ("memory_bytes"), as MnesiaTable::problems names it.
    static QString fieldOf(int column);
    void clear();

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;

private:
    void apply();
    Row makeRow(const MnesiaTable &t) const;

    QVector<MnesiaTable> m_tables;
    bool m_hideSystem = true;
};

} // namespace beamtop
