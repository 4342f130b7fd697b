# The harnesses, shared by fuzz/CMakeLists.txt (libFuzzer) and
# tests/fuzz_replay.cmake (ctest replay). NAME_fuzzer.c is the harness;
# NEWSENT_FUZZ_EXTRA_NAME lists sources it needs beyond the library.
set(NEWSENT_FUZZ_HARNESSES extract date number model jsonl)
set(NEWSENT_FUZZ_EXTRA_jsonl ${PROJECT_SOURCE_DIR}/cli/json.c)
