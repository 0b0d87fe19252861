// SPDX-License-Identifier: MIT
#include "livedecimator.h"

namespace gattscope {

namespace {
qint64 floorTo(qint64 t, qint64 step)
{
    const qint64 q = t / step;
    return (t % step < 0 ? q - 1 : q) * step;
}
} // namespace

void LiveDecimator::reset(qint64 columnUs, qint64 fromUs)
{
    m_columnUs = qMax<qint64>(1, columnUs);
    m_startUs = floorTo(fromUs, m_columnUs);
    m_doneUntilUs = m_startUs;
    m_doneSequence = 0;
    m_started = false;
    m_needLeadIn = true;
}

qint64 LiveDecimator::columnWidthFor(qint64 spanUs, int columns)
{
    static constexpr qint64 ladder[] = { 10, 12, 16, 20, 25, 32, 40, 50, 64, 80 }; // × 10^k / 10
    const qint64 wanted = qMax<qint64>(1, spanUs / qMax(1, columns));
    for (qint64 decade = 1;; decade *= 10) {
        for (qint64 step : ladder) {
            const qint64 width = step * decade / 10;
            if (width >= wanted && width > 0)
                return width;
        }
        if (decade > (qint64(1) << 50))
            return wanted;
    }
}

void LiveDecimator::emitEnvelope(const SeriesBuffer &buffer, quint64 first, quint64 end,
                                 std::vector<SeriesPoint> &out)
{
    if (first >= end)
        return;
    const SeriesEnvelope env = buffer.envelope(first, end);
    const quint64 a = qMin(env.minSequence, env.maxSequence);
    const quint64 b = qMax(env.minSequence, env.maxSequence);
    out.push_back(buffer.at(a));
    if (b != a)
        out.push_back(buffer.at(b));
}

bool LiveDecimator::advance(const SeriesBuffer &buffer, qint64 limitUs, std::vector<SeriesPoint> &completed,
                            std::vector<SeriesPoint> &tail)
{
    tail.clear();
    if (!isValid())
        return false;
    if (!m_started) {
        m_started = true;
        m_generation = buffer.generation();
    } else if (buffer.generation() != m_generation) {
        return false; // cleared: the sequences held are void
    }
    if (buffer.isEmpty())
        return true;

    if (m_needLeadIn) {
        m_needLeadIn = false;
        m_doneSequence = buffer.lowerBound(m_doneUntilUs);
        if (m_doneSequence > buffer.firstSequence())
            completed.push_back(buffer.at(m_doneSequence - 1));
    }
    // Points overwritten before they were reduced are simply gone.
    m_doneSequence = qMax(m_doneSequence, buffer.firstSequence());

    const quint64 end = buffer.endSequence();
    const qint64 lastUs = buffer.last().tUs;
    while (m_doneSequence < end) {
        const qint64 next = buffer.at(m_doneSequence).tUs;
        // Jump over empty columns in one step: sparse series cost per point, not per column.
        if (next >= m_doneUntilUs + m_columnUs)
            m_doneUntilUs = floorTo(next, m_columnUs);
        const qint64 columnEnd = m_doneUntilUs + m_columnUs;
        if (m_doneUntilUs >= limitUs) {
            tail.push_back(buffer.at(m_doneSequence)); // the way out of the plot
            return true;
        }
        if (lastUs < columnEnd)
            break; // the newest column is still open
        const quint64 stop = buffer.seekForward(columnEnd, m_doneSequence);
        emitEnvelope(buffer, m_doneSequence, stop, completed);
        m_doneSequence = stop;
        m_doneUntilUs = columnEnd;
    }
    emitEnvelope(buffer, m_doneSequence, end, tail);
    return true;
}

} // namespace gattscope
