// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class QSettings;

namespace beamtop {

// The saved profiles, in QSettings (an INI file that beamtop and beamtop-cli share:
// ~/.config/<organisation>/profiles.ini). Metadata only: cookies are never written here.
// Every read re-reads the file, so a profile added by beamtop-cli shows up in an open window.
class ProfileStore
{
public:
    ProfileStore();
    // A store in this INI file (tests, or a team's file).
    explicit ProfileStore(const QString &iniFile);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QString fileName() const;

    QVector<Profile> profiles() const; // by name
    // Profiles connected to before, most recent first.
    QVector<Profile> recent(int max = 8) const;
    std::optional<Profile> byId(const QString &id) const;
    // By name (case-insensitive), else by id.
    std::optional<Profile> find(const QString &nameOrId) const;

    // Adds or updates (by id; a new id when empty). Fails, saying why, for an invalid profile,
    // a name another profile has, or a settings file that cannot be written.
    bool save(Profile *profile, QString *error);
    bool remove(const QString &id, QString *error = nullptr);
    void markConnected(const QString &id, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // A name not taken yet: base, else "base (2)", "base (3)", …
    QString uniqueName(const QString &base) const;

    // Sharing: a "beamtop.profiles/1" document without cookies.
    static QByteArray exportJson(const QVector<Profile> &profiles);
    struct Parsed
    {
        QVector<Profile> profiles;
        QStringList problems; // one sentence per entry that was skipped
    };
    static Parsed parseJson(const QByteArray &json);
    // Adds imported profiles. A name that exists updates that profile's connection settings and
    // keeps its cookie; returns how many were added or updated.
    int importProfiles(const QVector<Profile> &profiles, QStringList *notes);

private:
    static Profile read(QSettings &s, const QString &id);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace beamtop
