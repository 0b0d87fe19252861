// SPDX-License-Identifier: MIT
#pragma once

#include "streamkey.h"

#include <QtGlobal>

namespace gattscope {

class NotificationHub;

// Where one consumer is in one stream of a NotificationHub: the one piece of bookkeeping
// every consumer (the log, the tree's last value, the plots, the recorder) needs, so that
// they all agree on what is new, what was lost and what clear() means.
//
// - next() asks for what is new since the last call: the held records [first, end), and
//   `lost`, the records evicted (or trimmed) before this consumer read them. Values the
//   hand-off dropped are not "lost" here: they are gap records inside the range.
// - After NotificationHub::clear() the hub's generation changes; the next call starts at the
//   beginning of the new stream (`restarted`), so a consumer never skips the new stream's
//   first records because its old position was further on, and never counts them as lost.
// - A cursor that has never been used starts at the stream's oldest record (startAtEnd()
//   makes it start with what arrives from now on).
class StreamCursor
{
public:
    struct Span
    {
        quint64 first = 0;
        quint64 end = 0;
        quint64 lost = 0;
        bool restarted = false; // the hub was cleared since the last call

        bool isEmpty() const { return first >= end; }
        quint64 size() const { return end > first ? end - first : 0; }
    };

    StreamCursor() = default;
    explicit StreamCursor(const StreamKey &key)
        : m_key(key)
    { }

    const StreamKey &key() const { return m_key; }
    // Takes what is new in `hub` and moves past it.
    Span next(const NotificationHub &hub);
    // Moves to the end of what `hub` holds now (what arrives later will be new).
    void startAtEnd(const NotificationHub &hub);
    // Counts from the stream's first record in this generation: what the hub evicts before
    // the first next() is lost to this consumer (for one that watched the stream appear).
    void startAtBeginning(const NotificationHub &hub);
    // The sequence the next call starts from (in the cursor's generation).
    quint64 position() const { return m_next; }

private:
    StreamKey m_key;
    quint64 m_generation = 0;
    quint64 m_next = 0;
    bool m_started = false;
};

} // namespace gattscope
