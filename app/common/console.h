// SPDX-License-Identifier: MIT
#pragma once

namespace gattscope::console {

// Whether a standard stream is a terminal (a person is watching, or typing): progress lines
// and colours go to terminals only, a passkey is asked only from one. POSIX isatty(), the
// C runtime's _isatty() on Windows.
bool stdinIsTerminal();
bool stdoutIsTerminal();
bool stderrIsTerminal();

} // namespace gattscope::console
