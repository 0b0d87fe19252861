// SPDX-License-Identifier: MIT
#pragma once

#include "bluezoptions.h"
#include "bluezsystem.h"

#include <gattscope/core/backend/advertisement.h>
#include <gattscope/core/backend/backend.h>

#include <QBluetoothDeviceInfo>
#include <QHash>
#include <QObject>

class QBluetoothDeviceDiscoveryAgent;
class QTimer;

namespace gattscope {

// LE scanning for the system-Bluetooth backend. Qt Bluetooth's discovery agent runs the
// discovery session on every platform. What a report says comes, on Linux, from BlueZ's
// Device1 properties (BluezSystem::deviceChanged: they keep the address type, TX power,
// flags and names from scan responses, which QBluetoothDeviceInfo drops), elsewhere from
// QBluetoothDeviceInfo. Either way it becomes one plain property map per device, updated
// in place, and BluezProperties::advertisement() turns it into the Advertisement
// (Advertisement::rebuilt: the OS hands out decoded fields, not packets).
//
// One report per reception: BlueZ signals a device only when it heard it (RSSI or data
// changed, or DuplicateData), so every signal about advertising fields is an
// Advertisement, with the full merged data. Reports go out in batches, one per event-loop
// turn. A device not reported for BluezOptions::ageOutMs, or removed by BlueZ, is dropped
// from the table (aged out), so its next report counts as new. Lives on the backend thread.
class BluezScanner : public QObject
{
    Q_OBJECT

public:
    BluezScanner(BluezSystem *system, const BluezAdapterInfo &adapter, const BluezOptions &options,
                 QObject *parent = nullptr);
    ~BluezScanner() override;

    // `done` gets success once the discovery session runs, or the typed error.
    void start(const ScanOptions &options, std::function<void(const Status &)> done);
    void stop();
    bool isRunning() const { return m_running; }
    // Devices in the table now (for tests and status lines).
    int deviceCount() const { return int(m_devices.size()); }
    // What Qt Bluetooth needs to connect to a device seen by this scanner (on macOS the
    // address is a stand-in for CoreBluetooth's device UUID).
    QBluetoothDeviceInfo deviceInfo(const DeviceAddress &address) const;

    // The advertising data of a QBluetoothDeviceInfo as BlueZ-style plain properties.
    static QVariantMap properties(const QBluetoothDeviceInfo &info, const DeviceAddress &address);
    // The address to use for a device: its own, or on platforms that hide addresses
    // (CoreBluetooth) a stable stand-in derived from the device UUID.
    static DeviceAddress addressOf(const QBluetoothDeviceInfo &info);

Q_SIGNALS:
    void advertisementsReceived(const QList<gattscope::Advertisement> &batch);
    // The discovery ended by itself (adapter switched off, stack error).
    void stopped(const gattscope::Error &error);

private:
    void onAgentDevice(const QBluetoothDeviceInfo &info);
    void onSystemDevice(const DeviceAddress &address, const QVariantMap &properties,
                        const QStringList &changed);
    void onSystemDeviceRemoved(const DeviceAddress &address);
    void report(quint64 key, const QVariantMap &properties);
    void flush();
    void ageOut();
    Error agentError() const;

    BluezSystem *m_system;
    const BluezAdapterInfo m_adapter;
    const BluezOptions m_options;
    const bool m_fromSystem; // Linux: Device1 properties are the source
    QBluetoothDeviceDiscoveryAgent *m_agent = nullptr;
    bool m_running = false;
    struct Entry
    {
        QVariantMap properties;
        qint64 lastSeenMs = 0;
        QBluetoothDeviceInfo info;
    };
    QHash<quint64, Entry> m_devices;
    QList<Advertisement> m_batch;
    QTimer *m_flushTimer;
    QTimer *m_ageTimer;
};

} // namespace gattscope
