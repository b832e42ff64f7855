// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace beamtop {

// Process-wide libei set-up: ei_init() once and SIGPIPE ignored (libei writes with plain
// write(); a dropped peer would otherwise kill the whole app). Call from main() before any
// thread starts; safe to call more than once.
bool initEiRuntime();

} // namespace beamtop
