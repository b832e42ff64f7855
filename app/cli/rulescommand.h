// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/rulestore.h"
#include "command.h"

namespace beamtop {

// beamtop-cli rules: prints the alert rules in force as a beamtop.rules/1 document, without a
// connection: those of --rules FILE, else the profile's (--profile NAME) or the ad-hoc
// connections' file, else the defaults. A start for editing, and a check of a file by hand:
// what a file could not give is said on stderr with the line and key at fault (exit code 1),
// and the rules it did give are printed.
class RulesCommand : public Command
{
    Q_OBJECT
public:
    RulesCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("rules"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool needsNode() const override { return false; }
    QStringList formats() const override { return {}; }
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    int run() override;

    // The rules in force, as `rules` and `watch` find them: the file when given, else the
    // profile's file (by name) or the ad-hoc connections' one, else the defaults. False with
    // *error (a sentence) when the file cannot be read at all or the profile is not known.
    static bool load(const QString &file, const QString &profileName, RuleStore::Loaded *out, QString *error);

private:
    QString m_file;
    QString m_profile;
    bool m_verbose = false;
};

} // namespace beamtop
