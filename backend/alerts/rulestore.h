// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"

#include <QString>

namespace beamtop {

// Where rules are kept: one beamtop.rules/1 file per profile, and one for ad-hoc connections,
// in a "rules" directory beside the profiles' settings file
// (~/.config/Beamtop/rules/<profile id>.json, ~/.config/Beamtop/rules/default.json).
// A missing file means RuleSet::defaults(); a file with faults gives the rules it could read
// and says what it skipped (the file itself is left as it is until the user saves).
class RuleStore
{
public:
    RuleStore();                              // beside ProfileStore's file
    explicit RuleStore(const QString &directory); // tests, or a team's directory

    QString directory() const { return m_dir; }
    // The file for a profile id; an empty id is the ad-hoc connections' file.
    QString fileFor(const QString &profileId) const;

    struct Loaded
    {
        RuleSet rules;
        QString fileName;
        bool fromFile = false;      // false: no file, the defaults
        QStringList problems;       // sentences with the file, line and key at fault
    };
    Loaded load(const QString &profileId) const;
    // Writes atomically (QSaveFile); false with *error when it cannot.
    bool save(const QString &profileId, const RuleSet &rules, QString *error) const;
    // A rules file named by the user (beamtop-cli watch --rules FILE).
    static Loaded loadFile(const QString &fileName);

private:
    QString m_dir;
};

} // namespace beamtop
