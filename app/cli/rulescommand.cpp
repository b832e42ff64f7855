// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulescommand.h"

#include "profiles/profilestore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace beamtop {

RulesCommand::RulesCommand(QTextStream &out, QTextStream &err, QObject *parent) : Command(out, err, parent) {}

QString RulesCommand::summary() const
{
    return tr("The alert rules in force, as a beamtop.rules/1 document to edit.");
}

QString RulesCommand::description() const
{
    return tr("Prints the alert rules that beamtop-cli watch and the desktop app use, without connecting: those of "
              "--rules FILE, else the profile's (--profile NAME) or the file for connections without a profile, else "
              "the default rules. Save the output, edit it and give it to watch --rules, or save it as the file "
              "--verbose names, where the rules are kept. A file with faults: the rules it gives are printed, each fault is said on stderr with "
              "its line and key, and the exit code is 1.");
}

QList<QCommandLineOption> RulesCommand::options() const
{
    return {{QStringLiteral("profile"), tr("The rules kept for the saved profile NAME."), tr("NAME")},
            {QStringLiteral("rules"), tr("Read the rules from FILE (a beamtop.rules/1 document)."), tr("FILE")},
            {QStringLiteral("verbose"), tr("Say on stderr which file the rules come from.")}};
}

int RulesCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    m_file = p.value(QStringLiteral("rules"));
    m_profile = p.value(QStringLiteral("profile"));
    if (p.isSet(QStringLiteral("rules")) && m_file.isEmpty())
        return usageError(tr("--rules takes a file name."));
    if (p.isSet(QStringLiteral("rules")) && p.isSet(QStringLiteral("profile")))
        return usageError(tr("--rules and --profile exclude each other: the file is the rules."));
    m_verbose = p.isSet(QStringLiteral("verbose"));
    return Ok;
}

bool RulesCommand::load(const QString &file, const QString &profileName, RuleStore::Loaded *out, QString *error)
{
    if (!file.isEmpty()) {
        // Said here rather than by the store: a file named on the command line that is not
        // there is a mistake, never "use the defaults".
        QFile f(file);
        const QFileInfo info(file);
        const QString why = !info.exists() ? tr("no such file")
            : !info.isFile()                ? tr("not a file")
            : !f.open(QIODevice::ReadOnly)  ? f.errorString()
                                            : QString();
        if (!why.isEmpty()) {
            *error = tr("Cannot read the rules file %1: %2").arg(file, why);
            return false;
        }
        *out = RuleStore::loadFile(file);
        return true;
    }
    QString profileId;
    if (!profileName.isEmpty()) {
        const std::optional<Profile> profile = ProfileStore().find(profileName);
        if (!profile) {
            *error = tr("No profile called “%1”. beamtop-cli profiles list shows them.").arg(profileName);
            return false;
        }
        profileId = profile->id;
    }
    *out = RuleStore().load(profileId);
    return true;
}

int RulesCommand::run()
{
    RuleStore::Loaded loaded;
    QString error;
    if (!load(m_file, m_profile, &loaded, &error)) {
        m_err << error << Qt::endl;
        return Failure;
    }
    if (m_verbose)
        m_err << (loaded.fromFile ? tr("Rules from %1").arg(loaded.fileName)
                                  : tr("No rules file at %1: the default rules.").arg(loaded.fileName))
              << Qt::endl;
    for (const QString &problem : std::as_const(loaded.problems))
        m_err << problem << Qt::endl;
    // A file that gave nothing: its faults say it all, an empty document would not help.
    if (loaded.rules.rules.isEmpty() && !loaded.problems.isEmpty())
        return Failure;
    const QByteArray doc = loaded.rules.toJson();
    m_out << doc;
    if (!doc.endsWith('\n'))
        m_out << '\n';
    m_out.flush();
    m_err.flush();
    return loaded.problems.isEmpty() ? Ok : Failure;
}

} // namespace beamtop
