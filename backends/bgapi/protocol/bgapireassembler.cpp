// SPDX-License-Identifier: MIT
#include "bgapireassembler.h"

#include "bgapimessages.h"

#include <chrono>

namespace gattscope {

namespace {
qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}
} // namespace

BgapiReassembler::BgapiReassembler(bgapi::Direction direction)
    : BgapiReassembler(BgapiReassemblerOptions { direction })
{ }

BgapiReassembler::BgapiReassembler(const BgapiReassemblerOptions &options)
    : m_options(options)
    , m_clock(steadyMs)
{
    buildRules();
    m_buffer.reserve(kMaxBufferedBytes);
}

void BgapiReassembler::buildRules()
{
    for (auto &byType : m_rules)
        for (auto &byClass : byType)
            for (Rule &rule : byClass)
                rule = Rule();
    if (!m_options.checkKnownLengths)
        return;
    const bool host = m_options.direction == bgapi::Direction::HostToDevice;
    for (const bgapi::MessageInfo &info : bgapi::messageCatalogue()) {
        const bool wanted = host ? info.kind == bgapi::Kind::Command : info.kind != bgapi::Kind::Command;
        if (!wanted)
            continue;
        Rule &rule
            = m_rules[info.kind == bgapi::Kind::Event ? 1 : 0][quint8(info.messageClass)][info.messageId];
        rule.fixedSize = info.fixedSize;
        rule.flags = quint8(kKnown | (info.hasArray ? kHasArray : 0));
    }
}

QList<BgapiPacket> BgapiReassembler::feed(QByteArrayView bytes)
{
    QList<BgapiPacket> packets;
    feed(bytes, [&packets](const BgapiPacketView &packet) { packets.append(packet.toPacket()); });
    return packets;
}

void BgapiReassembler::setClock(std::function<qint64()> nowMs)
{
    m_clock = nowMs ? std::move(nowMs) : std::function<qint64()>(steadyMs);
}

qint64 BgapiReassembler::msUntilFragmentOverdue() const
{
    if (m_buffer.isEmpty() || m_options.fragmentTimeoutMs <= 0)
        return -1;
    return qMax<qint64>(0, m_fragmentHeardMs + m_options.fragmentTimeoutMs - m_clock());
}

qsizetype BgapiReassembler::dropFragment()
{
    const qsizetype n = m_buffer.size();
    if (n > 0) {
        const auto *b = reinterpret_cast<const uchar *>(m_buffer.constData());
        reportSkipped(b, b + n);
        m_buffer.clear();
    }
    return n;
}

void BgapiReassembler::reset()
{
    m_buffer.clear();
    m_skipped = 0;
    m_packets = 0;
}

// The held-back fragment is overdue: it must not be completed by the bytes that come now.
// Skip its first byte (it started no packet after all) and look at the rest on its own:
// whole packets in it still come out; what is left incomplete is stale too and goes the
// same way, one byte at a time, until nothing of the fragment is left.
void BgapiReassembler::salvageOverdueFragment(RawSink sink, void *context)
{
    while (!m_buffer.isEmpty()) {
        const auto *b = reinterpret_cast<const uchar *>(m_buffer.constData());
        reportSkipped(b, b + 1);
        m_buffer.remove(0, 1);
        b = reinterpret_cast<const uchar *>(m_buffer.constData());
        m_buffer.remove(0, scan(b, b + m_buffer.size(), sink, context));
    }
}

