// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace gattscope {

// Tunables of GatttoolBackend. The defaults suit a real gatttool; tests point `program`
// at the fake (gattscope-sim --gatttool) and shorten the timeouts.
// (At namespace scope on purpose: GCC rejects `= {}` defaults of nested structs.)
struct GatttoolOptions
{
    // The gatttool to run: a path or a name looked up in PATH. Empty: the environment
    // variable GATTSCOPE_GATTTOOL, else "gatttool".
    QString program;
    // Local adapter ("hci0"), passed as -i; empty lets the kernel choose.
    QString adapter;
    // gatttool's sec-level for new links: "low" (default), "medium" (encrypt, no MITM),
    // "high" (encrypt with MITM). gatttool ignores --sec-level in interactive mode, so the
    // backend sends the command after starting it.
    QString securityLevel = QStringLiteral("low");
    // An ATT MTU to ask for right after connecting (gatttool's `mtu`); 0 keeps 23.
    int mtu = 0;

    // gatttool must show its prompt and answer within this time after starting.
    int startTimeoutMs = 5000;
    // Commands gatttool answers by itself (no radio involved).
    int commandTimeoutMs = 3000;
    // GATT operations. gatttool's own ATT timeout is 30 s, after which it reports the
    // failure and drops the link; the backend waits a little longer than that.
    int attTimeoutMs = 32000;
    // While a link is up and nothing else runs, gatttool is asked for its prompt this
    // often: gatttool prints nothing when a link drops, only the prompt loses its colour.
    int linkCheckIntervalMs = 2000;
    // How long `disconnect`, then `exit` may take before the process is killed.
    int stopTimeoutMs = 2000;
};

} // namespace gattscope
