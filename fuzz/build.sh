#!/bin/bash -eu
# OSS-Fuzz build script (https://google.github.io/oss-fuzz/getting-started/new-project-guide/):
# compiles libnewsent and every harness with $CC $CFLAGS, links them with
# $LIB_FUZZING_ENGINE and writes to $OUT:
#   NAME_fuzzer, NAME_fuzzer_seed_corpus.zip (fuzz/corpus/NAME and every
#   reproducer in fuzz/regressions/NAME), NAME_fuzzer.dict, NAME_fuzzer.options
# Outside OSS-Fuzz the defaults give a local ASan+UBSan libFuzzer build:
#   fuzz/build.sh                      # -> build-fuzz/out
# pcre2 and utf8proc come from pkg-config (static archives when there are,
# as the OSS-Fuzz runner image has neither library installed); override with
# NEWSENT_FUZZ_DEPS_CFLAGS / NEWSENT_FUZZ_DEPS_LIBS.
SRC=$(cd "$(dirname "$0")/.." && pwd)
CC=${CC:-clang}
CFLAGS=${CFLAGS:--O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -fsanitize=fuzzer-no-link}
LIB_FUZZING_ENGINE=${LIB_FUZZING_ENGINE:--fsanitize=fuzzer}
OUT=${OUT:-$SRC/build-fuzz/out}
WORK=${WORK:-$SRC/build-fuzz/work}
LINK=${CXX:-$CC}   # libFuzzer is C++; OSS-Fuzz links with $CXX
mkdir -p "$OUT" "$WORK/obj"

if [ -z "${NEWSENT_FUZZ_DEPS_LIBS:-}" ]; then
  NEWSENT_FUZZ_DEPS_CFLAGS=$(pkg-config --cflags libpcre2-8 libutf8proc)
  NEWSENT_FUZZ_DEPS_LIBS=""
  for lib in libpcre2-8 libutf8proc; do
    dir=$(pkg-config --variable=libdir "$lib")
    name=$(pkg-config --libs-only-l "$lib" | sed 's/^ *-l//; s/ .*//')
    if [ -f "$dir/lib$name.a" ]; then
      NEWSENT_FUZZ_DEPS_LIBS+=" $dir/lib$name.a"
    else
      NEWSENT_FUZZ_DEPS_LIBS+=" $(pkg-config --libs "$lib")"
    fi
  done
fi

STD="-std=c11 -D_POSIX_C_SOURCE=200809L -DNEWSENT_STATIC"
INC="-I$SRC/include -I$SRC/libnewsent -I$SRC/fuzz -I$SRC/cli"

# the library: every source of libnewsent/CMakeLists.txt's glob
objs=()
for src in "$SRC"/libnewsent/{util,text,recognize,tagger,document,normalize,pipeline,api,data}/*.c; do
  [ -f "$src" ] || continue
  obj=$WORK/obj/lib_$(echo "${src#$SRC/libnewsent/}" | tr / _).o
  # shellcheck disable=SC2086
  $CC $CFLAGS $STD $INC $NEWSENT_FUZZ_DEPS_CFLAGS -c "$src" -o "$obj"
  objs+=("$obj")
done
# embedded data (.incbin of files next to the .S)
for src in "$SRC"/libnewsent/data/*.S; do
  [ -f "$src" ] || continue
  obj=$WORK/obj/lib_data_$(basename "$src").o
  $CC -c "$src" -Wa,-I"$(dirname "$src")" -o "$obj"
  objs+=("$obj")
done
rm -f "$WORK/libnewsent_fuzz.a"
ar rcs "$WORK/libnewsent_fuzz.a" "${objs[@]}"
# shellcheck disable=SC2086
$CC $CFLAGS $STD $INC -c "$SRC/fuzz/fuzz_common.c" -o "$WORK/obj/fuzz_common.o"

# the harnesses: fuzz/harnesses.cmake is the list, NAME_fuzzer.c each one
harnesses=$(sed -n 's/^set(NEWSENT_FUZZ_HARNESSES \(.*\))$/\1/p' "$SRC/fuzz/harnesses.cmake")
for h in $harnesses; do
  extra=()
  if [ "$h" = jsonl ]; then
    # shellcheck disable=SC2086
    $CC $CFLAGS $STD $INC -c "$SRC/cli/json.c" -o "$WORK/obj/cli_json.o"
    extra+=("$WORK/obj/cli_json.o")
  fi
  # shellcheck disable=SC2086
  $CC $CFLAGS $STD $INC -c "$SRC/fuzz/${h}_fuzzer.c" -o "$WORK/obj/${h}_fuzzer.o"
  # shellcheck disable=SC2086
  $LINK $CFLAGS "$WORK/obj/${h}_fuzzer.o" "$WORK/obj/fuzz_common.o" "${extra[@]}" \
    "$WORK/libnewsent_fuzz.a" $LIB_FUZZING_ENGINE $NEWSENT_FUZZ_DEPS_LIBS -lm \
    -o "$OUT/${h}_fuzzer"
  rm -f "$OUT/${h}_fuzzer_seed_corpus.zip"
  seeds=$(find "$SRC/fuzz/corpus/$h" "$SRC/fuzz/regressions/$h" -type f ! -name '.*' 2>/dev/null || true)
  if [ -n "$seeds" ]; then
    # shellcheck disable=SC2086
    zip -qj "$OUT/${h}_fuzzer_seed_corpus.zip" $seeds
  fi
  for ext in dict options; do
    [ -f "$SRC/fuzz/${h}_fuzzer.$ext" ] && cp "$SRC/fuzz/${h}_fuzzer.$ext" "$OUT/"
  done
done
echo "fuzz/build.sh: built $(echo $harnesses | wc -w) harnesses into $OUT"
