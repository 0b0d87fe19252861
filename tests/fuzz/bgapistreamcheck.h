// SPDX-License-Identifier: MIT
#pragma once

// The properties both BGAPI stream targets check, for one side of the link:
//   - reassembly does not depend on how the bytes were chunked (one read, or reads of
//     0..n bytes as a serial port delivers them): the same packets, the same skipped count;
//   - every byte is accounted for: packets + skipped + held back = bytes fed, and what is
//     held back never exceeds kMaxBufferedBytes; the skipped-bytes handler sees every
//     skipped byte exactly once;
//   - a packet the reassembler hands out decodes, or fails with a Protocol error (never a
//     crash); a decoded message encodes to a packet that fits its layout and decodes to
//     the same message; the zero-copy attribute_value view agrees with the full decoder.
// Input: byte 0 seeds the chunk sizes, the rest is the stream.

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

// Feeds `stream` in chunks (seed 0: all at once) and checks the accounting.
inline Reassembled reassemble(QByteArrayView stream, bgapi::Direction direction, quint8 seed)
{
    BgapiReassembler reassembler(direction);
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
    if (seed == 0) {
        reassembler.feed(stream, sink);
    } else {
        ChunkSizes sizes(seed);
        const qsizetype maxChunk = seed % 2 ? 7 : 300; // small reads, and reads past a packet
        for (qsizetype pos = 0; pos < stream.size();) {
            const qsizetype n = qMin(sizes.next(maxChunk), stream.size() - pos);
            reassembler.feed(stream.sliced(pos, n), sink);
            FUZZ_CHECK(reassembler.bufferedBytes() <= BgapiReassembler::kMaxBufferedBytes);
            pos += n;
        }
    }
    out.skipped = reassembler.skippedBytes();
    out.heldBack = reassembler.bufferedBytes();
    FUZZ_CHECK(reported == out.skipped);
    FUZZ_CHECK(reassembler.packetCount() == quint64(out.packets.size()));
    FUZZ_CHECK(out.heldBack <= BgapiReassembler::kMaxBufferedBytes);
    FUZZ_CHECK(qsizetype(out.skipped) + packetBytes + out.heldBack == stream.size());
    return out;
}

inline void checkStream(const uint8_t *data, size_t size, bgapi::Direction direction)
{
    if (size < 1)
        return;
    const quint8 seed = data[0];
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Reassembled whole = reassemble(stream, direction, 0);
    if (seed == 0)
        return;
    const Reassembled chunked = reassemble(stream, direction, seed);
    FUZZ_CHECK(chunked.packets == whole.packets);
    FUZZ_CHECK(chunked.skipped == whole.skipped);
    FUZZ_CHECK(chunked.heldBack == whole.heldBack);
}

} // namespace gattscope::fuzz
