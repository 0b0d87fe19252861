// SPDX-License-Identifier: MIT
#pragma once

#include "bgapienums.h"
#include "bgapiheader.h"
#include "bgapipacket.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>
#include <type_traits>

namespace gattscope {

// How a BgapiReassembler judges headers. At namespace scope so it can be a default argument.
struct BgapiReassemblerOptions
{
    // Whose packets are being reassembled: DeviceToHost on the client (responses and
    // events), HostToDevice in the emulator (commands only; an event header is garbage).
    bgapi::Direction direction = bgapi::Direction::DeviceToHost;
    // Longest payload accepted for a class/ID pair this layer has no type for. BGAPI's
    // 11-bit length allows 2047; a smaller cap resynchronises faster after garbage.
    quint16 maxUnknownPayload = BgapiHeader::kMaxPayloadLength;
    // Typed messages must have exactly their layout's length (fixed size, or fixed part
    // plus the trailing uint8array's count). Turn off only for firmware with other layouts.
    bool checkKnownLengths = true;
};

// Turns a byte stream (serial port, pty, pipe) into whole BGAPI packets, whatever the
// chunking: one byte at a time or 64 KiB at once.
//
// BGAPI has no start byte or checksum, so the reassembler checks each header: byte 0's
// technology bits must be 0, and a typed message's length must match its layout (for a
// trailing uint8array, the count must agree too, checked once the payload is in); other
// class/IDs only need a length ≤ maxUnknownPayload. An implausible header costs one byte:
// it is skipped and counted, and reported to the skipped-bytes handler (contiguous runs,
// for logging), then the next byte is tried.
//
// Fast path: complete packets are handed out as views into the caller's chunk, without
// copying; only an incomplete packet at the end of a chunk is copied into a small internal
// buffer, which therefore never exceeds kMaxBufferedBytes, whatever arrives.
//
// Not thread-safe; use from one thread. Do not call feed() or reset() from a sink or the
// skipped-bytes handler.
class BgapiReassembler
{
public:
    using SkippedBytesHandler = std::function<void(QByteArrayView skipped)>;

    // A header plus the largest payload its 11-bit length can announce.
    static constexpr qsizetype kMaxBufferedBytes = BgapiHeader::kSize + BgapiHeader::kMaxPayloadLength;

    explicit BgapiReassembler(bgapi::Direction direction = bgapi::Direction::DeviceToHost);
    explicit BgapiReassembler(const BgapiReassemblerOptions &options);

    // Calls sink(const BgapiPacketView &) for every packet completed by `bytes`, in stream
    // order. The view is valid only during the call; convert with toPacket() to keep it.
    template<class Sink> void feed(QByteArrayView bytes, Sink &&sink)
    {
        using S = std::remove_reference_t<Sink>;
        feedImpl(
            bytes, [](void *s, const BgapiPacketView &packet) { (*static_cast<S *>(s))(packet); },
            const_cast<void *>(static_cast<const void *>(&sink)));
    }
    // Convenience: the completed packets as owned copies.
    QList<BgapiPacket> feed(QByteArrayView bytes);

    void setSkippedBytesHandler(SkippedBytesHandler handler) { m_onSkipped = std::move(handler); }

    // Bytes thrown away while resynchronising, since construction or reset().
    quint64 skippedBytes() const { return m_skipped; }
    // Packets handed out since construction or reset().
    quint64 packetCount() const { return m_packets; }
    // Bytes held back: the start of a packet that has not fully arrived.
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    const BgapiReassemblerOptions &options() const { return m_options; }

    // Forgets buffered bytes (e.g. after the port was reopened) and zeroes the counters.
    void reset();

private:
    using RawSink = void (*)(void *context, const BgapiPacketView &packet);

    // Length rule of one header, by (event bit, class, id) for class and id below 16.
    struct Rule
    {
        quint16 fixedSize = 0;
        quint8 flags = 0; // kKnown | kHasArray
    };
    static constexpr quint8 kKnown = 0x01;
    static constexpr quint8 kHasArray = 0x02;

    void buildRules();
    void feedImpl(QByteArrayView bytes, RawSink sink, void *context);
    qsizetype scan(const uchar *begin, const uchar *end, RawSink sink, void *context);
    void reportSkipped(const uchar *from, const uchar *to);

    BgapiReassemblerOptions m_options;
    Rule m_rules[2][16][16];
    QByteArray m_buffer;
    quint64 m_skipped = 0;
    quint64 m_packets = 0;
    SkippedBytesHandler m_onSkipped;
};

} // namespace gattscope
