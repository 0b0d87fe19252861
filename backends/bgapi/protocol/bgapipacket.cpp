// SPDX-License-Identifier: MIT
#include "bgapipacket.h"

#include <QCoreApplication>

namespace gattscope {

namespace {

BgapiHeader makeHeader(bgapi::MessageType type, quint8 technology, bgapi::MessageClass cls, quint8 id,
                       qsizetype payloadSize)
{
    Q_ASSERT(payloadSize <= BgapiHeader::kMaxPayloadLength);
    BgapiHeader h;
    h.messageType = type;
    h.technology = technology;
    h.payloadLength = quint16(payloadSize);
    h.messageClass = cls;
    h.messageId = id;
    return h;
}

QByteArray serialise(const BgapiHeader &header, QByteArrayView payload)
{
    QByteArray out(BgapiHeader::kSize + payload.size(), Qt::Uninitialized);
    header.writeTo(reinterpret_cast<uchar *>(out.data()));
    if (!payload.isEmpty())
        memcpy(out.data() + BgapiHeader::kSize, payload.data(), size_t(payload.size()));
    return out;
}

} // namespace

BgapiHeader BgapiPacket::header() const
{
    return makeHeader(messageType, technology, messageClass, messageId, payload.size());
}

QByteArray BgapiPacket::toByteArray() const
{
    return serialise(header(), payload);
}

Result<BgapiPacket> BgapiPacket::fromBytes(QByteArrayView bytes)
{
    const std::optional<BgapiHeader> header = BgapiHeader::fromBytes(bytes);
    if (!header) {
        return Error(Error::Kind::Protocol,
                     QCoreApplication::translate("gattscope::BgapiPacket",
                                                 "BGAPI packet of %n byte(s) is shorter than its header",
                                                 nullptr, int(bytes.size())));
    }
    if (bytes.size() != BgapiHeader::kSize + header->payloadLength) {
        return Error(Error::Kind::Protocol,
                     QCoreApplication::translate("gattscope::BgapiPacket",
                                                 "BGAPI header announces %1 payload bytes but %2 follow")
                         .arg(header->payloadLength)
                         .arg(bytes.size() - BgapiHeader::kSize));
    }
    return BgapiPacketView(*header, bytes.sliced(BgapiHeader::kSize)).toPacket();
}

BgapiHeader BgapiPacketView::header() const
{
    return makeHeader(messageType, technology, messageClass, messageId, payload.size());
}

BgapiPacket BgapiPacketView::toPacket() const
{
    BgapiPacket p;
    p.messageType = messageType;
    p.technology = technology;
    p.messageClass = messageClass;
    p.messageId = messageId;
    p.payload = payload.toByteArray();
    return p;
}

QByteArray BgapiPacketView::toByteArray() const
{
    return serialise(header(), payload);
}

} // namespace gattscope
