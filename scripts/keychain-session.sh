#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with a throw-away, unlocked GNOME Keyring and a
# temporary HOME, so keychain tests never touch the developer's own keyring or settings:
#   scripts/keychain-session.sh build/tests/tst_keychain
#   scripts/keychain-session.sh ctest --test-dir build -L keychain
# Needs dbus-run-session, gnome-keyring-daemon and secret-tool (scripts/deps.sh installs them).
set -eu

if [ -z "${BEAMTOP_KEYCHAIN_HOME:-}" ]; then
  for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "keychain-session: $tool is missing; install dbus, gnome-keyring and libsecret-tools" \
           "(sudo apt-get install dbus gnome-keyring libsecret-tools)." >&2
      exit 1
    fi
  done
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/beamtop-keychain.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT INT TERM
  status=0
  BEAMTOP_KEYCHAIN_HOME=$tmp dbus-run-session -- "$0" "$@" || status=$?
  exit "$status"
fi

# Inside the private bus. QtKeychain's libsecret callbacks need Qt's GLib event loop.
unset QT_NO_GLIB
export HOME="$BEAMTOP_KEYCHAIN_HOME"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# Creates the login keyring with a throw-away password and unlocks it; the daemon takes the
# Secret Service name on this bus and goes away with it.
eval "$(printf %s beamtop-test | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# Ready when an item can be stored and removed (bounded: about 10 s).
tries=0
until printf probe | secret-tool store --label=beamtop-probe beamtop-probe 1 2>/dev/null \
      && secret-tool clear beamtop-probe 1 2>/dev/null; do
  tries=$((tries + 1))
  if [ "$tries" -ge 100 ]; then
    echo "keychain-session: the throw-away keyring did not become usable." >&2
    exit 1
  fi
  sleep 0.1
done
"$@"
