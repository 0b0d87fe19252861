// SPDX-License-Identifier: MIT
#pragma once

#include "simcommandline.h"

#include <gattscope/backends/virtual/profileloader.h>

namespace gattscope {

// Everything gattscope-sim serves, whichever way it serves it: the profiles given (or the
// built-in set), the Flood peripheral at the --flood rate, and the fault rules. A broken
// file is malformed data (exit code 1); the error names the file and the JSON path.
Result<ProfileSet> loadSimPeripherals(const SimOptions &options);

} // namespace gattscope
