// SPDX-License-Identifier: MIT
#pragma once

namespace gattscope {

// Timeouts and policies of the system-Bluetooth backend. Defaults suit real adapters;
// tests shorten them.
struct BluezOptions
{
    int probeTimeoutMs = 3000; // bluetoothd must answer GetManagedObjects / Properties in this
    int operationTimeoutMs = 30000; // a GATT read/write/subscribe (BlueZ's own ATT timeout is 30 s)
    int discoveryTimeoutMs = 30000; // connect + service discovery of one device
    int disconnectTimeoutMs = 5000;
    int pairingTimeoutMs = 60000; // Pair(), including the user typing the passkey
    // A device that BlueZ has not reported for this long is dropped from the scan table, so
    // its next report counts as new (BlueZ itself removes unheard devices after 30 s).
    int ageOutMs = 30000;
    // Scanning for a device that BlueZ does not know yet before connecting to it.
    bool discoverBeforeConnect = true;
};

} // namespace gattscope