void BgapiReassembler::feedImpl(QByteArrayView bytes, RawSink sink, void *context)
{
    if (m_options.fragmentTimeoutMs > 0 && !m_buffer.isEmpty()
        && (bytes.isEmpty() || m_options.overdueCheckedOnFeed)
        && m_clock() - m_fragmentHeardMs >= m_options.fragmentTimeoutMs)
        salvageOverdueFragment(sink, context);
    if (bytes.isEmpty())
        return;

    const auto *in = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *const inEnd = in + bytes.size();

    // Finish the packet held back from the previous chunk, topping the buffer up with only
    // as many input bytes as that packet still needs.
    while (!m_buffer.isEmpty()) {
        const auto *b = reinterpret_cast<const uchar *>(m_buffer.constData());
        m_buffer.remove(0, scan(b, b + m_buffer.size(), sink, context));
        if (m_buffer.isEmpty() || in == inEnd)
            break;
        qsizetype need = BgapiHeader::kSize;
        if (m_buffer.size() >= BgapiHeader::kSize)
            need += ((uchar(m_buffer[0]) & 0x07) << 8) | uchar(m_buffer[1]);
        const qsizetype take = qMin(need - m_buffer.size(), qsizetype(inEnd - in));
        Q_ASSERT(take > 0);
        m_buffer.append(reinterpret_cast<const char *>(in), take);
        in += take;
    }

    // Then parse straight from the caller's chunk; keep only an incomplete tail.
    if (m_buffer.isEmpty() && in < inEnd) {
        in += scan(in, inEnd, sink, context);
        m_buffer.append(reinterpret_cast<const char *>(in), inEnd - in);
    }
    Q_ASSERT(m_buffer.size() <= kMaxBufferedBytes);
    // These bytes completed the old fragment or started a new one: either way the fragment
    // held back now was heard from just now.
    if (m_options.fragmentTimeoutMs > 0 && !m_buffer.isEmpty())
        m_fragmentHeardMs = m_clock();
}

// Emits every complete, plausible packet in [begin, end) and skips bytes that cannot start
// one. Returns the number of bytes dealt with; the rest is the start of a packet that has
// not fully arrived (or fewer than 4 bytes whose first byte could start one).
qsizetype BgapiReassembler::scan(const uchar *begin, const uchar *end, RawSink sink, void *context)
{
    // Technology bits must be 0; the host never sends events, so for commands bit 7 too.
    const uchar badBits = m_options.direction == bgapi::Direction::HostToDevice ? 0xF8 : 0x78;
    const quint16 maxUnknown = m_options.maxUnknownPayload;
    const uchar *p = begin;
    const uchar *skipFrom = nullptr;

    while (p < end) {
        const uchar b0 = p[0];
        if ((b0 & badBits) == 0) {
            if (end - p < BgapiHeader::kSize)
                break;
            const qsizetype length = ((b0 & 0x07) << 8) | p[1];
            const uchar cls = p[2];
            const uchar id = p[3];
            const Rule rule = (cls < 16 && id < 16) ? m_rules[b0 >> 7][cls][id] : Rule();
            bool plausible;
            if (rule.flags & kKnown)
                plausible = (rule.flags & kHasArray) ? length >= rule.fixedSize : length == rule.fixedSize;
            else
                plausible = length <= maxUnknown;
            if (plausible) {
                if (end - p - BgapiHeader::kSize < length)
                    break; // wait for the rest of the payload
                const uchar *payload = p + BgapiHeader::kSize;
                if (!(rule.flags & kHasArray) || payload[rule.fixedSize - 1] + rule.fixedSize == length) {
                    if (skipFrom) {
                        reportSkipped(skipFrom, p);
                        skipFrom = nullptr;
                    }
                    ++m_packets;
                    sink(context,
                         BgapiPacketView(BgapiHeader::fromRaw(p),
                                         QByteArrayView(reinterpret_cast<const char *>(payload), length)));
                    p = payload + length;
                    continue;
                }
            }
        }
        if (!skipFrom)
            skipFrom = p;
        ++p;
    }
    if (skipFrom)
        reportSkipped(skipFrom, p);
    return p - begin;
}

void BgapiReassembler::reportSkipped(const uchar *from, const uchar *to)
{
    m_skipped += quint64(to - from);
    if (m_onSkipped)
        m_onSkipped(QByteArrayView(reinterpret_cast<const char *>(from), to - from));
}

} // namespace gattscope
