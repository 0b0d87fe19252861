// SPDX-License-Identifier: MIT
#include "uuid.h"

#include "hexcodec.h"

#include <algorithm>

namespace gattscope {

namespace {
// 0000xxxx-0000-1000-8000-00805F9B34FB
constexpr std::array<quint8, 16> kBase
    = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0x80, 0x5F, 0x9B, 0x34, 0xFB };

} // namespace

Uuid::Uuid(quint32 shortUuid)
    : m_bytes(kBase)
{
    m_bytes[0] = quint8(shortUuid >> 24);
    m_bytes[1] = quint8(shortUuid >> 16);
    m_bytes[2] = quint8(shortUuid >> 8);
    m_bytes[3] = quint8(shortUuid);
}

std::optional<Uuid> Uuid::fromString(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'{') && text.endsWith(u'}'))
        text = text.mid(1, text.size() - 2);
    if (text.startsWith(u"0x", Qt::CaseInsensitive))
        text = text.mid(2);

    QString digits;
    digits.reserve(32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'-') {
            // Dashes are only allowed in the canonical positions of a 128-bit UUID.
            if (text.size() != 36 || (i != 8 && i != 13 && i != 18 && i != 23))
                return std::nullopt;
            continue;
        }
        if (hexDigitValue(c) < 0)
            return std::nullopt;
        digits.append(c);
    }

    if (digits.size() == 4 || digits.size() == 8) {
        bool ok = false;
        const quint32 v = digits.toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        return Uuid(v);
    }
    if (digits.size() != 32)
        return std::nullopt;
    std::array<quint8, 16> bytes {};
    for (int i = 0; i < 16; ++i)
        bytes[size_t(i)] = quint8(hexDigitValue(digits[2 * i]) << 4 | hexDigitValue(digits[2 * i + 1]));
    return fromBigEndian(bytes);
}

std::optional<Uuid> Uuid::fromAttBytes(QByteArrayView bytes)
{
    const auto b = [&](qsizetype i) {
        return quint8(bytes[i]);
    };
    switch (bytes.size()) {
    case 2: return Uuid(quint32(b(0)) | quint32(b(1)) << 8);
    case 4: return Uuid(quint32(b(0)) | quint32(b(1)) << 8 | quint32(b(2)) << 16 | quint32(b(3)) << 24);
    case 16: {
        std::array<quint8, 16> be {};
        for (int i = 0; i < 16; ++i)
            be[size_t(i)] = b(15 - i);
        return fromBigEndian(be);
    }
    default: return std::nullopt;
    }
}

Uuid Uuid::fromBigEndian(const std::array<quint8, 16> &bytes)
{
    Uuid u;
    u.m_bytes = bytes;
    return u;
}

bool Uuid::isNull() const
{
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](quint8 v) { return v == 0; });
}

bool Uuid::isShort() const
{
    return std::equal(m_bytes.begin() + 4, m_bytes.end(), kBase.begin() + 4);
}

Uuid::Width Uuid::minimumWidth() const
{
    if (!isShort())
        return Width::Bits128;
    return toUInt32() <= 0xFFFF ? Width::Bits16 : Width::Bits32;
}

quint32 Uuid::toUInt32() const
{
    return quint32(m_bytes[0]) << 24 | quint32(m_bytes[1]) << 16 | quint32(m_bytes[2]) << 8
        | quint32(m_bytes[3]);
}

QString Uuid::toString() const
{
    switch (minimumWidth()) {
    case Width::Bits16: return QStringLiteral("%1").arg(toUInt32(), 4, 16, QLatin1Char('0')).toUpper();
    case Width::Bits32: return QStringLiteral("%1").arg(toUInt32(), 8, 16, QLatin1Char('0')).toUpper();
    case Width::Bits128: break;
    }
    return toCanonicalString();
}

QString Uuid::toCanonicalString() const
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    QString s;
    s.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s.append(u'-');
        s.append(QChar(hex[m_bytes[size_t(i)] >> 4]));
        s.append(QChar(hex[m_bytes[size_t(i)] & 0xF]));
    }
    return s;
}

QByteArray Uuid::toAttBytes() const
{
    if (minimumWidth() == Width::Bits16) {
        const quint32 v = toUInt32();
        QByteArray out(2, Qt::Uninitialized);
        out[0] = char(v & 0xFF);
        out[1] = char(v >> 8);
        return out;
    }
    QByteArray out(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        out[i] = char(m_bytes[size_t(15 - i)]);
    return out;
}

size_t qHash(const Uuid &uuid, size_t seed) noexcept
{
    const auto &b = uuid.bigEndianBytes();
    return qHashBits(b.data(), b.size(), seed);
}

} // namespace gattscope
