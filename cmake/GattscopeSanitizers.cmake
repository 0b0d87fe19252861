# SPDX-License-Identifier: MIT
# Sanitizer builds (the `asan` presets) and the libFuzzer build (the `fuzz` presets).
# Included before any target is defined: the flags apply to every module, program and test.
#
# GATTSCOPE_SANITIZERS  a -fsanitize= list for the whole build, e.g. "address,undefined".
#     Every report is fatal (-fno-sanitize-recover=all), so a test that triggers one fails
#     instead of printing a line nobody reads. The runtime options each test gets are in
#     GATTSCOPE_SANITIZER_ENV (gattscope_add_test adds them); LeakSanitizer suppressions
#     for third-party code are in tests/sanitizers/lsan.supp.
# GATTSCOPE_FUZZ  clang only: libFuzzer's coverage instrumentation on every module
#     (-fsanitize=fuzzer-no-link) and the fuzz targets in tests/fuzz. Implies address and
#     undefined unless GATTSCOPE_SANITIZERS says otherwise.

set(GATTSCOPE_SANITIZERS "" CACHE STRING
    "Sanitizers for the whole build (-fsanitize= list, e.g. address,undefined); empty: none")
option(GATTSCOPE_FUZZ "Build the libFuzzer targets in tests/fuzz (clang; see tests/fuzz/README.md)" OFF)

set(_sanitizers "${GATTSCOPE_SANITIZERS}")
if(GATTSCOPE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "GATTSCOPE_FUZZ needs clang (libFuzzer): configure with "
                            "-DCMAKE_CXX_COMPILER=clang++ or use the `fuzz` preset")
    endif()
    if(NOT _sanitizers)
        set(_sanitizers "address,undefined")
    endif()
endif()

set(GATTSCOPE_SANITIZER_ENV "")
if(_sanitizers)
    if(MSVC)
        message(FATAL_ERROR "GATTSCOPE_SANITIZERS is for gcc and clang")
    endif()
    add_compile_options(-fsanitize=${_sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${_sanitizers})
    # halt_on_error: the first report ends the test (ASan does by default; said for the
    # reader). detect_leaks: LeakSanitizer at exit. UBSan prints where it happened.
    set(GATTSCOPE_SANITIZER_ENV
        "ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1")
endif()
if(GATTSCOPE_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
# GATTSCOPE_SANITIZED: this build is instrumented. Code loaded into programs that are not
# (an LD_PRELOAD shim for /usr/bin/gatttool, a Python extension for /usr/bin/python3)
# cannot carry the instrumentation: gattscope_no_sanitizers(target) takes it off.
# GATTSCOPE_SANITIZER_FLAGS: what an outside project built against this tree needs.
if(_sanitizers)
    set(GATTSCOPE_SANITIZED ON)
    set(GATTSCOPE_SANITIZER_FLAGS "-fsanitize=${_sanitizers}")
else()
    set(GATTSCOPE_SANITIZED OFF)
    set(GATTSCOPE_SANITIZER_FLAGS "")
endif()
function(gattscope_no_sanitizers target)
    if(GATTSCOPE_SANITIZED)
        target_compile_options(${target} PRIVATE -fno-sanitize=all)
        target_link_options(${target} PRIVATE -fno-sanitize=all)
    endif()
endfunction()
unset(_sanitizers)
