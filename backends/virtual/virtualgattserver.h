// SPDX-License-Identifier: MIT
#pragma once

#include "peripheralprofile.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

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
// the ATT operations on it, with the errors the ATT spec prescribes, plus what a server
// keeps per client (ClientState: security, CCCDs, the prepare queue, indication flow
// control). No BGAPI or other transport here: the virtual dongle, the mock org.bluez and the
// fake gatttool each turn results into their own messages. Operations return an ATT error
// code, 0 = success. Values written persist for the life of the object; CCCD values live
// per client. Not thread-safe; use from the thread of the peripheral that owns it.
class VirtualGattServer
{
public:
    struct HandleValue
    {
        quint16 handle;
        QByteArray value;
    };
    struct PreparedWrite
    {
        quint16 handle;
        quint16 offset;
        QByteArray data;
    };
    // Per-connection state the server needs. One per client (link); the server object is
    // shared by all of them.
    struct ClientState
    {
        bool encrypted = false;
        QHash<quint16, quint16> cccd; // CCCD handle → configuration bits
        // Prepare Write Requests waiting for an Execute Write Request.
        QList<PreparedWrite> prepareQueue;
        // Indication flow control: one indication in flight until the client confirms it;
        // newer ones wait, one per attribute (see offerIndication()).
        bool indicationInFlight = false;
        QList<HandleValue> waitingIndications;
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
    // How a client wants to hear about a changed value (its CCCD).
    enum class Push : quint8 {
        None,
        Notify,
        Indicate, // wins when both bits are set
    };

    // Longest value in one ATT read response / blob at the default ATT_MTU of 23.
    static constexpr int kMaxReadChunk = 22;
    // Longest value in a write request / notification at ATT_MTU 23.
    static constexpr int kMaxWriteLength = 20;
    static constexpr int kMaxNotificationLength = 20;
    // Prepared writes a client may queue before the server answers Prepare Queue Full.
    static constexpr int kMaxPrepareQueue = 64;
    // The largest handle; a database holds at most this many attributes.
    static constexpr int kMaxHandle = 0xFFFF;

    // The attributes `profile` makes (with the Generic Access service when `gapService`).
    // More than kMaxHandle cannot be served; ProfileLoader refuses such profiles and the
    // constructor drops what does not fit.
    static qsizetype attributeCount(const PeripheralProfile &profile, bool gapService = true);

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
    // Prepare Write Request: checks it and queues the part in the client's prepareQueue;
    // Prepare Queue Full beyond kMaxPrepareQueue parts.
    quint8 prepareWrite(quint16 handle, quint16 offset, const QByteArray &data, ClientState &client) const;
    // Execute Write Request: `commit` writes every queued part (all or nothing), otherwise
    // they are discarded; the queue is empty afterwards. `handle` receives the handle the
    // result is about: the failing one, else the first queued one (0 for an empty queue).
    quint8 executeWrite(bool commit, ClientState &client, quint16 *handle);
    // Executes queued prepared writes (offset, data per handle) in order.
    quint8 executeWrites(const QList<PreparedWrite> &writes, ClientState &client, quint16 *failedHandle);

    // How `client` wants to hear about a new value of `valueHandle` (its CCCD; None when
    // the characteristic has no CCCD or `valueHandle` is not a value).
    Push pushFor(quint16 valueHandle, const ClientState &client) const;
    static Push pushFor(quint16 cccdBits);
    // Indication flow control. offerIndication(): true when the indication may go out now
    // (none was in flight; now it is); false when it has to wait — it then replaces a
    // waiting indication of the same attribute (a server indicates "the current state"),
    // or queues behind the others. confirmIndication(): the client confirmed; the next
    // waiting indication, now in flight, if any.
    static bool offerIndication(ClientState &client, quint16 valueHandle, const QByteArray &value);
    static std::optional<HandleValue> confirmIndication(ClientState &client);

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
