# SPDX-License-Identifier: MIT
# gattscope_add_fuzzer(<fuzz_name> SOURCES <files> MODULES <modules without gattscope_>)
#
# A libFuzzer target (GATTSCOPE_FUZZ builds only; see cmake/GattscopeSanitizers.cmake). It
# links the objects of MODULES and of every module they depend on, plus the compiled-in
# resources, straight into the executable: no libgattscope.so, so building the fuzzers
# compiles only the folders they test. Adds the target to `fuzzers` (built by the `fuzz`
# preset) and a CTest test (label "fuzz") that runs every input of its committed corpus,
# tests/fuzz/corpus/<fuzz_name>/, once.
function(gattscope_add_fuzzer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;MODULES" ${ARGN})

    # The closure over the modules' own dependencies: an executable gets the objects of
    # the OBJECT libraries it links directly, not of theirs.
    set(pending)
    foreach(module IN LISTS ARG_MODULES)
        list(APPEND pending gattscope_${module})
    endforeach()
    set(closure)
    while(pending)
        list(POP_FRONT pending module)
        if(module IN_LIST closure)
            continue()
        endif()
        if(NOT TARGET ${module})
            message(FATAL_ERROR "gattscope_add_fuzzer(${name}): no module ${module}")
        endif()
        list(APPEND closure ${module})
        get_target_property(deps ${module} LINK_LIBRARIES)
        foreach(dep IN LISTS deps)
            if(dep MATCHES "^gattscope_" AND TARGET ${dep})
                list(APPEND pending ${dep})
            endif()
        endforeach()
    endwhile()

    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${closure} gattscope_resources)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    gattscope_set_warnings(${name})
    set_property(GLOBAL APPEND PROPERTY GATTSCOPE_FUZZERS ${name})

    set(corpus "${CMAKE_CURRENT_SOURCE_DIR}/corpus/${name}")
    if(NOT IS_DIRECTORY "${corpus}")
        message(FATAL_ERROR "gattscope_add_fuzzer(${name}): no seed corpus ${corpus}")
    endif()
    add_test(NAME ${name}_corpus COMMAND ${name} -runs=0 "${corpus}")
    set_tests_properties(${name}_corpus PROPERTIES LABELS fuzz TIMEOUT 120
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${GATTSCOPE_SANITIZER_ENV}")
endfunction()
