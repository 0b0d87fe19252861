// SPDX-License-Identifier: MIT
#pragma once

// The one way ui/ includes QCustomPlot. Its 2.1 header still spells `signals:` and
// `foreach`, which the project's strict defines (QT_NO_KEYWORDS, QT_NO_FOREACH) switch off,
// so both are mapped to their modern equivalents for the duration of the include only.

#if defined(signals) || defined(foreach)
#error "qcustomplot_p.h: signals/foreach are already defined"
#endif

#define signals Q_SIGNALS
#define foreach(declaration, container) for (declaration : container)
#include <qcustomplot.h>
#undef foreach
#undef signals
