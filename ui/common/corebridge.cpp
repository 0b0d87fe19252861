// SPDX-License-Identifier: MIT
#include "corebridge.h"

#include <gattscope/core/advertising/advertisingdata.h>
#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/numbers/assignednumbers.h>
#include <gattscope/core/session/fieldlayoutstore.h>

namespace gattscope::CoreBridge {

AdvertSummary summarize(const QByteArray &advertisingData, const QByteArray &scanResponse)
{
    const AdvertisingData ad
        = AdvertisingData::merged(AdvertisingData::parse(advertisingData, AdSource::Advertisement),
                                  AdvertisingData::parse(scanResponse, AdSource::ScanResponse));
    AdvertSummary s;
    s.name = ad.name();
    s.services = ad.serviceUuids();
    for (const AdServiceData &data : ad.serviceData()) {
        if (!s.services.contains(data.uuid))
            s.services.append(data.uuid);
    }
    const QList<AdManufacturerData> manufacturer = ad.manufacturerData();
    if (!manufacturer.isEmpty())
        s.companyId = manufacturer.first().companyId;
    s.txPower = ad.txPower();
    return s;
}

QList<AdRow> describe(const QByteArray &advertisingData, const QByteArray &scanResponse)
{
    const AdvertisingData ad
        = AdvertisingData::merged(AdvertisingData::parse(advertisingData, AdSource::Advertisement),
                                  AdvertisingData::parse(scanResponse, AdSource::ScanResponse));
    QList<AdRow> rows;
    for (const AdStructure &s : ad.structures()) {
        AdRow row;
        row.scanResponse = s.source == AdSource::ScanResponse;
        row.offset = s.offset;
        row.typeName = s.typeName();
        row.rawHex = toHex(s.rawBytes());
        row.description = s.describeValue(); // says "malformed: …" itself
        row.malformed = s.isMalformed() || s.truncated;
        rows.append(row);
    }
    for (const AdParseError &e : ad.errors()) {
        AdRow row;
        row.scanResponse = e.source == AdSource::ScanResponse;
        row.offset = e.offset;
        row.typeName = QCoreApplication::translate("gattscope::CoreBridge", "Parse error");
        row.description = e.message;
        row.malformed = true;
        rows.append(row);
    }
    return rows;
}

QString serviceName(const Uuid &uuid)
{
    return AssignedNumbers::instance().serviceName(uuid);
}

QString characteristicName(const Uuid &uuid)
{
    return AssignedNumbers::instance().characteristicName(uuid);
}

QString descriptorName(const Uuid &uuid)
{
    return AssignedNumbers::instance().descriptorName(uuid);
}

QString companyName(quint16 companyId)
{
    return AssignedNumbers::instance().companyName(companyId);
}

QString userName(const Uuid &uuid)
{
    return AssignedNumbers::instance().userName(uuid);
}

Status setUserName(const Uuid &uuid, const QString &name)
{
    AssignedNumbers &numbers = AssignedNumbers::instance();
    numbers.setUserName(uuid, name.trimmed());
    if (numbers.saveUserNames())
        return success();
    return Error(Error::Kind::InvalidArgument, numbers.lastError());
}

FieldLayout userFieldLayout(const Uuid &uuid)
{
    return FieldLayoutStore::instance().layout(uuid);
}

void setUserFieldLayout(const Uuid &uuid, const FieldLayout &layout)
{
    FieldLayoutStore::instance().setLayout(uuid, layout);
}

QString userLayout(const Uuid &uuid)
{
    return userFieldLayout(uuid).format();
}

void setUserLayout(const Uuid &uuid, const QString &format)
{
    FieldLayoutStore::instance().setFormat(uuid, format);
}

ValueDecoder decoderFor(const Characteristic &characteristic)
{
    return ValueDecoder::forCharacteristic(characteristic, userFieldLayout(characteristic.uuid));
}

ValueDecoder decoderFor(const Descriptor &descriptor)
{
    return ValueDecoder(descriptor.uuid);
}

} // namespace gattscope::CoreBridge
