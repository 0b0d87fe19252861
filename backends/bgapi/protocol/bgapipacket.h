// SPDX-License-Identifier: MIT
#pragma once

#include "bgapiheader.h"

#include <gattscope/core/base/result.h>

#include <QByteArray>
#include <QByteArrayView>

namespace gattscope {

struct BgapiPacketView;

// One whole BGAPI packet that owns its payload. The header's length field is not stored:
// it is always payload.size(), which must not exceed BgapiHeader::kMaxPayloadLength.
struct BgapiPacket
{
    bgapi::MessageType messageType = bgapi::MessageType::CommandOrResponse;
    quint8 technology = 0;
    bgapi::MessageClass messageClass = bgapi::MessageClass::System;
    quint8 messageId = 0;
    QByteArray payload;

    bool isEvent() const { return messageType == bgapi::MessageType::Event; }
    BgapiHeader header() const;
    // Header and payload, ready for the wire.
    QByteArray toByteArray() const;

    // Exactly one packet: 4 header bytes and exactly the payload the header announces.
    // Fails (Error::Kind::Protocol) on fewer than 4 bytes or a length mismatch. Streams
    // go through BgapiReassembler instead.
    static Result<BgapiPacket> fromBytes(QByteArrayView bytes);

    friend bool operator==(const BgapiPacket &, const BgapiPacket &) = default;
};

// A packet whose payload points into someone else's buffer (the reassembler's, or a
// BgapiPacket's). Valid only as long as that buffer; copy with toPacket() to keep it.
// Decoders take this type, so BgapiPacket converts to it implicitly.
struct BgapiPacketView
{
    bgapi::MessageType messageType = bgapi::MessageType::CommandOrResponse;
    quint8 technology = 0;
    bgapi::MessageClass messageClass = bgapi::MessageClass::System;
    quint8 messageId = 0;
    QByteArrayView payload;

    BgapiPacketView() = default;
    BgapiPacketView(const BgapiHeader &header, QByteArrayView packetPayload)
        : messageType(header.messageType)
        , technology(header.technology)
        , messageClass(header.messageClass)
        , messageId(header.messageId)
        , payload(packetPayload)
    { }
    BgapiPacketView(const BgapiPacket &packet) // implicit on purpose
        : messageType(packet.messageType)
        , technology(packet.technology)
        , messageClass(packet.messageClass)
        , messageId(packet.messageId)
        , payload(packet.payload)
    { }

    bool isEvent() const { return messageType == bgapi::MessageType::Event; }
    BgapiHeader header() const;
    BgapiPacket toPacket() const;
    QByteArray toByteArray() const;
};

} // namespace gattscope
