# SPDX-License-Identifier: MIT
# Translations (translations/README.md). Two catalogs per language, each built into the
# library whose messages it holds, as Qt resources under :/i18n:
#
#   gattscope_<lang>.ts     ui/ and app/gui (the GUI)            → gattscope_ui
#   libgattscope_<lang>.ts  core/ and backends/ (errors, names)  → libgattscope
#
# lupdate never runs during a build: `cmake --build build --target update_translations`
# refreshes the .ts files (STYLE.md: builds never rewrite tracked files). The ctest
# `translations_lupdate` fails when a .ts file is not what that target would write.
#
# English is the source language; its catalog holds only the plural forms of the %n
# strings (lupdate -pluralonly), the usual Qt way. That one option differs between the
# files, so this is qt_add_translations() spelled out: lupdate targets (English apart),
# lrelease, resources.
set(GATTSCOPE_LANGUAGES en de fr es ja zh_CN)
# -locations none: the .ts files do not change when code moves between files or lines.
set(GATTSCOPE_LUPDATE_OPTIONS -no-obsolete -locations none)

# gattscope_add_catalog(<target> <catalog> DIRS <source folders>)
function(gattscope_add_catalog target catalog)
    cmake_parse_arguments(ARG "" "" "DIRS" ${ARGN})
    set(sources "")
    foreach(dir IN LISTS ARG_DIRS)
        file(GLOB_RECURSE found CONFIGURE_DEPENDS
            "${PROJECT_SOURCE_DIR}/${dir}/*.cpp" "${PROJECT_SOURCE_DIR}/${dir}/*.h")
        list(APPEND sources ${found})
    endforeach()
    set(ts_dir "${PROJECT_SOURCE_DIR}/translations")
    set(ts_files "")
    set(ts_translated "")
    foreach(language IN LISTS GATTSCOPE_LANGUAGES)
        list(APPEND ts_files "${ts_dir}/${catalog}_${language}.ts")
        if(NOT language STREQUAL "en")
            list(APPEND ts_translated "${ts_dir}/${catalog}_${language}.ts")
        endif()
    endforeach()
    qt_add_lupdate(${catalog}_translated
        TS_FILES ${ts_translated} SOURCES ${sources} INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
        OPTIONS ${GATTSCOPE_LUPDATE_OPTIONS})
    qt_add_lupdate(${catalog}_en
        TS_FILES "${ts_dir}/${catalog}_en.ts" SOURCES ${sources} INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
        OPTIONS ${GATTSCOPE_LUPDATE_OPTIONS} -pluralonly)
    qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files OPTIONS -silent)
    qt_add_resources(${target} "${catalog}_translations"
        PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}" FILES ${qm_files})
endfunction()
