#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Beamtop on its bundled demo node:
#   ./scripts/demo.sh               (extra arguments go to beamtop, e.g. --no-agent)
# It needs a display. Headless, try it under Xvfb:  xvfb-run -a ./scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat >&2 <<'MSG'
Beamtop is a desktop application and there is no display here (neither DISPLAY nor
WAYLAND_DISPLAY is set). Any of these works:
  - run ./scripts/demo.sh from a terminal inside your desktop session;
  - from another machine, log in with X forwarding:  ssh -X host, then ./scripts/demo.sh;
  - to try it headless (nothing to see, but it runs):  xvfb-run -a ./scripts/demo.sh
The terminal tool works without a display:  build/bin/beamtop-cli --help
MSG
  exit 1
fi

source scripts/deps.sh
beamtop_install_deps

jobs=$(nproc 2>/dev/null || echo 2)
echo "== build"
cmake --preset default >/dev/null
cmake --build build -j"$jobs" --target beamtop
exec build/bin/beamtop --demo "$@"
