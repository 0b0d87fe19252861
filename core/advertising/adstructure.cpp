// SPDX-License-Identifier: MIT
#include "adstructure.h"

#include <gattscope/core/numbers/assignednumbers.h>

namespace gattscope {

QString adTypeName(quint8 type)
{
    switch (AdType(type)) {
    case AdType::Flags: return AdStructure::tr("Flags");
    case AdType::IncompleteServiceUuids16: return AdStructure::tr("Incomplete List of 16-bit Service UUIDs");
    case AdType::CompleteServiceUuids16: return AdStructure::tr("Complete List of 16-bit Service UUIDs");
    case AdType::IncompleteServiceUuids32: return AdStructure::tr("Incomplete List of 32-bit Service UUIDs");
    case AdType::CompleteServiceUuids32: return AdStructure::tr("Complete List of 32-bit Service UUIDs");
    case AdType::IncompleteServiceUuids128:
        return AdStructure::tr("Incomplete List of 128-bit Service UUIDs");
    case AdType::CompleteServiceUuids128: return AdStructure::tr("Complete List of 128-bit Service UUIDs");
    case AdType::ShortenedLocalName: return AdStructure::tr("Shortened Local Name");
    case AdType::CompleteLocalName: return AdStructure::tr("Complete Local Name");
    case AdType::TxPowerLevel: return AdStructure::tr("TX Power Level");
    case AdType::ClassOfDevice: return AdStructure::tr("Class of Device");
    case AdType::SimplePairingHashC192: return AdStructure::tr("Simple Pairing Hash C-192");
    case AdType::SimplePairingRandomizerR192: return AdStructure::tr("Simple Pairing Randomizer R-192");
    case AdType::SecurityManagerTkValue: return AdStructure::tr("Device ID / Security Manager TK Value");
    case AdType::SecurityManagerOobFlags: return AdStructure::tr("Security Manager Out of Band Flags");
    case AdType::PeripheralConnectionIntervalRange:
        return AdStructure::tr("Peripheral Connection Interval Range");
    case AdType::ServiceSolicitationUuids16:
        return AdStructure::tr("List of 16-bit Service Solicitation UUIDs");
    case AdType::ServiceSolicitationUuids128:
        return AdStructure::tr("List of 128-bit Service Solicitation UUIDs");
    case AdType::ServiceData16: return AdStructure::tr("Service Data - 16-bit UUID");
    case AdType::PublicTargetAddress: return AdStructure::tr("Public Target Address");
    case AdType::RandomTargetAddress: return AdStructure::tr("Random Target Address");
    case AdType::Appearance: return AdStructure::tr("Appearance");
    case AdType::AdvertisingInterval: return AdStructure::tr("Advertising Interval");
    case AdType::LeBluetoothDeviceAddress: return AdStructure::tr("LE Bluetooth Device Address");
    case AdType::LeRole: return AdStructure::tr("LE Role");
    case AdType::SimplePairingHashC256: return AdStructure::tr("Simple Pairing Hash C-256");
    case AdType::SimplePairingRandomizerR256: return AdStructure::tr("Simple Pairing Randomizer R-256");
    case AdType::ServiceSolicitationUuids32:
        return AdStructure::tr("List of 32-bit Service Solicitation UUIDs");
    case AdType::ServiceData32: return AdStructure::tr("Service Data - 32-bit UUID");
    case AdType::ServiceData128: return AdStructure::tr("Service Data - 128-bit UUID");
    case AdType::LeSecureConnectionsConfirmation:
        return AdStructure::tr("LE Secure Connections Confirmation Value");
    case AdType::LeSecureConnectionsRandom: return AdStructure::tr("LE Secure Connections Random Value");
    case AdType::Uri: return AdStructure::tr("URI");
    case AdType::IndoorPositioning: return AdStructure::tr("Indoor Positioning");
    case AdType::TransportDiscoveryData: return AdStructure::tr("Transport Discovery Data");
    case AdType::LeSupportedFeatures: return AdStructure::tr("LE Supported Features");
    case AdType::ChannelMapUpdateIndication: return AdStructure::tr("Channel Map Update Indication");
    case AdType::PbAdv: return AdStructure::tr("PB-ADV");
    case AdType::MeshMessage: return AdStructure::tr("Mesh Message");
    case AdType::MeshBeacon: return AdStructure::tr("Mesh Beacon");
    case AdType::BigInfo: return AdStructure::tr("BIGInfo");
    case AdType::BroadcastCode: return AdStructure::tr("Broadcast Code");
    case AdType::ResolvableSetIdentifier: return AdStructure::tr("Resolvable Set Identifier");
    case AdType::AdvertisingIntervalLong: return AdStructure::tr("Advertising Interval - long");
    case AdType::BroadcastName: return AdStructure::tr("Broadcast Name");
    case AdType::EncryptedAdvertisingData: return AdStructure::tr("Encrypted Advertising Data");
    case AdType::PeriodicAdvertisingResponseTiming:
        return AdStructure::tr("Periodic Advertising Response Timing Information");
    case AdType::ElectronicShelfLabel: return AdStructure::tr("Electronic Shelf Label");
    case AdType::ThreeDInformationData: return AdStructure::tr("3D Information Data");
    case AdType::ManufacturerSpecificData: return AdStructure::tr("Manufacturer Specific Data");
    }
    return AdStructure::tr("Unknown AD type %1").arg(QString::asprintf("0x%02X", type));
}

QString adHexString(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return AdStructure::tr("(empty)");
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

QStringList AdFlags::names() const
{
    QStringList result;
    for (int bit = 0; bit < 8; ++bit) {
        if (!(bits & (1u << bit)))
            continue;
        switch (bit) {
        case 0: result.append(AdStructure::tr("LE Limited Discoverable Mode")); break;
        case 1: result.append(AdStructure::tr("LE General Discoverable Mode")); break;
        case 2: result.append(AdStructure::tr("BR/EDR Not Supported")); break;
        case 3: result.append(AdStructure::tr("Simultaneous LE and BR/EDR (Controller)")); break;
        case 4: result.append(AdStructure::tr("Simultaneous LE and BR/EDR (Host)")); break;
        default: result.append(AdStructure::tr("reserved bit %1").arg(bit)); break;
        }
    }
    return result;
}

std::optional<double> AdConnectionIntervalRange::toMilliseconds(quint16 units)
{
    if (units == NoSpecificValue)
        return std::nullopt;
    return units * 1.25;
}

QString AdManufacturerData::companyName() const
{
    return AssignedNumbers::instance().companyName(companyId);
}

QByteArray AdStructure::rawBytes() const
{
    QByteArray bytes;
    bytes.reserve(data.size() + 2);
    bytes.append(char(length));
    bytes.append(char(type));
    bytes.append(data);
    return bytes;
}

namespace {

QString uuidWithName(const Uuid &uuid)
{
    const QString name = AssignedNumbers::instance().name(uuid);
    return name.isEmpty() ? uuid.toString() : AdStructure::tr("%1 (%2)").arg(uuid.toString(), name);
}

QString describeUuids(const AdUuidList &list)
{
    if (list.uuids.isEmpty())
        return AdStructure::tr("(none)");
    QStringList parts;
    for (const Uuid &uuid : list.uuids)
        parts.append(uuidWithName(uuid));
    return parts.join(QStringLiteral(", "));
}

QString describeLeRole(const QByteArray &data)
{
    if (data.size() != 1)
        return adHexString(data);
    switch (quint8(data[0])) {
    case 0x00: return AdStructure::tr("peripheral only");
    case 0x01: return AdStructure::tr("central only");
    case 0x02: return AdStructure::tr("peripheral and central, peripheral preferred");
    case 0x03: return AdStructure::tr("peripheral and central, central preferred");
    default: return AdStructure::tr("reserved value %1").arg(QString::asprintf("0x%02X", quint8(data[0])));
    }
}

QString milliseconds(double ms)
{
    return AdStructure::tr("%1 ms").arg(ms);
}

struct ValueDescriber
{
    const AdStructure &s;

    QString operator()(std::monostate) const
    {
        if (s.adType() == AdType::LeRole && !s.truncated)
            return describeLeRole(s.data);
        return adHexString(s.data);
    }
    QString operator()(const AdFlags &flags) const
    {
        const QStringList names = flags.names();
        const QString hex = QString::asprintf("0x%02X", flags.bits);
        return names.isEmpty() ? AdStructure::tr("%1 (none set)").arg(hex)
                               : AdStructure::tr("%1 (%2)").arg(hex, names.join(QStringLiteral(", ")));
    }
    QString operator()(const AdUuidList &list) const { return describeUuids(list); }
    QString operator()(const AdText &text) const { return u'"' + text.text + u'"'; }
    QString operator()(const AdTxPower &tx) const { return AdStructure::tr("%1 dBm").arg(tx.dBm); }
    QString operator()(const AdConnectionIntervalRange &range) const
    {
        const auto min = AdConnectionIntervalRange::toMilliseconds(range.minimum);
        const auto max = AdConnectionIntervalRange::toMilliseconds(range.maximum);
        return AdStructure::tr("%1 to %2")
            .arg(min ? milliseconds(*min) : AdStructure::tr("no specific minimum"),
                 max ? milliseconds(*max) : AdStructure::tr("no specific maximum"));
    }
    QString operator()(const AdServiceData &sd) const
    {
        const QString payload = sd.eddystone ? sd.eddystone->describe() : adHexString(sd.data);
        return AdStructure::tr("%1: %2").arg(uuidWithName(sd.uuid), payload);
    }
    QString operator()(const AdAppearance &appearance) const
    {
        const QString hex = QString::asprintf("0x%04X", appearance.value);
        const QString name = AssignedNumbers::instance().appearanceName(appearance.value);
        return name.isEmpty() ? hex : AdStructure::tr("%1 (%2)").arg(hex, name);
    }
    QString operator()(const AdManufacturerData &md) const
    {
        const QString id = QString::asprintf("0x%04X", md.companyId);
        const QString company = md.companyName();
        const QString who = company.isEmpty() ? id : AdStructure::tr("%1 (%2)").arg(company, id);
        const QString payload = md.iBeacon ? md.iBeacon->describe() : adHexString(md.data);
        return AdStructure::tr("%1: %2").arg(who, payload);
    }
    QString operator()(const AdUri &uri) const
    {
        if (!uri.knownScheme)
            return AdStructure::tr("(unknown scheme %1) %2")
                .arg(QString::asprintf("0x%02X", uri.schemeCode), uri.rest);
        return uri.uri();
    }
    QString operator()(const AdAdvertisingInterval &interval) const
    {
        return milliseconds(interval.milliseconds());
    }
    QString operator()(const AdAddressList &list) const
    {
        QStringList parts;
        for (const DeviceAddress &address : list.addresses)
            parts.append(AdStructure::tr("%1 (%2)").arg(address.toString(), addressTypeName(address.type())));
        return parts.isEmpty() ? AdStructure::tr("(none)") : parts.join(QStringLiteral(", "));
    }
};

} // namespace

QString AdStructure::describeValue() const
{
    QString text = std::visit(ValueDescriber { *this }, value);
    if (!error.isEmpty())
        text = tr("%1 (malformed: %2)").arg(text, error);
    return text;
}

QString AdStructure::describe() const
{
    return tr("%1: %2").arg(typeName(), describeValue());
}

} // namespace gattscope
