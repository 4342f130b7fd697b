# valgrind on the CLI over the sample article: no leak, no invalid access.
# valgrind.supp hides only errors whose innermost frame has no object file:
# PCRE2's JIT code, which valgrind cannot see into.
find_program(VALGRIND valgrind)
if(VALGRIND AND NOT NEWSENT_SANITIZE)
  add_test(NAME cli_valgrind COMMAND ${VALGRIND} --quiet --error-exitcode=9 --leak-check=full
           --show-leak-kinds=all --errors-for-leak-kinds=all
           --suppressions=${CMAKE_CURRENT_SOURCE_DIR}/valgrind.supp
           $<TARGET_FILE:newsent_cli> extract --ref-date 2026-11-20
           ${PROJECT_SOURCE_DIR}/examples/sample-article.txt)
endif()

# clang-format is clean over every C source and header of the project.
find_program(CLANG_FORMAT clang-format)
if(CLANG_FORMAT AND NOT NEWSENT_SANITIZE)
  add_test(NAME clang_format COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/check_format.sh ${CLANG_FORMAT}
           ${PROJECT_SOURCE_DIR})
endif()
