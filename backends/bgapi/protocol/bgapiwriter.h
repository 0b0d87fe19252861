// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>

#include <QByteArray>
#include <QByteArrayView>

namespace gattscope {

// Appends little-endian BGAPI fields to a QByteArray it does not own.
class BgapiWriter
{
public:
    // Longest uint8array: its count is one byte.
    static constexpr qsizetype kMaxArrayLength = 255;

    explicit BgapiWriter(QByteArray &out)
        : m_out(out)
    { }

    void writeU8(quint8 v) { m_out.append(char(v)); }
    void writeI8(qint8 v) { m_out.append(char(v)); }
    void writeU16(quint16 v)
    {
        const char b[2] = { char(v & 0xFF), char(v >> 8) };
        m_out.append(b, 2);
    }
    void writeU32(quint32 v)
    {
        const char b[4] = { char(v & 0xFF), char((v >> 8) & 0xFF), char((v >> 16) & 0xFF), char(v >> 24) };
        m_out.append(b, 4);
    }
    void writeBytes(QByteArrayView bytes) { m_out.append(bytes.data(), bytes.size()); }
    // uint8array. Only the first kMaxArrayLength bytes fit; callers validate lengths (ATT
    // values are far shorter) and the rest is dropped rather than corrupting the framing.
    void writeUint8Array(QByteArrayView bytes)
    {
        const qsizetype n = qMin(bytes.size(), kMaxArrayLength);
        writeU8(quint8(n));
        m_out.append(bytes.data(), n);
    }
    // bd_addr: 6 bytes, least significant first.
    void writeBdAddr(const DeviceAddress &address)
    {
        quint64 v = address.toUInt64();
        char b[6];
        for (char &c : b) {
            c = char(v & 0xFF);
            v >>= 8;
        }
        m_out.append(b, 6);
    }

private:
    QByteArray &m_out;
};

} // namespace gattscope
