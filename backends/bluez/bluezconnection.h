// SPDX-License-Identifier: MIT
#pragma once

#include "bluezgatttable.h"

#include <gattscope/core/backend/backend.h>
#include <gattscope/core/backend/connection.h>

#include <QLowEnergyController>
#include <QLowEnergyService>

#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace gattscope {

class BluezBackend;
class BluezSystem;

// One link through the system Bluetooth stack: Qt Bluetooth's QLowEnergyController and
// QLowEnergyService for the link and GATT, BluezSystem for what Qt does not say.
//
// State machine (Connection::State):
//   Disconnected ─open()─► Connecting ─(Linux: Device1.Connect, then)─ Qt connected() ─► Connected
//   Connected ─disconnectFromDevice()─► Disconnecting ─ Qt disconnected() ─► Disconnected
//   any ─ Qt disconnected() / connect failure / timeout / linkLost() ─► Disconnected
// On Linux the link is made by BluezSystem::connectDevice() first, so a refusal comes back
// typed (Controller 0x3E, PoweredOff, Timeout …); Qt then finds it connected at once.
//
// GATT operations run one at a time (as Qt does internally), each with
// BluezOptions::operationTimeoutMs. Qt Bluetooth reports a failed read or write without the
// ATT error code: such failures are Error::Kind::Backend with what is known. BlueZ always
// reads whole values (Read Long) and picks long writes itself, so every ReadMode and
// WriteMode but Command maps to the same request. The CCCD belongs to BlueZ
// (Backend::Capability::StackOwnsCccd): writing 01 00 / 02 00 subscribes (StartNotify, which
// enables notifications when the characteristic has them, else indications), 00 00
// unsubscribes, other values are refused; the stored CCCD value says what is in effect.
//
// When the link ends every pending operation finishes first (Disconnected, or TransportLost
// when bluetoothd went away), then disconnected(reason) fires once: reason is the HCI reason
// when BlueZ says it (Device1.Disconnected, BlueZ ≥ 5.78), 0x16 for our own disconnect,
// else Error::Kind::Disconnected.
class BluezConnection : public Connection
{
    Q_OBJECT

public:
    BluezConnection(const DeviceAddress &address, BluezBackend *backend);
    ~BluezConnection() override;

    // --- driven by BluezBackend, on the backend's thread
    void open(const ConnectOptions &options, Pending<Connection *> pending);
    void abortOpen(const Error &reason);
    // The stack or the adapter went away: the link is gone, whatever Qt thinks.
    void linkLost(const Error &reason);
    // BluezSystem's news about this device.
    void stackDisconnected(const Error &reason);
    void stackPasskeyRequested();
    void stackPasskeyDisplayed(quint32 passkey);
    void stackPairingCancelled();
    void stackPairedChanged(bool paired);

protected:
    void doDiscover(Pending<GattDatabase> pending) override;
    void doRead(quint16 handle, ReadMode mode, Pending<QByteArray> pending) override;
    void doWrite(quint16 handle, const QByteArray &value, WriteMode mode,
                 Pending<std::monostate> pending) override;
    void doReadRssi(Pending<int> pending) override;
    void doPair(const PairingOptions &options, Pending<std::monostate> pending) override;
    void doProvidePasskey(std::optional<quint32> passkey) override;
    void doDisconnect(Pending<std::monostate> pending) override;

private:
    struct Operation
    {
        std::function<void()> run; // must end with finishOperation()
        std::function<void(const Error &)> fail; // finishes it without running
    };
    // What the running operation waits for; each returns true when the signal was its own.
    struct Waiting
    {
        std::function<bool(QLowEnergyService *, const QLowEnergyCharacteristic &, const QByteArray &)> read;
        std::function<bool(QLowEnergyService *, const QLowEnergyCharacteristic &, const QByteArray &)>
            written;
        std::function<bool(QLowEnergyService *, const QLowEnergyDescriptor &, const QByteArray &)>
            descriptorRead;
        std::function<bool(QLowEnergyService *, const QLowEnergyDescriptor &, const QByteArray &)>
            descriptorWritten;
        std::function<bool(QLowEnergyService *, QLowEnergyService::ServiceError)> error;
        std::function<void(const Error &)> timeout;
    };

    void enqueue(Operation operation);
    void finishOperation();
    void runNext();
    Error notConnected() const;
    void attach();
    void failOpen(const Error &error);
    void linkDown(const Error &reason);
    void teardown();
    void watch(QLowEnergyService *service);
    void onServicesDiscovered();
    void discoverNextService();
    void finishDiscovery();
    void flushNotifications();
    Error qtError(QLowEnergyController::Error error) const;
    Error serviceError(QLowEnergyService::ServiceError error, const QString &what) const;
    void writeCccd(const BluezGattTable::Entry &entry, quint16 handle, const QByteArray &value,
                   Pending<std::monostate> pending);
    // The running operation ends with `pending` at the operation timeout, or at an error of
    // `service` that `ours` claims (reported as `what` failing); arms the timer.
    template<typename T>
    void awaitOutcome(QLowEnergyService *service, Pending<T> pending, const QString &what,
                      bool (*ours)(QLowEnergyService::ServiceError));

    BluezBackend *m_backend;
    BluezSystem *m_system;
    QLowEnergyController *m_controller = nullptr;
    QList<QLowEnergyService *> m_services;
    BluezGattTable m_table;
    quint64 m_generation = 0; // bumped per link: stale callbacks check it
    std::optional<Pending<Connection *>> m_opening;
    QTimer *m_openTimer;
    std::deque<Operation> m_operations;
    bool m_running = false;
    Waiting m_waiting;
    QTimer *m_operationTimer;
    // Discovery in progress.
    std::optional<Pending<GattDatabase>> m_discovering;
    int m_serviceIndex = 0;
    QList<Notification> m_notifications;
    QTimer *m_flushTimer;
    QHash<quint16, bool> m_indicating; // value handle → subscribed to indications
    std::optional<Error> m_stackReason; // why BlueZ says the link ended
    bool m_localDisconnect = false;
    QList<Pending<std::monostate>> m_disconnectWaiters;
    QTimer *m_disconnectTimer;
    std::optional<Pending<std::monostate>> m_pairing;
};

} // namespace gattscope
