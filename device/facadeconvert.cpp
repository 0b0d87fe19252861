// SPDX-License-Identifier: MIT
#include "exception.h"
#include "facadeconvert_p.h"

#include <gattscope/core/advertising/advertisingdata.h>

#include <QCoreApplication>

#include <algorithm>

namespace gattscope::detail {

ScanResult scanResult(const Advertisement &advert)
{
    const AdvertisingData data = AdvertisingData::parse(advert.data);
    ScanResult r;
    r.address = toStd(advert.address.toString());
    r.randomAddress = advert.address.isRandom();
    r.name = toStd(data.name());
    r.rssi = advert.rssi;
    r.connectable = advert.isConnectable();
    for (const Uuid &uuid : data.serviceUuids())
        r.serviceUuids.push_back(toStd(uuid.toString()));
    for (const AdManufacturerData &m : data.manufacturerData())
        r.manufacturerData.emplace_back(m.companyId, toBytes(m.data));
    (advert.isScanResponse() ? r.scanResponseData : r.advertisingData) = toBytes(advert.data);
    r.timestampUs = advert.timestampUs;
    return r;
}

void mergeScanResult(ScanResult &into, const ScanResult &report)
{
    if (into.address.empty()) {
        into = report;
        return;
    }
    if (!report.name.empty())
        into.name = report.name;
    into.rssi = report.rssi;
    into.timestampUs = report.timestampUs;
    into.connectable = into.connectable || report.connectable;
    for (const std::string &uuid : report.serviceUuids) {
        if (std::find(into.serviceUuids.cbegin(), into.serviceUuids.cend(), uuid) == into.serviceUuids.cend())
            into.serviceUuids.push_back(uuid);
    }
    if (!report.manufacturerData.empty())
        into.manufacturerData = report.manufacturerData;
    if (!report.advertisingData.empty())
        into.advertisingData = report.advertisingData;
    if (!report.scanResponseData.empty())
        into.scanResponseData = report.scanResponseData;
}

CharacteristicInfo characteristicInfo(const Service &service, const Characteristic &c,
                                      const QHash<quint16, QString> &names)
{
    CharacteristicInfo info;
    info.handle = c.valueHandle;
    info.declarationHandle = c.declarationHandle;
    info.endHandle = c.endHandle;
    info.uuid = toStd(c.uuid.toString());
    info.name = toStd(names.value(c.valueHandle));
    info.serviceUuid = toStd(service.uuid.toString());
    info.serviceHandle = service.startHandle;
    info.properties = quint16(c.properties.toInt());
    for (const Descriptor &d : c.descriptors)
        info.descriptors.push_back({ d.handle, toStd(d.uuid.toString()), toStd(names.value(d.handle)) });
    return info;
}

std::vector<CharacteristicInfo> characteristicInfos(const GattDatabase &database,
                                                    const QHash<quint16, QString> &names)
{
    std::vector<CharacteristicInfo> out;
    for (const Service &s : database.services()) {
        for (const Characteristic &c : s.characteristics)
            out.push_back(characteristicInfo(s, c, names));
    }
    std::sort(out.begin(), out.end(),
              [](const CharacteristicInfo &a, const CharacteristicInfo &b) { return a.handle < b.handle; });
    return out;
}

Uuid parseUuid(const std::string &text)
{
    const std::optional<Uuid> uuid = Uuid::fromString(toQt(text));
    if (!uuid) {
        Exception::raise(Error(Error::Kind::InvalidArgument,
                               QCoreApplication::translate("gattscope::Device",
                                                           "'%1' is not a UUID (use 2A19, 0x2A19 or the "
                                                           "36-character form)")
                                   .arg(toQt(text))));
    }
    return *uuid;
}

} // namespace gattscope::detail
