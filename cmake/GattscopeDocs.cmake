# SPDX-License-Identifier: MIT
# `cmake --build build --target docs` (or `make docs`): the API reference of libgattscope's
# public headers, from their Doxygen comments, into build/docs/html. Only when doxygen is
# installed; it is an optional tool, not a build dependency.
find_package(Doxygen QUIET)
if(NOT DOXYGEN_FOUND)
    add_custom_target(docs
        COMMAND ${CMAKE_COMMAND} -E echo "docs: doxygen is not installed; install it and configure again"
        COMMAND ${CMAKE_COMMAND} -E false)
    return()
endif()
set(DOXYGEN_PROJECT_NAME "libgattscope")
set(DOXYGEN_PROJECT_BRIEF "Bluetooth Low Energy GATT devices from C++: the blocking API and the Qt API beneath it")
set(DOXYGEN_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/docs")
set(DOXYGEN_GENERATE_HTML YES)
set(DOXYGEN_GENERATE_LATEX NO)
set(DOXYGEN_EXTRACT_ALL YES) # contract comments are plain // blocks in core: show those classes too
set(DOXYGEN_EXCLUDE_PATTERNS "*_p.h;*.cpp")
set(DOXYGEN_EXCLUDE_SYMBOLS "gattscope::detail;gattscope::detail::*")
set(DOXYGEN_STRIP_FROM_PATH "${PROJECT_SOURCE_DIR}")
set(DOXYGEN_STRIP_FROM_INC_PATH "${PROJECT_SOURCE_DIR}")
set(DOXYGEN_FULL_PATH_NAMES YES)
set(DOXYGEN_USE_MDFILE_AS_MAINPAGE "${PROJECT_SOURCE_DIR}/docs/library.md")
set(DOXYGEN_QUIET YES)
set(DOXYGEN_WARN_IF_UNDOCUMENTED NO)
set(DOXYGEN_MACRO_EXPANSION YES)
set(DOXYGEN_PREDEFINED "GATTSCOPE_EXPORT=;Q_OBJECT=;Q_SIGNALS=public;Q_SLOTS=")
set(_doc_inputs "${PROJECT_SOURCE_DIR}/docs/library.md" "${PROJECT_SOURCE_DIR}/device")
get_property(_modules GLOBAL PROPERTY GATTSCOPE_MODULES_libgattscope)
foreach(_module IN LISTS _modules)
    get_target_property(_folder ${_module} GATTSCOPE_FOLDER)
    get_target_property(_headers ${_module} GATTSCOPE_PUBLIC_HEADERS)
    if(NOT _folder STREQUAL "device")
        foreach(_header IN LISTS _headers)
            list(APPEND _doc_inputs "${PROJECT_SOURCE_DIR}/${_folder}/${_header}")
        endforeach()
    endif()
endforeach()
doxygen_add_docs(docs ${_doc_inputs} COMMENT "API reference of libgattscope (build/docs/html)")
