// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/gatt/notification.h>

#include <QByteArrayView>
#include <QtGlobal>

#include <deque>
#include <memory>

namespace gattscope {

// One received value as the hub keeps it, or a gap: `missing` values that were never
// stored (dropped at the hand-off from the backend thread, see NotificationInlet).
//
// `value` is a view into the hub's storage: valid until the hub next changes (the next batch
// or clear()). Copy it (toByteArray()) to keep it longer.
struct NotificationSample
{
    qint64 timestampUs = 0; // µs since the Unix epoch
    QByteArrayView value;
    Notification::Kind kind = Notification::Kind::Notification;
    quint32 missing = 0; // > 0: a gap of this many values, not a value

    bool isGap() const { return missing > 0; }
};

// The values of one stream (one characteristic of one device), packed back to back in
// chunks that grow from 1 KiB to 32 KiB, and addressed by a sequence number that only grows:
// - a value costs its bytes plus 17 bytes of header and index (a 20-byte value takes about
//   37 bytes, against ~100 for a QByteArray per value), and memoryUsed() is exact;
// - the oldest values go by whole chunks (evictFront(), what the hub does to stay within
//   its memory budget) or one by one (trimTo(), a per-stream sample cap);
// - firstSequence() tells a reader that fell behind how many it missed.
// Not thread-safe: owned by one thread (the hub's).
class SampleStream
{
public:
    SampleStream();
    ~SampleStream();
    SampleStream(const SampleStream &) = delete;
    SampleStream &operator=(const SampleStream &) = delete;

    // Sequence of the oldest record held, and one past the newest. A gap counts as one record.
    quint64 firstSequence() const { return m_first; }
    quint64 endSequence() const { return m_end; }
    qsizetype size() const { return qsizetype(m_end - m_first); }
    bool isEmpty() const { return m_end == m_first; }
    bool contains(quint64 sequence) const { return sequence >= m_first && sequence < m_end; }
    // Records appended and then evicted or trimmed.
    quint64 overwritten() const { return m_first; }
    // Values lost in gaps (never stored).
    quint64 missing() const { return m_missing; }

    // Precondition: contains(sequence). O(log chunks).
    NotificationSample at(quint64 sequence) const;
    // Calls fn(sequence, sample) for the held records in [first, end), in order: the fast
    // way to read a range.
    template<typename Fn> void forEach(quint64 first, quint64 end, Fn &&fn) const;

    // Appends and returns the record's sequence number. `arrival` orders records across
    // streams (the hub's running count) for eviction.
    quint64 append(qint64 timestampUs, QByteArrayView value, Notification::Kind kind, quint64 arrival);
    quint64 appendGap(qint64 timestampUs, quint32 missing, quint64 arrival);

    // Bytes allocated for the records held (chunks and their index).
    qint64 memoryUsed() const { return m_memory; }
    // Arrival of the oldest chunk's first record; only meaningful when !isEmpty().
    quint64 oldestArrival() const;
    // Whether more than one chunk is held (the newest one is still being filled).
    qsizetype chunkCount() const { return qsizetype(m_chunks.size()); }
    // Drops the oldest chunk; returns the bytes freed (0 when empty).
    qint64 evictFront();
    // Drops the oldest records until at most `records` are held.
    void trimTo(qsizetype records);

private:
    struct Chunk;
    static constexpr qsizetype HeaderSize = 8 + 2 + 1 + 4; // time, length, kind, missing
    Chunk &writableChunk(qsizetype recordSize, quint64 arrival);
    void seal(Chunk &chunk);
    const Chunk &chunkOf(quint64 sequence) const;
    static NotificationSample decode(const char *record);
    quint64 appendRecord(qint64 timestampUs, QByteArrayView value, quint8 kind, quint32 missing,
                         quint64 arrival);
    void dropChunk();

    std::deque<std::unique_ptr<Chunk>> m_chunks;
    quint64 m_first = 0;
    quint64 m_end = 0;
    quint64 m_missing = 0;
    qint64 m_memory = 0;
    qsizetype m_nextChunkSize = 1024;
};

struct SampleStream::Chunk
{
    quint64 firstSequence = 0; // of offsets[0]
    quint64 firstArrival = 0;
    std::unique_ptr<char[]> data;
    qsizetype capacity = 0;
    qsizetype used = 0;
    // Where each record starts. Sized for the most records the chunk could take while it is
    // filled, cut to what it holds when the next chunk starts.
    std::unique_ptr<quint16[]> offsets;
    qsizetype maxRecords = 0;
    qsizetype records = 0;

    qint64 cost() const { return qint64(sizeof(Chunk)) + capacity + qint64(maxRecords) * 2; }
    quint64 endSequence() const { return firstSequence + quint64(records); }
};

template<typename Fn> void SampleStream::forEach(quint64 first, quint64 end, Fn &&fn) const
{
    first = qMax(first, m_first);
    end = qMin(end, m_end);
    if (first >= end)
        return;
    // Chunks are in sequence order; find the first one, then walk.
    auto it = m_chunks.begin();
    while (it != m_chunks.end() && (*it)->endSequence() <= first)
        ++it;
    quint64 seq = first;
    for (; it != m_chunks.end() && seq < end; ++it) {
        const Chunk &c = **it;
        const quint64 stop = qMin(end, c.endSequence());
        for (; seq < stop; ++seq)
            fn(seq, decode(c.data.get() + c.offsets[qsizetype(seq - c.firstSequence)]));
    }
}

} // namespace gattscope
