# SPDX-License-Identifier: MIT
# `cmake -P` script behind the ctest test install_examples: installs libgattscope (the
# library and development components) to a scratch prefix, builds examples/ against it as
# an outside project would (find_package(gattscope)), and runs every example on the Demo
# dongle. Variables: BUILD_DIR, SOURCE_DIR, WORK_DIR, GENERATOR; CXX_COMPILER and
# SANITIZER_FLAGS (empty unless the tree is a sanitizer build).
foreach(var BUILD_DIR SOURCE_DIR WORK_DIR GENERATOR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "install_examples: ${var} is not set")
    endif()
endforeach()

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "failed (${status}): ${ARGN}\n${out}\n${err}")
    endif()
    set(output "${out}" PARENT_SCOPE)
endfunction()

set(prefix "${WORK_DIR}/prefix")
set(examples "${WORK_DIR}/examples")
file(REMOVE_RECURSE "${prefix}")
foreach(component library development)
    run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}" --component ${component})
endforeach()

# What an outside project sees: the umbrella header, real headers at their tree path, no
# private headers, the package files, the SONAME link.
foreach(file include/gattscope/gattscope.h include/gattscope/device/adapter.h
             include/gattscope/core/base/uuid.h)
    if(NOT EXISTS "${prefix}/${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
file(GLOB_RECURSE private "${prefix}/include/*_p.h")
if(private)
    message(FATAL_ERROR "private headers installed: ${private}")
endif()
file(GLOB_RECURSE config "${prefix}/*/gattscopeConfig.cmake" "${prefix}/*/gattscopeConfigVersion.cmake")
list(LENGTH config found)
if(NOT found EQUAL 2)
    message(FATAL_ERROR "gattscopeConfig.cmake / gattscopeConfigVersion.cmake not installed: ${config}")
endif()
file(GLOB_RECURSE soname "${prefix}/*/libgattscope.so.0")
if(NOT soname)
    message(FATAL_ERROR "libgattscope.so.0 not installed")
endif()

# A library built with sanitizers needs their runtime in the programs that link it.
set(outside_flags "")
if(SANITIZER_FLAGS)
    set(outside_flags "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_CXX_FLAGS=${SANITIZER_FLAGS}"
                      "-DCMAKE_EXE_LINKER_FLAGS=${SANITIZER_FLAGS}")
endif()
run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/examples" -B "${examples}" -G "${GENERATOR}"
    "-DCMAKE_PREFIX_PATH=${prefix}" -DCMAKE_BUILD_TYPE=Release ${outside_flags})
run(${CMAKE_COMMAND} --build "${examples}")

run("${examples}/read_battery" --backend demo)
if(NOT output MATCHES "Battery level: 100 %")
    message(FATAL_ERROR "read_battery printed: ${output}")
endif()
run("${examples}/log_heart_rate" --backend demo --count 3)
string(REGEX MATCHALL "[0-9]+ bpm, RR [0-9.]+ s" beats "${output}")
list(LENGTH beats count)
if(NOT count EQUAL 3)
    message(FATAL_ERROR "log_heart_rate --count 3 printed: ${output}")
endif()
run("${examples}/write_characteristic" --backend demo "gattscope Motion"
    6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10 48656c6c6f)
if(NOT output MATCHES "Read back: 48 65 6C 6C 6F")
    message(FATAL_ERROR "write_characteristic printed: ${output}")
endif()
execute_process(COMMAND "${examples}/read_battery" --backend demo "No Such Device"
    RESULT_VARIABLE status ERROR_VARIABLE err OUTPUT_QUIET)
if(status EQUAL 0 OR NOT err MATCHES "No Such Device")
    message(FATAL_ERROR "read_battery on a missing device: status ${status}, said: ${err}")
endif()
message(STATUS "install_examples: installed, built and ran read_battery, log_heart_rate, write_characteristic")
