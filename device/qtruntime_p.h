// SPDX-License-Identifier: MIT
#pragma once

namespace gattscope::detail {

// Makes the process ready for Qt threads with event loops, which the facade runs its
// backends and sessions on. In a Qt program (a QCoreApplication exists) there is nothing to
// do. In a plain main() — or Python — it starts a QCoreApplication on a thread of its own,
// once per process, so that the caller's threads never need an event loop. It restores the
// C locale the program had (QCoreApplication sets it from the environment), and an atexit
// handler ends that thread before the program's static objects are destroyed.
//
// A program that creates a QCoreApplication of its own must do so before the first Adapter.
void ensureQtRuntime();

} // namespace gattscope::detail
