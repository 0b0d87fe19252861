// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/uuid.h>

#include <QByteArray>
#include <QFlags>
#include <QHash>
#include <QList>
#include <QMetaType>

#include <optional>

namespace gattscope {

// Characteristic properties: the low byte is the declaration's properties field
// (Core spec Vol 3 Part G §3.3.1.1), the high bits come from the Extended Properties
// descriptor 0x2900 (reliable write, writable auxiliaries).
enum class CharacteristicProperty : quint16 {
    Broadcast = 0x01,
    Read = 0x02,
    WriteWithoutResponse = 0x04,
    Write = 0x08,
    Notify = 0x10,
    Indicate = 0x20,
    AuthenticatedSignedWrites = 0x40,
    ExtendedProperties = 0x80,
    ReliableWrite = 0x100,
    WritableAuxiliaries = 0x200,
};
Q_DECLARE_FLAGS(CharacteristicProperties, CharacteristicProperty)
Q_DECLARE_OPERATORS_FOR_FLAGS(CharacteristicProperties)

// Short badges for the tree: "R W WnR N I Auth Ext".
QString propertyBadges(CharacteristicProperties properties);

namespace GattUuid {
inline const Uuid PrimaryService { 0x2800 };
inline const Uuid SecondaryService { 0x2801 };
inline const Uuid Include { 0x2802 };
inline const Uuid CharacteristicDeclaration { 0x2803 };
inline const Uuid ExtendedProperties { 0x2900 };
inline const Uuid UserDescription { 0x2901 };
inline const Uuid ClientCharacteristicConfiguration { 0x2902 };
inline const Uuid ServerCharacteristicConfiguration { 0x2903 };
inline const Uuid PresentationFormat { 0x2904 };
inline const Uuid AggregateFormat { 0x2905 };
} // namespace GattUuid

struct Descriptor
{
    quint16 handle = 0;
    Uuid uuid;
    QByteArray value; // last value read or written; empty until then
    bool hasValue = false;
};

struct Characteristic
{
    quint16 declarationHandle = 0;
    quint16 valueHandle = 0;
    quint16 endHandle = 0; // last handle that belongs to this characteristic
    Uuid uuid;
    CharacteristicProperties properties;
    QByteArray value;
    bool hasValue = false;
    QList<Descriptor> descriptors;

    const Descriptor *descriptor(const Uuid &uuid) const;
    // The CCCD that discovery found, if any. Never guessed from the value handle.
    std::optional<quint16> cccdHandle() const;
};

struct Service
{
    quint16 startHandle = 0;
    quint16 endHandle = 0;
    Uuid uuid;
    bool primary = true;
    QList<quint16> includedServices; // start handles of included services
    QList<Characteristic> characteristics;
};

// The attribute database of one connection, as discovery found it. A plain value type:
// copy it freely. Look-ups by handle are O(1) after reindex(); reindex() is called by
// every mutator, so callers only need it after editing services() in place.
class GattDatabase
{
public:
    // Where the handles come from.
    enum class HandleOrigin : quint8 {
        // The peer's own ATT handles, as found by ATT discovery: they match a btsnoop capture
        // and the firmware's attribute table.
        Peer,
        // Numbered by the backend because the OS stack does not tell (Qt Bluetooth on BlueZ,
        // CoreBluetooth, …). They follow the ATT layout (service, declaration, value,
        // descriptors, in discovery order) and are stable for one discovery, but they are not
        // the peer's: show them as such and never compare them with a capture.
        Synthetic,
    };

    enum class AttributeKind {
        None,
        Service,
        CharacteristicDeclaration,
        CharacteristicValue,
        Descriptor
    };

    GattDatabase() = default;
    explicit GattDatabase(QList<Service> services);

    const QList<Service> &services() const { return m_services; }
    QList<Service> &services() { return m_services; } // call reindex() after editing
    void setServices(QList<Service> services);
    void reindex();
    bool isEmpty() const { return m_services.isEmpty(); }
    void clear();

    AttributeKind kindOfHandle(quint16 handle) const;
    const Service *serviceForHandle(quint16 handle) const;
    // The characteristic whose range [declaration, end] contains `handle`.
    const Characteristic *characteristicForHandle(quint16 handle) const;
    const Descriptor *descriptorForHandle(quint16 handle) const;

    // All characteristics with this UUID, in handle order (the same UUID may appear in
    // several services).
    QList<const Characteristic *> characteristicsByUuid(const Uuid &uuid) const;
    // The characteristic `uuid` inside the first service `serviceUuid`.
    const Characteristic *characteristic(const Uuid &serviceUuid, const Uuid &uuid) const;
    QList<const Service *> servicesByUuid(const Uuid &uuid) const;

    // Stores a value read/written/notified for a value or descriptor handle. Returns false
    // when the handle is neither.
    bool setValue(quint16 handle, const QByteArray &value);
    std::optional<QByteArray> value(quint16 handle) const;

    int attributeCount() const;

    HandleOrigin handleOrigin() const { return m_handleOrigin; }
    void setHandleOrigin(HandleOrigin origin) { m_handleOrigin = origin; }

private:
    struct Location
    {
        AttributeKind kind = AttributeKind::None;
        int service = -1;
        int characteristic = -1;
        int descriptor = -1;
    };
    Location locate(quint16 handle) const;

    QList<Service> m_services;
    QHash<quint16, Location> m_index;
    HandleOrigin m_handleOrigin = HandleOrigin::Peer;
};

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::GattDatabase)
