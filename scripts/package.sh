#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package: a Release build of its own in build-package/ (with Debian's
# hardening flags), then CPack. Prints the path of beamtop_<version>_<arch>.deb at the end.
#   ./scripts/package.sh              JOBS=N to limit the parallel build (default: nproc)
# Install it with:  sudo apt install ./build-package/beamtop_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/deps.sh
beamtop_install_deps

dir=${BEAMTOP_PACKAGE_DIR:-build-package}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

# Debian's own compiler and linker flags (fortify, stack protector, relro, bindnow), as a
# package built by dpkg-buildpackage would have them.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cppflags=$(dpkg-buildflags --get CPPFLAGS)
cxxflags=$(dpkg-buildflags --get CXXFLAGS)
ldflags=$(dpkg-buildflags --get LDFLAGS)

echo "== configure $dir"
cmake -S . -B "$dir" -G Ninja \
  -DCMAKE_BUILD_TYPE=Release \
  -DBEAMTOP_BUILD_TESTS=OFF \
  "-DCMAKE_CXX_FLAGS=$cppflags $cxxflags" \
  "-DCMAKE_EXE_LINKER_FLAGS=$ldflags" >/dev/null

echo "== build"
# Only what the package holds (the benchmarks are left out).
cmake --build "$dir" -j"$jobs" --target beamtop beamtop-cli beamtop_icons beamtop_docs

echo "== package"
rm -f "$dir"/beamtop_*.deb
(cd "$dir" && cpack -G DEB >/dev/null)
deb=$(ls "$dir"/beamtop_*.deb)
if command -v lintian >/dev/null 2>&1; then
  lintian --tag-display-limit 0 --fail-on error,warning "$deb" || { echo "lintian found problems in $deb" >&2; exit 1; }
fi
echo "$(realpath "$deb")"
