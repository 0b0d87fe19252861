// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <array>
#include <deque>
#include <vector>

namespace gattscope {

// One decoded value of a series: host timestamp (µs since the Unix epoch) and value.
struct SeriesPoint
{
    qint64 tUs = 0;
    double y = 0;

    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

// Exact min/max of a run of points, with the sequences where they first occur.
struct SeriesEnvelope
{
    double min = 0;
    double max = 0;
    quint64 minSequence = 0;
    quint64 maxSequence = 0;
    quint64 count = 0;

    bool isEmpty() const { return count == 0; }
    void add(double y, quint64 sequence);
    void merge(const SeriesEnvelope &other);
};

// A bounded, time-ordered ring of (t, y) points addressed by a monotonically increasing
// sequence number, like RingBuffer, plus what a plot needs to stay cheap at any rate:
// - look-up by time (binary search), because points are kept in time order;
// - the exact envelope (min/max) of any run of points in O(log n) rather than O(n), from
//   min/max summaries over blocks of 16, 256, 4096 and 65536 points that append() keeps
//   up to date.
// Memory grows with the points held, up to the capacity; the oldest points are then
// overwritten (firstSequence() advances). The capacity is rounded up to a power of two so
// that addressing a point is a mask, not a division. Not thread-safe: owned by one thread.
class SeriesBuffer
{
public:
    explicit SeriesBuffer(qsizetype capacity = 1'000'000);

    qsizetype capacity() const { return m_capacity; }
    qsizetype size() const { return qsizetype(m_next - firstSequence()); }
    bool isEmpty() const { return m_next == firstSequence(); }
    quint64 firstSequence() const { return m_next > quint64(m_capacity) ? m_next - quint64(m_capacity) : 0; }
    quint64 endSequence() const { return m_next; }
    // Points written and already overwritten.
    quint64 overwritten() const { return firstSequence(); }

    // Appends a point and returns true. The buffer stays sorted by time: a timestamp earlier
    // than the previous point's is moved up to it (host clocks can step back). Values that
    // are not finite (NaN, ±inf) are refused (returns false): they have no place on an axis.
    bool append(qint64 tUs, double y);

    bool contains(quint64 sequence) const { return sequence >= firstSequence() && sequence < m_next; }
    // Precondition: contains(sequence).
    const SeriesPoint &at(quint64 sequence) const { return m_points[size_t(sequence & m_mask)]; }
    // Precondition: !isEmpty().
    const SeriesPoint &last() const { return at(m_next - 1); }

    // First held sequence whose time is >= tUs (lowerBound) or > tUs (upperBound); in
    // [firstSequence(), endSequence()]. The optional range narrows the search.
    quint64 lowerBound(qint64 tUs) const { return lowerBound(tUs, firstSequence(), m_next); }
    quint64 upperBound(qint64 tUs) const { return upperBound(tUs, firstSequence(), m_next); }
    quint64 lowerBound(qint64 tUs, quint64 from, quint64 to) const;
    quint64 upperBound(qint64 tUs, quint64 from, quint64 to) const;
    // lowerBound() searching forward from `from` with growing steps: O(log distance),
    // for walking through the data in small strides.
    quint64 seekForward(qint64 tUs, quint64 from) const;

    // Exact envelope of the held points in [first, end) (clipped to what is held).
    SeriesEnvelope envelope(quint64 first, quint64 end) const;

    // Gaps: values that never became points (dropped before they were decoded). The next
    // append() is the first point after a gap; a plot breaks its line there.
    void markGap() { m_gapPending = true; }
    // Whether a gap lies after the point at aUs and at or before the point at bUs.
    bool hasGapBetween(qint64 aUs, qint64 bUs) const;
    qsizetype gapCount() const { return qsizetype(m_gaps.size()); }

    // Forgets every point; sequences start again at 0.
    void clear();
    // Bumped by clear(), so that a reader holding sequences can tell they are void.
    quint64 generation() const { return m_generation; }

private:
    static constexpr int Levels = 4;
    static constexpr int LevelShift = 4; // level L summarises blocks of 16^(L+1) points

    struct Level
    {
        quint64 blockSize = 0;
        std::vector<SeriesEnvelope> blocks; // block b at b & slotMask
        quint64 slotMask = 0;
    };
    void scan(quint64 first, quint64 end, int level, SeriesEnvelope &out) const;

    qsizetype m_capacity;
    quint64 m_mask;
    std::vector<SeriesPoint> m_points; // grows up to m_capacity, then wraps
    std::array<Level, Levels> m_levels;
    quint64 m_next = 0;
    quint64 m_generation = 0;
    std::deque<qint64> m_gaps; // times of the first point after each gap, ascending
    bool m_gapPending = false;
};

} // namespace gattscope
