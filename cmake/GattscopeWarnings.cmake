# SPDX-License-Identifier: MIT
# gattscope_set_warnings(<target>): the project's warning set; errors when GATTSCOPE_WERROR.
function(gattscope_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4)
        if(GATTSCOPE_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
            -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough)
        if(GATTSCOPE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# gattscope_add_test(<name> SOURCES ... LIBS ...): one Qt Test executable, registered with
# CTest, headless.
function(gattscope_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    gattscope_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    # Tests never reach the machine's D-Bus system bus (bluetoothd): the backend picker
    # lists BlueZ adapters, so point it nowhere unless a test names its own (private) bus.
    set(_no_system_bus "DBUS_SYSTEM_BUS_ADDRESS=unix:path=/nonexistent/gattscope-tests-use-a-private-bus")
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.bluetooth*=false;GATTSCOPE_CONFIG_DIR=${CMAKE_CURRENT_BINARY_DIR}/${name}-config;${_no_system_bus};${GATTSCOPE_SANITIZER_ENV};${ARG_ENV}")
endfunction()

# gattscope_add_bench(<name> SOURCES ... LIBS ...): a benchmark program (bench_<what>)
# that prints "<figure>: <value> <unit>" lines. Never registered as a test.
function(gattscope_add_bench name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS})
    gattscope_set_warnings(${name})
    set_property(GLOBAL APPEND PROPERTY GATTSCOPE_BENCHES ${name})
endfunction()
