// SPDX-License-Identifier: MIT
#pragma once

// What BlueZ's D-Bus properties mean for core: Device1 properties → an Advertisement,
// GattCharacteristic1.Flags ↔ characteristic properties, the GATT object tree → a
// GattDatabase with the peer's handles. (Error replies: BluezError.)
//
// Pure and total, for tests and fuzzing: no D-Bus and no Qt Bluetooth in here, no state,
// and any input (missing keys, wrong types, out-of-range numbers, malformed UUIDs or
// addresses, cyclic paths) gives a result or an Error, never a crash or an assertion.
//
// Plain values. BluezDbusSystem turns what QtDBus delivers (QDBusArgument, QDBusVariant,
// QDBusObjectPath) into plain Qt Core values before calling these functions, and the
// Qt-only path builds the same maps from QBluetoothDeviceInfo:
//   s → QString, o → QString (the path), b → bool, y/n/q/u → int, ay → QByteArray,
//   as / ao → QStringList, a{sv} → QVariantMap, a{qv} / a{yv} → QVariantMap keyed by the
//   decimal number ("89" for company 0x0059), v → the plain value inside.

#include <gattscope/core/backend/advertisement.h>
#include <gattscope/core/base/result.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace gattscope {

// path → interface → properties, as GetManagedObjects returns it (plain values).
using BluezObjects = QMap<QString, QMap<QString, QVariantMap>>;

namespace BluezInterface {
inline const QString Adapter = QStringLiteral("org.bluez.Adapter1");
inline const QString Device = QStringLiteral("org.bluez.Device1");
inline const QString GattService = QStringLiteral("org.bluez.GattService1");
inline const QString GattCharacteristic = QStringLiteral("org.bluez.GattCharacteristic1");
inline const QString GattDescriptor = QStringLiteral("org.bluez.GattDescriptor1");
inline const QString AgentManager = QStringLiteral("org.bluez.AgentManager1");
inline const QString Agent = QStringLiteral("org.bluez.Agent1");
} // namespace BluezInterface

class BluezProperties
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::BluezProperties)

public:
    // --- Device1

    // Address + AddressType ("public" / "random"; a random one is classified by its top
    // bits). InvalidArgument when the address is missing or malformed.
    static Result<DeviceAddress> address(const QVariantMap &device);

    // The AD structures BlueZ decoded, rebuilt in the order a device usually sends them:
    // flags (AdvertisingFlags), complete local name (Name; never Alias, which BlueZ makes up
    // from the address), service UUID lists (16-, 32-, 128-bit; marked incomplete because
    // BlueZ merges lists and does not say whether the peer's was complete), TX power,
    // appearance, service data, manufacturer data, then AdvertisingData types not covered
    // yet. BlueZ merges advertisement and scan response, so the result may be longer than
    // 31 bytes; a field that does not fit in one AD structure (255 bytes) is left out.
    static QByteArray advertisingData(const QVariantMap &device);

    // One Advertisement for a device as BlueZ sees it now: address, RSSI (127 when BlueZ has
    // none, i.e. the device was not heard in this discovery), rebuilt AD data
    // (Advertisement::rebuilt), Paired → bonded. BlueZ does not tell the PDU type, so kind
    // is ConnectableUndirected. Fails with InvalidArgument when the address is unusable.
    static Result<Advertisement> advertisement(const QVariantMap &device, qint64 timestampUs);

    // --- GattCharacteristic1.Flags

    // Flags → properties; "reliable-write" and "writable-auxiliaries" set the extended bits
    // (and ExtendedProperties), security flags ("encrypt-read" …) and unknown words are
    // ignored.
    static CharacteristicProperties characteristicProperties(const QStringList &flags);
    // Properties → Flags as bluetoothd exports them for a remote characteristic, in the
    // order of the declaration's bits.
    static QStringList characteristicFlags(CharacteristicProperties properties);

    // --- the GATT object tree of one device

    // The services, characteristics and descriptors below `devicePath`, with the peer's
    // handles: the Handle property when there is one (BlueZ ≥ 5.67), else the hex number
    // bluetoothd puts in the object name (service%04x = start handle, char%04x = declaration
    // handle, desc%04x = descriptor handle). Values come from the Value properties (cached
    // by BlueZ). Service end handles are the last handle found inside the service. Fails
    // with Protocol when an object has no usable UUID or handle, when two attributes share a
    // handle or when handles are out of order, since the result would then mislead.
    static Result<GattDatabase> database(const BluezObjects &objects, const QString &devicePath);
};

} // namespace gattscope
