// SPDX-License-Identifier: MIT
#include "ibeacon.h"

namespace gattscope {

bool IBeacon::matches(quint16 companyId, QByteArrayView payload)
{
    return companyId == AppleCompanyId && payload.size() >= 2 && quint8(payload[0]) == 0x02
        && quint8(payload[1]) == 0x15;
}

std::optional<IBeacon> IBeacon::parse(quint16 companyId, QByteArrayView payload, QString *error)
{
    if (!matches(companyId, payload))
        return std::nullopt;
    if (payload.size() < PayloadSize) {
        if (error)
            *error = tr("truncated iBeacon: %1 of %2 bytes").arg(payload.size()).arg(PayloadSize);
        return std::nullopt;
    }
    const auto u8 = [&](qsizetype i) {
        return quint8(payload[i]);
    };
    IBeacon beacon;
    std::array<quint8, 16> uuid {};
    for (size_t i = 0; i < uuid.size(); ++i)
        uuid[i] = u8(qsizetype(2 + i));
    beacon.proximityUuid = Uuid::fromBigEndian(uuid);
    beacon.major = quint16(u8(18) << 8 | u8(19));
    beacon.minor = quint16(u8(20) << 8 | u8(21));
    beacon.measuredPower = qint8(u8(22));
    return beacon;
}

QString IBeacon::describe() const
{
    return tr("iBeacon %1, major %2, minor %3, measured power %4 dBm")
        .arg(proximityUuid.toCanonicalString())
        .arg(major)
        .arg(minor)
        .arg(measuredPower);
}

} // namespace gattscope
