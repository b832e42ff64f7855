// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUuid>

namespace beamtop {

namespace {
// For Profile's own members, where lupdate files tr() under "beamtop::Profile". The free
// functions below are filed under the namespace, so they name their context outright.
QString tr(const char *text)
{
    return QCoreApplication::translate("beamtop::Profile", text);
}

constexpr int MaxNameLength = 100;
constexpr int MinTimeoutMs = Profile::MinConnectTimeoutMs;
constexpr int MaxTimeoutMs = Profile::MaxConnectTimeoutMs;
constexpr int MinIntervalMs = Profile::MinRefreshIntervalMs;
constexpr int MaxIntervalMs = Profile::MaxRefreshIntervalMs;

struct Named
{
    const char *name;
    int value;
};
constexpr Named CookieSources[] = {{"keychain", int(Profile::CookieSource::Keychain)},
                                   {"file", int(Profile::CookieSource::File)},
                                   {"ask", int(Profile::CookieSource::Ask)},
                                   {"default", int(Profile::CookieSource::Default)}};
constexpr Named Syntaxes[] = {{"auto", int(Profile::Syntax::Auto)},
                              {"erlang", int(Profile::Syntax::Erlang)},
                              {"elixir", int(Profile::Syntax::Elixir)}};
constexpr Named NameModes[] = {{"auto", int(NodeName::Mode::Auto)},
                               {"short", int(NodeName::Mode::Short)},
                               {"long", int(NodeName::Mode::Long)}};

template<size_t N>
QString nameOf(const Named (&table)[N], int value)
{
    for (const Named &n : table) {
        if (n.value == value)
            return QString::fromLatin1(n.name);
    }
    return QString::fromLatin1(table[0].name);
}

template<size_t N>
bool valueOf(const Named (&table)[N], const QString &text, int *out)
{
    for (const Named &n : table) {
        if (text.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0) {
            *out = n.value;
            return true;
        }
    }
    return false;
}

bool portFromJson(const QJsonObject &json, const char *key, quint16 *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = 0;
        return true;
    }
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 65535 || d != double(int(d))) {
        *error = QCoreApplication::translate("beamtop::Profile", "“%1” is not a port number (0 to 65535).").arg(QLatin1String(key));
        return false;
    }
    *out = quint16(d);
    return true;
}

bool intFromJson(const QJsonObject &json, const char *key, int lo, int hi, int *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true; // keep the default
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < lo || d > hi || d != double(qint64(d))) {
        *error = QCoreApplication::translate("beamtop::Profile", "“%1” must be a whole number from %2 to %3.")
                     .arg(QLatin1String(key)).arg(lo).arg(hi);
        return false;
    }
    *out = int(d);
    return true;
}
} // namespace

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Profile::secretKey() const
{
    return QStringLiteral("profile:") + id;
}

QString Profile::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the profile a name.");
    if (name.size() > MaxNameLength)
        return tr("The name is longer than %1 characters.").arg(MaxNameLength);
    QString why;
    NodeName parsed;
    if (!NodeName::parse(node, &parsed, &why))
        return why;
    if (connectTimeoutMs < MinTimeoutMs || connectTimeoutMs > MaxTimeoutMs)
        return tr("The connect timeout must be between %1 and %2 seconds.").arg(MinTimeoutMs / 1000.0).arg(MaxTimeoutMs / 1000);
    if (refreshIntervalMs < MinIntervalMs || refreshIntervalMs > MaxIntervalMs)
        return tr("The refresh interval must be between %1 and %2 seconds.").arg(MinIntervalMs / 1000.0).arg(MaxIntervalMs / 1000);
    if (cookieSource == CookieSource::File && cookieFile.trimmed().isEmpty())
        return tr("Choose the file that holds the cookie.");
    if (!colour.isEmpty() && normalisedColour(colour).isEmpty())
        return tr("The colour tag “%1” is not a colour like #3366cc.").arg(colour);
    return {};
}

ConnectOptions Profile::connectOptions(const QByteArray &cookie) const
{
    ConnectOptions o;
    NodeName parsed;
    o.node = NodeName::parse(node, &parsed, nullptr) ? parsed.toString() : node.trimmed();
    o.cookie = cookie;
    o.nameMode = nameMode;
    o.connectTimeoutMs = connectTimeoutMs;
    if (epmdPort > 0)
        o.epmdPort = epmdPort;
    o.distPort = distPort;
    return o;
}

