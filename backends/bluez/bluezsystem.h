// SPDX-License-Identifier: MIT
#pragma once

#include "bluezoptions.h"

#include <gattscope/core/backend/backend.h>
#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/result.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QFuture>
#include <QObject>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace gattscope {

struct BluezAdapterInfo
{
    QString name; // "hci0"; the OS's name elsewhere
    QString path; // "/org/bluez/hci0"; empty off Linux
    DeviceAddress address;
    QString alias; // the adapter's friendly name
    bool powered = true;
    bool discovering = false;
};

// What the OS Bluetooth stack offers beyond Qt Bluetooth's LE classes: the seam between the
// portable part of the system-Bluetooth backend (scanning and GATT through Qt Bluetooth) and
// the BlueZ-only part (QtDBus, Linux only: BluezDbusSystem). This base class is what every
// other platform gets: the adapter from QBluetoothLocalDevice and "not supported" for the
// rest, so the backend builds and runs without D-Bus.
//
// Notes for implementers
// - Lives on the backend's thread; every callback and signal comes there, never inside the
//   call that started it (callbacks are queued or come from D-Bus replies).
// - Each callback is called exactly once. Errors are typed (BluezError::fromReply()).
// - Never call into Qt Bluetooth before start() has succeeded: Qt caches "BlueZ is not
//   there" for the life of the process when it looks first and finds nothing.
class BluezSystem : public QObject
{
    Q_OBJECT

public:
    enum class Feature : quint16 {
        AdapterPower = 0x01, // setPowered()
        Pairing = 0x02, // pair() with a passkey agent
        Bonds = 0x04, // bonds(), removeBond()
        DeviceProperties = 0x08, // deviceChanged() with BlueZ's Device1 properties
        ConnectFirst = 0x10, // connectDevice() makes the link before Qt Bluetooth attaches to it
        PeerHandles = 0x20, // database() with the peer's handles
        DisconnectReasons = 0x40, // disconnected() with a reason (BlueZ ≥ 5.78)
    };
    Q_DECLARE_FLAGS(Features, Feature)

    // BluezDbusSystem on Linux, this class elsewhere.
    static BluezSystem *create(const BluezOptions &options, QObject *parent = nullptr);

    explicit BluezSystem(const BluezOptions &options, QObject *parent = nullptr);
    ~BluezSystem() override;

    virtual Features features() const;

    // Finds `adapter` ("" = the default one) and starts watching the stack: done gets the
    // adapter, or TransportLost (bluetoothd not running), NotFound (no such adapter),
    // PermissionDenied (with the fix). An adapter that is switched off is not an error:
    // info.powered says so. Also registers the pairing agent where there is one.
    virtual void start(const QString &adapter, std::function<void(const Result<BluezAdapterInfo> &)> done);
    virtual void stop();
    // Every adapter, for the backend picker; a blocking call with a short timeout, safe on any
    // thread (it uses a connection of its own). Empty when the stack is not there.
    static QList<BluezAdapterInfo> listAdapters(int timeoutMs = 1500);
    // The last listAdapters() result, at once; when it is older than two seconds a refresh
    // starts on a pool thread (so the first call after start-up returns an empty list).
    // For pickers that poll on the GUI thread.
    static QList<BluezAdapterInfo> cachedAdapters();
    // Starts a refresh of what cachedAdapters() returns (or joins the one under way), on a
    // pool thread; the future finishes once the answer is in the cache — empty when
    // bluetoothd is not on the bus — within listAdapters()'s timeout. Never blocks.
    static QFuture<void> refreshAdapters();

    virtual void setPowered(bool on, std::function<void(const Status &)> done);
    // The scan settings Qt Bluetooth has no words for (duplicate reports, LE only), applied
    // after its discovery agent started.
    virtual void setDiscoveryFilter(const ScanOptions &options, std::function<void(const Status &)> done);

    // The device as the stack knows it (with its address type), after looking for it with a
    // discovery when the stack has not seen it yet; NotFound when it did not turn up.
    virtual void findDevice(const DeviceAddress &address, int timeoutMs,
                            std::function<void(const Result<DeviceAddress> &)> done);
    // Makes the link (Linux: Device1.Connect, after a discovery when BlueZ does not know the
    // device yet), so that failures come back typed; Qt Bluetooth then attaches to it.
    virtual void connectDevice(const DeviceAddress &address, int timeoutMs,
                               std::function<void(const Status &)> done);
    virtual void cancelConnect(const DeviceAddress &address);
    virtual void disconnectDevice(const DeviceAddress &address, std::function<void(const Status &)> done);
    virtual void pair(const DeviceAddress &address, std::function<void(const Status &)> done);
    // The answer to passkeyRequested(); nullopt rejects.
    virtual void providePasskey(const DeviceAddress &address, std::optional<quint32> passkey);
    virtual void bonds(std::function<void(const Result<QList<DeviceAddress>> &)> done);
    virtual void removeBond(const DeviceAddress &address, std::function<void(const Status &)> done);

    // The device's GATT database with the peer's handles, as the stack knows it now.
    virtual void database(const DeviceAddress &address,
                          std::function<void(const Result<GattDatabase> &)> done);
    virtual std::optional<int> rssi(const DeviceAddress &address) const;
    virtual std::optional<int> mtu(const DeviceAddress &address) const;
    virtual bool isPaired(const DeviceAddress &address) const;
    // The stack's address type for a device it knows (Qt Bluetooth does not carry it).
    virtual std::optional<DeviceAddress> knownAddress(const DeviceAddress &address) const;

Q_SIGNALS:
    // bluetoothd left the bus / came back. After it came back, call start() again.
    void daemonChanged(bool running);
    void adapterChanged(const gattscope::BluezAdapterInfo &info);
    void adapterRemoved();
    // The full Device1 properties (plain values, see BluezProperties) after a change of
    // `changed` (every key when the device appeared).
    void deviceChanged(const gattscope::DeviceAddress &address, const QVariantMap &properties,
                       const QStringList &changed);
    void deviceRemoved(const gattscope::DeviceAddress &address);
    // The link ended; `reason` is typed when the stack says why.
    void deviceDisconnected(const gattscope::DeviceAddress &address, const gattscope::Error &reason);
    void pairedChanged(const gattscope::DeviceAddress &address, bool paired);
    void passkeyRequested(const gattscope::DeviceAddress &address);
    void passkeyDisplayed(const gattscope::DeviceAddress &address, quint32 passkey);
    void pairingCancelled(const gattscope::DeviceAddress &address);

protected:
    // Finishes `done` on the next event-loop turn.
    template<typename T, typename F> void later(F done, T value)
    {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), value = std::move(value)] { done(value); }, Qt::QueuedConnection);
    }
    Error notSupported() const;

    const BluezOptions m_options;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(BluezSystem::Features)

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::BluezAdapterInfo)
