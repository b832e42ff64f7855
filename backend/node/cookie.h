// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace beamtop {

// Where a cookie comes from, in order: an explicit file, the BEAMTOP_COOKIE environment
// variable, ~/.erlang.cookie. The cookie itself is never printed or logged; only its source is.
struct CookieSource
{
    static bool load(const QString &cookieFile, QByteArray *cookie, QString *source, QString *error);
    static bool readFile(const QString &path, QByteArray *cookie, QString *error);
};

} // namespace beamtop
