#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every tracked source, build and script file names its licence in one of its first lines.
# Data (test fixtures, catalogues, images, the metainfo under CC0) is not checked.
#   check_spdx.sh SOURCE_DIR
set -euo pipefail
cd "$1"
if ! command -v git >/dev/null 2>&1 || ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "SKIP: not a git checkout, so there is no list of tracked files (CI runs in a clone)"
  exit 77
fi

missing=0
checked=0
while IFS= read -r -d '' file; do
  [ -f "$file" ] || continue # deleted in the work tree, not yet committed
  case $file in
    *.cpp | *.h | *.c | *.cmake | */CMakeLists.txt | CMakeLists.txt | *.sh | *.py | *.erl | *.hrl \
    | *.ex | *.exs | *.supp | *.qrc | *.desktop | packaging/completion/* | packaging/man/*) ;;
    *) continue ;;
  esac
  checked=$((checked + 1))
  if ! head -n 5 "$file" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
    echo "no SPDX line: $file"
    missing=$((missing + 1))
  fi
done < <(git ls-files -z)

echo "$checked files checked"
if [ "$missing" -gt 0 ]; then
  echo "$missing file(s) lack '// SPDX-License-Identifier: GPL-3.0-or-later' (# for CMake and shell, %% for Erlang)"
  exit 1
fi
