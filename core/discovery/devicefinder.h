// SPDX-License-Identifier: MIT
#pragma once

#include "devicequery.h"
#include "discovereddevices.h"

#include <gattscope/core/backend/backend.h>

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace gattscope {

// Scans until a device that matches a DeviceQuery is heard: "connect to HRM Strap" for the
// CLI and library users, who know a device by its name or address, never by a scan report.
//
// Notes for users
// - Lives on the caller's thread; the backend runs on its own (BackendHost). The backend
//   must be open. find() starts an active scan and leaves it to the caller to stop it
//   (Backend::stopScan()) once the future completed.
// - The future completes exactly once: with the device (its advertisement, and its scan
//   response when one came within `scanResponseWaitMs` of the match), with NotFound after
//   `timeoutMs` (the message names the device and the time), or with the scan's own error.
// - The first matching device wins; two devices with the same name are not told apart.
class DeviceFinder : public QObject
{
    Q_OBJECT

public:
    explicit DeviceFinder(Backend *backend, QObject *parent = nullptr);

    QFuture<Result<DiscoveredDevice>> find(const DeviceQuery &query, int timeoutMs,
                                           int scanResponseWaitMs = 600);
    // Everything heard while looking.
    const DiscoveredDevices &heard() const { return m_devices; }

private:
    void onAdvertisements(const QList<Advertisement> &batch);
    void finish(Result<DiscoveredDevice> result);
    void whenScanStarted(const QFuture<Status> &started, const Pending<DiscoveredDevice> &pending);

    QPointer<Backend> m_backend;
    DeviceQuery m_query;
    DiscoveredDevices m_devices;
    Pending<DiscoveredDevice> m_pending;
    QTimer m_timeout;
    QTimer m_settle;
    std::optional<DeviceAddress> m_match;
    int m_timeoutMs = 0;
};

} // namespace gattscope
