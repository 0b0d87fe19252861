// SPDX-License-Identifier: MIT
#pragma once

#include "bgapienums.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace gattscope {

// The 4-byte header in front of every BGAPI packet (both directions):
//   byte 0: bit 7 message type (0 command/response, 1 event), bits 6..3 technology,
//           bits 2..0 payload length high bits
//   byte 1: payload length low bits (11-bit length: 0..2047)
//   byte 2: class ID, byte 3: message ID
// Any 4 bytes decode to a header; whether it is plausible is the reassembler's question.
struct BgapiHeader
{
    static constexpr qsizetype kSize = 4;
    static constexpr quint16 kMaxPayloadLength = 0x07FF;

    bgapi::MessageType messageType = bgapi::MessageType::CommandOrResponse;
    quint8 technology = 0; // 4 bits; 0 = Bluetooth Smart
    quint16 payloadLength = 0; // 11 bits
    bgapi::MessageClass messageClass = bgapi::MessageClass::System;
    quint8 messageId = 0;

    bool isEvent() const { return messageType == bgapi::MessageType::Event; }

    // Decodes 4 bytes at `bytes` (the caller guarantees they exist). Never fails.
    static BgapiHeader fromRaw(const uchar *bytes)
    {
        BgapiHeader h;
        h.messageType = (bytes[0] & 0x80) ? bgapi::MessageType::Event : bgapi::MessageType::CommandOrResponse;
        h.technology = quint8((bytes[0] >> 3) & 0x0F);
        h.payloadLength = quint16(((bytes[0] & 0x07) << 8) | bytes[1]);
        h.messageClass = bgapi::MessageClass(bytes[2]);
        h.messageId = bytes[3];
        return h;
    }
    // Decodes the first 4 bytes; nullopt when fewer are given.
    static std::optional<BgapiHeader> fromBytes(QByteArrayView bytes);

    // Writes the 4 header bytes to `out`. Technology is masked to 4 bits and the length to
    // 11 bits; keeping them in range is the caller's job.
    void writeTo(uchar *out) const
    {
        out[0] = uchar((messageType == bgapi::MessageType::Event ? 0x80 : 0x00) | ((technology & 0x0F) << 3)
                       | ((payloadLength >> 8) & 0x07));
        out[1] = uchar(payloadLength & 0xFF);
        out[2] = uchar(messageClass);
        out[3] = messageId;
    }
    QByteArray toByteArray() const;

    friend bool operator==(const BgapiHeader &, const BgapiHeader &) = default;
};

} // namespace gattscope
