// SPDX-License-Identifier: MIT
#include "streamcursor.h"

#include "notificationhub.h"

namespace gattscope {

StreamCursor::Span StreamCursor::next(const NotificationHub &hub)
{
    Span span;
    const SampleStream *stream = hub.stream(m_key);
    if (!m_started) {
        // History starts at what the hub still holds: nothing is lost before the first read.
        m_started = true;
        m_generation = hub.generation();
        m_next = stream ? stream->firstSequence() : 0;
    } else if (m_generation != hub.generation()) {
        span.restarted = true;
        m_generation = hub.generation();
        m_next = 0;
    }
    if (!stream)
        return span; // nothing received in this generation yet
    if (m_next < stream->firstSequence()) {
        span.lost = stream->firstSequence() - m_next;
        m_next = stream->firstSequence();
    }
    span.first = m_next;
    span.end = stream->endSequence();
    m_next = span.end;
    return span;
}

void StreamCursor::startAtEnd(const NotificationHub &hub)
{
    m_started = true;
    m_generation = hub.generation();
    const SampleStream *stream = hub.stream(m_key);
    m_next = stream ? stream->endSequence() : 0;
}

void StreamCursor::startAtBeginning(const NotificationHub &hub)
{
    m_started = true;
    m_generation = hub.generation();
    m_next = 0;
}

} // namespace gattscope
