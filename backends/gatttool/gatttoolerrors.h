// SPDX-License-Identifier: MIT
#pragma once

#include "gatttoolparser.h"

#include <gattscope/core/base/error.h>

#include <QCoreApplication>

namespace gattscope {

// What gatttool's error lines mean as typed errors. Pure functions, tested with the texts
// BlueZ 5.66 prints.
class GatttoolErrors
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::GatttoolErrors)

public:
    // An "Error: …" or "Command Failed: …" event while a command was in flight. `context`
    // says what was being done ("reading handle 0x000e").
    // - ATT errors gatttool names → Error::att(code); "Unexpected error code" (any code
    //   gatttool has no text for, 0xFD CCCD Improperly Configured among them) → Backend.
    // - BlueZ's own codes: "A timeout occured" → Timeout, "Internal application error: I/O"
    //   and "Protocol error" → Protocol, "The operation was aborted" → Cancelled.
    // - "Command Failed: Disconnected" → Disconnected; argument errors → InvalidArgument.
    static Error fromEvent(const GatttoolEvent &event, const QString &context);
    // A failed connection attempt, from the "connect to AA:…: <strerror> (<errno>)" text:
    // 111 refused / 112 host down → Controller 0x3E (failed to be established), 110 →
    // Timeout, 16 → Busy, 113/19/97 (no adapter, no Bluetooth in the kernel) →
    // TransportLost, 1/13 → Backend "permission denied", anything else → Backend.
    static Error connectFailed(const GatttoolEvent &event);
};

} // namespace gattscope
