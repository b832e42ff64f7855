// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocsettingsmodel.h"

#include "collect/allocsample.h"
#include "format.h"

namespace beamtop {

AllocSettingsModel::AllocSettingsModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

RowTableModel::Cell AllocSettingsModel::valueCell(const QString &key, const QString &value)
{
    // The node reports "no limit" as the largest unsigned word, 18446744073709551615.
    static const QString NoLimit = QStringLiteral("18446744073709551615");
    if (value == NoLimit)
        return Cell{tr("unlimited"), value, value};
    // The settings that are sizes in bytes, for people, exact on hover.
    static const QStringList Sizes = {QStringLiteral("sbct"),  QStringLiteral("asbcst"), QStringLiteral("mmbcs"),
                                      QStringLiteral("lmbcs"), QStringLiteral("smbcs"),  QStringLiteral("amcbf")};
    bool ok = false;
    const qint64 bytes = value.toLongLong(&ok);
    if (ok && Sizes.contains(key))
        return Cell{Format::bytes(bytes), bytes, Format::exactBytes(bytes)};
    return Cell{value, value, {}};
}

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
            row.cells = {Cell{key, key, {}}, valueCell(key, value), Cell{flag, flag, {}}};
            rows.append(row);
        }
    }
    applyRows(std::move(rows));
}

} // namespace beamtop
