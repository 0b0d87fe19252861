// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/backends/virtual/virtualgattserver.h>

#include <QDBusMessage>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace gattscope {

class MockBluez;
class MockBluezGatt;
class VirtualPeripheral;

// One org.bluez.Device1: a virtual peripheral as one adapter of the mock BlueZ sees it.
// Exported when first heard during discovery (or when paired), with the properties
// bluetoothd derives from advertising data; Connect/Disconnect/Pair/CancelPairing with
// bluetoothd's signal order:
//   Connect:    Connected=true → GATT objects (InterfacesAdded, depth first) →
//               ServicesResolved=true → reply
//   Disconnect: ServicesResolved=false → Disconnected(reason) → Connected=false →
//               GATT objects removed unless paired → reply
//   Pair:       (Connect first if needed) → Agent1.RequestPasskey when the peripheral has a
//               passkey → Paired=true, Bonded=true → reply
// The GATT side is MockBluezGatt.
class MockBluezDevice : public QObject
{
    Q_OBJECT

public:
    MockBluezDevice(MockBluez *mock, const QString &adapterPath, VirtualPeripheral *peripheral,
                    QObject *parent = nullptr);
    ~MockBluezDevice() override;

    QString path() const { return m_path; }
    QString adapterPath() const { return m_adapterPath; }
    VirtualPeripheral *peripheral() const { return m_peripheral; }
    QString address() const;
    bool isExported() const { return m_exported; }
    bool isConnected() const { return m_connected; }
    bool isConnecting() const { return m_connecting.has_value(); }
    bool isPaired() const { return m_paired; }
    qint64 lastHeardMs() const { return m_lastHeardMs; }
    VirtualGattServer::ClientState &client() { return m_client; }
    MockBluezGatt *gatt() const { return m_gatt; }
    quint64 generation() const { return m_generation; }

    // An advertisement was heard with `rssi`. Exports the object the first time; later
    // emits what changed. `everyRssi` turns off the 8 dB RSSI threshold (a discovery
    // filter is set); `duplicateData` re-sends ManufacturerData/ServiceData every time.
    void heard(qint8 rssi, bool everyRssi, bool duplicateData);
    // Discovery ended: RSSI and TxPower are invalidated.
    void discoveryStopped();
    // Takes the object (and its GATT objects) off the bus.
    void unexport();
    // The link ends: the disconnect sequence with this Device1.Disconnected reason.
    void linkLost(const QString &reason, const QString &message);
    // bluetoothd vanished: the link is gone without any signal; pending calls get no reply.
    void dropSilently();
    // Re-exports after bluetoothd came back (paired devices only).
    void restore();
    // Raises the link's security for an ATT request that failed with Insufficient
    // Authentication: encrypts with the bond, or pairs through the default agent.
    void secure(std::function<void(bool ok)> done);
    // Forgets the bond (RemoveDevice, reset).
    void forgetBond() { m_paired = false; }

private:
    void connectCall(const QDBusMessage &call);
    void disconnectCall(const QDBusMessage &call);
    void pairCall(const QDBusMessage &call);
    void cancelPairingCall(const QDBusMessage &call);
    void beginConnect(std::function<void(const QString &error, const QString &text)> done);
    void establish(quint64 attempt);
    void endLink(const QString &reason, const QString &message, bool silent);
    void runPairing(const QString &owner, std::function<void(const QString &error)> done);
    void finishPairing(const QString &error);
    void exportObject();
    QVariantMap advertisedProperties(qint8 rssi) const;

    MockBluez *m_mock;
    QString m_adapterPath;
    QString m_path;
    VirtualPeripheral *m_peripheral;
    MockBluezGatt *m_gatt;
    bool m_exported = false;
    bool m_connected = false;
    bool m_paired = false;
    bool m_trusted = false;
    bool m_blocked = false;
    qint64 m_lastHeardMs = 0;
    quint64 m_generation = 0; // bumped per link and per connection attempt
    VirtualGattServer::ClientState m_client;
    struct Connecting
    {
        quint64 attempt = 0;
        std::function<void(const QString &error, const QString &text)> done;
    };
    std::optional<Connecting> m_connecting;
    struct Pairing
    {
        QString owner;
        std::function<void(const QString &error)> done;
    };
    std::optional<Pairing> m_pairing;
};

} // namespace gattscope
