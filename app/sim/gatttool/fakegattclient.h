// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/uuid.h>

#include <QByteArray>
#include <QList>
#include <QObject>

#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace gattscope {

class FakeAttLink;

// The client half of the fake gatttool's ATT bearer: BlueZ's bt_att request queue (one
// request in flight, continuation requests of a procedure jump the queue, a 30 s
// transaction timeout after which the link is shut down, the automatic security upgrade
// and retry on Insufficient Authentication/Encryption) and the GATT procedures of
// attrib/gatt.c as gatttool calls them, with their exact end conditions and status codes.
//
// Callbacks receive gatt.c's status: 0, an ATT error code, or one of BlueZ's own codes
// (0x80 I/O: a response it could not decode; 0x0E when the link dropped or timed out).
class FakeGattClient : public QObject
{
    Q_OBJECT

public:
    struct Service
    {
        quint16 start = 0;
        quint16 end = 0;
        Uuid uuid;
    };
    struct Range
    {
        quint16 start = 0;
        quint16 end = 0;
    };
    struct Included
    {
        quint16 handle = 0;
        quint16 start = 0;
        quint16 end = 0;
        std::optional<Uuid> uuid;
    };
    struct Characteristic
    {
        quint16 handle = 0;
        quint8 properties = 0;
        quint16 valueHandle = 0;
        Uuid uuid;
    };
    struct Descriptor
    {
        quint16 handle = 0;
        Uuid uuid;
    };
    template<typename T> using ListDone = std::function<void(quint8 status, const QList<T> &list)>;
    // status and the response PDU (opcode included), as GAttrib hands them on.
    using PduDone = std::function<void(quint8 status, const QByteArray &pdu)>;
    // Raises the link's security for a retry; false when it is already as high as it goes.
    using SecurityUpgrade = std::function<bool(quint8 attError)>;

    FakeGattClient(FakeAttLink *link, QObject *parent = nullptr);
    ~FakeGattClient() override;

    // g_attrib's buffer length: the ATT MTU of this side.
    int mtu() const { return m_mtu; }
    void setMtu(int mtu) { m_mtu = mtu; }
    void setSecurityUpgrade(SecurityUpgrade upgrade) { m_securityUpgrade = std::move(upgrade); }

    // The opcode of the request in flight, or 0.
    quint8 pendingOpcode() const;
    // The link dropped: the request in flight completes with 0x0E (Unlikely Error), as
    // bt_att's disconnect handler does; queued requests are dropped silently.
    void failPending();

    void discoverPrimary(ListDone<Service> done);
    void discoverPrimary(const Uuid &uuid, ListDone<Range> done);
    void findIncluded(quint16 start, quint16 end, ListDone<Included> done);
    void discoverCharacteristics(quint16 start, quint16 end, std::optional<Uuid> uuid,
                                 ListDone<Characteristic> done);
    void discoverDescriptors(quint16 start, quint16 end, ListDone<Descriptor> done);
    // gatt_read_char(): Read Request, then Read Blob Requests while answers fill the MTU.
    void readCharacteristic(quint16 handle, PduDone done);
    void readByUuid(quint16 start, quint16 end, const Uuid &uuid, PduDone done);
    // gatt_write_char(): Write Request, or Prepare Write Requests + Execute Write when the
    // value does not fit (MTU − 3).
    void writeCharacteristic(quint16 handle, const QByteArray &value, PduDone done);
    void writeCommand(quint16 handle, const QByteArray &value);
    void exchangeMtu(quint16 mtu, PduDone done);

Q_SIGNALS:
    // A Handle Value Notification or Indication PDU (an indication is confirmed already).
    void valuePushed(const QByteArray &pdu);

private:
    struct Request
    {
        QByteArray pdu;
        PduDone done;
    };
    void request(const QByteArray &pdu, PduDone done, bool continuation = false);
    void pump();
    void onReceived(const QByteArray &pdu);
    void onTimeout();
    void finishPending(quint8 status, const QByteArray &pdu);

    struct PrimaryAll;
    struct PrimaryByUuid;
    struct CharacteristicDiscovery;
    struct DescriptorDiscovery;
    struct LongRead;
    struct LongWrite;
    struct IncludedSearch;

    FakeAttLink *m_link;
    QTimer *m_timeout;
    std::deque<Request> m_queue;
    std::optional<Request> m_pending;
    SecurityUpgrade m_securityUpgrade;
    int m_mtu = 23;
};

} // namespace gattscope
