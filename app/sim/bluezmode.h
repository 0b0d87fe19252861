// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gattscope {

// gattscope-sim --bluez: a mock bluetoothd (org.bluez) on the D-Bus bus that
// DBUS_SYSTEM_BUS_ADDRESS names, serving the same virtual peripherals as the virtual
// BLED112. Parses its own options (see --bluez --help) and runs until SIGTERM/SIGINT.
bool isBluezMode(const QStringList &arguments);
int runBluezMode(QCoreApplication &app);

} // namespace gattscope
