// SPDX-License-Identifier: MIT
#pragma once

#include "seriesref.h"

#include <QColor>
#include <QHash>

namespace gattscope {

// Hands out series colours that stay put: a series keeps its colour for as long as it is
// plotted, whatever is added or removed around it. New series take the first palette
// entry no live series uses (a colour-blind-friendly palette of 10), so removing one
// series and adding another reuses the freed colour instead of shifting everybody.
class PlotColors
{
public:
    QColor colorFor(const SeriesRef &ref);
    void release(const SeriesRef &ref);
    void releaseStream(int streamId);
    bool contains(const SeriesRef &ref) const { return m_assigned.contains(ref); }

    static const QList<QColor> &palette();

private:
    QHash<SeriesRef, int> m_assigned; // series → palette index
    QHash<int, int> m_useCount; // palette index → series using it
};

} // namespace gattscope
