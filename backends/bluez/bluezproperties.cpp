// SPDX-License-Identifier: MIT
#include "bluezproperties.h"

#include <gattscope/core/advertising/adstructure.h>

#include <algorithm>
#include <optional>

namespace gattscope {

namespace {

// Longest data of one AD structure: the length byte counts type + data.
constexpr qsizetype kMaxAdData = 254;

std::optional<int> toInt(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::UChar:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong: {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        if (!ok || n < -2147483647LL || n > 2147483647LL)
            return std::nullopt;
        return int(n);
    }
    default: return std::nullopt;
    }
}

std::optional<QByteArray> toBytes(const QVariant &v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return v.toByteArray();
    return std::nullopt;
}

QString toText(const QVariant &v)
{
    return v.typeId() == QMetaType::QString ? v.toString() : QString();
}

QStringList toStrings(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList();
    if (v.typeId() == QMetaType::QVariantList) {
        QStringList out;
        const QVariantList list = v.toList();
        for (const QVariant &item : list) {
            if (item.typeId() == QMetaType::QString)
                out.append(item.toString());
        }
        return out;
    }
    return {};
}

void appendStructure(QByteArray &out, AdType type, const QByteArray &data)
{
    if (data.size() > kMaxAdData)
        return;
    out.append(char(data.size() + 1));
    out.append(char(type));
    out.append(data);
}

// Appends a UUID list, split over several structures when it is longer than one can be.
void appendUuidList(QByteArray &out, AdType type, const QList<QByteArray> &uuids)
{
    QByteArray chunk;
    for (const QByteArray &u : uuids) {
        if (chunk.size() + u.size() > kMaxAdData) {
            appendStructure(out, type, chunk);
            chunk.clear();
        }
        chunk.append(u);
    }
    if (!chunk.isEmpty())
        appendStructure(out, type, chunk);
}

QByteArray littleEndian16(quint16 v)
{
    QByteArray b(2, '\0');
    b[0] = char(v & 0xFF);
    b[1] = char(v >> 8);
    return b;
}

// The UUID in the width an advertiser would use, little-endian.
QByteArray adUuidBytes(const Uuid &uuid)
{
    switch (uuid.minimumWidth()) {
    case Uuid::Width::Bits16: return littleEndian16(quint16(uuid.toUInt32()));
    case Uuid::Width::Bits32: {
        const quint32 v = uuid.toUInt32();
        QByteArray b(4, '\0');
        for (int i = 0; i < 4; ++i)
            b[i] = char((v >> (8 * i)) & 0xFF);
        return b;
    }
    case Uuid::Width::Bits128: break;
    }
    const auto &be = uuid.bigEndianBytes();
    QByteArray b(16, '\0');
    for (int i = 0; i < 16; ++i)
        b[i] = char(be[size_t(15 - i)]);
    return b;
}

// The number in "service000a", "char000b", "desc000d".
std::optional<quint16> handleFromPath(const QString &path, QStringView prefix)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QStringView name = QStringView(path).mid(slash + 1);
    if (!name.startsWith(prefix))
        return std::nullopt;
    const QStringView digits = name.mid(prefix.size());
    if (digits.isEmpty() || digits.size() > 4)
        return std::nullopt;
    bool ok = false;
    const uint v = digits.toUInt(&ok, 16);
    if (!ok || v == 0 || v > 0xFFFF)
        return std::nullopt;
    return quint16(v);
}

std::optional<quint16> attributeHandle(const QString &path, const QVariantMap &props, QStringView prefix)
{
    if (props.contains(QStringLiteral("Handle"))) {
        const std::optional<int> h = toInt(props.value(QStringLiteral("Handle")));
        if (h && *h > 0 && *h <= 0xFFFF)
            return quint16(*h);
        return std::nullopt;
    }
    return handleFromPath(path, prefix);
}

QString parentPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash > 0 ? path.left(slash) : QString();
}

QString hex4(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}

Error protocolError(const QString &message)
{
    return Error(Error::Kind::Protocol, message);
}

} // namespace

