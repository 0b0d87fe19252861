// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// GATTSCOPE_EXPORT marks the classes and functions libgattscope exports: the facade
// (device/) today. The library builds with default visibility for now — the GUI, the CLI and
// the tests use core and backend classes that carry no mark yet — so the mark is what a
// later -fvisibility=hidden build keeps, and it is what Windows needs (dllexport/dllimport).
// GATTSCOPE_STATIC: define it when linking a static libgattscope.
#if defined(GATTSCOPE_STATIC)
#define GATTSCOPE_EXPORT
#elif defined(GATTSCOPE_BUILDING_LIBRARY)
#define GATTSCOPE_EXPORT Q_DECL_EXPORT
#else
#define GATTSCOPE_EXPORT Q_DECL_IMPORT
#endif
