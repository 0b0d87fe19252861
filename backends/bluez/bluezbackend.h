// SPDX-License-Identifier: MIT
#pragma once

#include "bluezoptions.h"
#include "bluezsystem.h"

#include <gattscope/core/backend/backend.h>

#include <QBluetoothAddress>
#include <QBluetoothDeviceInfo>
#include <QHash>

#include <optional>

namespace gattscope {

class BluezConnection;
class BluezScanner;

// The system's Bluetooth adapter as a core Backend ("bluez:", "bluez:hci1"): BlueZ on Linux,
// and — through the same Qt Bluetooth code — WinRT on Windows and CoreBluetooth on macOS.
// See BLUEZ.md beside this file.
//
// - open(): BluezSystem::start() finds the adapter; fails with TransportLost (bluetoothd
//   is not running), NotFound (no such adapter) or PermissionDenied (with the fix). An
//   adapter that is switched off opens fine: info().powered is false, errorOccurred says
//   PoweredOff, scans and connections fail with PoweredOff until setPowered(true).
// - Scanning: BluezScanner; connections: BluezConnection.
// - bluetoothd leaving the bus: state Unavailable, errorOccurred(TransportLost), every link
//   ends with TransportLost; when it is back the adapter is looked up again and a scan that
//   was running resumes (links do not come back by themselves). The same when the adapter
//   is removed and comes back, or is switched off and on.
// - bonds(): the devices BlueZ holds keys for; handles are stable for the life of the
//   backend. deleteBond() is Adapter1.RemoveDevice.
class BluezBackend : public Backend
{
    Q_OBJECT

public:
    // `adapter`: "hci1", or "" for the default adapter.
    BluezBackend(QString uri, QString adapter, const BluezOptions &options = BluezOptions(),
                 QObject *parent = nullptr);
    ~BluezBackend() override;

    const BluezOptions &options() const { return m_options; }

    // --- for BluezConnection and tests, on the backend's thread
    BluezSystem *system() const { return m_system; }
    QBluetoothAddress adapterAddress() const;
    QBluetoothDeviceInfo deviceInfo(const DeviceAddress &address) const;
    // Devices in the scan table (see BluezScanner), -1 when no scan ran yet.
    int scannedDeviceCount() const;

protected:
    void doOpen(Pending<std::monostate> pending) override;
    void doClose(Pending<std::monostate> pending) override;
    void doStartScan(const ScanOptions &options, Pending<std::monostate> pending) override;
    void doStopScan(Pending<std::monostate> pending) override;
    void doConnect(const DeviceAddress &address, const ConnectOptions &options,
                   Pending<Connection *> pending) override;
    void doCancelConnect(const DeviceAddress &address) override;
    void doBonds(Pending<QList<Bond>> pending) override;
    void doDeleteBond(int bondHandle, Pending<std::monostate> pending) override;
    void doSetPowered(bool on, Pending<std::monostate> pending) override;

private:
    void ensureSystem();
    void startSystem(std::function<void(const Status &)> done);
    void applyAdapter(const BluezAdapterInfo &adapter);
    void onDaemonChanged(bool running);
    void onAdapterChanged(const BluezAdapterInfo &adapter);
    void becomeUnavailable(const Error &error);
    void endAllLinks(const Error &reason);
    void resumeScan();
    Error notReady() const;
    BluezConnection *connection(const DeviceAddress &address) const;
    int bondHandle(const DeviceAddress &address);

    const QString m_adapterName;
    const BluezOptions m_options;
    BluezSystem *m_system = nullptr;
    BluezScanner *m_scanner = nullptr;
    BluezAdapterInfo m_adapter;
    std::optional<ScanOptions> m_scanWanted;
    quint64 m_generation = 0; // bumped on close and loss: stale callbacks check it
    QHash<quint64, int> m_bondHandles; // address → handle
    int m_nextBond = 1;
};

} // namespace gattscope
