// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace gattscope {

// The BGAPI rule "send one command, wait for its response, then send the next", with a
// deadline on every response.
//
// - Commands leave in the order they were queued; at most one is in flight.
// - A response is matched to the command in flight by class and message ID (responses
//   carry their command's IDs). A response that matches nothing is a stray: the caller
//   logs it and carries on.
// - Each command finishes exactly once: onResponse with the response payload, or onFailure
//   with Timeout (no response in time), TransportLost (no device, or the device went away),
//   or whatever error cancel() is given. Callbacks may queue further commands.
// - Commands carry an owner tag (a connection, say) so that everything an owner queued
//   can be cancelled when it goes away; the command in flight is then left to finish, and
//   its callbacks must cope with the owner being gone.
// - Cancellation of one command: enqueue() returns a ticket; cancelCommand(ticket) drops the
//   command if it has not been written yet. A command may also carry isCanceled (its
//   caller gave up, e.g. Pending::isCanceled): it is checked when the command's turn comes,
//   and a cancelled command is failed with Cancelled instead of being written. Nothing
//   takes back a command once written: its response is still awaited (one in flight).
// Lives on the backend's thread; not thread-safe.
class BgapiCommandQueue : public QObject
{
    Q_OBJECT

public:
    struct Command
    {
        QByteArray packet; // header + payload, ready for the wire
        quint8 classId = 0;
        quint8 messageId = 0;
        bool expectsResponse = true; // false for system_reset
        int timeoutMs = 1000;
        const void *owner = nullptr;
        const char *name = ""; // "attclient_read_by_handle", for errors and logs
        std::function<void(QByteArrayView payload)> onResponse;
        std::function<void(const Error &error)> onFailure;
        // Optional: true when nobody wants the command any more; checked just before it is
        // written (it then fails with Cancelled, unsent).
        std::function<bool()> isCanceled;
        quint64 ticket = 0; // set by enqueue()
    };

    explicit BgapiCommandQueue(QObject *parent = nullptr);
    ~BgapiCommandQueue() override;

    // The device commands are written to; nullptr while there is none (every queued command
    // then fails with TransportLost). Does not take ownership.
    void setDevice(QIODevice *device);
    QIODevice *device() const { return m_device.data(); }

    // Queues `command`; returns its ticket for cancelCommand().
    quint64 enqueue(Command command);
    // Offers a response packet; true when it answered the command in flight.
    bool handleResponse(quint8 classId, quint8 messageId, QByteArrayView payload);
    // Fails every queued (not yet sent) command of `owner` with `error`.
    void cancel(const void *owner, const Error &error);
    // Fails the command `ticket` with `error` and returns true if it has not been written
    // yet; false when it was written already (or has finished).
    bool cancelCommand(quint64 ticket, const Error &error);
    // Fails the command in flight and everything queued.
    void failAll(const Error &error);

    bool isIdle() const { return !m_inFlight && m_queue.empty(); }
    int queuedCount() const { return int(m_queue.size()); }
    // Commands that timed out since construction (statistics for logs and tests).
    int timeoutCount() const { return m_timeouts; }

Q_SIGNALS:
    // A command got no response in time (already reported to its onFailure).
    void commandTimedOut(const QString &name);
    // Writing to the device failed: the transport is probably gone.
    void writeFailed(const QString &reason);

private:
    void pump();
    void onTimeout();
    void fail(Command &command, const Error &error);

    QPointer<QIODevice> m_device;
    std::deque<Command> m_queue;
    std::optional<Command> m_inFlight;
    QTimer *m_timer;
    bool m_pumping = false;
    int m_timeouts = 0;
    quint64 m_lastTicket = 0;
};

} // namespace gattscope
