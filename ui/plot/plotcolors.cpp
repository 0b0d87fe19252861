// SPDX-License-Identifier: MIT
#include "plotcolors.h"

namespace gattscope {

const QList<QColor> &PlotColors::palette()
{
    // Okabe–Ito's colour-blind-safe hues first, then four distinct extras.
    static const QList<QColor> colors {
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
        QColor(0x44, 0x44, 0x44), QColor(0x88, 0x22, 0x55), QColor(0x11, 0x77, 0x33),
        QColor(0x99, 0x99, 0x33),
    };
    return colors;
}

QColor PlotColors::colorFor(const SeriesRef &ref)
{
    const auto it = m_assigned.constFind(ref);
    if (it != m_assigned.constEnd())
        return palette().at(*it);
    // Least used entry, earliest first: unique colours until the palette runs out.
    int best = 0;
    for (int i = 1; i < palette().size(); ++i)
        if (m_useCount.value(i) < m_useCount.value(best))
            best = i;
    m_assigned.insert(ref, best);
    ++m_useCount[best];
    return palette().at(best);
}

void PlotColors::release(const SeriesRef &ref)
{
    const auto it = m_assigned.constFind(ref);
    if (it == m_assigned.constEnd())
        return;
    --m_useCount[*it];
    m_assigned.erase(it);
}

void PlotColors::releaseStream(int streamId)
{
    const QList<SeriesRef> refs = m_assigned.keys();
    for (const SeriesRef &ref : refs)
        if (ref.stream == streamId)
            release(ref);
}

} // namespace gattscope
