#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, made by CPack from the test build directory (the same configuration
# scripts/package.sh uses, without a second build): its file list, its dependencies, the
# desktop file and metainfo as installed, lintian, the programs from an unpacked copy, and the
# man pages and bash completion against the options beamtop-cli really has.
#   check_package.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$(realpath "$1")
source=$(realpath "$2")
version=$3
skip=77 # ctest SKIP_RETURN_CODE

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian man; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is missing (scripts/deps.sh installs it)"
    exit $skip
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# CPack installs what the build directory already built; it builds nothing.
for f in bin/beamtop bin/beamtop-cli; do
  [ -x "$build/$f" ] || { echo "FAIL: $build/$f is not built"; exit 1; }
done
cpack --config "$build/CPackConfig.cmake" -B "$tmp/out" -G DEB >"$tmp/cpack.log" 2>&1 \
  || { cat "$tmp/cpack.log"; echo "FAIL: cpack"; exit 1; }
arch=$(dpkg --print-architecture)
deb=$tmp/out/beamtop_${version}_${arch}.deb
[ -f "$deb" ] || { ls "$tmp/out"; echo "FAIL: no $(basename "$deb")"; exit 1; }
echo "package: $(basename "$deb")"

# The file list.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/files"
expected=(
  /usr/bin/beamtop
  /usr/bin/beamtop-cli
  /usr/share/applications/io.github.beamtop.Beamtop.desktop
  /usr/share/metainfo/io.github.beamtop.Beamtop.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/io.github.beamtop.Beamtop.svg
  /usr/share/man/man1/beamtop.1.gz
  /usr/share/man/man1/beamtop-cli.1.gz
  /usr/share/bash-completion/completions/beamtop-cli
  /usr/share/doc/beamtop/copyright
  /usr/share/doc/beamtop/changelog.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/io.github.beamtop.Beamtop.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$tmp/files" || fail "$path is not in the package"
done
while read -r path; do
  case $path in
    /usr/ | /usr/bin/ | /usr/share/*) ;;
    /usr/bin/beamtop | /usr/bin/beamtop-cli) ;;
    *) fail "unexpected path in the package: $path" ;;
  esac
  case $path in
    *"$build"* | *"$source"* | /home/* | /usr/local/* | /root/* | /tmp/*) fail "build or local path in the package: $path" ;;
  esac
done <"$tmp/files"

# Dependencies from the binaries (dpkg-shlibdeps), not a hand-written list.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6charts6 libqt6keychain1 libncursesw6 libc6; do
  [[ $depends == *"$lib "* ]] || fail "Depends lacks $lib: $depends"
done

# Installed files, as a user would have them.
dpkg-deb -x "$deb" "$tmp/root"
desktop-file-validate "$tmp/root/usr/share/applications/io.github.beamtop.Beamtop.desktop" \
  || fail "desktop-file-validate"
appstreamcli validate --no-net "$tmp/root/usr/share/metainfo/io.github.beamtop.Beamtop.metainfo.xml" \
  || fail "appstreamcli validate"
grep -q '<project_license>GPL-3.0-or-later</project_license>' \
  "$tmp/root/usr/share/metainfo/io.github.beamtop.Beamtop.metainfo.xml" || fail "metainfo: no project_license"

# lintian: clean, apart from the overrides packaging/lintian-overrides explains (if any).
lintian --tag-display-limit 0 --fail-on error,warning "$deb" || fail "lintian"

# The programs run from the unpacked copy.
out=$("$tmp/root/usr/bin/beamtop-cli" --version) || fail "beamtop-cli --version exited with $?"
[ "$out" = "beamtop-cli $version" ] || fail "beamtop-cli --version printed '$out'"
out=$(QT_QPA_PLATFORM=offscreen "$tmp/root/usr/bin/beamtop" --version 2>/dev/null) || fail "beamtop --version exited with $?"
[[ $out == *"$version"* ]] || fail "beamtop --version printed '$out'"

# The man pages render without complaint, and name every command and option there is.
for page in beamtop beamtop-cli; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$tmp/root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "man $page: $warnings"
done
man_text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l "$tmp/root/usr/share/man/man1/beamtop-cli.1.gz" 2>/dev/null | col -b)
gui_man=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l "$tmp/root/usr/share/man/man1/beamtop.1.gz" 2>/dev/null | col -b)
cli=$tmp/root/usr/bin/beamtop-cli
options_of() { # the options a help text lists under "Options:", one a line
  sed -n '/^Options:/,/^$/p' | grep -oE '^  (-[a-zA-Z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' | sort -u
}
for opt in $(QT_QPA_PLATFORM=offscreen "$tmp/root/usr/bin/beamtop" --help 2>/dev/null | grep -oE '^  (-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+'); do
  grep -qF -- "$opt" <<<"$gui_man" || fail "man beamtop does not describe $opt"
done
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | grep -oE '^  [a-z]+' | tr -d ' ')
[ -n "$commands" ] || fail "beamtop-cli --help lists no commands"
# The completion script, with the helpers bash-completion provides.
completion=$tmp/root/usr/share/bash-completion/completions/beamtop-cli
for cmd in $commands; do
  grep -qF "beamtop-cli $cmd" <<<"$man_text" || fail "man beamtop-cli has no section for $cmd"
  help=$("$cli" help "$cmd")
  section=$(awk -v c="beamtop-cli $cmd" '$0 == "   " c {on = 1; next} /^   beamtop-cli [a-z]+$/ {on = 0} on' <<<"$man_text")
  completed=$(bash -c 'source "$1"; _beamtop_cli_command_opts "$2"' _ "$completion" "$cmd")
  for opt in $(options_of <<<"$help"); do
    [ "$opt" = --help ] || grep -qF -- "$opt" <<<"$section" || fail "man beamtop-cli: $cmd lacks $opt"
    grep -qwF -- "$opt" <<<"$completed $(bash -c 'source "$1"; echo $_beamtop_cli_connection_opts' _ "$completion")" \
      || fail "completion: $cmd lacks $opt"
  done
done

# Completion as bash runs it: commands, a command's options, profile names.
if [ -f /usr/share/bash-completion/bash_completion ]; then
  export XDG_CONFIG_HOME=$tmp/config
  "$cli" profiles add "prod eu" --node app@host --ask-cookie >/dev/null 2>&1 || fail "profiles add"
  complete_line() { # the words bash would offer after the words given, the last one being typed
    PATH="$tmp/root/usr/bin:$PATH" bash -c '
      source /usr/share/bash-completion/bash_completion
      source "$1"; shift
      COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
      _beamtop_cli beamtop-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
      printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@"
  }
  [ "$(complete_line beamtop-cli t | sort | tr '\n' ' ')" = "top tree tui " ] || fail "completion of 't': $(complete_line beamtop-cli t)"
  complete_line beamtop-cli top --so | grep -qx -- --sort || fail "completion of 'top --so'"
  complete_line beamtop-cli top --sort r | grep -qx reductions || fail "completion of 'top --sort r'"
  complete_line beamtop-cli --profile pr | grep -q "prod" || fail "completion of '--profile pr': $(complete_line beamtop-cli --profile pr)"
  complete_line beamtop-cli profiles show "" | grep -q "prod" || fail "completion of 'profiles show'"
else
  echo "note: bash-completion is not installed; completion in bash not exercised"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "package checks passed"
