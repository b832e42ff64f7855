// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprofile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace beamtop {

namespace {
QElapsedTimer &clock()
{
    static QElapsedTimer c;
    return c;
}
bool g_firstDataSeen = false;
} // namespace

void StartupProfile::begin()
{
    clock().start();
}

bool StartupProfile::enabled()
{
    static const bool on = !qEnvironmentVariableIsEmpty("BEAMTOP_PROFILE_STARTUP")
        && qEnvironmentVariable("BEAMTOP_PROFILE_STARTUP") != QLatin1String("0");
    return on;
}

void StartupProfile::mark(const QString &what)
{
    if (!enabled() || !clock().isValid() || g_firstDataSeen)
        return;
    std::fprintf(stderr, "[startup] +%lld ms %s\n", static_cast<long long>(clock().elapsed()), qPrintable(what));
}

void StartupProfile::firstData()
{
    if (!enabled() || !clock().isValid() || g_firstDataSeen)
        return;
    g_firstDataSeen = true;
    std::fprintf(stderr, "first data after %lld ms\n", static_cast<long long>(clock().elapsed()));
    std::fflush(stderr);
    if (qEnvironmentVariable("BEAMTOP_PROFILE_STARTUP") == QLatin1String("quit"))
        QTimer::singleShot(0, qApp, [] { QCoreApplication::quit(); });
}

} // namespace beamtop
