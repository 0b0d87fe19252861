// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <optional>

namespace gattscope {

// A Bluetooth UUID. Always stored as the full 128-bit value; 16- and 32-bit UUIDs are
// aliases inside the Bluetooth Base UUID 0000xxxx-0000-1000-8000-00805F9B34FB, so
// Uuid(0x180D) == Uuid::fromString(u"0000180d-0000-1000-8000-00805f9b34fb").
class Uuid
{
public:
    enum class Width {
        Bits16,
        Bits32,
        Bits128
    };

    constexpr Uuid() = default; // the nil UUID
    Uuid(quint32 shortUuid); // 16 or 32-bit alias in the base UUID (implicit on purpose)

    // Accepts "180d", "0x180D", "2A37", "12345678" (32-bit), and the canonical 36-char
    // form with or without braces/dashes. Returns nullopt on anything else.
    static std::optional<Uuid> fromString(QStringView text);
    // Bytes as they travel in ATT PDUs and BGAPI: little-endian, 2, 4 or 16 bytes.
    static std::optional<Uuid> fromAttBytes(QByteArrayView bytes);
    // 16 bytes in canonical (big-endian) order.
    static Uuid fromBigEndian(const std::array<quint8, 16> &bytes);

    bool isNull() const;
    // True when the UUID lies in the Bluetooth base range.
    bool isShort() const;
    // Shortest width that represents this UUID exactly.
    Width minimumWidth() const;
    // 16/32-bit value; only meaningful when isShort().
    quint32 toUInt32() const;

    // Shortest display form: "180D" for 16-bit, "0000FEAA"-style 8 hex digits for 32-bit,
    // canonical lower-case 36 chars otherwise.
    QString toString() const;
    // Always the canonical 36-char lower-case form.
    QString toCanonicalString() const;
    // Little-endian ATT encoding in the minimum width (2 or 16 bytes; 32-bit UUIDs are
    // sent as 16 bytes, as ATT requires).
    QByteArray toAttBytes() const;
    const std::array<quint8, 16> &bigEndianBytes() const { return m_bytes; }

    friend bool operator==(const Uuid &, const Uuid &) = default;
    friend std::strong_ordering operator<=>(const Uuid &, const Uuid &) = default;

private:
    std::array<quint8, 16> m_bytes {}; // canonical (big-endian) order
};

size_t qHash(const Uuid &uuid, size_t seed = 0) noexcept;

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::Uuid)
