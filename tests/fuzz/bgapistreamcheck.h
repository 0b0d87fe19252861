// SPDX-License-Identifier: MIT
#pragma once

// The properties both BGAPI stream targets check, for one side of the link, with the
// BLED112 safeguards (capped unknown lengths, overdue fragments) and without:
//   - reassembly depends only on the pauses in the stream, not on how the bytes between
//     them were read (one read, or reads of 0..n bytes as a serial port delivers them):
//     the same packets, the same skipped count;
//   - every byte is accounted for: packets + skipped + held back = bytes fed, what is held
//     back never exceeds kMaxBufferedBytes, the overdue countdown is consistent, and the
//     skipped-bytes handler sees every skipped byte exactly once;
//   - a packet the reassembler hands out decodes, or fails with a Protocol error (never a
//     crash); a decoded message encodes to a packet that fits its layout and decodes to
//     the same message; the zero-copy attribute_value view agrees with the full decoder.

#include "fuzzsupport.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapinames.h>
#include <gattscope/backends/bgapi/protocol/bgapireassembler.h>

#include <QList>

#include <variant>

namespace gattscope::fuzz {

struct Reassembled
{
    QList<BgapiPacket> packets;
    quint64 skipped = 0;
    qsizetype heldBack = 0;
};

template<class Message> void checkRoundTrip(const Message &decoded, bgapi::Direction direction)
{
    const BgapiPacket encoded = bgapi::encode(decoded);
    FUZZ_CHECK(encoded.payload.size() <= BgapiHeader::kMaxPayloadLength);
    const Result<Message> again = [&encoded] {
        if constexpr (std::is_same_v<Message, bgapi::Command>)
            return bgapi::decodeCommand(encoded);
        else if constexpr (std::is_same_v<Message, bgapi::Event>)
            return bgapi::decodeEvent(encoded);
        else
            return bgapi::decodeResponse(encoded);
    }();
    FUZZ_CHECK_NOTE(again.ok(), again.error().message());
    FUZZ_CHECK_NOTE(again.value() == decoded, bgapi::messageName(encoded, direction));
    const bgapi::MessageInfo info = bgapi::messageInfoOf(decoded);
    if (!std::holds_alternative<bgapi::RawPacket>(decoded))
        FUZZ_CHECK(bgapi::payloadLengthFits(info, encoded.payload));
}

// What the receiving side does with one packet (inside the sink, on the view, as the client
// and the emulator do).
inline void checkPacket(const BgapiPacketView &packet, bgapi::Direction direction)
{
    FUZZ_CHECK(packet.technology == 0);
    FUZZ_CHECK(packet.payload.size() <= BgapiHeader::kMaxPayloadLength);
    FUZZ_CHECK(!bgapi::messageName(packet, direction).isEmpty());
    if (direction == bgapi::Direction::HostToDevice) {
        FUZZ_CHECK(!packet.isEvent()); // the host never sends events
        const Result<bgapi::Command> command = bgapi::decodeCommand(packet);
        if (command.ok())
            checkRoundTrip(command.value(), direction);
        else
            FUZZ_CHECK(command.error().kind() == Error::Kind::Protocol);
        return;
    }
    if (packet.isEvent()) {
        const Result<bgapi::Event> event = bgapi::decodeEvent(packet);
        if (event.ok())
            checkRoundTrip(event.value(), direction);
        else
            FUZZ_CHECK(event.error().kind() == Error::Kind::Protocol);
        // The hot path's view agrees with the decoder.
        const std::optional<bgapi::AttributeValueView> view = bgapi::attributeValueView(packet);
        const Result<bgapi::AttclientAttributeValueEvent> full
            = bgapi::decode<bgapi::AttclientAttributeValueEvent>(packet);
        FUZZ_CHECK(view.has_value() == full.ok());
        if (view)
            FUZZ_CHECK(view->toEvent() == full.value());
    } else {
        const Result<bgapi::Response> response = bgapi::decodeResponse(packet);
        if (response.ok())
            checkRoundTrip(response.value(), direction);
        else
            FUZZ_CHECK(response.error().kind() == Error::Kind::Protocol);
    }
}

// When the bytes arrive: the stream in segments, each after a pause (the reassembler's
// clock advances; 100 ms or more makes a held-back fragment overdue) and optionally an
// empty feed, as an owner's timer makes one.
struct Segment
{
    qsizetype length = 0;
    qint64 pauseMs = 0;
    bool timerFeed = false;
};

inline QList<Segment> schedule(qsizetype size, quint8 seed)
{
    if (seed < 2)
        return { Segment { size, 0, false } };
    static constexpr qint64 kPauses[] = { 0, 0, 0, 1, 99, 100, 250, 5000 };
    ChunkSizes random(seed);
    QList<Segment> segments;
    for (qsizetype pos = 0; pos < size;) {
        Segment s;
        s.length = qMin(1 + random.next(255), size - pos);
        s.pauseMs = kPauses[random.next(7)];
        s.timerFeed = random.next(3) == 0;
        segments.append(s);
        pos += s.length;
    }
    return segments;
}

// Feeds `stream` segment by segment, each in one read (chunkSeed 0) or in reads of 0..n
// bytes, and checks the accounting after every read.
inline Reassembled reassemble(QByteArrayView stream, const BgapiReassemblerOptions &options,
                              const QList<Segment> &segments, quint8 chunkSeed)
{
    const bgapi::Direction direction = options.direction;
    BgapiReassembler reassembler(options);
    qint64 now = 1000;
    reassembler.setClock([&now] { return now; });
    Reassembled out;
    quint64 reported = 0;
    reassembler.setSkippedBytesHandler([&reported](QByteArrayView skipped) {
        FUZZ_CHECK(!skipped.isEmpty());
        reported += quint64(skipped.size());
    });
    qsizetype packetBytes = 0;
    const auto sink = [&](const BgapiPacketView &packet) {
        checkPacket(packet, direction);
        packetBytes += BgapiHeader::kSize + packet.payload.size();
        out.packets.append(packet.toPacket());
    };
    const auto afterRead = [&] {
        FUZZ_CHECK(reassembler.bufferedBytes() <= BgapiReassembler::kMaxBufferedBytes);
        const qint64 overdueIn = reassembler.msUntilFragmentOverdue();
        if (reassembler.bufferedBytes() == 0 || options.fragmentTimeoutMs == 0)
            FUZZ_CHECK(overdueIn == -1);
        else
            FUZZ_CHECK(overdueIn >= 0 && overdueIn <= options.fragmentTimeoutMs);
    };
    ChunkSizes sizes(chunkSeed);
    const qsizetype maxChunk = chunkSeed % 2 ? 7 : 300; // small reads, and reads past a packet
    qsizetype pos = 0;
    for (const Segment &segment : segments) {
        now += segment.pauseMs;
        if (segment.timerFeed) {
            reassembler.feed(QByteArrayView(), sink);
            afterRead();
        }
        const QByteArrayView bytes = stream.sliced(pos, segment.length);
        pos += segment.length;
        if (chunkSeed == 0) {
            reassembler.feed(bytes, sink);
            afterRead();
            continue;
        }
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype n = qMin(sizes.next(maxChunk), bytes.size() - at);
            reassembler.feed(bytes.sliced(at, n), sink);
            afterRead();
            at += n;
        }
    }
    out.heldBack = reassembler.bufferedBytes();
    FUZZ_CHECK(reassembler.packetCount() == quint64(out.packets.size()));
    FUZZ_CHECK(qsizetype(reassembler.skippedBytes()) + packetBytes + out.heldBack == stream.size());
    // The owner gives up on the last fragment: it is reported as skipped, nothing is left.
    FUZZ_CHECK(reassembler.dropFragment() == out.heldBack);
    FUZZ_CHECK(reassembler.bufferedBytes() == 0 && reassembler.msUntilFragmentOverdue() == -1);
    out.skipped = reassembler.skippedBytes();
    FUZZ_CHECK(reported == out.skipped);
    FUZZ_CHECK(qsizetype(out.skipped) + packetBytes == stream.size());
    return out;
}

// Input: byte 0 seeds the read sizes, byte 1 the options (bit 0: the BLED112 safeguards,
// else no caps and no timeout) and the pauses; the rest is the stream.
inline void checkStream(const uint8_t *data, size_t size, bgapi::Direction direction)
{
    if (size < 2)
        return;
    const quint8 chunkSeed = data[0];
    const BgapiReassemblerOptions options
        = (data[1] & 1) ? BgapiReassemblerOptions::bled112(direction) : BgapiReassemblerOptions { direction };
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const QList<Segment> segments = schedule(stream.size(), data[1]);
    const Reassembled whole = reassemble(stream, options, segments, 0);
    if (chunkSeed == 0)
        return;
    // Only the pauses may change the framing, never how the bytes between them were read.
    const Reassembled chunked = reassemble(stream, options, segments, chunkSeed);
    FUZZ_CHECK(chunked.packets == whole.packets);
    FUZZ_CHECK(chunked.skipped == whole.skipped);
    FUZZ_CHECK(chunked.heldBack == whole.heldBack);
}

} // namespace gattscope::fuzz
