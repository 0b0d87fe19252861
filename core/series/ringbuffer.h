// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace gattscope {

// A fixed-capacity ring of T addressed by a monotonically increasing sequence number.
// Readers remember the last sequence they saw; when the writer has lapped them,
// firstSequence() tells how much was overwritten (a gap they can count). Not thread-safe:
// owned by one thread (the hub's). Storage grows with use up to the capacity, so a large
// capacity costs nothing until it is filled.
template<typename T> class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity = 4096)
        : m_capacity(quint64(qMax<qsizetype>(1, capacity)))
    { }

    qsizetype capacity() const { return qsizetype(m_capacity); }
    // Number of items currently held.
    qsizetype size() const { return qsizetype(m_next - firstSequence()); }
    bool isEmpty() const { return m_next == firstSequence(); }

    // Sequence of the oldest item still held, and one past the newest.
    quint64 firstSequence() const { return m_next > m_capacity ? m_next - m_capacity : 0; }
    quint64 endSequence() const { return m_next; }
    // Items written and already overwritten.
    quint64 overwritten() const { return firstSequence(); }

    // Appends and returns the item's sequence number.
    quint64 append(T item)
    {
        if (m_items.size() < m_capacity)
            m_items.push_back(std::move(item)); // still filling: m_next == size()
        else
            m_items[size_t(m_next % m_capacity)] = std::move(item);
        return m_next++;
    }

    bool contains(quint64 sequence) const { return sequence >= firstSequence() && sequence < m_next; }
    // Precondition: contains(sequence).
    const T &at(quint64 sequence) const { return m_items[size_t(sequence % m_capacity)]; }

    void clear()
    {
        m_next = 0;
        m_items.clear();
        m_items.shrink_to_fit();
    }

private:
    quint64 m_capacity = 1;
    std::vector<T> m_items;
    quint64 m_next = 0;
};

} // namespace gattscope
