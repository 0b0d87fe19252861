# SPDX-License-Identifier: MIT
# CPACK_POST_BUILD_SCRIPTS: runs after each generator, with CPACK_PACKAGE_FILES, before the
# packages are copied out and checksummed. For the DEB generator it repairs what CPack 3.25
# gets wrong by Debian's rules (lintian finds each), by unpacking each package, changing it
# and building it again with dpkg-deb, which also compresses it: CPack writes gzip (fast),
# dpkg-deb xz, at level 6 for the packages and at level 1 for the -dbgsym packages (70 MB of
# debug information: level 6 saves 15 % for five times the time).
#
# - A package with a shared library in /usr/lib gets a postinst and a postrm that call
#   ldconfig. Debian replaced those calls by the ldconfig trigger in 2015 (lintian:
#   maintscript-calls-ldconfig); libgattscope0 activates the trigger
#   (installer/debian/libgattscope0/triggers), so the two scripts are removed, and only
#   when they are exactly what CPack writes.
# - The -dbgsym packages (.ddeb): their md5sums name the files by CPack's absolute staging
#   paths (lintian: md5sums-lists-nonexistent-file), the .debug files are executable, and
#   there is no copyright file or changelog (no-copyright-file, no-changelog). The md5sums
#   are written again, the files made 0644, and /usr/share/doc/<package>-dbgsym made a link
#   to /usr/share/doc/<package>.
# - CPackDeb strips with objcopy --strip-unneeded, which keeps the .comment section (the
#   compiler's name; lintian: binary-has-unneeded-section); it is removed as dh_strip does.
# Every package's md5sums are then written again from its files.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    return()
endif()
find_program(DPKG_DEB dpkg-deb REQUIRED)
find_program(OBJCOPY objcopy REQUIRED)

foreach(package IN LISTS CPACK_PACKAGE_FILES)
    if(NOT package MATCHES "\\.d?deb$")
        continue()
    endif()
    set(tree "${package}.tree")
    file(REMOVE_RECURSE "${tree}")
    execute_process(COMMAND "${DPKG_DEB}" --raw-extract "${package}" "${tree}" COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND "${DPKG_DEB}" --field "${package}" Package
        OUTPUT_VARIABLE name OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)

    foreach(script IN ITEMS postinst postrm)
        set(path "${tree}/DEBIAN/${script}")
        if(EXISTS "${path}")
            file(READ "${path}" text)
            string(REGEX REPLACE "[ \t\n]+" " " text "${text}")
            if(text MATCHES "^#!/bin/sh set -e if \\[ \"\\$1\" = \"(configure|remove)\" \\]; then ldconfig fi ?$")
                file(READ "${tree}/DEBIAN/triggers" triggers)
                if(NOT triggers MATCHES "activate-noawait ldconfig")
                    message(FATAL_ERROR "${name}: calls ldconfig but activates no ldconfig trigger")
                endif()
                file(REMOVE "${path}")
            endif()
        endif()
    endforeach()

    if(package MATCHES "\\.ddeb$")
        file(GLOB_RECURSE debug_files "${tree}/usr/lib/debug/*.debug")
        foreach(f IN LISTS debug_files)
            file(CHMOD "${f}" FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
        endforeach()
        # As debhelper does: the documentation folder is a link to the package's own, which
        # the -dbgsym package depends on (a debug package holds only .debug files).
        string(REGEX REPLACE "-dbgsym$" "" debugged "${name}")
        file(MAKE_DIRECTORY "${tree}/usr/share/doc")
        file(CREATE_LINK "${debugged}" "${tree}/usr/share/doc/${name}" SYMBOLIC)
        execute_process(COMMAND du -sk --exclude=DEBIAN "${tree}"
            OUTPUT_VARIABLE size COMMAND_ERROR_IS_FATAL ANY)
        string(REGEX MATCH "^[0-9]+" size "${size}")
        file(READ "${tree}/DEBIAN/control" control)
        string(REGEX REPLACE "Installed-Size: [0-9]+" "Installed-Size: ${size}" control "${control}")
        file(WRITE "${tree}/DEBIAN/control" "${control}")
        set(level 1)
    else()
        set(level 6)
    endif()

    file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${tree}" "${tree}/*")
    list(FILTER files EXCLUDE REGEX "^DEBIAN/")
    list(SORT files)
    set(md5sums "")
    foreach(f IN LISTS files)
        if(IS_SYMLINK "${tree}/${f}")
            continue()
        endif()
        file(READ "${tree}/${f}" magic LIMIT 4 HEX)
        if(magic STREQUAL "7f454c46" AND NOT f MATCHES "\\.debug$")
            execute_process(COMMAND "${OBJCOPY}" --remove-section=.comment "${tree}/${f}" COMMAND_ERROR_IS_FATAL ANY)
        endif()
        file(MD5 "${tree}/${f}" sum)
        string(APPEND md5sums "${sum}  ${f}\n")
    endforeach()
    file(WRITE "${tree}/DEBIAN/md5sums" "${md5sums}")

    execute_process(COMMAND "${DPKG_DEB}" --root-owner-group -Zxz -z${level} --build "${tree}" "${package}"
        OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    get_filename_component(file_name "${package}" NAME)
    message(STATUS "deb-postbuild: ${file_name} checked, rebuilt with dpkg-deb")
    file(REMOVE_RECURSE "${tree}")
endforeach()
