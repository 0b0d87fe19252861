// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/backends/backendfactory.h>
#include <gattscope/ui/common/backendcatalog.h>

namespace gattscope {

// The GUI's BackendCatalog built on the backend factory: the picker lists
// availableBackends() (BLED112 ports found now, the system's Bluetooth adapters as last
// probed, then the Demo dongle), probe() is probeBackends(), create() is
// createBackend(uri, options) and createDemo() is the Demo dongle with
// `options.demoProfiles` replaced by the files given. Lives in the application (the
// composition root) so that ui never includes a backend header; tests use it to drive
// the real wiring.
BackendCatalog makeBackendCatalog(const BackendOptions &options = BackendOptions());

} // namespace gattscope
