// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace gattscope {

// The kind of advertising PDU a report came from.
enum class AdvertisementKind : quint8 {
    ConnectableUndirected, // ADV_IND
    ConnectableDirected, // ADV_DIRECT_IND
    ScannableUndirected, // ADV_SCAN_IND
    NonConnectable, // ADV_NONCONN_IND
    ScanResponse, // SCAN_RSP
};

// One advertising report exactly as received: raw AD bytes, not yet decoded (see
// AdvertisingData for the decoder). Backends emit them in batches.
struct Advertisement
{
    DeviceAddress address;
    qint8 rssi = 0; // dBm; 127 = not available
    AdvertisementKind kind = AdvertisementKind::ConnectableUndirected;
    // AD structures: 0..31 bytes as received from a legacy advertiser; longer with extended
    // advertising, or when `rebuilt`.
    QByteArray data;
    qint64 timestampUs = 0; // µs since the Unix epoch, when the report arrived
    bool bonded = false; // the dongle holds a bond for this peer
    // The OS stack (BlueZ, CoreBluetooth) handed out decoded fields, not the packet: `data`
    // was rebuilt from them, advertisement and scan response merged, and `kind` is a guess.
    // Show the fields, not "the bytes received".
    bool rebuilt = false;

    bool isConnectable() const
    {
        return kind == AdvertisementKind::ConnectableUndirected
            || kind == AdvertisementKind::ConnectableDirected;
    }
    bool isScanResponse() const { return kind == AdvertisementKind::ScanResponse; }
};

QString advertisementKindName(AdvertisementKind kind);

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::Advertisement)
