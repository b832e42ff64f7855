// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecookie.h"

#include "node/cookie.h"

#include <QCoreApplication>
#include <QPointer>

namespace beamtop {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("beamtop::ProfileCookie", text);
}
} // namespace

void ProfileCookie::fetch(const Profile &profile, SecretStore *store, QObject *context, Handler handler)
{
    ProfileCookie r;
    switch (profile.cookieSource) {
    case Profile::CookieSource::Ask:
        r.status = Status::MustAsk;
        r.error = tr("The profile “%1” asks for the cookie at each connect.").arg(profile.name);
        handler(r);
        return;
    case Profile::CookieSource::File:
        r.source = profile.cookieFile;
        r.status = CookieSource::readFile(profile.cookieFile, &r.cookie, &r.error) ? Status::Ok : Status::Failed;
        handler(r);
        return;
    case Profile::CookieSource::Default:
        r.status = CookieSource::load(QString(), &r.cookie, &r.source, &r.error) ? Status::Ok : Status::Failed;
        handler(r);
        return;
    case Profile::CookieSource::Keychain:
        break;
    }
    const QString name = profile.name;
    const QString storeName = store->displayName();
    store->read(profile.secretKey(), context, [handler, name, storeName](const SecretResult &s) {
        ProfileCookie r;
        r.keychainStatus = s.status;
        r.source = storeName;
        switch (s.status) {
        case SecretResult::Status::Ok:
            r.status = Status::Ok;
            r.cookie = s.secret;
            break;
        case SecretResult::Status::NotFound:
            r.status = Status::MustAsk;
            r.error = tr("No cookie is saved for “%1” in %2 yet.").arg(name, storeName);
            break;
        default:
            r.status = Status::Failed;
            r.error = s.message() + (s.detail.isEmpty() ? QString() : QStringLiteral(" (") + s.detail + QLatin1Char(')'));
            break;
        }
        handler(r);
    });
}

} // namespace beamtop
