// SPDX-License-Identifier: MIT
#pragma once

#include "seriesbuffer.h"

#include <vector>

namespace gattscope {

// The min/max reduction of a growing series on a fixed time grid, computed incrementally:
// a live plot asks each frame only for what changed, so a frame costs the same whether the
// window holds 10 s or 10 min and whether the series runs at 1 Hz or 10 kHz.
//
// The grid has columns [k·columnUs, (k+1)·columnUs). A column is complete once a point at
// or after its end exists (points are time-ordered); its minimum and maximum points (one
// when they coincide, none when it is empty) are then final and come out exactly once, in
// the order they occurred. The newest, unfinished column is the "tail": recomputed on every
// call. Columns are only walked up to a limit (the visible end), where the first point
// beyond it is given as the tail instead, for the line to leave the plot.
//
// The envelope is exact per column: it comes from SeriesBuffer::envelope().
class LiveDecimator
{
public:
    // Starts over at the column containing fromUs. The last point before that column, if
    // any, is returned by the next advance() as a lead-in (for the line to enter the plot).
    void reset(qint64 columnUs, qint64 fromUs);
    bool isValid() const { return m_columnUs > 0; }
    qint64 columnUs() const { return m_columnUs; }
    // Start of the first column not yet complete; completed output lies before it, the tail
    // at or after it.
    qint64 doneUntilUs() const { return m_doneUntilUs; }
    qint64 startUs() const { return m_startUs; }

    // Appends the points of newly completed columns (before limitUs) to `completed` and
    // replaces `tail` with the current tail. Returns false when the buffer no longer holds
    // what was already reduced (cleared), in which case the caller resets.
    bool advance(const SeriesBuffer &buffer, qint64 limitUs, std::vector<SeriesPoint> &completed,
                 std::vector<SeriesPoint> &tail);

    // A column width of about `spanUs / columns`, rounded up to a step of a fixed ladder
    // (1, 1.25, 1.6, 2, 2.5, 3.2, 4, 5, 6.4, 8 × 10^k µs), so that a window that slowly
    // grows ("all") keeps the same grid for a while instead of changing it every frame.
    static qint64 columnWidthFor(qint64 spanUs, int columns);

private:
    static void emitEnvelope(const SeriesBuffer &buffer, quint64 first, quint64 end,
                             std::vector<SeriesPoint> &out);

    qint64 m_columnUs = 0;
    qint64 m_startUs = 0;
    qint64 m_doneUntilUs = 0;
    quint64 m_doneSequence = 0;
    quint64 m_generation = 0; // the buffer's generation() when the walk started
    bool m_started = false;
    bool m_needLeadIn = false;
};

} // namespace gattscope
