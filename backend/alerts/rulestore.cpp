// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulestore.h"

#include "export/exportfile.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace beamtop {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("beamtop::RuleStore", text);
}

// Far more than any set of rules a person writes; a bigger file is not a rules file.
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

// A profile id as a file name (ids are generated, but the file is the user's to edit and the
// id may come from an imported profile).
QString safeName(const QString &id)
{
    QString out;
    out.reserve(id.size());
    for (const QChar c : id) {
        const bool keep = (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'_' || c == u'-' || c == u'.';
        out.append(keep ? c : QChar(u'_'));
    }
    if (out.startsWith(u'.'))
        out.replace(0, 1, u'_');
    // Never the ad-hoc connections' file.
    if (out == QLatin1String("default"))
        out = QStringLiteral("profile_default");
    return out;
}
} // namespace

RuleStore::RuleStore() : m_dir(QFileInfo(ProfileStore().fileName()).absolutePath() + QStringLiteral("/rules")) {}

RuleStore::RuleStore(const QString &directory) : m_dir(directory) {}

QString RuleStore::fileFor(const QString &profileId) const
{
    const QString base = profileId.isEmpty() ? QStringLiteral("default") : safeName(profileId);
    return m_dir + u'/' + base + QStringLiteral(".json");
}

RuleStore::Loaded RuleStore::load(const QString &profileId) const
{
    const QString fileName = fileFor(profileId);
    if (!QFileInfo::exists(fileName)) {
        Loaded out;
        out.rules = RuleSet::defaults();
        out.fileName = fileName;
        return out;
    }
    return loadFile(fileName);
}

RuleStore::Loaded RuleStore::loadFile(const QString &fileName)
{
    Loaded out;
    out.fileName = fileName;
    const QString shown = QDir::toNativeSeparators(fileName);
    // A file named by the user that cannot be read gives no rules: guessing would watch a node
    // with rules nobody asked for.
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        out.problems.append(tr("Could not read the rules file %1: %2").arg(shown, f.errorString()));
        return out;
    }
    // Read up to the limit, not by size(): a pipe or a device says 0 and never ends.
    const QByteArray data = f.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes) {
        out.problems.append(tr("%1 is not a rules file: it is larger than %2 MiB.").arg(shown).arg(MaxFileBytes / (1024 * 1024)));
        return out;
    }
    out.fromFile = true;
    const RuleSet::Parsed parsed = RuleSet::parse(data);
    out.rules = parsed.set;
    for (const RuleProblem &p : parsed.problems)
        out.problems.append(p.text(shown));
    return out;
}

bool RuleStore::save(const QString &profileId, const RuleSet &rules, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = tr("Could not make the folder %1 for the rules; check that you may write to its parent.")
                         .arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    return ExportFile::writeAll(fileFor(profileId), rules.toJson(), error);
}

} // namespace beamtop
