// SPDX-License-Identifier: MIT
#pragma once

#include "eddystoneframe.h"
#include "ibeacon.h"

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/uuid.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace gattscope {

// AD types (Bluetooth SIG Assigned Numbers, "Common Data Types"). The type byte of a
// structure may hold any value; these are the ones with names.
enum class AdType : quint8 {
    Flags = 0x01,
    IncompleteServiceUuids16 = 0x02,
    CompleteServiceUuids16 = 0x03,
    IncompleteServiceUuids32 = 0x04,
    CompleteServiceUuids32 = 0x05,
    IncompleteServiceUuids128 = 0x06,
    CompleteServiceUuids128 = 0x07,
    ShortenedLocalName = 0x08,
    CompleteLocalName = 0x09,
    TxPowerLevel = 0x0A,
    ClassOfDevice = 0x0D,
    SimplePairingHashC192 = 0x0E,
    SimplePairingRandomizerR192 = 0x0F,
    SecurityManagerTkValue = 0x10, // also Device ID
    SecurityManagerOobFlags = 0x11,
    PeripheralConnectionIntervalRange = 0x12,
    ServiceSolicitationUuids16 = 0x14,
    ServiceSolicitationUuids128 = 0x15,
    ServiceData16 = 0x16,
    PublicTargetAddress = 0x17,
    RandomTargetAddress = 0x18,
    Appearance = 0x19,
    AdvertisingInterval = 0x1A,
    LeBluetoothDeviceAddress = 0x1B,
    LeRole = 0x1C,
    SimplePairingHashC256 = 0x1D,
    SimplePairingRandomizerR256 = 0x1E,
    ServiceSolicitationUuids32 = 0x1F,
    ServiceData32 = 0x20,
    ServiceData128 = 0x21,
    LeSecureConnectionsConfirmation = 0x22,
    LeSecureConnectionsRandom = 0x23,
    Uri = 0x24,
    IndoorPositioning = 0x25,
    TransportDiscoveryData = 0x26,
    LeSupportedFeatures = 0x27,
    ChannelMapUpdateIndication = 0x28,
    PbAdv = 0x29,
    MeshMessage = 0x2A,
    MeshBeacon = 0x2B,
    BigInfo = 0x2C,
    BroadcastCode = 0x2D,
    ResolvableSetIdentifier = 0x2E,
    AdvertisingIntervalLong = 0x2F,
    BroadcastName = 0x30,
    EncryptedAdvertisingData = 0x31,
    PeriodicAdvertisingResponseTiming = 0x32,
    ElectronicShelfLabel = 0x34,
    ThreeDInformationData = 0x3D,
    ManufacturerSpecificData = 0xFF,
};

// Spec name of an AD type ("Complete Local Name"); "Unknown AD type 0x42" otherwise.
QString adTypeName(quint8 type);

// Which packet a structure came from.
enum class AdSource : quint8 {
    Advertisement,
    ScanResponse
};

// --- decoded forms (AdStructure::value holds at most one)

// 0x01. Only the first byte carries defined bits.
struct AdFlags
{
    quint8 bits = 0;
    // "LE General Discoverable Mode", "BR/EDR Not Supported", … (translated)
    QStringList names() const;
};

// 0x02–0x07 service UUIDs, 0x14/0x15/0x1F solicitation UUIDs. Completeness and width follow
// from the type.
struct AdUuidList
{
    QList<Uuid> uuids;
};

// 0x08/0x09 local name, 0x30 broadcast name. UTF-8; bytes that are not valid UTF-8 and
// control characters are shown as "\xNN" rather than dropped. Trailing NUL padding is cut.
struct AdText
{
    QString text;
    bool validUtf8 = true;
};

// 0x0A, dBm
struct AdTxPower
{
    qint8 dBm = 0;
};

// 0x12, in units of 1.25 ms; 0xFFFF = no specific minimum / maximum.
struct AdConnectionIntervalRange
{
    static constexpr quint16 NoSpecificValue = 0xFFFF;
    quint16 minimum = NoSpecificValue;
    quint16 maximum = NoSpecificValue;
    static std::optional<double> toMilliseconds(quint16 units);
};

// 0x16/0x20/0x21: UUID + payload; Eddystone frames (UUID 0xFEAA) are decoded.
struct AdServiceData
{
    Uuid uuid;
    QByteArray data;
    std::optional<EddystoneFrame> eddystone;
};

// 0x19
struct AdAppearance
{
    quint16 value = 0;
};

// 0xFF: company ID (little-endian on the air) + payload; iBeacons are decoded.
struct AdManufacturerData
{
    quint16 companyId = 0;
    QByteArray data; // after the company ID
    std::optional<IBeacon> iBeacon;
    QString companyName() const; // from AssignedNumbers; empty if unknown
};

// 0x24: the first UTF-8 code point selects a scheme from the "URI scheme name string
// mapping" (0x01 = no scheme, 0x16 "http:", 0x17 "https:", …), the rest is the URI text.
struct AdUri
{
    quint32 schemeCode = 0x01;
    QString scheme; // "https:"; empty for 0x01 or an unknown code
    QString rest;
    bool knownScheme = true;
    QString uri() const { return scheme + rest; }
};

// 0x1A (2 bytes) and 0x2F (3 or 4 bytes), in units of 0.625 ms.
struct AdAdvertisingInterval
{
    quint32 units = 0;
    double milliseconds() const { return units * 0.625; }
};

// 0x17/0x18 target addresses, 0x1B LE Bluetooth Device Address (one address).
struct AdAddressList
{
    QList<DeviceAddress> addresses;
};

using AdValue = std::variant<std::monostate, AdFlags, AdUuidList, AdText, AdTxPower,
                             AdConnectionIntervalRange, AdServiceData, AdAppearance, AdManufacturerData,
                             AdUri, AdAdvertisingInterval, AdAddressList>;

// One AD structure: [length][type][data…]. `value` holds the decoded form when the type is
// one we decode and the data was long enough; rare types stay raw (monostate).
struct AdStructure
{
    Q_DECLARE_TR_FUNCTIONS(AdStructure)
public:
    quint8 type = 0;
    qsizetype offset = 0; // of the length byte, within its packet
    quint8 length = 0; // the length byte as received (type + data, unless truncated)
    AdSource source = AdSource::Advertisement;
    QByteArray data; // the bytes after the type byte
    AdValue value;
    QString error; // why the structure is malformed; empty when it is fine
    bool truncated = false; // the length byte claimed more bytes than the packet holds

    AdType adType() const { return AdType(type); }
    template<typename T> const T *as() const { return std::get_if<T>(&value); }
    bool isMalformed() const { return !error.isEmpty(); }
    // [length][type][data] as it appeared (for a truncated structure: the claimed length and
    // the bytes that were there).
    QByteArray rawBytes() const;
    QString typeName() const { return adTypeName(type); }
    // One line for people: `Complete Local Name: "HRM-1"`, `TX Power Level: -4 dBm`.
    QString describe() const;
    // Only the part after "<type name>: ".
    QString describeValue() const;
};

// Hex bytes separated by spaces ("02 15 E2"), "(empty)" for none; shared by the describers.
QString adHexString(const QByteArray &bytes);

} // namespace gattscope
