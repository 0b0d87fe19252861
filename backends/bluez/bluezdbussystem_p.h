// SPDX-License-Identifier: MIT
#pragma once

#include "bluezerror.h"
#include "bluezproperties.h"
#include "bluezsystem.h"

#include <QDBusMessage>
#include <QHash>
#include <QSet>

class QDBusServiceWatcher;
class QTimer;

namespace gattscope {

// BluezSystem on Linux: bluetoothd over QtDBus, on QDBusConnection::systemBus() — the
// connection Qt Bluetooth uses too, so that BlueZ sees one client (the discovery filter set
// here applies to Qt's discovery session).
//
// Keeps a live copy of bluetoothd's object tree (GetManagedObjects, then InterfacesAdded /
// InterfacesRemoved / PropertiesChanged) as plain values, and answers from it: adapters,
// Device1 properties, RSSI, MTU, bonds, the GATT database with the peer's handles.
// Device1.Connect / Disconnect / Pair, Adapter1.RemoveDevice, Powered and
// SetDiscoveryFilter are asynchronous calls whose errors come back through
// BluezError::fromReply().
class BluezDbusSystem : public BluezSystem
{
    Q_OBJECT

public:
    explicit BluezDbusSystem(const BluezOptions &options, QObject *parent = nullptr);
    ~BluezDbusSystem() override;

    static QList<BluezAdapterInfo> listAdapters(int timeoutMs);

    Features features() const override;
    void start(const QString &adapter, std::function<void(const Result<BluezAdapterInfo> &)> done) override;
    void stop() override;
    void setPowered(bool on, std::function<void(const Status &)> done) override;
    void setDiscoveryFilter(const ScanOptions &options, std::function<void(const Status &)> done) override;
    void findDevice(const DeviceAddress &address, int timeoutMs,
                    std::function<void(const Result<DeviceAddress> &)> done) override;
    void connectDevice(const DeviceAddress &address, int timeoutMs,
                       std::function<void(const Status &)> done) override;
    void cancelConnect(const DeviceAddress &address) override;
    void disconnectDevice(const DeviceAddress &address, std::function<void(const Status &)> done) override;
    void pair(const DeviceAddress &address, std::function<void(const Status &)> done) override;
    void providePasskey(const DeviceAddress &address, std::optional<quint32> passkey) override;
    void bonds(std::function<void(const Result<QList<DeviceAddress>> &)> done) override;
    void removeBond(const DeviceAddress &address, std::function<void(const Status &)> done) override;
    void database(const DeviceAddress &address,
                  std::function<void(const Result<GattDatabase> &)> done) override;
    std::optional<int> rssi(const DeviceAddress &address) const override;
    std::optional<int> mtu(const DeviceAddress &address) const override;
    bool isPaired(const DeviceAddress &address) const override;
    std::optional<DeviceAddress> knownAddress(const DeviceAddress &address) const override;

private Q_SLOTS:
    // QDBusConnection::connect() takes slots by name only; these take the whole message
    // (typed slot signatures with BlueZ's nested maps are not matched reliably).
    void onInterfacesAdded(const QDBusMessage &message);
    void onInterfacesRemoved(const QDBusMessage &message);
    void onPropertiesChanged(const QDBusMessage &message);
    void onDeviceDisconnected(const QDBusMessage &message);

private:
    // Calls `method` on org.bluez; `done` gets the reply or the typed error.
    void call(const QString &path, const QString &interface, const QString &method,
              const QVariantList &arguments, int timeoutMs, BluezError::Call kind, const QString &what,
              std::function<void(const Result<QDBusMessage> &)> done);
    void load(std::function<void(const Result<BluezAdapterInfo> &)> done);
    void subscribe();
    void unsubscribe();
    BluezAdapterInfo adapterInfo() const;
    QString devicePath(const DeviceAddress &address) const;
    QVariantMap deviceProperties(const QString &path) const;
    bool isOurDevice(const QString &path) const;
    void startDiscoveryFor(const DeviceAddress &address, int timeoutMs,
                           std::function<void(const Status &)> done);
    void finishWaitingFor(const QString &path);
    // Tells the agent that this process works with the device (see BluezAgent).
    void claim(const QString &path);
    void unclaim(const QString &path);

    QString m_wanted; // adapter name asked for, "" = default
    QString m_adapterPath;
    BluezObjects m_objects;
    bool m_subscribed = false;
    bool m_agent = false;
    QDBusServiceWatcher *m_daemon = nullptr;
    quint64 m_generation = 0; // bumped when bluetoothd goes: stale replies are dropped
    // Connections waiting for BlueZ to discover their device first (matched on the 48
    // bits: Qt Bluetooth and users may not know the address type).
    struct Waiting
    {
        DeviceAddress address;
        std::function<void(const Status &)> finish;
    };
    QList<Waiting> m_waiting;
    QSet<QString> m_claimed; // device paths claimed with the agent
};

} // namespace gattscope