Result<DeviceAddress> BluezProperties::address(const QVariantMap &device)
{
    const QString text = toText(device.value(QStringLiteral("Address")));
    std::optional<DeviceAddress> parsed = DeviceAddress::fromString(text);
    if (!parsed || parsed->isNull() || text.size() != 17) {
        return Error(Error::Kind::InvalidArgument,
                     tr("BlueZ reported an unusable device address '%1'").arg(text.left(40)));
    }
    if (toText(device.value(QStringLiteral("AddressType"))) == QLatin1String("random"))
        parsed->setType(DeviceAddress::typeForRandom(parsed->toUInt64()));
    return *parsed;
}

QByteArray BluezProperties::advertisingData(const QVariantMap &device)
{
    QByteArray out;
    QList<AdType> covered;

    if (const std::optional<QByteArray> flags = toBytes(device.value(QStringLiteral("AdvertisingFlags")));
        flags && !flags->isEmpty()) {
        appendStructure(out, AdType::Flags, *flags);
        covered.append(AdType::Flags);
    }

    const QString name = toText(device.value(QStringLiteral("Name")));
    if (!name.isEmpty()) {
        appendStructure(out, AdType::CompleteLocalName, name.toUtf8());
        covered << AdType::CompleteLocalName << AdType::ShortenedLocalName;
    }

    QList<QByteArray> uuids16, uuids32, uuids128;
    QList<Uuid> seen;
    const QStringList uuidTexts = toStrings(device.value(QStringLiteral("UUIDs")));
    for (const QString &text : uuidTexts) {
        const std::optional<Uuid> uuid = Uuid::fromString(text);
        if (!uuid || uuid->isNull() || seen.contains(*uuid))
            continue;
        seen.append(*uuid);
        const QByteArray bytes = adUuidBytes(*uuid);
        (bytes.size() == 2 ? uuids16 : bytes.size() == 4 ? uuids32 : uuids128).append(bytes);
    }
    appendUuidList(out, AdType::IncompleteServiceUuids16, uuids16);
    appendUuidList(out, AdType::IncompleteServiceUuids32, uuids32);
    appendUuidList(out, AdType::IncompleteServiceUuids128, uuids128);
    if (!seen.isEmpty()) {
        covered << AdType::IncompleteServiceUuids16 << AdType::CompleteServiceUuids16
                << AdType::IncompleteServiceUuids32 << AdType::CompleteServiceUuids32
                << AdType::IncompleteServiceUuids128 << AdType::CompleteServiceUuids128;
    }

    if (device.contains(QStringLiteral("TxPower"))) {
        const std::optional<int> tx = toInt(device.value(QStringLiteral("TxPower")));
        if (tx && *tx >= -127 && *tx <= 127) {
            appendStructure(out, AdType::TxPowerLevel, QByteArray(1, char(qint8(*tx))));
            covered.append(AdType::TxPowerLevel);
        }
    }

    if (device.contains(QStringLiteral("Appearance"))) {
        const std::optional<int> appearance = toInt(device.value(QStringLiteral("Appearance")));
        if (appearance && *appearance >= 0 && *appearance <= 0xFFFF) {
            appendStructure(out, AdType::Appearance, littleEndian16(quint16(*appearance)));
            covered.append(AdType::Appearance);
        }
    }

    const QVariantMap serviceData = device.value(QStringLiteral("ServiceData")).toMap();
    for (auto it = serviceData.cbegin(); it != serviceData.cend(); ++it) {
        const std::optional<Uuid> uuid = Uuid::fromString(it.key());
        const std::optional<QByteArray> data = toBytes(it.value());
        if (!uuid || uuid->isNull() || !data)
            continue;
        const QByteArray uuidBytes = adUuidBytes(*uuid);
        const AdType type = uuidBytes.size() == 2 ? AdType::ServiceData16
            : uuidBytes.size() == 4               ? AdType::ServiceData32
                                                  : AdType::ServiceData128;
        appendStructure(out, type, uuidBytes + *data);
        covered.append(type);
    }

    const QVariantMap manufacturer = device.value(QStringLiteral("ManufacturerData")).toMap();
    for (auto it = manufacturer.cbegin(); it != manufacturer.cend(); ++it) {
        bool ok = false;
        const uint company = it.key().toUInt(&ok, 10);
        const std::optional<QByteArray> data = toBytes(it.value());
        if (!ok || company > 0xFFFF || !data)
            continue;
        appendStructure(out, AdType::ManufacturerSpecificData, littleEndian16(quint16(company)) + *data);
        covered.append(AdType::ManufacturerSpecificData);
    }

    // AdvertisingData holds the raw structures BlueZ passes through; add those not
    // rebuilt from a decoded property above.
    const QVariantMap raw = device.value(QStringLiteral("AdvertisingData")).toMap();
    QList<std::pair<uint, QByteArray>> rawStructures;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        bool ok = false;
        const uint type = it.key().toUInt(&ok, 10);
        const std::optional<QByteArray> data = toBytes(it.value());
        if (!ok || type == 0 || type > 0xFF || !data || covered.contains(AdType(type)))
            continue;
        rawStructures.append({ type, *data });
    }
    std::sort(rawStructures.begin(), rawStructures.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[type, data] : std::as_const(rawStructures))
        appendStructure(out, AdType(type), data);
    return out;
}

