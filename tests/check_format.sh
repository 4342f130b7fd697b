#!/usr/bin/env bash
# Every tracked .c/.h file (generated tables in libnewsent/data excepted) is
# clang-format clean with the project's .clang-format.
set -uo pipefail
cf=${1:?clang-format}; src=${2:?source dir}
cd "$src"
bad=0
while IFS= read -r f; do
  [ -f "$f" ] || continue
  if ! "$cf" --dry-run -Werror "$f" >/dev/null 2>&1; then echo "not clang-format clean: $f"; bad=$((bad+1)); fi
done < <(git ls-files '*.c' '*.h' 2>/dev/null | grep -v '^libnewsent/data/')
echo "clang-format: $bad file(s) to reformat"
[ "$bad" -eq 0 ]
