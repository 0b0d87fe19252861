# SPDX-License-Identifier: MIT
# QCustomPlot from the system. Debian/Ubuntu ship a Qt 6 build with a CMake config
# (QCustomPlotQt6); other distributions only ship the library and header.
# The config does not find Qt6 itself, so Qt6 Widgets/PrintSupport must be found first.
find_package(QCustomPlotQt6 CONFIG QUIET)
if(TARGET QCustomPlotQt6::QCustomPlotQt6)
    add_library(QCustomPlot::QCustomPlot ALIAS QCustomPlotQt6::QCustomPlotQt6)
else()
    find_library(QCUSTOMPLOT_LIBRARY NAMES QCustomPlotQt6 qcustomplot-qt6 qcustomplot REQUIRED)
    find_path(QCUSTOMPLOT_INCLUDE_DIR qcustomplot.h REQUIRED)
    add_library(QCustomPlot::QCustomPlot UNKNOWN IMPORTED)
    set_target_properties(QCustomPlot::QCustomPlot PROPERTIES
        IMPORTED_LOCATION "${QCUSTOMPLOT_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QCUSTOMPLOT_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
endif()
