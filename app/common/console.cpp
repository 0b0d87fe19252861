// SPDX-License-Identifier: MIT
#include "console.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#include <stdio.h>
#else
#include <unistd.h>
#endif

namespace gattscope::console {

namespace {

bool isTerminal(int fd)
{
#ifdef Q_OS_WIN
    return ::_isatty(fd) != 0;
#else
    return ::isatty(fd) == 1;
#endif
}

} // namespace

bool stdinIsTerminal()
{
    return isTerminal(0);
}

bool stdoutIsTerminal()
{
    return isTerminal(1);
}

bool stderrIsTerminal()
{
    return isTerminal(2);
}

} // namespace gattscope::console
