// SPDX-License-Identifier: MIT
#include "signalwatcher.h"

#include <QMetaObject>

#include <csignal>

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <atomic>
#else
#include <QSocketNotifier>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace gattscope {

#ifdef Q_OS_WIN

namespace {

// The console control handler runs on a thread of its own that Windows starts; it queues
// the signal to the watcher's thread. Only one watcher exists at a time (see the header).
std::atomic<SignalWatcher *> g_watcher { nullptr };

BOOL WINAPI onConsoleControl(DWORD type)
{
    int signalNumber = 0;
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT: signalNumber = SIGINT; break;
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT: signalNumber = SIGTERM; break;
    default: return FALSE;
    }
    SignalWatcher *watcher = g_watcher.load();
    if (!watcher)
        return FALSE; // the default action: end the process
    QMetaObject::invokeMethod(
        watcher, [watcher, signalNumber] { Q_EMIT watcher->terminationRequested(signalNumber); },
        Qt::QueuedConnection);
    return TRUE;
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    g_watcher = this;
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}

SignalWatcher::~SignalWatcher()
{
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
    g_watcher = nullptr;
}

#else

namespace {

int g_pipe[2] = { -1, -1 };

extern "C" void onSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1); // async-signal-safe
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    fcntl(g_pipe[1], F_SETFL, fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) == 1)
            Q_EMIT terminationRequested(int(byte));
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    delete m_notifier;
    if (g_pipe[0] >= 0) {
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
}

#endif

} // namespace gattscope
