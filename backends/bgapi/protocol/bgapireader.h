// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>

#include <QByteArrayView>

#include <type_traits>

namespace gattscope {

// Reads little-endian BGAPI fields from a payload without ever reading past its end.
// A read that does not fit returns 0 (or an empty view), marks the reader truncated and
// moves it to the end, so every later read fails too; check truncated() once at the end.
//
// Lifetime: the reader is a view, like the QByteArrayView it is made from (the hot path
// reads packets in place, without a copy). The bytes must outlive the reader, and so must
// the views readBytes()/readUint8Array() return. Handing it a temporary that owns its
// bytes (`BgapiReader r(QByteArray::fromHex("..."))`) would leave it reading freed memory
// from the next statement on, so that does not compile: name the bytes first.
class BgapiReader
{
public:
    explicit BgapiReader(QByteArrayView data)
        : m_pos(reinterpret_cast<const uchar *>(data.data()))
        , m_end(m_pos + data.size())
        , m_begin(m_pos)
    { }
    // Temporaries that own their bytes (QByteArray, std::string, …): see "Lifetime" above.
    template<typename Owner>
    requires(
        !std::is_reference_v<
            Owner> && !std::is_pointer_v<Owner> && !std::is_same_v<std::remove_cv_t<Owner>, QByteArrayView> && std::is_constructible_v<QByteArrayView, const Owner &>) explicit BgapiReader(Owner
                                                                                                                                                                                                &&)
        = delete;

    quint8 readU8()
    {
        if (!take(1))
            return 0;
        return m_pos[-1];
    }
    qint8 readI8() { return qint8(readU8()); }
    quint16 readU16()
    {
        if (!take(2))
            return 0;
        return quint16(m_pos[-2] | (m_pos[-1] << 8));
    }
    quint32 readU32()
    {
        if (!take(4))
            return 0;
        const uchar *p = m_pos - 4;
        return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
    }
    QByteArrayView readBytes(qsizetype count)
    {
        if (count < 0 || !take(count))
            return {};
        return QByteArrayView(m_pos - count, count);
    }
    // uint8array: a count byte, then that many bytes.
    QByteArrayView readUint8Array() { return readBytes(readU8()); }
    // bd_addr: 6 bytes, least significant first. The type is left Public; BGAPI carries the
    // address type in a separate field.
    DeviceAddress readBdAddr()
    {
        if (!take(6))
            return DeviceAddress();
        const uchar *p = m_pos - 6;
        quint64 value = 0;
        for (int i = 5; i >= 0; --i)
            value = (value << 8) | p[i];
        return DeviceAddress(value);
    }

    bool truncated() const { return m_truncated; }
    bool atEnd() const { return m_pos == m_end; }
    qsizetype remaining() const { return m_end - m_pos; }
    qsizetype position() const { return m_pos - m_begin; }

private:
    bool take(qsizetype count)
    {
        if (m_end - m_pos < count) {
            m_truncated = true;
            m_pos = m_end;
            return false;
        }
        m_pos += count;
        return true;
    }

    const uchar *m_pos;
    const uchar *m_end;
    const uchar *m_begin;
    bool m_truncated = false;
};

} // namespace gattscope
