# The CLI suite (a shell script with its own assertions).
add_test(NAME cli COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_cli.sh $<TARGET_FILE:newsent_cli>)
