// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>

namespace beamtop {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("beamtop::ProfileStore", text);
}

const QString Group = QStringLiteral("profiles");
const QString Schema = QStringLiteral("beamtop.profiles/1");
constexpr int MaxImport = 1000;

QString organisation()
{
    const QString org = QCoreApplication::organizationName();
    return org.isEmpty() ? QStringLiteral("Beamtop") : org;
}

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}
} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, organisation(),
                                             QStringLiteral("profiles")))
{
}

ProfileStore::ProfileStore(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

Profile ProfileStore::read(QSettings &s, const QString &id)
{
    Profile p;
    s.beginGroup(Group + QLatin1Char('/') + id);
    p.id = id;
    p.name = s.value(QStringLiteral("name")).toString();
    p.node = s.value(QStringLiteral("node")).toString();
    Profile::parseNameMode(s.value(QStringLiteral("nameMode")).toString(), &p.nameMode);
    p.epmdPort = quint16(qBound(0, s.value(QStringLiteral("epmdPort"), 0).toInt(), 65535));
    p.distPort = quint16(qBound(0, s.value(QStringLiteral("distPort"), 0).toInt(), 65535));
    p.connectTimeoutMs = s.value(QStringLiteral("connectTimeoutMs"), Profile::DefaultConnectTimeoutMs).toInt();
    p.refreshIntervalMs = s.value(QStringLiteral("refreshIntervalMs"), Profile::DefaultRefreshIntervalMs).toInt();
    p.readOnly = s.value(QStringLiteral("readOnly"), true).toBool();
    Profile::parseSyntax(s.value(QStringLiteral("syntax")).toString(), &p.syntax);
    p.colour = Profile::normalisedColour(s.value(QStringLiteral("colour")).toString());
    Profile::parseCookieSource(s.value(QStringLiteral("cookieSource")).toString(), &p.cookieSource);
    p.cookieFile = s.value(QStringLiteral("cookieFile")).toString();
    p.lastConnected = QDateTime::fromString(s.value(QStringLiteral("lastConnected")).toString(), Qt::ISODateWithMs);
    s.endGroup();
    return p;
}

QVector<Profile> ProfileStore::profiles() const
{
    m_settings->sync(); // pick up what another process (beamtop-cli) wrote
    m_settings->beginGroup(Group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QVector<Profile> all;
    for (const QString &id : ids) {
        Profile p = read(*m_settings, id);
        if (!p.name.isEmpty())
            all.append(p);
    }
    std::sort(all.begin(), all.end(), [](const Profile &a, const Profile &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return all;
}

QVector<Profile> ProfileStore::recent(int max) const
{
    QVector<Profile> all = profiles();
    all.erase(std::remove_if(all.begin(), all.end(), [](const Profile &p) { return !p.lastConnected.isValid(); }),
              all.end());
    std::stable_sort(all.begin(), all.end(),
                     [](const Profile &a, const Profile &b) { return a.lastConnected > b.lastConnected; });
    if (all.size() > max)
        all.resize(qMax(0, max));
    return all;
}

std::optional<Profile> ProfileStore::byId(const QString &id) const
{
    const QVector<Profile> all = profiles();
    for (const Profile &p : all) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::find(const QString &nameOrId) const
{
    const QVector<Profile> all = profiles();
    for (const Profile &p : all) {
        if (sameName(p.name, nameOrId))
            return p;
    }
    for (const Profile &p : all) {
        if (p.id == nameOrId)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::save(Profile *profile, QString *error)
{
    profile->name = profile->name.trimmed();
    profile->node = profile->node.trimmed();
    const QString why = profile->problem();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const QVector<Profile> all = profiles();
    for (const Profile &p : all) {
        if (p.id != profile->id && sameName(p.name, profile->name)) {
            if (error)
                *error = tr("Another profile is already called “%1”.").arg(p.name);
            return false;
        }
    }
    if (profile->id.isEmpty())
        profile->id = Profile::newId();
    QSettings &s = *m_settings;
    s.beginGroup(Group + QLatin1Char('/') + profile->id);
    s.setValue(QStringLiteral("name"), profile->name);
    s.setValue(QStringLiteral("node"), profile->node);
    s.setValue(QStringLiteral("nameMode"), Profile::nameModeName(profile->nameMode));
    s.setValue(QStringLiteral("epmdPort"), int(profile->epmdPort));
    s.setValue(QStringLiteral("distPort"), int(profile->distPort));
    s.setValue(QStringLiteral("connectTimeoutMs"), profile->connectTimeoutMs);
    s.setValue(QStringLiteral("refreshIntervalMs"), profile->refreshIntervalMs);
    s.setValue(QStringLiteral("readOnly"), profile->readOnly);
    s.setValue(QStringLiteral("syntax"), Profile::syntaxName(profile->syntax));
    s.setValue(QStringLiteral("colour"), profile->colour);
    s.setValue(QStringLiteral("cookieSource"), Profile::cookieSourceName(profile->cookieSource));
    s.setValue(QStringLiteral("cookieFile"), profile->cookieFile);
    if (profile->lastConnected.isValid())
        s.setValue(QStringLiteral("lastConnected"), profile->lastConnected.toUTC().toString(Qt::ISODateWithMs));
    else
        s.remove(QStringLiteral("lastConnected"));
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError) {
        if (error)
            *error = tr("Could not write %1; check that the directory exists and is writable.").arg(s.fileName());
        return false;
    }
    return true;
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    if (id.isEmpty())
        return false;
    m_settings->remove(Group + QLatin1Char('/') + id);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = tr("Could not write %1; check that the directory exists and is writable.").arg(m_settings->fileName());
        return false;
    }
    return true;
}

void ProfileStore::markConnected(const QString &id, const QDateTime &at)
{
    if (!byId(id))
        return;
    m_settings->setValue(Group + QLatin1Char('/') + id + QStringLiteral("/lastConnected"),
                         at.toUTC().toString(Qt::ISODateWithMs));
    m_settings->sync();
}

QString ProfileStore::uniqueName(const QString &base) const
{
    const QVector<Profile> all = profiles();
    auto taken = [&all](const QString &name) {
        return std::any_of(all.begin(), all.end(), [&name](const Profile &p) { return sameName(p.name, name); });
    };
    const QString b = base.trimmed();
    if (!taken(b))
        return b;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(b).arg(i);
        if (!taken(candidate))
            return candidate;
    }
}

QByteArray ProfileStore::exportJson(const QVector<Profile> &profiles)
{
    QJsonArray list;
    for (const Profile &p : profiles)
        list.append(p.toJson());
    QJsonObject doc;
    doc.insert(QStringLiteral("schema"), Schema);
    doc.insert(QStringLiteral("profiles"), list);
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

ProfileStore::Parsed ProfileStore::parseJson(const QByteArray &json)
{
    Parsed out;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        out.problems << tr("This is not a JSON file (%1 at byte %2).").arg(err.errorString()).arg(err.offset);
        return out;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toString() != Schema) {
        out.problems << tr("This is not a Beamtop profile list (its “schema” is not %1).").arg(Schema);
        return out;
    }
    const QJsonArray list = root.value(QStringLiteral("profiles")).toArray();
    if (list.size() > MaxImport) {
        out.problems << tr("The file lists %1 profiles; only the first %2 are read.").arg(list.size()).arg(MaxImport);
    }
    for (int i = 0; i < qMin(int(list.size()), MaxImport); ++i) {
        Profile p;
        QString why;
        if (!list.at(i).isObject()) {
            out.problems << tr("Entry %1 is not an object; skipped.").arg(i + 1);
            continue;
        }
        if (!Profile::fromJson(list.at(i).toObject(), &p, &why)) {
            const QString name = list.at(i).toObject().value(QStringLiteral("name")).toString();
            out.problems << tr("Entry %1 (%2) skipped: %3").arg(i + 1).arg(name.isEmpty() ? tr("no name") : name, why);
            continue;
        }
        out.profiles.append(p);
    }
    return out;
}

int ProfileStore::importProfiles(const QVector<Profile> &profiles, QStringList *notes)
{
    int done = 0;
    for (Profile p : profiles) {
        if (const auto existing = find(p.name); existing && sameName(existing->name, p.name)) {
            // Same name: take the shared connection settings, keep this machine's cookie.
            p.id = existing->id;
            p.cookieSource = existing->cookieSource;
            p.cookieFile = existing->cookieFile;
            p.lastConnected = existing->lastConnected;
            if (notes)
                *notes << tr("“%1” updated.").arg(p.name);
        } else {
            p.id.clear();
            if (notes)
                *notes << tr("“%1” added.").arg(p.name);
        }
        QString why;
        if (save(&p, &why)) {
            ++done;
        } else if (notes) {
            notes->removeLast();
            *notes << tr("“%1” not imported: %2").arg(p.name, why);
        }
    }
    return done;
}

} // namespace beamtop
