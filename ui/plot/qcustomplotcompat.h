// SPDX-License-Identifier: MIT
#pragma once

// The one way ui/ includes QCustomPlot (PlotCanvas derives from it, so its header needs
// this one). QCustomPlot 2.1's header still spells `signals:` and `foreach`, which the
// project's strict defines (QT_NO_KEYWORDS, QT_NO_FOREACH) switch off, so both are mapped
// to their modern equivalents for the duration of the include only.

#if defined(signals) || defined(foreach)
#error "qcustomplotcompat.h: signals/foreach are already defined"
#endif

#define signals Q_SIGNALS
#define foreach(declaration, container) for (declaration : container)
#include <qcustomplot.h>
#undef foreach
#undef signals
