// SPDX-License-Identifier: MIT
#include "scanfilter.h"

#include "discovereddevices.h"

namespace gattscope {

bool ScanFilter::isEmpty() const
{
    return nameContains.isEmpty() && nameRegex.pattern().isEmpty() && !address && services.isEmpty()
        && !minRssi;
}

bool ScanFilter::matches(const DiscoveredDevice &device) const
{
    const QString name = device.name();
    if (!nameContains.isEmpty() && !name.contains(nameContains, Qt::CaseInsensitive))
        return false;
    if (!nameRegex.pattern().isEmpty() && (name.isEmpty() || !nameRegex.match(name).hasMatch()))
        return false;
    if (address && address->toUInt64() != device.address.toUInt64())
        return false;
    if (minRssi && (device.rssi == 127 || device.rssi < *minRssi))
        return false;
    if (!services.isEmpty()) {
        QList<Uuid> advertised = device.data.serviceUuids();
        for (const AdServiceData &sd : device.data.serviceData())
            advertised.append(sd.uuid);
        for (const Uuid &uuid : services) {
            if (!advertised.contains(uuid))
                return false;
        }
    }
    return true;
}

} // namespace gattscope
