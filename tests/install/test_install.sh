#!/usr/bin/env bash
# Installs the build into a temporary prefix, then builds the README's C
# example against it twice: with find_package(newsent) and with pkg-config.
set -euo pipefail
build=$(cd "${1:?build dir}" && pwd); src=$(cd "${2:?source dir}" && pwd)
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cmake --install "$build" --prefix "$T/prefix" >/dev/null
test -f "$T/prefix/include/newsent.h"
ls "$T"/prefix/lib*/libnewsent.so.0 >/dev/null
ls "$T"/prefix/lib*/libnewsent.a >/dev/null
libdir=$(dirname "$(ls "$T"/prefix/lib*/libnewsent.so.0)")
cmake -S "$src/tests/install/consumer" -B "$T/consumer" -DCMAKE_PREFIX_PATH="$T/prefix" \
      -DEXAMPLE_SOURCE="$src/examples/extract.c" >/dev/null
cmake --build "$T/consumer" >/dev/null
LD_LIBRARY_PATH="$libdir" "$T/consumer/consumer" | grep -q "DATE .*2025-03-04"
echo "find_package consumer: ok"
PKG_CONFIG_PATH="$libdir/pkgconfig" cc -o "$T/pc" "$src/examples/extract.c" \
   $(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --cflags --libs newsent)
LD_LIBRARY_PATH="$libdir" "$T/pc" | grep -q "QUANTITY .*450,000"
echo "pkg-config consumer: ok"
