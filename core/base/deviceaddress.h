// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace gattscope {

// How the peer's address was generated (Core spec Vol 6 Part B §1.3). Over the air only
// "public" and "random" exist; the random sub-type is read from the two top bits.
enum class AddressType : quint8 {
    Public,
    RandomStatic,
    RandomResolvable, // resolvable private address (RPA)
    RandomNonResolvable // non-resolvable private address
};

// A 48-bit Bluetooth device address with its type. Printed most significant byte first
// ("C0:98:E5:49:00:01"); BGAPI and HCI carry it least significant byte first.
class DeviceAddress
{
public:
    DeviceAddress() = default;
    explicit DeviceAddress(quint64 value, AddressType type = AddressType::Public);

    // "AA:BB:CC:DD:EE:FF" or "AA-BB-…" or "AABBCCDDEEFF", case-insensitive. The type is the
    // one given; use typeForRandom() to classify a random address.
    static std::optional<DeviceAddress> fromString(QStringView text, AddressType type = AddressType::Public);
    // 6 bytes, least significant first (BGAPI bd_addr / HCI order).
    static std::optional<DeviceAddress> fromLittleEndian(QByteArrayView bytes,
                                                         AddressType type = AddressType::Public);
    // Builds an address from the over-the-air "random" flag, classifying random addresses by
    // their two most significant bits.
    static DeviceAddress fromAirAddress(quint64 value, bool random);

    // Sub-type of a random address from its two most significant bits.
    static AddressType typeForRandom(quint64 value);

    bool isNull() const { return m_value == 0; }
    quint64 toUInt64() const { return m_value; }
    AddressType type() const { return m_type; }
    void setType(AddressType type) { m_type = type; }
    bool isRandom() const { return m_type != AddressType::Public; }

    QString toString() const; // "C0:98:E5:49:00:01"
    QByteArray toLittleEndian() const;

    // Equality compares the 48 bits and whether the address is public or random, which is
    // what identifies a peer on the air.
    friend bool operator==(const DeviceAddress &a, const DeviceAddress &b)
    {
        return a.m_value == b.m_value && a.isRandom() == b.isRandom();
    }

private:
    quint64 m_value = 0;
    AddressType m_type = AddressType::Public;
};

size_t qHash(const DeviceAddress &address, size_t seed = 0) noexcept;

// "public", "random static", "resolvable private", "non-resolvable private" (translated).
QString addressTypeName(AddressType type);

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::DeviceAddress)
