# The ABI gate (tools/abi-check): only newsent_* exported, no incompatible
# change against abi/libnewsent.abi. Needs libabigail's abidw/abidiff.
find_program(ABIDW abidw)
find_program(ABIDIFF abidiff)
if(ABIDW AND ABIDIFF AND NOT NEWSENT_SANITIZE)
  add_test(NAME abi_gate COMMAND ${PROJECT_SOURCE_DIR}/tools/abi-check $<TARGET_FILE:newsent>)
else()
  message(STATUS "abidw/abidiff not found or sanitizer build: the ABI gate is off")
endif()
