// SPDX-License-Identifier: MIT
#pragma once

#include "bgapicommandqueue.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/core/backend/connection.h>

#include <QList>

#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace gattscope {

class BgapiBackend;
class BgapiGattClient;

// One link through a BGAPI dongle. (Named "client connection" so that its header does not
// collide with the protocol's bgapiconnection.h, the connection-class messages.)
//
// State machine (Connection::State):
//   Disconnected ─connect_direct─► Connecting ─connection_status(Connected)─► Connected
//   Connected ─disconnectFromDevice()─► Disconnecting ─connection_disconnected─► Disconnected
//   any state ─connection_disconnected / connect timeout / transport lost─► Disconnected
// GATT operations queue behind each other (one attclient procedure per link at a time) and
// run through BgapiGattClient; RSSI and parameter updates are plain commands and do not
// wait for them. When the link ends, every queued and running operation finishes first
// (Disconnected, or TransportLost when the dongle went away) and then disconnected(reason)
// fires exactly once — reason is Error::controller(HCI status) for anything the dongle
// reports (0x16 local, 0x13 remote, 0x08 supervision timeout, 0x3E failed to establish)
// and TransportLost when the dongle itself disappeared.
//
// Cancellation (QFuture::cancel() by the caller; core's contract is in pending.h): the
// operation's future completes with Cancelled at once. A queued operation is dropped
// before anything is sent for it. A running one stops at its next step; the attclient
// procedure already on the wire runs to its end unheard (BgapiGattClient) and the next
// operation starts only after it, so no event of it reaches the next one; a cancelled long
// write sends execute_write(0) so the peer drops what it prepared; a pairing is given up.
// RSSI and parameter updates are dropped when their command has not been sent yet.
// disconnectFromDevice() is not cancellable.
class BgapiClientConnection : public Connection
{
    Q_OBJECT

public:
    BgapiClientConnection(const DeviceAddress &address, BgapiBackend *backend);
    ~BgapiClientConnection() override;

    // --- driven by BgapiBackend, on the backend's thread
    // The dongle's handle for the link; nullopt while there is none.
    std::optional<quint8> handle() const { return m_handle; }
    // Called when the attempt is queued (no handle yet) and when connect_direct named one.
    void beginConnecting(std::optional<quint8> handle);
    void linkUp(const bgapi::ConnectionStatusEvent &status);
    // The link ended (or never came up): fails every operation, then reportDisconnected().
    void linkDown(const Error &reason);

    void handleStatus(const bgapi::ConnectionStatusEvent &status);
    void handleValue(const bgapi::AttributeValueView &value, qint64 timestampUs);
    // Attclient events go to the running GATT step; Security Manager events to pairing.
    void handleEvent(const bgapi::AttclientProcedureCompletedEvent &event);
    void handleEvent(const bgapi::AttclientGroupFoundEvent &event);
    void handleEvent(const bgapi::AttclientFindInformationFoundEvent &event);
    void handleEvent(const bgapi::AttclientAttributeFoundEvent &event);
    void handleEvent(const bgapi::SmBondingFailEvent &event);
    void handleEvent(const bgapi::SmPasskeyRequestEvent &event);
    void handleEvent(const bgapi::SmPasskeyDisplayEvent &event);
    // Hands the notifications gathered from one chunk of input to the subscribers.
    void flushNotifications();

protected:
    void doDiscover(Pending<GattDatabase> pending) override;
    void doRead(quint16 handle, ReadMode mode, Pending<QByteArray> pending) override;
    void doWrite(quint16 handle, const QByteArray &value, WriteMode mode,
                 Pending<std::monostate> pending) override;
    void doReadRssi(Pending<int> pending) override;
    void doUpdateParameters(const ConnectionParameters &parameters, Pending<std::monostate> pending) override;
    void doPair(const PairingOptions &options, Pending<std::monostate> pending) override;
    void doProvidePasskey(std::optional<quint32> passkey) override;
    void doDisconnect(Pending<std::monostate> pending) override;

private:
    struct Operation
    {
        quint64 id = 0;
        std::function<void()> run; // must end with operationFinished()
        std::function<void(const Error &)> fail; // finishes the operation without running it
        std::function<bool()> isCanceled; // the caller gave up
    };
    // Queues `run` as the operation of `pending` (cancellable).
    template<typename T> void enqueue(const Pending<T> &pending, std::function<void()> run);
    void enqueue(Operation operation);
    void operationFinished();
    void runNext();
    void cancelOperation(quint64 id);
    // A plain command (no attclient procedure) for `pending`: dropped unsent when cancelled.
    template<typename T> void sendCancellable(BgapiCommandQueue::Command command, const Pending<T> &pending);
    Error notConnectedError() const;

    using StatusDone = std::function<void(const Error &)>;
    void readValue(quint16 handle, ReadMode mode, bool mayPair,
                   std::function<void(const Result<QByteArray> &)> done);
    void writeValue(quint16 handle, const QByteArray &value, WriteMode mode, bool mayPair, StatusDone done);
    bool shouldAutoPair(const Error &error) const;
    void pairNow(const PairingOptions &options, StatusDone done);
    void endPairing(const Error &error);
    void applyStatus(const bgapi::ConnectionStatusEvent &status);

    BgapiBackend *m_backend;
    BgapiGattClient *m_gatt;
    std::optional<quint8> m_handle;
    std::deque<Operation> m_operations;
    bool m_running = false;
    quint64 m_current = 0; // id of the running operation
    quint64 m_lastOperation = 0;
    QList<Notification> m_batch;
    QList<Pending<std::monostate>> m_disconnectWaiters;
    QTimer *m_disconnectTimer;
    QTimer *m_pairingTimer;
    std::optional<StatusDone> m_pairing;
    bool m_awaitingPasskey = false; // the dongle asked for a passkey and got none yet
    bool m_abandoningPairing = false; // passkey entry cancelled: waiting for the dongle's end
    bool m_bonded = false;
    bool m_ending = false;
};

} // namespace gattscope
