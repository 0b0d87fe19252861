// SPDX-License-Identifier: MIT
#include "terminal.h"

namespace gattscope::cli::Terminal {

QString paint(const CliContext &context, const QString &text, Colour colour)
{
    if (!context.colour || text.isEmpty())
        return text;
    QLatin1String code;
    switch (colour) {
    case Colour::Bold: code = QLatin1String("1"); break;
    case Colour::Dim: code = QLatin1String("2"); break;
    case Colour::Red: code = QLatin1String("31"); break;
    case Colour::Green: code = QLatin1String("32"); break;
    case Colour::Yellow: code = QLatin1String("33"); break;
    case Colour::Blue: code = QLatin1String("34"); break;
    case Colour::Cyan: code = QLatin1String("36"); break;
    }
    return QLatin1String("\x1b[") + code + u'm' + text + QLatin1String("\x1b[0m");
}

void progress(CliContext &context, const QString &text)
{
    if (!context.progress)
        return;
    context.err << QLatin1String("\r\x1b[K") << text;
    context.err.flush();
}

void clearProgress(CliContext &context)
{
    if (!context.progress)
        return;
    context.err << QLatin1String("\r\x1b[K");
    context.err.flush();
}

QString pad(const QString &text, qsizetype width)
{
    return text.leftJustified(width, u' ', false);
}

} // namespace gattscope::cli::Terminal
