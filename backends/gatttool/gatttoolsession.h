// SPDX-License-Identifier: MIT
#pragma once

#include "gatttooloptions.h"
#include "gatttoolparser.h"

#include <gattscope/core/base/error.h>
#include <gattscope/core/gatt/notification.h>

#include <QObject>
#include <QProcess>
#include <QStringList>

#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace gattscope {

// One `gatttool -I` process and the conversation with it.
//
// gatttool answers with free text and no request ids; what is printed asynchronously
// (GATT answers, notifications) may come at any time. The session keeps that apart:
// - One command in flight. Every event gatttool prints while a command is in flight goes
//   to that command (Command::onEvent), except notifications/indications (batched into
//   notificationsReceived(), one batch per chunk read, timestamped on arrival) and prompts
//   (promptChanged()).
// - Fences: a fence is the line "gattscope-sync-N", which gatttool answers at once with
//   "Error: gattscope-sync-N: command not found". gatttool handles its input only between
//   callbacks, so once the fence's answer is seen, everything the command before it
//   printed has been seen. Commands that gatttool answers by itself (sec-level, disconnect,
//   char-write-cmd …) are sent together with a fence; list commands (primary …) ask for one
//   when their first row arrives (all rows are printed in one callback).
// - A deadline on every command; on expiry the command fails with Timeout and
//   commandTimedOut() fires: the owner must assume later output is unreliable.
// - The process is started with TERM=dumb and a wide COLUMNS so that readline neither
//   scrolls nor wraps echoed lines; the parser copes anyway.
// - When gatttool exits or crashes, every command fails with TransportLost and stopped()
//   says why (not after stop()).
// Lives on the backend's thread; not thread-safe.
class GatttoolSession : public QObject
{
    Q_OBJECT

public:
    // What a command makes of one event.
    struct Step
    {
        enum class Kind : quint8 {
            Continue, // keep waiting
            Finish, // done now, with `error` (none = success)
            FinishAtFence, // done, with `error`, once a fence answers (one is sent if needed)
        };
        Kind kind = Kind::Continue;
        Error error;

        static Step next() { return {}; }
        static Step finish(const Error &error = Error()) { return { Kind::Finish, error }; }
        static Step finishAtFence(const Error &error = Error()) { return { Kind::FinishAtFence, error }; }
    };
    struct Command
    {
        QByteArray line; // without the newline; empty: a fence alone (a probe)
        bool fenced = false; // answered by gatttool itself: done when the fence after it answers
        int timeoutMs = 3000;
        std::function<Step(const GatttoolEvent &)> onEvent; // may be empty for fenced commands
        std::function<void(const Error &)> done; // exactly once (if set); no error = success
    };

    explicit GatttoolSession(const GatttoolOptions &options, QObject *parent = nullptr);
    ~GatttoolSession() override;

    // The executable options.program (or GATTSCOPE_GATTTOOL, or "gatttool") names: an
    // absolute path, or an empty string when there is none (`looked` says where it looked).
    static QString resolveProgram(const GatttoolOptions &options, QString *looked = nullptr);
    // The error for a gatttool that cannot be found, naming the package to install.
    static Error missingProgramError(const QString &looked);

    // Starts the process and waits for its prompt and a first fence. `done` gets an error
    // when gatttool is missing, cannot be run, dies or does not answer.
    void start(std::function<void(const Error &)> done);
    // Ends the process: `exit`, then a kill after options.stopTimeoutMs. Queued commands fail
    // with Cancelled; stopped() does not fire.
    void stop();
    bool isRunning() const { return m_running; }
    QString program() const { return m_program; }

    void run(Command command);
    // Gives up waiting for the command in flight: it completes with `reason` now, and what
    // gatttool prints for it later is ignored (unless it looks like another command's).
    void cancelCurrent(const Error &reason);
    bool isIdle() const { return !m_inFlight && m_queue.empty(); }
    // A fence alone: its echo shows the prompt, so whether the link is up (promptChanged()).
    void probe();
    // While enabled and idle, probe() every `intervalMs`.
    void setProbeInterval(int intervalMs);
    // The link state the last prompt showed (blue = connected).
    bool promptConnected() const { return m_promptConnected; }
    // The last lines gatttool wrote on stderr, for error messages.
    QString stderrTail() const;

Q_SIGNALS:
    void notificationsReceived(const QList<gattscope::Notification> &batch);
    void promptChanged(bool connected);
    // gatttool logged "Invalid file descriptor." (a link ended; 5.66 prints nothing else).
    void linkWarning();
    void commandTimedOut();
    void stopped(const gattscope::Error &reason);

private:
    struct InFlight
    {
        Command command;
        QByteArray fence; // the fence this command waits for, if any
        Error outcome; // recorded by FinishAtFence
    };
    void pump();
    QByteArray nextFence();
    void sendFence(InFlight &flight);
    void complete(const Error &error);
    void failAll(const Error &error);
    void onReadyReadStdout();
    void onReadyReadStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void onTimeout();
    void onProbeTimer();
    void dispatch(const GatttoolEvent &event, QList<Notification> *batch, qint64 timestampUs);
    void write(const QByteArray &line);

    const GatttoolOptions m_options;
    QProcess *m_process = nullptr;
    QTimer *m_timer;
    QTimer *m_probeTimer;
    QTimer *m_killTimer;
    GatttoolParser m_parser;
    QString m_program;
    std::function<void(const Error &)> m_startDone;
    std::deque<Command> m_queue;
    std::optional<InFlight> m_inFlight;
    quint64 m_fenceSerial = 0;
    bool m_running = false;
    bool m_stopping = false;
    bool m_promptConnected = false;
    QByteArray m_stderrBuffer;
    QStringList m_stderrLines;
};

} // namespace gattscope