Result<Advertisement> BluezProperties::advertisement(const QVariantMap &device, qint64 timestampUs)
{
    const Result<DeviceAddress> addr = address(device);
    if (!addr.ok())
        return addr.error();
    Advertisement a;
    a.address = addr.value();
    a.rssi = 127;
    if (device.contains(QStringLiteral("RSSI"))) {
        const std::optional<int> rssi = toInt(device.value(QStringLiteral("RSSI")));
        if (rssi && *rssi >= -127 && *rssi <= 126)
            a.rssi = qint8(*rssi);
    }
    a.kind = AdvertisementKind::ConnectableUndirected;
    a.data = advertisingData(device);
    a.timestampUs = timestampUs;
    a.bonded = device.value(QStringLiteral("Paired")).typeId() == QMetaType::Bool
        && device.value(QStringLiteral("Paired")).toBool();
    a.rebuilt = true;
    return a;
}

CharacteristicProperties BluezProperties::characteristicProperties(const QStringList &flags)
{
    CharacteristicProperties p;
    for (const QString &flag : flags) {
        if (flag == QLatin1String("broadcast"))
            p |= CharacteristicProperty::Broadcast;
        else if (flag == QLatin1String("read"))
            p |= CharacteristicProperty::Read;
        else if (flag == QLatin1String("write-without-response"))
            p |= CharacteristicProperty::WriteWithoutResponse;
        else if (flag == QLatin1String("write"))
            p |= CharacteristicProperty::Write;
        else if (flag == QLatin1String("notify"))
            p |= CharacteristicProperty::Notify;
        else if (flag == QLatin1String("indicate"))
            p |= CharacteristicProperty::Indicate;
        else if (flag == QLatin1String("authenticated-signed-writes"))
            p |= CharacteristicProperty::AuthenticatedSignedWrites;
        else if (flag == QLatin1String("extended-properties"))
            p |= CharacteristicProperty::ExtendedProperties;
        else if (flag == QLatin1String("reliable-write"))
            p |= CharacteristicProperty::ReliableWrite | CharacteristicProperty::ExtendedProperties;
        else if (flag == QLatin1String("writable-auxiliaries"))
            p |= CharacteristicProperty::WritableAuxiliaries | CharacteristicProperty::ExtendedProperties;
    }
    return p;
}

