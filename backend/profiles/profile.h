// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/nodeconnection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace beamtop {

// A saved node: how to reach it and how to show it. The cookie itself is never part of a
// profile; it lives in the system keychain under secretKey(), or comes from a file, or is typed
// at each connect (cookieSource).
struct Profile
{
    enum class CookieSource {
        Keychain, // the system keychain (service "beamtop", key secretKey())
        File,     // read cookieFile at each connect
        Ask,      // typed at each connect, kept in memory only
        Default,  // BEAMTOP_COOKIE, else ~/.erlang.cookie, like --cookie-file-less connects
    };
    enum class Syntax { Auto, Erlang, Elixir };

    static constexpr int DefaultConnectTimeoutMs = 5000;
    static constexpr int MinConnectTimeoutMs = 500;
    static constexpr int MaxConnectTimeoutMs = 300000;
    static constexpr int DefaultRefreshIntervalMs = 1000;
    // One range for every place an interval is set (profiles, the editor, the toolbar), so a
    // profile's interval is never cut when its window applies it.
    static constexpr int MinRefreshIntervalMs = 250;
    static constexpr int MaxRefreshIntervalMs = 3600000;

    QString id;   // stable across renames; empty until first saved
    QString name; // what people call it; unique (case-insensitive) in a store
    QString node; // alive@host
    NodeName::Mode nameMode = NodeName::Mode::Auto;
    quint16 epmdPort = 0; // 0: the default (ERL_EPMD_PORT, else 4369)
    quint16 distPort = 0; // > 0: connect straight to this port, EPMD not consulted (tunnels)
    int connectTimeoutMs = DefaultConnectTimeoutMs;
    int refreshIntervalMs = DefaultRefreshIntervalMs;
    // The saved default for connections made through this profile: while on, no actions that
    // change the node (kill, GC, …). Unticking it is the user turning read-only off for this
    // node; connections without a profile always start read-only.
    bool readOnly = true;
    Syntax syntax = Syntax::Auto;
    QString colour; // "#rrggbb" shown on the node's window; empty: none
    CookieSource cookieSource = CookieSource::Keychain;
    QString cookieFile;      // CookieSource::File
    QDateTime lastConnected; // UTC; invalid: never

    static QString newId();
    // The keychain entry of this profile's cookie.
    QString secretKey() const;
    // Empty when the profile can be saved; else a sentence for the user.
    QString problem() const;
    // How to connect: everything but the cookie, which the caller supplies.
    ConnectOptions connectOptions(const QByteArray &cookie) const;

    // For sharing a team's node list: never a cookie. Keys are snake_case and stable.
    QJsonObject toJson() const;
    // Fills *out from a shared profile (a new id, no last-connected time). On failure returns
    // false and says why in *error.
    static bool fromJson(const QJsonObject &json, Profile *out, QString *error);

    static QString cookieSourceName(CookieSource source);
    static bool parseCookieSource(const QString &text, CookieSource *out);
    static QString syntaxName(Syntax syntax);
    static bool parseSyntax(const QString &text, Syntax *out);
    static QString nameModeName(NodeName::Mode mode);
    static bool parseNameMode(const QString &text, NodeName::Mode *out);
    // "#rrggbb" (lower case), or empty when text is not such a colour.
    static QString normalisedColour(const QString &text);

    bool operator==(const Profile &o) const;
    bool operator!=(const Profile &o) const { return !(*this == o); }
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::Profile)
