# SPDX-License-Identifier: MIT
# The installable C++ library: libgattscope.so.0, its public headers at their tree path under
# include/gattscope/, and a CMake package, so that another project writes
#
#   find_package(gattscope 0.1 REQUIRED)
#   target_link_libraries(app PRIVATE gattscope::gattscope)
#
# Included after libgattscope exists. Components (cmake/GattscopeInstall.cmake): the shared
# library goes to GATTSCOPE_COMPONENT_LIBRARY (libgattscope0), the name link, headers and
# CMake files to GATTSCOPE_COMPONENT_DEVELOPMENT (libgattscope-dev).
include(CMakePackageConfigHelpers)

set(GATTSCOPE_CMAKE_DIR "${GATTSCOPE_INSTALL_LIBDIR}/cmake/gattscope")

target_include_directories(libgattscope INTERFACE "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>")
install(TARGETS libgattscope EXPORT gattscopeTargets
    LIBRARY DESTINATION ${GATTSCOPE_INSTALL_LIBDIR}
        COMPONENT ${GATTSCOPE_COMPONENT_LIBRARY} NAMELINK_COMPONENT ${GATTSCOPE_COMPONENT_DEVELOPMENT}
    ARCHIVE DESTINATION ${GATTSCOPE_INSTALL_LIBDIR} COMPONENT ${GATTSCOPE_COMPONENT_DEVELOPMENT}
    RUNTIME DESTINATION ${GATTSCOPE_INSTALL_BINDIR} COMPONENT ${GATTSCOPE_COMPONENT_LIBRARY})

# Each module's public headers (never *_p.h) at their path in the tree, which is the path
# they include each other by: core/base/uuid.h is include/gattscope/core/base/uuid.h. The
# forwarding headers under build/include are a build-tree device only.
set(_qt_components "")
get_property(_modules GLOBAL PROPERTY GATTSCOPE_MODULES_libgattscope)
foreach(_module IN LISTS _modules)
    get_target_property(_folder ${_module} GATTSCOPE_FOLDER)
    if(NOT _folder)
        continue() # not a module of gattscope_add_module() (the resources)
    endif()
    get_target_property(_headers ${_module} GATTSCOPE_PUBLIC_HEADERS)
    get_target_property(_external ${_module} GATTSCOPE_EXTERNAL_DEPS)
    foreach(_header IN LISTS _headers)
        get_filename_component(_sub "${_header}" DIRECTORY)
        install(FILES "${PROJECT_SOURCE_DIR}/${_folder}/${_header}"
            DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/gattscope/${_folder}/${_sub}" COMPONENT ${GATTSCOPE_COMPONENT_DEVELOPMENT})
    endforeach()
    foreach(_dep IN LISTS _external)
        if(_dep MATCHES "^Qt6::(.+)$")
            list(APPEND _qt_components ${CMAKE_MATCH_1})
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES _qt_components)
# <gattscope/gattscope.h>, the umbrella, forwarding to <gattscope/device/gattscope.h>.
install(FILES "${PROJECT_BINARY_DIR}/include/device/gattscope/gattscope.h"
    DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/gattscope" COMPONENT ${GATTSCOPE_COMPONENT_DEVELOPMENT})

install(EXPORT gattscopeTargets NAMESPACE gattscope:: DESTINATION "${GATTSCOPE_CMAKE_DIR}"
    COMPONENT ${GATTSCOPE_COMPONENT_DEVELOPMENT})
set(GATTSCOPE_QT_COMPONENTS "${_qt_components}")
configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/gattscopeConfig.cmake.in"
    "${PROJECT_BINARY_DIR}/gattscopeConfig.cmake"
    INSTALL_DESTINATION "${GATTSCOPE_CMAKE_DIR}")
# 0.x: a new minor version may change the API.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/gattscopeConfigVersion.cmake"
    VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/gattscopeConfig.cmake" "${PROJECT_BINARY_DIR}/gattscopeConfigVersion.cmake"
    DESTINATION "${GATTSCOPE_CMAKE_DIR}" COMPONENT ${GATTSCOPE_COMPONENT_DEVELOPMENT})