QStringList BluezProperties::characteristicFlags(CharacteristicProperties p)
{
    static const std::pair<CharacteristicProperty, const char *> names[] = {
        { CharacteristicProperty::Broadcast, "broadcast" },
        { CharacteristicProperty::Read, "read" },
        { CharacteristicProperty::WriteWithoutResponse, "write-without-response" },
        { CharacteristicProperty::Write, "write" },
        { CharacteristicProperty::Notify, "notify" },
        { CharacteristicProperty::Indicate, "indicate" },
        { CharacteristicProperty::AuthenticatedSignedWrites, "authenticated-signed-writes" },
        { CharacteristicProperty::ExtendedProperties, "extended-properties" },
        { CharacteristicProperty::ReliableWrite, "reliable-write" },
        { CharacteristicProperty::WritableAuxiliaries, "writable-auxiliaries" },
    };
    QStringList out;
    for (const auto &[bit, name] : names) {
        if (p & bit)
            out.append(QLatin1String(name));
    }
    return out;
}

Result<GattDatabase> BluezProperties::database(const BluezObjects &objects, const QString &devicePath)
{
    if (devicePath.isEmpty())
        return Error(Error::Kind::InvalidArgument, tr("No device path"));
    const QString below = devicePath + QLatin1Char('/');

    struct Found
    {
        QString path;
        QString parent;
        quint16 handle = 0;
        QVariantMap props;
    };
    QList<Found> services, characteristics, descriptors;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (!it.key().startsWith(below))
            continue;
        const QMap<QString, QVariantMap> &interfaces = it.value();
        struct Kind
        {
            const QString &interface;
            QStringView prefix;
            const char *parentKey;
            QList<Found> *list;
        };
        const Kind kinds[] = {
            { BluezInterface::GattService, u"service", "Device", &services },
            { BluezInterface::GattCharacteristic, u"char", "Service", &characteristics },
            { BluezInterface::GattDescriptor, u"desc", "Characteristic", &descriptors },
        };
        for (const Kind &k : kinds) {
            if (!interfaces.contains(k.interface))
                continue;
            const QVariantMap &props = interfaces[k.interface];
            const std::optional<quint16> handle = attributeHandle(it.key(), props, k.prefix);
            if (!handle) {
                return protocolError(
                    tr("%1 has no usable handle (neither a Handle property nor a number in its name)")
                        .arg(it.key()));
            }
            QString parent = toText(props.value(QLatin1String(k.parentKey)));
            if (parent.isEmpty())
                parent = parentPath(it.key());
            k.list->append({ it.key(), parent, *handle, props });
        }
    }

    auto byHandle = [](const Found &a, const Found &b) {
        return a.handle < b.handle;
    };
    std::sort(services.begin(), services.end(), byHandle);
    std::sort(characteristics.begin(), characteristics.end(), byHandle);
    std::sort(descriptors.begin(), descriptors.end(), byHandle);

    auto uuidOf = [](const Found &f) -> std::optional<Uuid> {
        const std::optional<Uuid> u = Uuid::fromString(toText(f.props.value(QStringLiteral("UUID"))));
        if (!u || u->isNull())
            return std::nullopt;
        return u;
    };

    QList<Service> out;
    QHash<QString, quint16> serviceStart; // path → start handle
    QList<quint16> used;
    auto claim = [&used](quint16 h) {
        if (used.contains(h))
            return false;
        used.append(h);
        return true;
    };
    for (const Found &s : std::as_const(services)) {
        const std::optional<Uuid> uuid = uuidOf(s);
        if (!uuid)
            return protocolError(tr("%1 has no valid UUID").arg(s.path));
        if (s.parent != devicePath)
            return protocolError(tr("%1 does not belong to %2").arg(s.path, devicePath));
        if (!claim(s.handle))
            return protocolError(tr("Two attributes share handle %1").arg(hex4(s.handle)));
        Service service;
        service.startHandle = s.handle;
        service.endHandle = s.handle;
        service.uuid = *uuid;
        const QVariant primary = s.props.value(QStringLiteral("Primary"));
        service.primary = primary.typeId() != QMetaType::Bool || primary.toBool();
        serviceStart.insert(s.path, s.handle);
        out.append(service);
    }
    // Included services, now that every start handle is known.
    for (int i = 0; i < services.size(); ++i) {
        const QStringList includes = toStrings(services[i].props.value(QStringLiteral("Includes")));
        for (const QString &path : includes) {
            if (serviceStart.contains(path))
                out[i].includedServices.append(serviceStart.value(path));
        }
    }

    QHash<QString, std::pair<int, int>> charIndex; // path → (service, characteristic)
    for (const Found &c : std::as_const(characteristics)) {
        const std::optional<Uuid> uuid = uuidOf(c);
        if (!uuid)
            return protocolError(tr("%1 has no valid UUID").arg(c.path));
        if (!serviceStart.contains(c.parent))
            return protocolError(tr("%1 belongs to no service of %2").arg(c.path, devicePath));
        const int si
            = int(std::find_if(out.cbegin(), out.cend(),
                               [&](const Service &s) { return s.startHandle == serviceStart[c.parent]; })
                  - out.cbegin());
        if (c.handle <= out[si].startHandle || c.handle == 0xFFFF)
            return protocolError(tr("%1 has handle %2, not inside its service").arg(c.path, hex4(c.handle)));
        const quint16 valueHandle = quint16(c.handle + 1);
        if (!claim(c.handle) || !claim(valueHandle))
            return protocolError(tr("Two attributes share handle %1").arg(hex4(c.handle)));
        Characteristic ch;
        ch.declarationHandle = c.handle;
        ch.valueHandle = valueHandle;
        ch.endHandle = valueHandle;
        ch.uuid = *uuid;
        ch.properties = characteristicProperties(toStrings(c.props.value(QStringLiteral("Flags"))));
        if (const std::optional<QByteArray> v = toBytes(c.props.value(QStringLiteral("Value")))) {
            ch.value = *v;
            ch.hasValue = true;
        }
        out[si].characteristics.append(ch);
        out[si].endHandle = std::max(out[si].endHandle, valueHandle);
        charIndex.insert(c.path, { si, int(out[si].characteristics.size()) - 1 });
    }

    for (const Found &d : std::as_const(descriptors)) {
        const std::optional<Uuid> uuid = uuidOf(d);
        if (!uuid)
            return protocolError(tr("%1 has no valid UUID").arg(d.path));
        if (!charIndex.contains(d.parent))
            return protocolError(tr("%1 belongs to no characteristic of %2").arg(d.path, devicePath));
        const auto [si, ci] = charIndex.value(d.parent);
        Characteristic &ch = out[si].characteristics[ci];
        if (d.handle <= ch.valueHandle)
            return protocolError(
                tr("%1 has handle %2, before its characteristic's value").arg(d.path, hex4(d.handle)));
        if (!claim(d.handle))
            return protocolError(tr("Two attributes share handle %1").arg(hex4(d.handle)));
        Descriptor desc;
        desc.handle = d.handle;
        desc.uuid = *uuid;
        if (const std::optional<QByteArray> v = toBytes(d.props.value(QStringLiteral("Value")))) {
            desc.value = *v;
            desc.hasValue = true;
        }
        ch.descriptors.append(desc);
        ch.endHandle = std::max(ch.endHandle, d.handle);
        out[si].endHandle = std::max(out[si].endHandle, d.handle);
    }

    // Every attribute must lie between its owner and the next one: a characteristic's
    // descriptors before the next declaration, a service's attributes before the next service.
    for (int si = 0; si < out.size(); ++si) {
        const Service &s = out[si];
        if (si + 1 < out.size() && s.endHandle >= out[si + 1].startHandle) {
            return protocolError(tr("Service at %1 overlaps the service at %2")
                                     .arg(hex4(s.startHandle), hex4(out[si + 1].startHandle)));
        }
        for (int ci = 0; ci + 1 < s.characteristics.size(); ++ci) {
            if (s.characteristics[ci].endHandle >= s.characteristics[ci + 1].declarationHandle) {
                return protocolError(tr("Characteristic at %1 overlaps the one at %2")
                                         .arg(hex4(s.characteristics[ci].declarationHandle),
                                              hex4(s.characteristics[ci + 1].declarationHandle)));
            }
        }
    }
    GattDatabase db(out);
    db.setHandleOrigin(GattDatabase::HandleOrigin::Peer);
    return db;
}

} // namespace gattscope
