// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookie.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace beamtop {

bool CookieSource::readFile(const QString &path, QByteArray *cookie, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("CookieSource", "Cannot read the cookie file %1: %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    // A cookie is one line; anything large is not a cookie file.
    const QByteArray data = f.read(4096);
    const QByteArray c = data.split('\n').value(0).trimmed();
    if (c.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("CookieSource", "The cookie file %1 is empty.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    *cookie = c;
    return true;
}

bool CookieSource::load(const QString &cookieFile, QByteArray *cookie, QString *source, QString *error)
{
    if (!cookieFile.isEmpty()) {
        if (source)
            *source = QDir::toNativeSeparators(cookieFile);
        return readFile(cookieFile, cookie, error);
    }
    const QByteArray env = qgetenv("BEAMTOP_COOKIE").trimmed();
    if (!env.isEmpty()) {
        *cookie = env;
        if (source)
            *source = QStringLiteral("BEAMTOP_COOKIE");
        return true;
    }
    const QString home = QDir::home().filePath(QStringLiteral(".erlang.cookie"));
    if (source)
        *source = QDir::toNativeSeparators(home);
    if (!QFile::exists(home)) {
        if (error)
            *error = QCoreApplication::translate(
                         "CookieSource", "No cookie: give --cookie-file FILE, set BEAMTOP_COOKIE, or create %1.")
                         .arg(QDir::toNativeSeparators(home));
        return false;
    }
    return readFile(home, cookie, error);
}

} // namespace beamtop
