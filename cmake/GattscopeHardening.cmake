# SPDX-License-Identifier: MIT
# Hardening of optimised builds with GCC or Clang on ELF platforms (Linux): what Debian's
# dpkg-buildflags gives its own packages, so that our .deb and .rpm carry the same
# protections and lintian finds nothing to say (hardening-no-fortify-functions,
# hardening-no-bindnow, hardening-no-relro).
#
# - -D_FORTIFY_SOURCE=2 needs optimisation (glibc warns, and -Werror fails, at -O0), so it
#   is on for Release, RelWithDebInfo and MinSizeRel only, never for Debug or the
#   sanitizer presets. -U first: Ubuntu's GCC already defines it (=3), and a redefinition
#   would be a warning.
# - -fstack-protector-strong, -fstack-clash-protection, -fcf-protection where supported.
# - Linked with -z relro -z now (full RELRO: the GOT is read-only after start-up), and
#   position-independent executables (check_pie_supported), which Qt wants anyway.
# GATTSCOPE_HARDENING=OFF turns it all off (e.g. to compare code size).
option(GATTSCOPE_HARDENING "Build optimised configurations with the hardening flags (GCC/Clang, ELF)" ON)

if(NOT GATTSCOPE_HARDENING OR MSVC OR APPLE OR WIN32
   OR NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    return()
endif()

include(CheckCXXCompilerFlag)
include(CheckPIESupported)

set(_gattscope_optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
add_compile_options("$<${_gattscope_optimised}:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")

foreach(flag IN ITEMS -fstack-protector-strong -fstack-clash-protection -fcf-protection)
    string(MAKE_C_IDENTIFIER "GATTSCOPE_HAS${flag}" var)
    check_cxx_compiler_flag(${flag} ${var})
    if(${var})
        add_compile_options(${flag})
    endif()
endforeach()

add_link_options("LINKER:-z,relro" "LINKER:-z,now")

check_pie_supported(LANGUAGES CXX)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
