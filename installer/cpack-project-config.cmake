# SPDX-License-Identifier: MIT
# CPACK_PROJECT_CONFIG_FILE: cpack reads this before each generator (CPACK_GENERATOR holds
# its name), for the settings that differ between them. Set both ways, because the values
# carry over from one generator to the next within one cpack run.
if(CPACK_GENERATOR STREQUAL "DEB")
    # Stripped by CPackDeb itself, which moves the debug symbols into the -dbgsym packages.
    set(CPACK_STRIP_FILES OFF)
    # Each .deb's synopsis is the first line of its CPACK_DEBIAN_<COMPONENT>_DESCRIPTION;
    # CPackDeb would put the common summary in front of that.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
else()
    set(CPACK_STRIP_FILES ON)
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_GATTSCOPE_SUMMARY}")
endif()

if(CPACK_GENERATOR MATCHES "^(NSIS|DragNDrop)$")
    # One installer with everything in it: no component page to click through.
    set(CPACK_MONOLITHIC_INSTALL ON)
else()
    unset(CPACK_MONOLITHIC_INSTALL)
endif()

if(CPACK_GENERATOR STREQUAL "DragNDrop")
    set(CPACK_PACKAGE_ICON "${CPACK_GATTSCOPE_DMG_ICON}")
else()
    unset(CPACK_PACKAGE_ICON)
endif()
