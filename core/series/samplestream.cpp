// SPDX-License-Identifier: MIT
#include "samplestream.h"

#include <algorithm>
#include <cstring>

namespace gattscope {

namespace {
constexpr qsizetype MaxChunkSize = 32 * 1024;
constexpr quint8 GapKind = 0xFF;
} // namespace

SampleStream::SampleStream() = default;
SampleStream::~SampleStream() = default;

NotificationSample SampleStream::decode(const char *record)
{
    NotificationSample s;
    quint16 length = 0;
    quint8 kind = 0;
    std::memcpy(&s.timestampUs, record, 8);
    std::memcpy(&length, record + 8, 2);
    std::memcpy(&kind, record + 10, 1);
    std::memcpy(&s.missing, record + 11, 4);
    if (kind != GapKind) {
        s.kind = Notification::Kind(kind);
        s.value = QByteArrayView(record + HeaderSize, length);
    }
    return s;
}

SampleStream::Chunk &SampleStream::writableChunk(qsizetype recordSize, quint64 arrival)
{
    if (!m_chunks.empty()) {
        Chunk &last = *m_chunks.back();
        if (last.records < last.maxRecords && last.capacity - last.used >= recordSize)
            return last;
    }
    if (!m_chunks.empty())
        seal(*m_chunks.back());
    auto chunk = std::make_unique<Chunk>();
    chunk->capacity = qMax(m_nextChunkSize, recordSize);
    // A record is at least its header: no more than this many fit. A chunk bigger than a
    // 16-bit offset reaches only ever holds the one record that needed it.
    chunk->maxRecords = recordSize > MaxChunkSize ? 1 : qMax<qsizetype>(1, chunk->capacity / HeaderSize);
    chunk->data.reset(new char[size_t(chunk->capacity)]);
    chunk->offsets.reset(new quint16[size_t(chunk->maxRecords)]);
    chunk->firstSequence = m_end;
    chunk->firstArrival = arrival;
    m_memory += chunk->cost();
    m_nextChunkSize = qMin(MaxChunkSize, m_nextChunkSize * 2);
    m_chunks.push_back(std::move(chunk));
    return *m_chunks.back();
}

quint64 SampleStream::appendRecord(qint64 timestampUs, QByteArrayView value, quint8 kind, quint32 missing,
                                   quint64 arrival)
{
    // A notification value is at most 512 bytes; anything longer is cut to what the length
    // field holds rather than corrupting the chunk.
    const auto length = quint16(qMin<qsizetype>(value.size(), 0xFFFF));
    const qsizetype size = HeaderSize + length;
    Chunk &c = writableChunk(size, arrival);
    char *p = c.data.get() + c.used;
    std::memcpy(p, &timestampUs, 8);
    std::memcpy(p + 8, &length, 2);
    std::memcpy(p + 10, &kind, 1);
    std::memcpy(p + 11, &missing, 4);
    if (length)
        std::memcpy(p + HeaderSize, value.data(), length);
    c.offsets[c.records++] = quint16(c.used);
    c.used += size;
    return m_end++;
}

quint64 SampleStream::append(qint64 timestampUs, QByteArrayView value, Notification::Kind kind,
                             quint64 arrival)
{
    return appendRecord(timestampUs, value, quint8(kind), 0, arrival);
}

quint64 SampleStream::appendGap(qint64 timestampUs, quint32 missing, quint64 arrival)
{
    m_missing += missing;
    return appendRecord(timestampUs, {}, GapKind, missing, arrival);
}

void SampleStream::seal(Chunk &chunk)
{
    if (chunk.records == chunk.maxRecords)
        return;
    const qint64 before = chunk.cost();
    auto exact = std::make_unique<quint16[]>(size_t(chunk.records));
    std::copy_n(chunk.offsets.get(), chunk.records, exact.get());
    chunk.offsets = std::move(exact);
    chunk.maxRecords = chunk.records;
    m_memory += chunk.cost() - before;
}

const SampleStream::Chunk &SampleStream::chunkOf(quint64 sequence) const
{
    // The last chunk whose first sequence is <= sequence.
    qsizetype lo = 0;
    qsizetype hi = qsizetype(m_chunks.size()) - 1;
    while (lo < hi) {
        const qsizetype mid = (lo + hi + 1) / 2;
        if (m_chunks[size_t(mid)]->firstSequence <= sequence)
            lo = mid;
        else
            hi = mid - 1;
    }
    return *m_chunks[size_t(lo)];
}

NotificationSample SampleStream::at(quint64 sequence) const
{
    Q_ASSERT(contains(sequence));
    const Chunk &c = chunkOf(sequence);
    return decode(c.data.get() + c.offsets[qsizetype(sequence - c.firstSequence)]);
}

quint64 SampleStream::oldestArrival() const
{
    return m_chunks.empty() ? 0 : m_chunks.front()->firstArrival;
}

void SampleStream::dropChunk()
{
    const Chunk &front = *m_chunks.front();
    m_memory -= front.cost();
    m_first = front.endSequence();
    m_chunks.pop_front();
    if (m_chunks.empty()) {
        m_first = m_end;
        m_nextChunkSize = 1024; // a stream that lost everything starts small again
    }
}

qint64 SampleStream::evictFront()
{
    if (m_chunks.empty())
        return 0;
    const qint64 before = m_memory;
    dropChunk();
    return before - m_memory;
}

void SampleStream::trimTo(qsizetype records)
{
    records = qMax<qsizetype>(0, records);
    while (size() > records && !m_chunks.empty()) {
        const Chunk &front = *m_chunks.front();
        const quint64 excess = quint64(size() - records);
        const quint64 inFront = front.endSequence() - m_first;
        if (excess >= inFront) {
            dropChunk();
        } else {
            m_first += excess; // the front chunk's memory goes with its last record
        }
    }
}

} // namespace gattscope
