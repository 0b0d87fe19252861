# SPDX-License-Identifier: MIT
# macOS: gattscope.app (Info.plist, icon, the command-line programs and libgattscope inside
# it, Qt deployed into it by macdeployqt, ad-hoc signed) in a drag-and-drop disk image with
# a background and the Applications link. Included from installer/CMakeLists.txt.
#
# Layout of the disk image:
#   gattscope.app/Contents/MacOS/{gattscope, gattscope-cli, gattscope-sim}
#   gattscope.app/Contents/Frameworks/{libgattscope.0.dylib, Qt*.framework}
#   gattscope.app/Contents/PlugIns/…            (Qt plugins)
#   gattscope.app/Contents/Resources/{gattscope.icns, qt.conf, licences}
#   Applications -> /Applications

set(_gattscope_macos "${CMAKE_CURRENT_LIST_DIR}")

if(APPLE)
    if(CMAKE_OSX_DEPLOYMENT_TARGET)
        set(GATTSCOPE_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}" CACHE INTERNAL "")
    else()
        set(GATTSCOPE_MACOS_MINIMUM "12.0" CACHE INTERNAL "") # what Qt 6.8 supports
    endif()
    set_target_properties(gattscope PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${_gattscope_macos}/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${GATTSCOPE_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "gattscope"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_INFO_STRING "gattscope ${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 The gattscope developers (MIT licence)"
        MACOSX_BUNDLE_ICON_FILE "gattscope.icns")
    target_sources(gattscope PRIVATE "${_gattscope_macos}/gattscope.icns")
    set_source_files_properties("${_gattscope_macos}/gattscope.icns" TARGET_DIRECTORY gattscope
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    # The SVG icon engine is a plugin; macdeployqt deploys it only for an app that links Qt
    # SVG (the Apple linker keeps the reference).
    find_package(Qt6 REQUIRED COMPONENTS Svg)
    target_link_libraries(gattscope PRIVATE Qt6::Svg)

    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
        DESTINATION gattscope.app/Contents/Resources COMPONENT ${GATTSCOPE_COMPONENT_PROGRAMS})
    install(FILES "${PROJECT_SOURCE_DIR}/resources/bluetooth-numbers/LICENSE"
        DESTINATION gattscope.app/Contents/Resources RENAME LICENSE.bluetooth-numbers
        COMPONENT ${GATTSCOPE_COMPONENT_PROGRAMS})

    # Qt frameworks and plugins into the bundle, install names rewritten for all three
    # programs and the library (macdeployqt, run at install time, so also by cpack); then
    # an ad-hoc signature over the whole bundle, which Apple silicon requires after
    # install_name_tool has touched the binaries. (A release signed with a Developer ID
    # and notarised is a separate step with the team's certificate.)
    if(Qt6_VERSION VERSION_LESS 6.5)
        message(WARNING "Qt ${Qt6_VERSION}: the disk image needs Qt 6.5 or later to deploy Qt.")
    else()
        qt_generate_deploy_script(TARGET gattscope OUTPUT_SCRIPT _gattscope_deploy CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE gattscope.app
    ADDITIONAL_EXECUTABLES
        \"${GATTSCOPE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:gattscope-cli>\"
        \"${GATTSCOPE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:gattscope-sim>\"
    ADDITIONAL_LIBRARIES \"${GATTSCOPE_INSTALL_LIBDIR}/$<TARGET_FILE_NAME:libgattscope>\"
    GENERATE_QT_CONF)
execute_process(COMMAND codesign --force --deep --sign - \"\${QT_DEPLOY_PREFIX}/gattscope.app\"
    COMMAND_ERROR_IS_FATAL ANY)
")
        install(SCRIPT "${_gattscope_deploy}" COMPONENT ${GATTSCOPE_COMPONENT_PROGRAMS})
    endif()

    # The disk image's background: both resolutions in one TIFF where tiffutil exists
    # (macOS), else the PNG.
    find_program(GATTSCOPE_TIFFUTIL tiffutil)
    set(_background "${_gattscope_macos}/dmg-background.png")
    if(GATTSCOPE_TIFFUTIL)
        set(_tiff "${CMAKE_CURRENT_BINARY_DIR}/macos/background.tiff")
        file(MAKE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/macos")
        execute_process(COMMAND "${GATTSCOPE_TIFFUTIL}" -cathidpicheck
            "${_gattscope_macos}/dmg-background.png" "${_gattscope_macos}/dmg-background@2x.png"
            -out "${_tiff}" RESULT_VARIABLE _tiff_failed OUTPUT_QUIET ERROR_QUIET)
        if(NOT _tiff_failed)
            set(_background "${_tiff}")
        endif()
    endif()
    get_filename_component(_background_ext "${_background}" LAST_EXT)
    set(GATTSCOPE_DMG_BACKGROUND_NAME "background${_background_ext}")
    configure_file("${_gattscope_macos}/dmg-setup.applescript.in"
        "${CMAKE_CURRENT_BINARY_DIR}/macos/dmg-setup.applescript" @ONLY)
    set(CPACK_DMG_BACKGROUND_IMAGE "${_background}")
    set(CPACK_DMG_DS_STORE_SETUP_SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/macos/dmg-setup.applescript")
endif()

# --- DragNDrop ----------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "gattscope")
set(CPACK_DMG_FORMAT "UDZO")
# The volume icon (CPACK_PACKAGE_ICON, set for DragNDrop only by cpack-project-config.cmake:
# NSIS would read it as its header bitmap).
set(CPACK_GATTSCOPE_DMG_ICON "${_gattscope_macos}/gattscope.icns")
