// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/advertising/advertisingdata.h>
#include <gattscope/core/backend/advertisement.h>

#include <QHash>
#include <QList>

namespace gattscope {

// What a scan knows about one advertiser: its last advertisement and scan response (raw
// and decoded together), its last RSSI and how often it was heard.
struct DiscoveredDevice
{
    DeviceAddress address;
    qint8 rssi = 127; // dBm of the last report; 127 = not available
    bool connectable = false; // from the last advertisement (not scan response)
    AdvertisementKind kind = AdvertisementKind::ConnectableUndirected;
    QByteArray advertisement; // last advertising data, raw
    QByteArray scanResponse; // last scan response data, raw; empty when none was heard
    AdvertisingData data; // both, decoded and merged
    qint64 firstSeenUs = 0;
    qint64 lastSeenUs = 0;
    quint64 reports = 0;

    // The advertised name (complete, else shortened); empty when none.
    QString name() const { return data.name(); }
};

// The devices heard during a scan, by address, in the order first heard. Feed it the
// backend's advertisement batches; it merges each device's advertisement and scan response.
// Not thread-safe: use it on the thread that receives the batches.
class DiscoveredDevices
{
public:
    // Returns the indexes (into devices()) of the devices this batch updated, each once,
    // in the order first heard.
    QList<qsizetype> update(const QList<Advertisement> &batch);

    const QList<DiscoveredDevice> &devices() const { return m_devices; }
    // nullptr when the address (any type) was not heard.
    const DiscoveredDevice *find(const DeviceAddress &address) const;
    void clear();

private:
    QList<DiscoveredDevice> m_devices;
    QHash<quint64, qsizetype> m_index;
};

} // namespace gattscope
