// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace beamtop {

// Launch-time measurement, on when BEAMTOP_PROFILE_STARTUP is set: milestones print to stderr
// as "[startup] +N ms what", and the first data as "first data after N ms". With the value
// "quit" the application quits after the first data (for repeated measurements).
class StartupProfile
{
public:
    static void begin(); // first thing in main()
    static bool enabled();
    static void mark(const QString &what);
    static void firstData(); // only the first call counts
};

} // namespace beamtop
