# SPDX-License-Identifier: MIT
# Where things install, and which package each belongs to. Included by the top-level
# CMakeLists.txt after qt_standard_project_setup() and before any target exists (the RPATH
# defaults are read when a target is created); installer/CMakeLists.txt turns the
# components into packages.
#
# Every install() names one of these components. installer/CMakeLists.txt stops the
# configure step when an install() has none, so that nothing lands in a package by
# accident:
#
#   GATTSCOPE_COMPONENT_PROGRAMS     gattscope        the three programs, desktop file, icons,
#                                                     metainfo, man pages, udev rule
#   GATTSCOPE_COMPONENT_LIBRARY      libgattscope0    libgattscope.so.0 (the runtime library)
#   GATTSCOPE_COMPONENT_DEVELOPMENT  libgattscope-dev public headers, the libgattscope.so
#                                                     name link, the CMake package config.
#                                                     Its package appears as soon as
#                                                     something installs into it.
#   GATTSCOPE_COMPONENT_PYTHON       python3-gattscope the `gattscope` Python package
#                                                     (python/), for the system Python 3
#
# (RPM names them gattscope, gattscope-libs and gattscope-devel, as Fedora does.)
set(GATTSCOPE_COMPONENT_PROGRAMS programs)
set(GATTSCOPE_COMPONENT_LIBRARY library)
set(GATTSCOPE_COMPONENT_DEVELOPMENT development)
set(GATTSCOPE_COMPONENT_PYTHON python)

# The reverse-DNS id of the application: the desktop file, the AppStream component, the
# icon name, QGuiApplication::desktopFileName, the macOS bundle identifier.
set(GATTSCOPE_APP_ID "io.github.gattscope.gattscope")

include(GNUInstallDirs)

# Programs and the library. On macOS everything lives inside gattscope.app: the GUI is the
# bundle, the command-line programs sit beside its executable, the library in Frameworks.
if(APPLE)
    set(GATTSCOPE_INSTALL_BINDIR "gattscope.app/Contents/MacOS")
    set(GATTSCOPE_INSTALL_LIBDIR "gattscope.app/Contents/Frameworks")
else()
    set(GATTSCOPE_INSTALL_BINDIR "${CMAKE_INSTALL_BINDIR}")
    set(GATTSCOPE_INSTALL_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
endif()

# RUNPATH. qt_standard_project_setup() (called before this file) sets $ORIGIN and
# $ORIGIN/../lib… for every program; that is right for a /usr/local or /opt prefix, where
# the loader would not find libgattscope.so.0 by itself, but in /usr/lib/<triplet> (the
# packages) Debian wants no RUNPATH at all (lintian: custom-library-search-path), so it is
# cleared there. macOS: the bundle's Frameworks folder.
if(APPLE)
    set(CMAKE_INSTALL_RPATH "@executable_path/../Frameworks")
elseif(UNIX)
    if("${CMAKE_INSTALL_FULL_LIBDIR}" IN_LIST CMAKE_CXX_IMPLICIT_LINK_DIRECTORIES)
        set(CMAKE_INSTALL_RPATH "")
    else()
        file(RELATIVE_PATH _gattscope_bin_to_lib "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_LIBDIR}")
        set(CMAKE_INSTALL_RPATH "$ORIGIN/${_gattscope_bin_to_lib}")
    endif()
endif()

# udev rules (Linux), relative to the prefix: /usr/lib/udev/rules.d in the packages, which
# udev reads on every merged-/usr system (Debian 12 and later, Ubuntu, Fedora; on Debian 12
# /lib is /usr/lib), and /usr/local/lib/udev/rules.d for a `make install`, which systemd's
# udev reads too. A relative path also keeps CPack's NSIS and DragNDrop generators from
# ever writing outside their staging folder.
set(GATTSCOPE_UDEV_RULES_DIR "lib/udev/rules.d" CACHE STRING
    "Where the BLED112 udev rule installs, relative to the prefix")
