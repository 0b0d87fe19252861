// SPDX-License-Identifier: MIT
#pragma once

// The one place that turns a backend URI into a running backend. Programs (GUI, CLI,
// library users) include this header and core; never a backend's own headers.
//
//   bgapi:auto          the first BLED112 found (USB 2458:0001)
//   bgapi:/dev/ttyACM0  a BLED112 (or gattscope-sim, or any BGAPI device) on that port;
//   bgapi:COM3          port names work as the OS spells them
//   demo                the virtual BLED112 with the built-in virtual peripherals, in
//                       process: the same BGAPI client as a real dongle, no hardware
//   gatttool:           BlueZ's gatttool -I on the default adapter (gatttool:hci0 on hci0);
//                       the program is BackendOptions::gatttool.program, else
//                       $GATTSCOPE_GATTTOOL, else "gatttool" in PATH
//   bluez:              the system's default Bluetooth adapter (BlueZ on Linux; through
//                       Qt Bluetooth also WinRT and CoreBluetooth)
//   bluez:hci1          that BlueZ adapter

#include <gattscope/backends/bgapi/bgapioptions.h>
#include <gattscope/backends/gatttool/gatttooloptions.h>
#include <gattscope/core/backend/backendhost.h>
#include <gattscope/core/base/result.h>

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace gattscope {

struct BackendDescriptor
{
    QString label; // "BLED112 on /dev/ttyACM0", "Demo dongle"
    QString uri; // what to pass to createBackend()
    // A longer text for a tooltip ("BlueZ adapter hci0 'laptop', 00:1A:7D:DA:71:13, switched
    // on"); may be empty.
    QString description;
};

struct BackendOptions
{
    BgapiOptions bgapi;
    // gatttool: the program, security level, MTU and timeouts (the adapter comes from the URI).
    GatttoolOptions gatttool;
    // demo: profile files (JSON, see backends/virtual/PROFILES.md) served instead of the
    // built-in set; empty = the built-in peripherals.
    QStringList demoProfiles;
    // demo: how many links the virtual dongle allows (a BLED112 reports 3).
    int demoMaxConnections = 3;
};

// A backend for `uri`, already running on its own thread but not opened: call
// host->open() and wait for it. Fails with InvalidArgument for an unknown or malformed
// URI (the message lists the valid forms) and NotSupported for reserved schemes.
Result<std::unique_ptr<BackendHost>> createBackend(const QString &uri);
Result<std::unique_ptr<BackendHost>> createBackend(const QString &uri, const BackendOptions &options);

// What can be opened right now: one entry per BLED112 port found, one per Bluetooth adapter
// when gatttool is installed, one per system Bluetooth adapter (bluez:), then the demo
// dongle. Never blocks: the bluez: adapters come from a list refreshed in the background
// (the first call may not have them yet; callers poll).
QList<BackendDescriptor> availableBackends();
// Asks again, in the background, what availableBackends() cannot look up at once (the
// bluez: adapters, over D-Bus); the future finishes once the answer is in, so that the next
// availableBackends() has it. Without bluetoothd on the bus it finishes too (no adapters),
// within a second and a half. Never blocks; a probe under way is joined, not repeated.
QFuture<void> probeBackends();

} // namespace gattscope
