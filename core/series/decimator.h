// SPDX-License-Identifier: MIT
#pragma once

#include "seriesbuffer.h"

#include <vector>

namespace gattscope {

// Reduces the points of a SeriesBuffer inside a time window to what a plot of `columns`
// pixel columns can show, so that drawing costs the same whatever the rate or the window
// length.
//
// Contract:
// - When the window holds at most 2 × columns points they are returned unchanged.
// - Otherwise the window is cut into `columns` equal time slices and each non-empty slice
//   contributes its minimum and its maximum point (one point when they coincide), in the
//   order they occurred. The envelope is therefore exact: every slice's min and max are
//   real points with their real times, and nothing else is invented.
// - The last point before the window and the first point after it are added when they
//   exist, so a line drawn through the result reaches the window's edges.
// Points come out in time order. Cost: O(columns × log n).
class Decimator
{
public:
    static std::vector<SeriesPoint> decimate(const SeriesBuffer &buffer, qint64 fromUs, qint64 toUs,
                                             int columns);
    // Same, appending to `out` (reused between frames to avoid allocations).
    static void decimate(const SeriesBuffer &buffer, qint64 fromUs, qint64 toUs, int columns,
                         std::vector<SeriesPoint> &out);

    // Exact envelope of the points whose time lies in [fromUs, toUs].
    static SeriesEnvelope envelope(const SeriesBuffer &buffer, qint64 fromUs, qint64 toUs);
};

} // namespace gattscope
