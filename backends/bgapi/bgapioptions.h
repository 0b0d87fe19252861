// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace gattscope {

// Security Manager I/O capabilities, as sm_set_parameters numbers them.
enum class BgapiIoCapabilities : quint8 {
    DisplayOnly = 0,
    DisplayYesNo = 1,
    KeyboardOnly = 2,
    NoInputNoOutput = 3,
    KeyboardDisplay = 4,
};

// Tunables of BgapiBackend. The defaults suit a real BLED112; tests shorten the timeouts.
// (At namespace scope on purpose: GCC rejects `= {}` defaults of nested structs.)
struct BgapiOptions
{
    // Start-up: send system_reset first and reopen the port once the dongle has
    // re-enumerated. Off by default: a reset disrupts other programs sharing the dongle
    // (pygatt #157), and the careful start-up below reaches a known state without it.
    bool resetOnOpen = false;
    int resetSettleMs = 1000; // wait after system_reset before trying to reopen
    int resetReopenTimeoutMs = 10000; // give up when the port has not come back by then

    // Every command must be answered within this time (the dongle answers in microseconds).
    int commandTimeoutMs = 2000;
    // Inactivity timeout of a GATT procedure: restarted by every event that belongs to it,
    // so discovering a large database never times out while data is still flowing.
    int procedureTimeoutMs = 30000; // ATT transaction timeout
    // How long disconnectFromDevice() waits for connection_disconnected.
    int disconnectTimeoutMs = 3000;
    // How long pairing waits overall, and for the user's passkey.
    int pairingTimeoutMs = 30000;
    int passkeyTimeoutMs = 60000;
    // Poll interval while the port is gone.
    int reconnectIntervalMs = 500;

    // Security defaults applied at start-up (sm_set_parameters / sm_set_bondable_mode).
    bool bondable = true;
    bool mitm = true;
    int minKeySize = 7;
    BgapiIoCapabilities ioCapabilities = BgapiIoCapabilities::KeyboardDisplay;
    // Pair (then retry once) when a read or write fails with Insufficient Authentication
    // or Insufficient Encryption. Off by default: pairing is the user's decision.
    bool autoPairOnInsufficientAuthentication = false;
};

} // namespace gattscope
