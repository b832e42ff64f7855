#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Exits non-zero on any failure.
#   ./scripts/test.sh            everything: unit, integration (real erl nodes), GUI (offscreen),
#                                the decoder fuzzer for a bounded time, and the sanitizer build
#   BEAMTOP_QUICK=1 ./scripts/test.sh   skip the sanitizer build and the fuzzer (local iteration)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
beamtop_install_deps

jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen
# Test nodes get their own EPMD port so they never touch a developer's running nodes.
export ERL_EPMD_PORT=${BEAMTOP_TEST_EPMD_PORT:-43690}

echo "== $(date +%T) build (RelWithDebInfo, warnings as errors)"
cmake --preset default -DBEAMTOP_WERROR=ON >/dev/null
cmake --build build -j"$jobs"

echo "== $(date +%T) tests"
# Tests labelled "keychain" run through scripts/keychain-session.sh (their ctest command): a
# private D-Bus session, a throw-away unlocked GNOME Keyring, a temporary HOME. The rest run as is.
ctest --test-dir build --output-on-failure -j"$jobs" --timeout 600

if [ "${BEAMTOP_QUICK:-0}" != 1 ]; then
  echo "== $(date +%T) fuzz the term decoder (bounded)"
  cmake --preset fuzz >/dev/null
  cmake --build build-fuzz -j"$jobs" --target fuzz_termdecoder
  mkdir -p build-fuzz/corpus
  build-fuzz/fuzz/fuzz_termdecoder -max_total_time="${BEAMTOP_FUZZ_SECONDS:-60}" -print_final_stats=1 \
    build-fuzz/corpus tests/fuzz/corpus 2>&1 | tail -n 15

  echo "== $(date +%T) sanitizer build (ASan + UBSan): unit and integration tests"
  cmake --preset asan >/dev/null
  cmake --build build-asan -j"$jobs" --target nongui_tests
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs" --timeout 900 -LE 'gui|keychain'

fi
echo "All tests passed."
