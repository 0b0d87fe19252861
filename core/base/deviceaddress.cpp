// SPDX-License-Identifier: MIT
#include "deviceaddress.h"

#include <QCoreApplication>
#include <QHashFunctions>

namespace gattscope {

namespace {
constexpr quint64 kMask48 = 0xFFFF'FFFF'FFFFull;
}

DeviceAddress::DeviceAddress(quint64 value, AddressType type)
    : m_value(value & kMask48)
    , m_type(type)
{ }

std::optional<DeviceAddress> DeviceAddress::fromString(QStringView text, AddressType type)
{
    text = text.trimmed();
    QString digits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if ((c == u':' || c == u'-') && text.size() == 17 && i % 3 == 2)
            continue;
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return std::nullopt;
        digits.append(c);
    }
    if (digits.size() != 12)
        return std::nullopt;
    bool ok = false;
    const quint64 v = digits.toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    return DeviceAddress(v, type);
}

std::optional<DeviceAddress> DeviceAddress::fromLittleEndian(QByteArrayView bytes, AddressType type)
{
    if (bytes.size() != 6)
        return std::nullopt;
    quint64 v = 0;
    for (int i = 5; i >= 0; --i)
        v = v << 8 | quint8(bytes[i]);
    return DeviceAddress(v, type);
}

DeviceAddress DeviceAddress::fromAirAddress(quint64 value, bool random)
{
    return DeviceAddress(value, random ? typeForRandom(value) : AddressType::Public);
}

AddressType DeviceAddress::typeForRandom(quint64 value)
{
    switch ((value >> 46) & 0x3) {
    case 0x3: return AddressType::RandomStatic;
    case 0x1: return AddressType::RandomResolvable;
    default:
        // 0b00 is non-resolvable private; 0b10 is reserved, treat it the same way.
        return AddressType::RandomNonResolvable;
    }
}

QString DeviceAddress::toString() const
{
    QString s;
    s.reserve(17);
    for (int i = 5; i >= 0; --i) {
        s.append(QStringLiteral("%1").arg((m_value >> (8 * i)) & 0xFF, 2, 16, QLatin1Char('0')));
        if (i)
            s.append(u':');
    }
    return s.toUpper();
}

QByteArray DeviceAddress::toLittleEndian() const
{
    QByteArray out(6, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        out[i] = char((m_value >> (8 * i)) & 0xFF);
    return out;
}

size_t qHash(const DeviceAddress &address, size_t seed) noexcept
{
    return qHashMulti(seed, address.toUInt64(), address.isRandom());
}

QString addressTypeName(AddressType type)
{
    switch (type) {
    case AddressType::Public: return QCoreApplication::translate("gattscope::DeviceAddress", "public");
    case AddressType::RandomStatic:
        return QCoreApplication::translate("gattscope::DeviceAddress", "random static");
    case AddressType::RandomResolvable:
        return QCoreApplication::translate("gattscope::DeviceAddress", "resolvable private");
    case AddressType::RandomNonResolvable:
        return QCoreApplication::translate("gattscope::DeviceAddress", "non-resolvable private");
    }
    return {};
}

} // namespace gattscope
