# Replays every fuzz harness's seed corpus and regression inputs (fuzz/) in
# the normal and sanitizer builds, without libFuzzer: fuzz/driver.c is the
# main(). A regression input is a reproducer of a bug found by fuzzing; it
# must stay here forever. See fuzz/README.md.
set(NEWSENT_FUZZ_DIR ${PROJECT_SOURCE_DIR}/fuzz)
include(${NEWSENT_FUZZ_DIR}/harnesses.cmake)
foreach(h ${NEWSENT_FUZZ_HARNESSES})
  set(exe fuzz_replay_${h})
  add_executable(${exe} ${NEWSENT_FUZZ_DIR}/${h}_fuzzer.c ${NEWSENT_FUZZ_DIR}/fuzz_common.c
                        ${NEWSENT_FUZZ_DIR}/driver.c ${NEWSENT_FUZZ_EXTRA_${h}})
  target_compile_options(${exe} PRIVATE ${NEWSENT_WARNINGS})
  target_compile_definitions(${exe} PRIVATE _POSIX_C_SOURCE=200809L)
  target_include_directories(${exe} PRIVATE ${NEWSENT_FUZZ_DIR} ${PROJECT_SOURCE_DIR}/cli)
  target_link_libraries(${exe} PRIVATE newsent_static newsent_internal m)
  set(inputs)
  foreach(d corpus/${h} regressions/${h})
    if(IS_DIRECTORY ${NEWSENT_FUZZ_DIR}/${d})
      list(APPEND inputs ${NEWSENT_FUZZ_DIR}/${d})
    endif()
  endforeach()
  if(inputs)
    add_test(NAME ${exe} COMMAND ${exe} ${inputs})
    set_tests_properties(${exe} PROPERTIES LABELS fuzz)
  endif()
endforeach()
