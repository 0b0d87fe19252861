# SPDX-License-Identifier: MIT
# Windows: a GUI program (no console), icons and version resources, Qt's DLLs and plugins
# deployed next to the programs, and an NSIS installer. Included from
# installer/CMakeLists.txt; the CPACK_NSIS_ settings are written on every system (the
# Linux package test checks that makensis accepts them).
#
# The installer: welcome, licence (LICENSE), install options (add the folder to PATH for
# gattscope-cli; desktop shortcut), folder, Start-menu folder (gattscope, the BLED112
# note, the user guide, Uninstall), and a finish page that explains the BLED112's COM port
# and offers to start gattscope. It registers an uninstaller in "Apps & features" and
# removes an older version before installing.

set(_gattscope_windows "${CMAKE_CURRENT_LIST_DIR}")

if(WIN32)
    # The GUI is a Windows program: no console window.
    set_target_properties(gattscope PROPERTIES WIN32_EXECUTABLE ON)

    # Version resource for every program, and the icon for the GUI.
    function(_gattscope_windows_resource target description)
        set(GATTSCOPE_RC_NAME "${target}")
        set(GATTSCOPE_RC_FILENAME "${target}.exe")
        set(GATTSCOPE_RC_DESCRIPTION "${description}")
        set(GATTSCOPE_RC_ICON "")
        if(target STREQUAL "gattscope")
            file(TO_CMAKE_PATH "${_gattscope_windows}/gattscope.ico" ico)
            set(GATTSCOPE_RC_ICON "IDI_ICON1 ICON \"${ico}\"")
        endif()
        set(rc "${CMAKE_CURRENT_BINARY_DIR}/windows/${target}.rc")
        configure_file("${_gattscope_windows}/gattscope.rc.in" "${rc}" @ONLY)
        target_sources(${target} PRIVATE "${rc}")
    endfunction()
    _gattscope_windows_resource(gattscope "gattscope - Bluetooth Low Energy GATT explorer")
    _gattscope_windows_resource(gattscope-cli "gattscope-cli - Bluetooth Low Energy GATT command line")

    # Qt's DLLs, plugins and translations beside the programs (windeployqt, run at install
    # time, so also by cpack). The GUI draws its icons with the SVG icon engine, which it
    # loads as a plugin, so windeployqt is told to deploy Qt SVG as well. Qt 6.7 added
    # DEPLOY_TOOL_OPTIONS; the CI uses Qt 6.8.
    if(Qt6_VERSION VERSION_LESS 6.7)
        message(WARNING "Qt ${Qt6_VERSION}: the Windows installer needs Qt 6.7 or later to deploy Qt.")
    else()
        qt_generate_deploy_script(TARGET gattscope OUTPUT_SCRIPT _gattscope_deploy CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:gattscope>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:gattscope-cli>\"
    ADDITIONAL_LIBRARIES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:libgattscope>\"
    GENERATE_QT_CONF
    DEPLOY_TOOL_OPTIONS --svg)
")
        install(SCRIPT "${_gattscope_deploy}" COMPONENT ${GATTSCOPE_COMPONENT_PROGRAMS})
    endif()

    install(FILES "${_gattscope_windows}/README-Windows.txt" "${PROJECT_SOURCE_DIR}/LICENSE"
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT ${GATTSCOPE_COMPONENT_PROGRAMS})
    install(FILES "${PROJECT_SOURCE_DIR}/resources/bluetooth-numbers/LICENSE"
        DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME LICENSE.bluetooth-numbers
        COMPONENT ${GATTSCOPE_COMPONENT_PROGRAMS})
endif()

# --- NSIS -------------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "gattscope ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "gattscope ${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "gattscope")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MUI_ICON "${_gattscope_windows}/gattscope.ico")
set(CPACK_NSIS_MUI_UNIICON "${_gattscope_windows}/gattscope.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\gattscope.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/blob/main/docs/user-guide.md")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The install-options page: add bin\ to PATH (gattscope-cli), and the desktop shortcut.
set(CPACK_NSIS_MODIFY_PATH ON)
# Start menu: the program, the BLED112 note and the user guide (Uninstall is added by CPack).
set(CPACK_PACKAGE_EXECUTABLES "gattscope" "gattscope")
set(CPACK_CREATE_DESKTOP_LINKS "gattscope")
set(CPACK_NSIS_MENU_LINKS
    "share/doc/gattscope/README-Windows.txt" "BLED112 driver and COM port"
    "${PROJECT_HOMEPAGE_URL}/blob/main/docs/user-guide.md" "gattscope user guide")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "gattscope.exe")
# The finish page says what to know about the dongle. NSIS string in backquotes; $\r$\n is a
# new line in NSIS; its backslashes are doubled twice (\\\\) because the value is parsed twice,
# here and again from CPackConfig.cmake, before it reaches the NSIS script.
set(CPACK_NSIS_DEFINES "  !define MUI_FINISHPAGE_TEXT `gattscope is installed.$\\\\r$\\\\n$\\\\r$\\\\nBLED112 dongle: plug it in. Windows binds its built-in USB serial driver, and the dongle appears as a COM port in Device Manager under Ports (COM & LPT). No driver download is needed. See 'BLED112 driver and COM port' in the Start menu.$\\\\r$\\\\n$\\\\r$\\\\nNo dongle? Choose the Demo dongle in the tool bar of gattscope.`")
