#!/usr/bin/env bash
# The README's C example is examples/extract.c, letter for letter, and the
# commands the README names exist.
set -euo pipefail
src=${1:?source dir}
block=$(awk '/^```c$/{f=1;next} /^```$/{if(f){exit}} f' "$src/README.md")
if [ "$block" != "$(cat "$src/examples/extract.c")" ]; then
  echo "README's C example differs from examples/extract.c"; exit 1
fi
for f in tools/demo tools/run-tests .ci/run bench/run tools/abi-check; do
  [ -x "$src/$f" ] || { echo "README names $f, which is missing or not executable"; exit 1; }
done
echo "readme: in sync"
