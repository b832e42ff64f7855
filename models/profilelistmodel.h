// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"
#include "rowtablemodel.h"

namespace beamtop {

// The saved profiles, one row each, keyed by profile id (KeyRole): what the profile manager
// lists. Refreshing from the store changes only the rows that changed.
class ProfileListModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Node, Cookie, LastConnected, ColumnCount };
    Q_ENUM(Column)
    enum ExtraRole {
        ColourRole = ChartPartRole + 1, // the profile's colour tag, "#rrggbb" or empty
    };

    explicit ProfileListModel(QObject *parent = nullptr);

    void setProfiles(const QVector<Profile> &profiles);
    // The profile behind a row of this model; nullptr when the row is gone.
    const Profile *profileAt(int row) const;
    const Profile *profile(const QString &id) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString cookieText(const Profile &profile);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;

private:
    QVector<Profile> m_profiles; // same order as the rows
};

} // namespace beamtop
