# SPDX-License-Identifier: MIT
# Linux: desktop integration, manual pages, the BLED112 udev rule and each package's
# documentation (install rules), and the .deb / .rpm settings. Included from
# installer/CMakeLists.txt.
#
# Decisions (see also docs/user-guide.md):
# - libgattscope.so.0 is a public library in its own package, libgattscope0, in
#   /usr/lib/<triplet> with no RUNPATH anywhere: the C++ package that libgattscope-dev will
#   carry (headers, find_package(gattscope)) needs the library where the linker and the
#   loader look. Its ABI is not stable yet (SONAME 0), so its shlibs pin the exact version
#   (libgattscope0 (= 0.1.0-1)) and gattscope depends on that exact version.
# - Binaries ship stripped; the .deb's debug symbols go into -dbgsym packages (.ddeb, found
#   by build-id). The RPM drops them (stripped at install): CPack's debuginfo RPMs need
#   debugedit and a source-path layout that this build does not have, and distribution
#   RPMs come from the native Fedora build (.github/workflows/ci.yml), not from Debian.
# - The icons are rendered once by scripts/render-icons and committed (see there).

set(_gattscope_linux_src "${PROJECT_SOURCE_DIR}")
set(_gattscope_debian "${CMAKE_CURRENT_LIST_DIR}/../debian")
set(_gattscope_linux_out "${CMAKE_CURRENT_BINARY_DIR}/linux")

# The Debian package names, also the names of the folders under /usr/share/doc.
set(CPACK_DEBIAN_PROGRAMS_PACKAGE_NAME "gattscope")
set(CPACK_DEBIAN_LIBRARY_PACKAGE_NAME "libgattscope0")
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME "libgattscope-dev")
set(CPACK_DEBIAN_PYTHON_PACKAGE_NAME "python3-gattscope")

