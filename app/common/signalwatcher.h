// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace gattscope {

// Turns SIGINT (Ctrl-C) and SIGTERM into a Qt signal delivered in the event loop
// (self-pipe), while it exists, so that a program can stop cleanly: gattscope-sim removes
// its symlink and closes the pty; gattscope-cli writes a CCCD back, flushes its files and
// closes the link. Outside its lifetime the signals keep their default action. One at a
// time per process. POSIX: a self-pipe written by the signal handler. Windows: a console
// control handler (Ctrl+C and Ctrl+Break as SIGINT; closing the console, logoff and
// shutdown as SIGTERM).
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace gattscope
