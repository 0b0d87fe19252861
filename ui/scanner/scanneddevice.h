// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/backend/advertisement.h>
#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/uuid.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace gattscope {

// What the scanner knows about one peer: the last advert and scan response merged, plus
// the fields derived from them (recomputed only when the raw bytes change).
struct ScannedDevice
{
    static constexpr qint8 NoRssi = 127;

    DeviceAddress address;
    qint8 rssi = NoRssi;
    qint64 firstSeenUs = 0;
    qint64 lastSeenUs = 0;
    int advertCount = 0;
    bool connectable = false;
    bool bonded = false;
    bool stale = false; // not heard for a while (ScannerModel reports it only when not connected)
    AdvertisementKind lastKind = AdvertisementKind::ConnectableUndirected;
    // False until an advertisement (not a scan response) arrived with a PDU type the backend
    // received as such: an OS stack that rebuilds reports from properties (BlueZ) guesses it.
    bool kindKnown = false;
    bool heardAdvert = false; // an advertisement, not only a scan response, was heard
    QByteArray advertisingData;
    QByteArray scanResponseData;
    bool hasScanResponse = false;

    // Derived from advertisingData + scanResponseData.
    QString name;
    QList<Uuid> services;
    QString servicesText; // "Heart Rate (180D), 6e400001-…"
    std::optional<quint16> companyId;
    QString manufacturer; // "Nordic Semiconductor ASA (0x0059)"
    std::optional<qint8> txPower;
    QString filterText; // lower-case haystack for the text filter
};

} // namespace gattscope