QJsonObject Profile::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("node"), node);
    o.insert(QStringLiteral("name_mode"), nameModeName(nameMode));
    o.insert(QStringLiteral("epmd_port"), epmdPort > 0 ? QJsonValue(int(epmdPort)) : QJsonValue());
    o.insert(QStringLiteral("dist_port"), distPort > 0 ? QJsonValue(int(distPort)) : QJsonValue());
    o.insert(QStringLiteral("connect_timeout_ms"), connectTimeoutMs);
    o.insert(QStringLiteral("refresh_interval_ms"), refreshIntervalMs);
    o.insert(QStringLiteral("read_only"), readOnly);
    o.insert(QStringLiteral("syntax"), syntaxName(syntax));
    o.insert(QStringLiteral("colour"), colour.isEmpty() ? QJsonValue() : QJsonValue(colour));
    // Where the cookie comes from, never the cookie; a file path is kept (it names no secret).
    o.insert(QStringLiteral("cookie_source"), cookieSourceName(cookieSource));
    if (cookieSource == CookieSource::File)
        o.insert(QStringLiteral("cookie_file"), cookieFile);
    return o;
}

bool Profile::fromJson(const QJsonObject &json, Profile *out, QString *error)
{
    Profile p;
    p.name = json.value(QStringLiteral("name")).toString().trimmed();
    p.node = json.value(QStringLiteral("node")).toString().trimmed();
    const QString mode = json.value(QStringLiteral("name_mode")).toString(QStringLiteral("auto"));
    if (!parseNameMode(mode, &p.nameMode)) {
        *error = tr("“name_mode” is auto, short or long, not “%1”.").arg(mode);
        return false;
    }
    if (!portFromJson(json, "epmd_port", &p.epmdPort, error) || !portFromJson(json, "dist_port", &p.distPort, error))
        return false;
    if (!intFromJson(json, "connect_timeout_ms", MinTimeoutMs, MaxTimeoutMs, &p.connectTimeoutMs, error)
        || !intFromJson(json, "refresh_interval_ms", MinIntervalMs, MaxIntervalMs, &p.refreshIntervalMs, error))
        return false;
    p.readOnly = json.value(QStringLiteral("read_only")).toBool(true);
    const QString syntax = json.value(QStringLiteral("syntax")).toString(QStringLiteral("auto"));
    if (!parseSyntax(syntax, &p.syntax)) {
        *error = tr("“syntax” is auto, erlang or elixir, not “%1”.").arg(syntax);
        return false;
    }
    const QString colour = json.value(QStringLiteral("colour")).toString();
    p.colour = normalisedColour(colour);
    if (!colour.isEmpty() && p.colour.isEmpty()) {
        *error = tr("The colour tag “%1” is not a colour like #3366cc.").arg(colour);
        return false;
    }
    const QString source = json.value(QStringLiteral("cookie_source")).toString(QStringLiteral("keychain"));
    if (!parseCookieSource(source, &p.cookieSource)) {
        *error = tr("“cookie_source” is keychain, file, ask or default, not “%1”.").arg(source);
        return false;
    }
    p.cookieFile = json.value(QStringLiteral("cookie_file")).toString();
    const QString why = p.problem();
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    *out = p;
    return true;
}

QString Profile::cookieSourceName(CookieSource source)
{
    return nameOf(CookieSources, int(source));
}

bool Profile::parseCookieSource(const QString &text, CookieSource *out)
{
    int v = 0;
    if (!valueOf(CookieSources, text, &v))
        return false;
    *out = CookieSource(v);
    return true;
}

QString Profile::syntaxName(Syntax syntax)
{
    return nameOf(Syntaxes, int(syntax));
}

bool Profile::parseSyntax(const QString &text, Syntax *out)
{
    int v = 0;
    if (!valueOf(Syntaxes, text, &v))
        return false;
    *out = Syntax(v);
    return true;
}

QString Profile::nameModeName(NodeName::Mode mode)
{
    return nameOf(NameModes, int(mode));
}

bool Profile::parseNameMode(const QString &text, NodeName::Mode *out)
{
    int v = 0;
    if (!valueOf(NameModes, text, &v))
        return false;
    *out = NodeName::Mode(v);
    return true;
}

QString Profile::normalisedColour(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString t = text.trimmed();
    return re.match(t).hasMatch() ? t.toLower() : QString();
}

bool Profile::operator==(const Profile &o) const
{
    return id == o.id && name == o.name && node == o.node && nameMode == o.nameMode && epmdPort == o.epmdPort
        && distPort == o.distPort && connectTimeoutMs == o.connectTimeoutMs && refreshIntervalMs == o.refreshIntervalMs
        && readOnly == o.readOnly && syntax == o.syntax && colour == o.colour && cookieSource == o.cookieSource
        && cookieFile == o.cookieFile && lastConnected == o.lastConnected;
}

} // namespace beamtop
