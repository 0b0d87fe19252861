// SPDX-License-Identifier: MIT
#include "corebridge.h"

#include "advertisingdata.h"
#include "assignednumbers.h"
#include "hexcodec.h"

#include <QHash>
#include <QSettings>

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

bool setUserName(const Uuid &uuid, const QString &name, QString *error)
{
    AssignedNumbers &numbers = AssignedNumbers::instance();
    numbers.setUserName(uuid, name.trimmed());
    if (numbers.saveUserNames())
        return true;
    if (error)
        *error = numbers.lastError();
    return false;
}

static QString layoutKey(const Uuid &uuid)
{
    return QStringLiteral("fieldLayouts/") + uuid.toCanonicalString();
}

// Read once per UUID and cached: the tree decodes on every paint. GUI thread only.
static QHash<Uuid, QString> &layoutCache()
{
    static QHash<Uuid, QString> cache;
    return cache;
}

QString userLayout(const Uuid &uuid)
{
    QHash<Uuid, QString> &cache = layoutCache();
    auto it = cache.find(uuid);
    if (it == cache.end())
        it = cache.insert(uuid, QSettings().value(layoutKey(uuid)).toString());
    return *it;
}

void setUserLayout(const Uuid &uuid, const QString &format)
{
    QSettings settings;
    if (format.trimmed().isEmpty())
        settings.remove(layoutKey(uuid));
    else
        settings.setValue(layoutKey(uuid), format.trimmed());
    layoutCache().insert(uuid, format.trimmed());
}

ValueDecoder decoderFor(const Characteristic &characteristic)
{
    FieldLayout layout;
    if (const QString format = userLayout(characteristic.uuid); !format.isEmpty()) {
        if (const Result<FieldLayout> parsed = FieldLayout::parse(format); parsed.ok())
            layout = parsed.value();
    }
    return ValueDecoder::forCharacteristic(characteristic, layout);
}

ValueDecoder decoderFor(const Descriptor &descriptor)
{
    return ValueDecoder(descriptor.uuid);
}

} // namespace gattscope::CoreBridge
