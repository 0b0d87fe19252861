// SPDX-License-Identifier: MIT
#pragma once

namespace gattscope {

// `gattscope-sim [sim options] --gatttool [gatttool options]`: a fake BlueZ 5.66 gatttool on
// stdin/stdout/stderr, serving the virtual peripherals (FakeGatttoolShell). The sim options
// before --gatttool choose what it serves:
//   --profile FILE   peripherals from a JSON profile (repeatable; default: the built-in set)
//   --faults FILE    fault rules (a profile with a "faults" section)
//   --step-ms MS     time per ATT round trip (default 0)
//   --connect-ms MS  time to establish a link (default 0)
//   --refuse-ms MS   until a connection to an absent device fails (default 20000)
//   --rate HZ        accelerometer notification rate
// Everything after --gatttool is gatttool's own command line.
//
// Returns true and sets *exitCode when argv asks for the fake gatttool; false otherwise
// (gattscope-sim goes on with its BGAPI dongle). Creates its own QCoreApplication.
bool runFakeGatttool(int argc, char *argv[], int *exitCode);

} // namespace gattscope
