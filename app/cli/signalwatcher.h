// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace gattscope::cli {

// Turns SIGINT (Ctrl-C) and SIGTERM into a Qt signal delivered in the event loop
// (self-pipe), while it exists, so that a subscription or a scan stops cleanly: the CCCD
// written back, the files flushed and closed, the link closed. Outside its lifetime the
// signals keep their default action (a Ctrl-C while connecting ends the program at once).
// One at a time per process. Same technique as gattscope-sim's.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace gattscope::cli
