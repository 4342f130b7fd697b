# Installing: headers, libraries, newsent.pc and the CMake package work for a consumer.
if(NOT NEWSENT_SANITIZE)
  add_test(NAME install_consumers COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/install/test_install.sh
           ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR})
endif()
