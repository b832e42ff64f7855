// SPDX-License-Identifier: GPL-3.0-or-later
#include "eiruntime.h"

#include <ei.h>

#include <csignal>
#include <mutex>

namespace beamtop {

bool initEiRuntime()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        std::signal(SIGPIPE, SIG_IGN);
        ok = ei_init() == 0;
    });
    return ok;
}

} // namespace beamtop
