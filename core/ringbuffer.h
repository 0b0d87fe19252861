// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace gattscope {

// A fixed-capacity ring of T addressed by a monotonically increasing sequence number.
// Readers remember the last sequence they saw; when the writer has lapped them,
// firstSequence() tells how much was overwritten (a gap they can count). Not thread-safe:
// owned by one thread (the hub's).
template<typename T> class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity = 4096)
        : m_items(size_t(qMax<qsizetype>(1, capacity)))
    { }

    qsizetype capacity() const { return qsizetype(m_items.size()); }
    // Number of items currently held.
    qsizetype size() const { return qsizetype(m_next - firstSequence()); }
    bool isEmpty() const { return m_next == firstSequence(); }

    // Sequence of the oldest item still held, and one past the newest.
    quint64 firstSequence() const { return m_next > quint64(capacity()) ? m_next - quint64(capacity()) : 0; }
    quint64 endSequence() const { return m_next; }
    // Items written and already overwritten.
    quint64 overwritten() const { return firstSequence(); }

    // Appends and returns the item's sequence number.
    quint64 append(T item)
    {
        m_items[size_t(m_next % quint64(capacity()))] = std::move(item);
        return m_next++;
    }

    bool contains(quint64 sequence) const { return sequence >= firstSequence() && sequence < m_next; }
    // Precondition: contains(sequence).
    const T &at(quint64 sequence) const { return m_items[size_t(sequence % quint64(capacity()))]; }

    void clear()
    {
        m_next = 0;
        std::fill(m_items.begin(), m_items.end(), T());
    }

private:
    std::vector<T> m_items;
    quint64 m_next = 0;
};

} // namespace gattscope
