// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelistmodel.h"

#include <QLocale>

namespace beamtop {

ProfileListModel::ProfileListModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString ProfileListModel::headerText(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Profile");
    case Node: return tr("Node");
    case Cookie: return tr("Cookie");
    case LastConnected: return tr("Last connected");
    case ColumnCount: break;
    }
    return {};
}

QString ProfileListModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Cookie: return tr("Where the cookie is kept. Beamtop never writes a cookie to a file itself.");
    case LastConnected: return tr("When Beamtop last connected through this profile (recent ones first when sorted)");
    default: return {};
    }
}

bool ProfileListModel::isMetricColumn(int column) const
{
    return column == LastConnected; // the most recent first on the first click
}

Qt::Alignment ProfileListModel::columnAlignment(int) const
{
    return Qt::AlignLeft;
}

QString ProfileListModel::cookieText(const Profile &p)
{
    switch (p.cookieSource) {
    case Profile::CookieSource::Keychain: return tr("System keychain");
    case Profile::CookieSource::File: return tr("File %1").arg(p.cookieFile);
    case Profile::CookieSource::Ask: return tr("Asked at each connect");
    case Profile::CookieSource::Default: return tr("BEAMTOP_COOKIE or ~/.erlang.cookie");
    }
    return {};
}

void ProfileListModel::setProfiles(const QVector<Profile> &profiles)
{
    const QLocale locale;
    QVector<Row> rows;
    rows.reserve(profiles.size());
    for (const Profile &p : profiles) {
        Row r;
        r.key = p.id;
        QString route = p.node;
        QString routeExact = p.node;
        if (p.distPort > 0) {
            route += tr(" (port %1)").arg(p.distPort);
            routeExact += tr(", distribution port %1, EPMD not consulted").arg(p.distPort);
        } else if (p.epmdPort > 0) {
            routeExact += tr(", EPMD on port %1").arg(p.epmdPort);
        }
        const QDateTime last = p.lastConnected.toLocalTime();
        r.cells = {Cell{p.name, p.name, {}},
                   Cell{route, p.node, routeExact},
                   Cell{cookieText(p), Profile::cookieSourceName(p.cookieSource), {}},
                   last.isValid() ? Cell{locale.toString(last, QLocale::ShortFormat), last.toMSecsSinceEpoch(),
                                         locale.toString(last, QLocale::LongFormat)}
                                  : Cell{tr("never"), qint64(0), {}}};
        rows.append(r);
    }
    m_profiles = profiles;
    applyRows(std::move(rows));
}

const Profile *ProfileListModel::profileAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? &m_profiles.at(row) : nullptr;
}

const Profile *ProfileListModel::profile(const QString &id) const
{
    for (const Profile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (role == ColourRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Profile *p = profileAt(index.row());
        return p ? p->colour : QString();
    }
    return RowTableModel::data(index, role);
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = RowTableModel::roleNames();
    names.insert(ColourRole, "colour");
    return names;
}

} // namespace beamtop
