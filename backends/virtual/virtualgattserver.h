// SPDX-License-Identifier: MIT
#pragma once

#include "peripheralprofile.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace gattscope {

// One attribute of a virtual peripheral's database.
struct VirtualAttribute
{
    enum class Kind : quint8 {
        PrimaryService,
        SecondaryService,
        CharacteristicDeclaration,
        Value,
        Cccd, // per-connection value; see VirtualGattServer::ClientState
        Descriptor,
    };

    Kind kind = Kind::Value;
    quint16 handle = 0;
    Uuid type; // attribute type: 0x2800, 0x2803, the characteristic UUID, 0x29xx …
    QByteArray value;
    AttributeAccess read = AttributeAccess::Open;
    AttributeAccess write = AttributeAccess::Denied;
    int maxLength = 512;
    quint16 groupEnd = 0; // services: last handle of the service
    int characteristic = -1; // index into VirtualGattServer::characteristics(), -1 for services
};

// The characteristics of a database, with the handles a client discovers.
struct VirtualCharacteristic
{
    quint16 declarationHandle = 0;
    quint16 valueHandle = 0;
    quint16 cccdHandle = 0; // 0 = none
    quint16 endHandle = 0;
    quint8 properties = 0;
    Uuid uuid;
    GeneratorSpec generator;
};

// The ATT server of one virtual peripheral: the attribute table built from a profile and
// the ATT operations on it, with the errors the ATT spec prescribes. No BGAPI here; the
// dongle turns results into events. Operations return an ATT error code, 0 = success.
// Values written persist for the life of the object; CCCD values live per client.
class VirtualGattServer
{
public:
    // Per-connection state the server needs: link security and the client's CCCDs.
    struct ClientState
    {
        bool encrypted = false;
        QHash<quint16, quint16> cccd; // CCCD handle → configuration bits
    };
    struct FoundInformation
    {
        quint16 handle;
        Uuid type;
    };
    struct Group
    {
        quint16 start;
        quint16 end;
        Uuid uuid;
    };
    struct HandleValue
    {
        quint16 handle;
        QByteArray value;
    };

    // Longest value in one ATT read response / blob at the default ATT_MTU of 23.
    static constexpr int kMaxReadChunk = 22;
    // Longest value in a write request / notification at ATT_MTU 23.
    static constexpr int kMaxWriteLength = 20;

    VirtualGattServer() = default;
    // Builds the table. With `gapService` a Generic Access service (0x1800: Device Name,
    // Appearance) comes first, as on every real device.
    explicit VirtualGattServer(const PeripheralProfile &profile, bool gapService = true);

    const QList<VirtualAttribute> &attributes() const { return m_attributes; }
    const QList<VirtualCharacteristic> &characteristics() const { return m_characteristics; }
    const VirtualAttribute *attribute(quint16 handle) const;
    // The characteristic whose value or CCCD handle this is, or nullptr.
    const VirtualCharacteristic *characteristicForValue(quint16 valueHandle) const;
    const VirtualCharacteristic *characteristicForCccd(quint16 cccdHandle) const;
    quint16 lastHandle() const { return quint16(m_attributes.size()); }

    // Read Request: the whole value (the caller cuts it to the MTU).
    quint8 read(quint16 handle, const ClientState &client, QByteArray *value) const;
    // Read Blob Request at `offset`: at most kMaxReadChunk bytes.
    quint8 readBlob(quint16 handle, quint16 offset, const ClientState &client, QByteArray *value) const;
    // Write Request / Write Command. CCCD writes change `client`; others change the value.
    quint8 write(quint16 handle, const QByteArray &value, ClientState &client);
    // The checks of a Prepare Write Request (permission and security only).
    quint8 checkPrepareWrite(quint16 handle, const ClientState &client) const;
    // Executes queued prepared writes (offset, data per handle) in order.
    struct PreparedWrite
    {
        quint16 handle;
        quint16 offset;
        QByteArray data;
    };
    quint8 executeWrites(const QList<PreparedWrite> &writes, ClientState &client, quint16 *failedHandle);

    // Discovery. Each returns AttributeNotFound (0x0A) when nothing is in range, and
    // InvalidHandle (0x01) for start 0 or start > end, as ATT requires.
    quint8 findInformation(quint16 start, quint16 end, QList<FoundInformation> *found) const;
    quint8 readByGroupType(quint16 start, quint16 end, const Uuid &groupType, QList<Group> *groups) const;
    quint8 readByType(quint16 start, quint16 end, const Uuid &type, const ClientState &client,
                      QList<HandleValue> *values) const;
    quint8 findByTypeValue(quint16 start, quint16 end, const Uuid &type, const QByteArray &value,
                           QList<Group> *groups) const;

    // Sets a characteristic value from the peripheral side (generators).
    void setValue(quint16 handle, const QByteArray &value);

private:
    quint8 checkRead(const VirtualAttribute &attribute, const ClientState &client) const;
    quint8 checkWrite(const VirtualAttribute &attribute, const ClientState &client) const;
    QByteArray readValue(const VirtualAttribute &attribute, const ClientState &client) const;
    void addService(const ServiceProfile &service);

    QList<VirtualAttribute> m_attributes; // index = handle - 1
    QList<VirtualCharacteristic> m_characteristics;
};

} // namespace gattscope
