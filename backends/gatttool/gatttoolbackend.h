// SPDX-License-Identifier: MIT
#pragma once

#include "gatttooloptions.h"

#include <gattscope/core/backend/backend.h>

namespace gattscope {

class GatttoolConnection;

// BlueZ's `gatttool -I`, driven through QProcess, as a core Backend: what pygatt's
// GATTToolBackend did, with typed errors and without its blind spots. See README.md beside
// this file for what works and what gatttool cannot do, PROTOCOL.md for the text it speaks.
//
// Create it through createBackend("gatttool:" or "gatttool:hci0"); it runs on the thread a
// BackendHost gives it.
// - open() checks that gatttool can be found, started and answers (Unavailable is never
//   used: there is no dongle to lose; each link has its own process, see GatttoolConnection).
//   It fails with TransportLost, naming the package to install, when gatttool is missing.
// - No scanning: gatttool cannot scan (startScan() fails with NotSupported); connect by
//   address. No bond list either (gatttool has no such command).
// - Up to options.maxConnections links at once, one gatttool process each.
class GatttoolBackend : public Backend
{
    Q_OBJECT

public:
    static constexpr int kMaxConnections = 4;

    GatttoolBackend(QString uri, const GatttoolOptions &options, QObject *parent = nullptr);
    ~GatttoolBackend() override;

    const GatttoolOptions &options() const { return m_options; }

    // --- for GatttoolConnection, on the backend's thread
    // A gatttool process died or misbehaved: reported through errorOccurred().
    void reportError(const Error &error);

protected:
    void doOpen(Pending<std::monostate> pending) override;
    void doClose(Pending<std::monostate> pending) override;
    void doStartScan(const ScanOptions &options, Pending<std::monostate> pending) override;
    void doStopScan(Pending<std::monostate> pending) override;
    void doConnect(const DeviceAddress &address, const ConnectOptions &options,
                   Pending<Connection *> pending) override;
    void doCancelConnect(const DeviceAddress &address) override;

private:
    GatttoolConnection *connectionFor(const DeviceAddress &address) const;

    const GatttoolOptions m_options;
    quint64 m_generation = 0; // bumped on close: stale callbacks check it
};

} // namespace gattscope
