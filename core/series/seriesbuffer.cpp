// SPDX-License-Identifier: MIT
#include "seriesbuffer.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace gattscope {

void SeriesEnvelope::add(double y, quint64 sequence)
{
    if (count == 0 || y < min) {
        min = y;
        minSequence = sequence;
    }
    if (count == 0 || y > max) {
        max = y;
        maxSequence = sequence;
    }
    ++count;
}

void SeriesEnvelope::merge(const SeriesEnvelope &other)
{
    if (other.count == 0)
        return;
    // Callers merge in sequence order, so ties keep the earlier occurrence.
    if (count == 0 || other.min < min) {
        min = other.min;
        minSequence = other.minSequence;
    }
    if (count == 0 || other.max > max) {
        max = other.max;
        maxSequence = other.maxSequence;
    }
    count += other.count;
}

SeriesBuffer::SeriesBuffer(qsizetype capacity)
    : m_capacity(qsizetype(std::bit_ceil(quint64(qMax<qsizetype>(1, capacity)))))
    , m_mask(quint64(m_capacity) - 1)
{
    quint64 blockSize = 1;
    for (Level &level : m_levels) {
        blockSize <<= LevelShift;
        level.blockSize = blockSize;
        // A block is only read while all its points are held, so one more slot than the
        // blocks spanning the capacity (plus the partial one being written) is enough.
        level.slotMask = std::bit_ceil(quint64(m_capacity) / blockSize + 2) - 1;
    }
}

bool SeriesBuffer::append(qint64 tUs, double y)
{
    if (!std::isfinite(y))
        return false;
    if (m_next > 0)
        tUs = qMax(tUs, last().tUs);
    if (m_gapPending) {
        m_gapPending = false;
        if (m_next > 0) // a gap before the first point breaks nothing
            m_gaps.push_back(tUs);
    }
    const quint64 seq = m_next;
    const size_t index = size_t(seq & m_mask);
    if (index == m_points.size())
        m_points.push_back({ tUs, y });
    else
        m_points[index] = { tUs, y };

    for (Level &level : m_levels) {
        const quint64 block = seq / level.blockSize;
        const size_t slot = size_t(block & level.slotMask);
        if (slot == level.blocks.size())
            level.blocks.emplace_back();
        SeriesEnvelope &summary = level.blocks[slot];
        if (seq % level.blockSize == 0)
            summary = SeriesEnvelope {};
        summary.add(y, seq);
    }
    ++m_next;
    // Gaps before the oldest point held break nothing any more.
    while (!m_gaps.empty() && m_gaps.front() <= at(firstSequence()).tUs)
        m_gaps.pop_front();
    return true;
}

bool SeriesBuffer::hasGapBetween(qint64 aUs, qint64 bUs) const
{
    if (m_gaps.empty() || bUs <= aUs)
        return false;
    const auto it = std::upper_bound(m_gaps.begin(), m_gaps.end(), aUs);
    return it != m_gaps.end() && *it <= bUs;
}

quint64 SeriesBuffer::lowerBound(qint64 tUs, quint64 from, quint64 to) const
{
    from = qMax(from, firstSequence());
    to = qMin(to, m_next);
    while (from < to) {
        const quint64 mid = from + (to - from) / 2;
        if (at(mid).tUs < tUs)
            from = mid + 1;
        else
            to = mid;
    }
    return from;
}

quint64 SeriesBuffer::upperBound(qint64 tUs, quint64 from, quint64 to) const
{
    from = qMax(from, firstSequence());
    to = qMin(to, m_next);
    while (from < to) {
        const quint64 mid = from + (to - from) / 2;
        if (at(mid).tUs <= tUs)
            from = mid + 1;
        else
            to = mid;
    }
    return from;
}

quint64 SeriesBuffer::seekForward(qint64 tUs, quint64 from) const
{
    from = qMax(from, firstSequence());
    if (from >= m_next || at(from).tUs >= tUs)
        return from;
    // at(from) < tUs: gallop until a point >= tUs (or the end), then bisect the last step.
    quint64 step = 1;
    quint64 lo = from;
    while (true) {
        const quint64 probe = lo + step;
        if (probe >= m_next)
            return lowerBound(tUs, lo + 1, m_next);
        if (at(probe).tUs >= tUs)
            return lowerBound(tUs, lo + 1, probe + 1);
        lo = probe;
        step *= 2;
    }
}

SeriesEnvelope SeriesBuffer::envelope(quint64 first, quint64 end) const
{
    SeriesEnvelope out;
    first = qMax(first, firstSequence());
    end = qMin(end, m_next);
    if (first < end)
        scan(first, end, Levels - 1, out);
    return out;
}

// Whole blocks of `level` inside [first, end) come from their summaries; the ragged ends
// go one level down, and level -1 reads the points themselves. Every summary used covers
// only held points (first >= firstSequence()), so the result is exact.
void SeriesBuffer::scan(quint64 first, quint64 end, int level, SeriesEnvelope &out) const
{
    if (level < 0) {
        for (quint64 seq = first; seq < end; ++seq)
            out.add(at(seq).y, seq);
        return;
    }
    const Level &l = m_levels[size_t(level)];
    const quint64 firstBlock = (first + l.blockSize - 1) / l.blockSize;
    const quint64 endBlock = end / l.blockSize;
    if (firstBlock >= endBlock) {
        scan(first, end, level - 1, out);
        return;
    }
    scan(first, firstBlock * l.blockSize, level - 1, out);
    for (quint64 block = firstBlock; block < endBlock; ++block)
        out.merge(l.blocks[size_t(block & l.slotMask)]);
    scan(endBlock * l.blockSize, end, level - 1, out);
}

void SeriesBuffer::clear()
{
    m_points.clear();
    for (Level &level : m_levels)
        level.blocks.clear();
    m_next = 0;
    m_gaps.clear();
    m_gapPending = false;
    ++m_generation;
}

} // namespace gattscope
