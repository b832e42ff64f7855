#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Beamtop needs to build, test and run, when any is missing.
# Sourced by scripts/test.sh and scripts/demo.sh. As root it runs apt-get; otherwise through
# sudo when that works without a password; otherwise it prints the exact line to run and stops.

BEAMTOP_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev qtkeychain-qt6-dev
  erlang-base erlang-dev erlang-mnesia erlang-runtime-tools erlang-tools erlang-crypto
  elixir
  clang libclang-rt-14-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  procps iproute2
  desktop-file-utils appstream
  dpkg-dev fakeroot file lintian bash-completion imagemagick
  libncurses-dev libvterm-dev
)

beamtop_missing_packages() {
  local missing=()
  local p
  for p in "${BEAMTOP_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  echo "${missing[@]}"
}

beamtop_install_deps() {
  local missing
  missing=$(beamtop_missing_packages)
  if [ -z "$missing" ]; then
    return 0
  fi
  echo "Installing missing packages: $missing"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    else
      echo "Beamtop needs these Debian packages. Install them, then run this again:" >&2
      echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends $missing" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  # An old package list can lack current versions; refresh it once, then install.
  "${sudo[@]}" apt-get update -q || true
  # shellcheck disable=SC2086
  "${sudo[@]}" apt-get install -y -q --no-install-recommends $missing
}
