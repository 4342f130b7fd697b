# newsent.h as strict C (C99 and C11, -pedantic) and as C++, linked and run.
foreach(std 99 11)
  add_executable(headertest_c${std} ${CMAKE_CURRENT_SOURCE_DIR}/header/headertest.c)
  set_target_properties(headertest_c${std} PROPERTIES C_STANDARD ${std} C_EXTENSIONS OFF)
  target_compile_options(headertest_c${std} PRIVATE -Wall -Wextra -Werror -pedantic)
  target_link_libraries(headertest_c${std} PRIVATE newsent)
  add_test(NAME header_c${std} COMMAND headertest_c${std})
endforeach()
include(CheckLanguage)
check_language(CXX)
if(CMAKE_CXX_COMPILER)
  enable_language(CXX)
  foreach(std 98 11 17)
    add_executable(headertest_cxx${std} ${CMAKE_CURRENT_SOURCE_DIR}/header/headertest.cpp)
    set_target_properties(headertest_cxx${std} PROPERTIES CXX_STANDARD ${std} CXX_EXTENSIONS OFF)
    target_compile_options(headertest_cxx${std} PRIVATE -Wall -Wextra -Werror -pedantic)
    target_link_libraries(headertest_cxx${std} PRIVATE newsent)
    add_test(NAME header_cxx${std} COMMAND headertest_cxx${std})
  endforeach()
endif()

# The README's C example, built against the shared library and run: it must
# find the date and the quantities of its sentence.
add_executable(example_extract ${PROJECT_SOURCE_DIR}/examples/extract.c)
target_compile_options(example_extract PRIVATE ${NEWSENT_WARNINGS})
target_link_libraries(example_extract PRIVATE newsent)
add_test(NAME readme_c_example COMMAND example_extract)
set_tests_properties(readme_c_example PROPERTIES
  PASS_REGULAR_EXPRESSION "DATE +[0-9]+-[0-9]+ +March 4, 2025 +2025-03-04"
  FAIL_REGULAR_EXPRESSION "newsent: ")

add_test(NAME readme_sync COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/readme_sync.sh ${PROJECT_SOURCE_DIR})
