// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace gattscope::cli {

// Colours and progress for people at a terminal; nothing of it reaches a pipe or a file.
namespace Terminal {

enum class Colour : quint8 {
    Bold,
    Dim,
    Red,
    Green,
    Yellow,
    Blue,
    Cyan,
};

// `text` in `colour` when context.colour (stdout is a terminal, NO_COLOR unset), else as is.
// Pad before painting: escape sequences have no width.
QString paint(const CliContext &context, const QString &text, Colour colour);
// "…" on one line of stderr, overwritten by the next progress() and erased by
// clearProgress(); only when stderr is a terminal (context.progress).
void progress(CliContext &context, const QString &text);
void clearProgress(CliContext &context);
// `text` left-justified to `width` characters (never truncated).
QString pad(const QString &text, qsizetype width);

} // namespace Terminal

} // namespace gattscope::cli
