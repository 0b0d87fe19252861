// SPDX-License-Identifier: MIT
#include "discovereddevices.h"

namespace gattscope {

QList<qsizetype> DiscoveredDevices::update(const QList<Advertisement> &batch)
{
    QList<qsizetype> touched;
    for (const Advertisement &ad : batch) {
        auto it = m_index.constFind(ad.address.toUInt64());
        qsizetype i = 0;
        if (it == m_index.constEnd()) {
            i = m_devices.size();
            m_index.insert(ad.address.toUInt64(), i);
            DiscoveredDevice d;
            d.address = ad.address;
            d.firstSeenUs = ad.timestampUs;
            m_devices.append(d);
        } else {
            i = it.value();
        }
        DiscoveredDevice &d = m_devices[i];
        if (ad.isScanResponse()) {
            d.scanResponse = ad.data;
        } else {
            d.advertisement = ad.data;
            d.connectable = ad.isConnectable();
            d.kind = ad.kind;
        }
        d.data = AdvertisingData::merged(AdvertisingData::parse(d.advertisement),
                                         AdvertisingData::parse(d.scanResponse, AdSource::ScanResponse));
        d.rssi = ad.rssi;
        d.lastSeenUs = ad.timestampUs;
        ++d.reports;
        if (!touched.contains(i))
            touched.append(i);
    }
    return touched;
}

const DiscoveredDevice *DiscoveredDevices::find(const DeviceAddress &address) const
{
    const auto it = m_index.constFind(address.toUInt64());
    return it == m_index.constEnd() ? nullptr : &m_devices[it.value()];
}

void DiscoveredDevices::clear()
{
    m_devices.clear();
    m_index.clear();
}

} // namespace gattscope
