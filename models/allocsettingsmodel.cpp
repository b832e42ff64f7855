#include "allocsettingsmodel.h"

#include "collect/allocsample.h"

namespace beamtop {

AllocSettingsModel::AllocSettingsModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString AllocSettingsModel::headerText(int column) const
{
    switch (Column(column)) {
    case Setting: return tr("Setting");
    case Value: return tr("Value");
    case Flag: return tr("Emulator flag");
    case ColumnCount: break;
    }
    return {};
}

QString AllocSettingsModel::headerToolTip(int column) const
{
    if (column == Flag)
        return tr("The erl flag that sets it (+M, the allocator's letter, the setting). Beamtop never changes it.");
    return {};
}

bool AllocSettingsModel::isMetricColumn(int) const
{
    return false;
}

void AllocSettingsModel::setType(const AllocType *type)
{
    m_type = type ? type->name : QString();
    QVector<Row> rows;
    if (type) {
        const QString letter = AllocType::flagLetter(type->name);
        for (const auto &[key, value] : type->settings) {
            Row row;
            row.key = key;
            const QString flag = letter.isEmpty() ? QString() : QStringLiteral("+M") + letter + key;
            row.cells = {Cell{key, key, {}}, Cell{value, value, {}}, Cell{flag, flag, {}}};
            rows.append(row);
        }
    }
    applyRows(std::move(rows));
}

} // namespace beamtop