if(UNIX AND NOT APPLE)
    set(_programs COMPONENT ${GATTSCOPE_COMPONENT_PROGRAMS})

    # Desktop entry, AppStream metainfo, icons (hicolor PNGs and the SVG).
    install(FILES "${_gattscope_linux_src}/resources/desktop/${GATTSCOPE_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications ${_programs})
    install(FILES "${_gattscope_linux_src}/resources/desktop/${GATTSCOPE_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo ${_programs})
    install(DIRECTORY "${_gattscope_linux_src}/resources/icons/hicolor"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons ${_programs}
        FILES_MATCHING PATTERN "*.png")
    install(FILES "${_gattscope_linux_src}/resources/icons/gattscope.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${GATTSCOPE_APP_ID}.svg ${_programs})

    # The BLED112 for the user at the seat, and away from ModemManager.
    install(FILES "${_gattscope_linux_src}/resources/udev/60-gattscope-bled112.rules"
        DESTINATION ${GATTSCOPE_UDEV_RULES_DIR} ${_programs})

    # Manual pages and changelogs, compressed as Debian wants them (gzip -9n: no name, no
    # time stamp, so each build gives the same bytes).
    find_program(GATTSCOPE_GZIP gzip REQUIRED)
    set(_gattscope_compressed)
    function(_gattscope_gzip source output) # output: <file>.gz
        string(REGEX REPLACE "\\.gz$" "" plain "${output}")
        add_custom_command(OUTPUT "${output}"
            COMMAND ${CMAKE_COMMAND} -E copy "${source}" "${plain}"
            COMMAND ${GATTSCOPE_GZIP} -9nf "${plain}"
            DEPENDS "${source}" VERBATIM)
    endfunction()
    foreach(page IN ITEMS gattscope gattscope-cli gattscope-sim)
        set(out "${_gattscope_linux_out}/man/${page}.1.gz")
        _gattscope_gzip("${_gattscope_linux_src}/docs/man/${page}.1" "${out}")
        list(APPEND _gattscope_compressed "${out}")
        install(FILES "${out}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 ${_programs})
    endforeach()
    set(_changelog "${_gattscope_linux_out}/changelog.Debian.gz")
    _gattscope_gzip("${_gattscope_debian}/changelog" "${_changelog}")
    list(APPEND _gattscope_compressed "${_changelog}")
    add_custom_target(gattscope_linux_package_files ALL DEPENDS ${_gattscope_compressed})

    # lintian overrides, each with its reason (installer/debian/<package>.lintian-overrides).
    get_cmake_property(_gattscope_linux_components COMPONENTS)
    foreach(component IN ITEMS PROGRAMS LIBRARY DEVELOPMENT PYTHON)
        set(pkg "${CPACK_DEBIAN_${component}_PACKAGE_NAME}")
        if(EXISTS "${_gattscope_debian}/${pkg}.lintian-overrides"
           AND GATTSCOPE_COMPONENT_${component} IN_LIST _gattscope_linux_components)
            install(FILES "${_gattscope_debian}/${pkg}.lintian-overrides"
                DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME ${pkg}
                COMPONENT ${GATTSCOPE_COMPONENT_${component}})
        endif()
    endforeach()

    # Every package carries its copyright file and changelog (Debian policy 12.5, 12.7); the
    # -dbgsym packages link to their package's (deb-postbuild.cmake).
    foreach(component IN ITEMS PROGRAMS LIBRARY DEVELOPMENT PYTHON)
        set(name "${GATTSCOPE_COMPONENT_${component}}")
        if(component MATCHES "^(DEVELOPMENT|PYTHON)$" AND NOT name IN_LIST _gattscope_linux_components)
            continue() # no -dev package yet; no Python package without pybind11
        endif()
        install(FILES "${_gattscope_debian}/copyright" "${_changelog}"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_DEBIAN_${component}_PACKAGE_NAME}
            COMPONENT ${name})
    endforeach()
endif()

# --- .deb -------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip) # deb-postbuild.cmake recompresses with xz
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
# Dependencies on shared libraries come from dpkg-shlibdeps; libgattscope.so.0 itself is
# found in the build tree (and the dependency on its package is the component's).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${PROJECT_BINARY_DIR}")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY "=")

set(CPACK_DEBIAN_PROGRAMS_PACKAGE_SECTION "electronics")
# Qt loads its plugins with dlopen, so dpkg-shlibdeps cannot see them. The platform plugins
# xcb and offscreen are in libqt6gui6 on Debian 12, which the GUI links, so shlibdeps puts
# it in Depends already (with its version); the SVG icon engine that draws every icon is in
# libqt6svg6, stated here. Wayland sessions want Qt's Wayland platform plugin; without it
# gattscope runs through XWayland. tests/installer/package-test checks that the plugins are
# there in a clean root.
set(CPACK_DEBIAN_PROGRAMS_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PROGRAMS_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PROGRAMS_DESCRIPTION "${GATTSCOPE_SUMMARY}\n${GATTSCOPE_DESCRIPTION}")

set(CPACK_DEBIAN_LIBRARY_PACKAGE_SECTION "libs")
# The ldconfig trigger, as Debian policy 8.1.1 asks (CPack 3.25 would call ldconfig from
# postinst/postrm instead; installer/linux/deb-postbuild.cmake removes those two).
set(CPACK_DEBIAN_LIBRARY_PACKAGE_CONTROL_EXTRA "${_gattscope_debian}/libgattscope0/triggers")
set(CPACK_DEBIAN_LIBRARY_DESCRIPTION "Bluetooth Low Energy GATT library of gattscope
libgattscope is the library behind the gattscope programs: Bluetooth UUIDs
and assigned numbers, an advertising-data parser, the GATT model, value
codecs (IEEE-11073 SFLOAT/FLOAT, the 0x2904 formats, Heart Rate Measurement,
field layouts), a notification hub, and backends for the BLED112 (BGAPI) and
for a virtual BLED112.

This package contains the shared library.")

set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION "libdevel")
# The public headers include Qt Core's.
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS "qt6-base-dev")
set(CPACK_DEBIAN_DEVELOPMENT_DESCRIPTION "Bluetooth Low Energy GATT library of gattscope (development files)
libgattscope is the library behind the gattscope programs: Bluetooth UUIDs
and assigned numbers, an advertising-data parser, the GATT model, value
codecs, a notification hub, and backends for the BLED112 (BGAPI) and for a
virtual BLED112.

This package contains the C++ headers and the CMake package
(find_package(gattscope)).")

# python3-gattscope: the extension module is built for one Python version (its file name says
# cpython-3XX), so the package depends on that version of the system interpreter.
set(CPACK_DEBIAN_PYTHON_PACKAGE_SECTION "python")
if(GATTSCOPE_PYTHON_VERSION)
    string(REPLACE "." ";" _gattscope_python_version "${GATTSCOPE_PYTHON_VERSION}")
    list(GET _gattscope_python_version 1 _gattscope_python_minor)
    math(EXPR _gattscope_python_next "${_gattscope_python_minor} + 1")
    set(CPACK_DEBIAN_PYTHON_PACKAGE_DEPENDS
        "python3 (>= ${GATTSCOPE_PYTHON_VERSION}), python3 (<< 3.${_gattscope_python_next})")
endif()
set(CPACK_DEBIAN_PYTHON_DESCRIPTION "Bluetooth Low Energy GATT library of gattscope (Python 3)
The gattscope Python package: the blocking API of libgattscope (adapters,
devices, reads, writes, subscriptions, typed exceptions, the value decoders)
and gattscope.pygatt, a drop-in for pygatt's API, so that pygatt scripts run
on gattscope's engine after changing their import line.")

# Repairs CPack's ldconfig scripts (see above) and its -dbgsym packages.
set(CPACK_POST_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/deb-postbuild.cmake")

# --- .rpm -------------------------------------------------------------------------------
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "MIT AND BSD-3-Clause")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Engineering")
set(CPACK_RPM_CHANGELOG_FILE "${CMAKE_CURRENT_LIST_DIR}/../rpm/changelog")
set(CPACK_RPM_PROGRAMS_PACKAGE_NAME "gattscope")
set(CPACK_RPM_LIBRARY_PACKAGE_NAME "gattscope-libs")
set(CPACK_RPM_DEVELOPMENT_PACKAGE_NAME "gattscope-devel")
set(CPACK_RPM_PYTHON_PACKAGE_NAME "python3-gattscope")
set(CPACK_RPM_PYTHON_PACKAGE_SUMMARY "The gattscope Python package")
set(CPACK_RPM_PYTHON_PACKAGE_DESCRIPTION "libgattscope for Python 3, and gattscope.pygatt, a drop-in for pygatt.")
# Fedora's names for the dlopen'd plugins (platform plugins, SVG icon engine). (No weak
# dependency on qt6-qtwayland: CPack 3.25 cannot write one for rpm 4.18, whose query tags it
# misreads.)
set(CPACK_RPM_PROGRAMS_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg")
# The lintian overrides are for the .deb only.
set(CPACK_RPM_PROGRAMS_USER_FILELIST "%exclude /usr/share/lintian/overrides/gattscope")
set(CPACK_RPM_LIBRARY_USER_FILELIST "%exclude /usr/share/lintian/overrides/libgattscope0")
set(CPACK_RPM_PROGRAMS_PACKAGE_SUMMARY "${GATTSCOPE_SUMMARY}")
set(CPACK_RPM_PROGRAMS_PACKAGE_DESCRIPTION "${GATTSCOPE_DESCRIPTION}")
set(CPACK_RPM_LIBRARY_PACKAGE_SUMMARY "Bluetooth Low Energy GATT library of gattscope")
set(CPACK_RPM_LIBRARY_PACKAGE_DESCRIPTION "The shared library behind the gattscope programs.")
set(CPACK_RPM_DEVELOPMENT_PACKAGE_SUMMARY "Development files of the gattscope library")
set(CPACK_RPM_DEVELOPMENT_PACKAGE_DESCRIPTION "C++ headers and the CMake package of libgattscope.")
# Folders that belong to the system (filesystem, hicolor-icon-theme, systemd-udev …).
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps /usr/lib/udev /usr/lib/udev/rules.d
    /usr/lib/x86_64-linux-gnu /usr/share/lintian /usr/share/lintian/overrides)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
