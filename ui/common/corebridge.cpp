// SPDX-License-Identifier: MIT
#include "corebridge.h"

#include <gattscope/core/advertising/advertisingdata.h>
#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/numbers/assignednumbers.h>

#include <QHash>
#include <QSettings>
#include <QVariantMap>

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

// Names, scale, offset and unit: beside the format rather than under it, so that the
// format's key keeps the plain string value earlier versions wrote.
static QString layoutOptionsKey(const Uuid &uuid)
{
    return QStringLiteral("fieldLayoutOptions/") + uuid.toCanonicalString();
}

// Read once per UUID and cached: the tree decodes on every paint. GUI thread only.
static QHash<Uuid, FieldLayout> &layoutCache()
{
    static QHash<Uuid, FieldLayout> cache;
    return cache;
}

FieldLayout userFieldLayout(const Uuid &uuid)
{
    QHash<Uuid, FieldLayout> &cache = layoutCache();
    auto it = cache.find(uuid);
    if (it == cache.end()) {
        const QSettings settings;
        FieldLayout layout;
        // A stored format that no longer parses (edited by hand) counts as none.
        if (const Result<FieldLayout> parsed = FieldLayout::parse(settings.value(layoutKey(uuid)).toString());
            parsed.ok()) {
            layout = parsed.value();
            const QVariantMap options = settings.value(layoutOptionsKey(uuid)).toMap();
            layout.setNames(options.value(QStringLiteral("names")).toStringList());
            bool ok = false;
            const double scale = options.value(QStringLiteral("scale"), 1.0).toDouble(&ok);
            layout.setScale(ok && scale != 0 ? scale : 1.0);
            layout.setOffset(options.value(QStringLiteral("offset"), 0.0).toDouble());
            layout.setUnit(options.value(QStringLiteral("unit")).toString());
        }
        it = cache.insert(uuid, layout);
    }
    return *it;
}

void setUserFieldLayout(const Uuid &uuid, const FieldLayout &layout)
{
    QSettings settings;
    if (layout.isEmpty()) {
        settings.remove(layoutKey(uuid));
        settings.remove(layoutOptionsKey(uuid));
    } else {
        settings.setValue(layoutKey(uuid), layout.format());
        QVariantMap options;
        options.insert(QStringLiteral("names"), layout.names());
        options.insert(QStringLiteral("scale"), layout.scale());
        options.insert(QStringLiteral("offset"), layout.offset());
        options.insert(QStringLiteral("unit"), layout.unit());
        settings.setValue(layoutOptionsKey(uuid), options);
    }
    layoutCache().insert(uuid, layout);
}

QString userLayout(const Uuid &uuid)
{
    return userFieldLayout(uuid).format();
}

void setUserLayout(const Uuid &uuid, const QString &format)
{
    const QString trimmed = format.trimmed();
    const Result<FieldLayout> parsed = FieldLayout::parse(trimmed);
    if (trimmed.isEmpty() || !parsed.ok()) {
        setUserFieldLayout(uuid, FieldLayout());
        return;
    }
    const FieldLayout previous = userFieldLayout(uuid);
    FieldLayout layout = parsed.value();
    if (!previous.isEmpty()) {
        // Names beyond the new field count are dropped by names(); missing ones default.
        layout.setNames(previous.names());
        layout.setScale(previous.scale());
        layout.setOffset(previous.offset());
        layout.setUnit(previous.unit());
    }
    setUserFieldLayout(uuid, layout);
}

QString layoutHint(const QString &userDescription)
{
    const QStringList words = userDescription.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString last = words.last();
    if (!last.startsWith(u'<') && !last.startsWith(u'>') && !last.startsWith(u'!'))
        return {};
    const Result<FieldLayout> parsed = FieldLayout::parse(last);
    return parsed.ok() && !parsed.value().isEmpty() ? last : QString();
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
