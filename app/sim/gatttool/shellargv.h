// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

#include <optional>

namespace gattscope {

// Splits a command line the way GLib's g_shell_parse_argv() does (gatttool tokenises its
// interactive input with it): blanks separate words, '…' and "…" quote, a backslash escapes
// the next character, '#' at the start of a word begins a comment. Returns nullopt where
// GLib fails: unmatched quotes, a trailing backslash, or no words at all.
std::optional<QByteArrayList> parseShellArgv(QByteArrayView line);

} // namespace gattscope
