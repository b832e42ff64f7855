// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

namespace beamtop {

struct AllocType;

// One allocator type's settings as the node reports them (sbct, lmbcs, as, acul, ...), with
// the emulator flag that sets each (+MBsbct for binary_alloc's sbct).
class AllocSettingsModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Setting, Value, Flag, ColumnCount };
    Q_ENUM(Column)

    explicit AllocSettingsModel(QObject *parent = nullptr);
    // nullptr: no type (the table empties).
    void setType(const AllocType *type);
    QString typeName() const { return m_type; }

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;

private:
    // A setting's value for people: "unlimited" for the node's no-limit value, sizes in KiB/MiB,
    // the node's text otherwise; the value as the node gave it on hover.
    static Cell valueCell(const QString &key, const QString &value);

    QString m_type;
};

} // namespace beamtop
