#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every page for the README, taken from the bundled demo node under an X server
# of its own (Xvfb): docs/screenshots/<page>.png at 1280×800 in the Light theme, plus
# processes-dark.png in the Dark theme.
#   ./scripts/screenshots.sh [BUILD_DIR [OUT_DIR]]     (defaults: build, docs/screenshots)
# It uses fresh settings in a temporary directory (never yours) and stops the demo node and
# Xvfb when it ends, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-docs/screenshots}
beamtop=$build/bin/beamtop

[ -x "$beamtop" ] || { echo "No $beamtop: build it first (cmake --preset default && cmake --build build)." >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "Xvfb is missing (Debian: xvfb)." >&2; exit 1; }
command -v erl >/dev/null || { echo "erl is missing (Debian: erlang-base); the demo node needs it." >&2; exit 1; }

tmp=$(mktemp -d)
xvfb_pid=""
# Every process this run starts carries this in its environment (beamtop, and the demo node
# it starts), so the cleanup finds them by id even if beamtop dies before stopping its node.
marker="BEAMTOP_SCREENSHOT_RUN=$tmp"

cleanup() {
  local pid
  for env in /proc/[0-9]*/environ; do
    pid=${env#/proc/}
    pid=${pid%/environ}
    [ "$pid" = "$$" ] && continue
    if { tr '\0' '\n' <"$env"; } 2>/dev/null | grep -qxF "$marker"; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && wait "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Xvfb picks a free display itself and writes its number to the descriptor given.
exec 3>"$tmp/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 100); do
  [ -s "$tmp/display" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { cat "$tmp/xvfb.log" >&2; echo "Xvfb did not start." >&2; exit 1; }
  sleep 0.1 # Xvfb reports its display once it listens
done
[ -s "$tmp/display" ] || { echo "Xvfb gave no display number." >&2; exit 1; }
display=:$(head -n1 "$tmp/display")
echo "Xvfb on $display"

# shoot THEME DIR [PAGE]: one run of beamtop on the demo node with fresh settings.
shoot() {
  local theme=$1 dir=$2 page=${3:-}
  local home=$tmp/home-$theme
  mkdir -p "$home/config/Beamtop" "$home/data"
  chmod 700 "$home" # XDG_RUNTIME_DIR must be private
  printf '[view]\ntheme=%s\n' "$theme" >"$home/config/Beamtop/Beamtop.conf"
  local args=(--demo --screenshot-dir "$dir")
  [ -n "$page" ] && args+=(--page "$page")
  env "$marker" DISPLAY="$display" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_RUNTIME_DIR="$home" LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb \
    timeout --kill-after=10 300 "$beamtop" "${args[@]}" &
  wait $! # in the background, so that a signal to this script is handled at once
}

echo "== Light theme, every page"
shoot light "$tmp/light"
echo "== Dark theme, the Processes page"
shoot dark "$tmp/dark" processes

mkdir -p "$out"
for png in "$tmp"/light/*.png; do
  cp "$png" "$out/$(basename "$png")"
done
cp "$tmp/dark/processes.png" "$out/processes-dark.png"
for png in "$out"/*.png; do
  info=$(file -b "$png")
  [[ $info == *"1280 x 800"* ]] || { echo "$png: $info (not 1280×800)" >&2; exit 1; }
  echo "$png"
done
