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
    // How long a held-back packet start (a fragment waiting for its rest) may stay silent
    // before it is overdue; 0 = it waits forever. Both ends write each packet at once, so a
    // fragment that has heard nothing for this long is a truncated packet or a false header
    // in garbage, and gluing the next real packet onto it would misframe that packet and
    // the ones behind it. An overdue fragment is dealt with at the next feed(), before the
    // new bytes are looked at (see there); msUntilFragmentOverdue() tells an owner when to
    // call feed({}, sink) from a timer so that it goes without waiting for more input.
    int fragmentTimeoutMs = 0;
    // Whether feed() itself drops an overdue fragment before it looks at new bytes. Right
    // for an owner whose reads are the wire's timing (the virtual dongle's input). An owner
    // on a busy host turns it off and drops fragments from its timer only, after reading
    // what the device holds: bytes that waited in the kernel while its thread was not
    // running are the fragment's rest, not a new packet (BgapiBackend does this).
    bool overdueCheckedOnFeed = true;

    // Longest payload of a message this layer has no type for that a BLED112 link carries.
    // Every message a BLED112 sends is short (the longest, a scan response, has 42 payload
    // bytes), and so is every command a host sends it that is not typed here; a cap this
    // low means a false header in garbage can swallow at most 68 bytes of what follows.
    static constexpr quint16 kBled112MaxUnknownPayload = 64;
    // A BLED112 writes a packet in one USB transfer and hosts write a command in one
    // write(); a pause of this length inside a packet does not happen on a working link,
    // while a host that waits for an answer waits much longer (pygatt: 1 s).
    static constexpr int kBled112FragmentTimeoutMs = 100;

    // The framing safeguards of both ends of a BLED112 link (the BGAPI client and the
    // virtual dongle): unknown lengths capped, overdue fragments dropped.
    static BgapiReassemblerOptions bled112(bgapi::Direction direction)
    {
        BgapiReassemblerOptions o;
        o.direction = direction;
        o.maxUnknownPayload = kBled112MaxUnknownPayload;
        o.fragmentTimeoutMs = kBled112FragmentTimeoutMs;
        return o;
    }
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
// Overdue fragments (options().fragmentTimeoutMs): a held-back fragment that has been
// silent for that long is never completed with new bytes. Its first byte is skipped and
// the rest is scanned on its own, so whole packets inside it still come out (a real
// command behind a false header is answered late rather than lost); whatever of it is
// still incomplete is skipped the same way, byte by byte. Only then are the new bytes
// scanned, from their own start. So after garbage the stream is realigned at the first
// pause of that length — a host waiting for an answer makes one. Without pauses nothing
// can tell: back-to-back system_hellos read from their second byte are valid
// flash_ps_defrag commands, and from their third a system_reset.
//
// Not thread-safe; use from one thread. Do not call feed(), reset() or dropFragment()
// from a sink or the skipped-bytes handler.
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
    // Empty `bytes` only deal with an overdue fragment (for an owner's timer).
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
    // The clock that times fragments: milliseconds from any fixed point, never going back.
    // Default: std::chrono::steady_clock. Tests set their own.
    void setClock(std::function<qint64()> nowMs);

    // Bytes thrown away while resynchronising, since construction or reset().
    quint64 skippedBytes() const { return m_skipped; }
    // Packets handed out since construction or reset().
    quint64 packetCount() const { return m_packets; }
    // Bytes held back: the start of a packet that has not fully arrived.
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    const BgapiReassemblerOptions &options() const { return m_options; }
    // Milliseconds until the held-back fragment is overdue (0: it is), or -1 when nothing
    // is held back or fragments never expire.
    qint64 msUntilFragmentOverdue() const;

    // Throws the held-back fragment away now, reporting it as skipped bytes (e.g. when the
    // answer the fragment would have been is overdue). Returns the bytes dropped.
    qsizetype dropFragment();
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
    void salvageOverdueFragment(RawSink sink, void *context);
    qsizetype scan(const uchar *begin, const uchar *end, RawSink sink, void *context);
    void reportSkipped(const uchar *from, const uchar *to);

    BgapiReassemblerOptions m_options;
    Rule m_rules[2][16][16];
    QByteArray m_buffer;
    quint64 m_skipped = 0;
    quint64 m_packets = 0;
    SkippedBytesHandler m_onSkipped;
    std::function<qint64()> m_clock;
    qint64 m_fragmentHeardMs = 0; // when bytes last joined the held-back fragment
};

} // namespace gattscope
