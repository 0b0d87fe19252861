// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/uuid.h>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gattscope {

// Apple iBeacon, carried in manufacturer-specific data (AD type 0xFF) of company 0x004C:
//   02 15 | proximity UUID (16, big-endian) | major (u16 BE) | minor (u16 BE) | measured power (s8)
// Measured power is the calibrated RSSI at 1 m, in dBm.
struct IBeacon
{
    Q_DECLARE_TR_FUNCTIONS(IBeacon)
public:
    static constexpr quint16 AppleCompanyId = 0x004C;
    static constexpr qsizetype PayloadSize = 23; // after the company ID

    Uuid proximityUuid;
    quint16 major = 0;
    quint16 minor = 0;
    qint8 measuredPower = 0;

    // True when the manufacturer data claims to be an iBeacon (Apple, 02 15), whether or not
    // it is complete.
    static bool matches(quint16 companyId, QByteArrayView payload);
    // Decodes the manufacturer data after the company ID. Returns nullopt when it is not an
    // iBeacon; when it claims to be one but is truncated, also sets *error (if given).
    static std::optional<IBeacon> parse(quint16 companyId, QByteArrayView payload, QString *error = nullptr);

    // "iBeacon e2c56db5-…, major 1, minor 2, measured power -59 dBm"
    QString describe() const;

    friend bool operator==(const IBeacon &, const IBeacon &) = default;
};

} // namespace gattscope
