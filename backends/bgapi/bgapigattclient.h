// SPDX-License-Identifier: MIT
#pragma once

#include "bgapicommand.h"
#include "bgapioptions.h"

#include <gattscope/core/base/result.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace gattscope {

// The attclient side of one link: runs one GATT procedure at a time (the dongle allows
// no more per connection) and routes the procedure's events to it.
//
// A procedure ("step") is one attclient command plus the events it causes:
//   command ─► response (result ≠ 0: the step fails with it)
//           ─► group_found / find_information_found / attribute_value rows …
//           ─► procedure_completed (result) — or, for read_by_handle, the value itself.
// Events count only once the step's response has arrived: events the dongle sends for a
// command whose response was lost, or a stray procedure_completed after a read, cannot be
// mistaken for the next step's. Each event restarts the step's inactivity timeout, so a
// large database is never cut short while data still flows. Notifications and indications
// never come here (BgapiClientConnection takes them first).
//
// Cancellation. The steps belong to an operation of the connection (beginOperation());
// cancelOperation() gives it up:
// - a step whose command has not been written is dropped and ends at once with Cancelled
//   (so is one waiting to be retried after wrong_state);
// - a step that is on the wire cannot be taken back (BGAPI has no abort for attclient
//   procedures): it runs to its end — response, rows, procedure_completed or the value —
//   so that none of its events is credited to the next step, and then ends with Cancelled
//   whatever its result (nothing is reported or stored);
// - steps started afterwards end at once with Cancelled, unsent, except cleanup steps
//   (execute_write(0) after a cancelled long write cancels what the peer has prepared).
// A step's command is also dropped when the operation's callerGaveUp() is true by the
// time the command's turn comes (the caller cancelled; we have not heard yet).
// Lives on the backend's thread; callbacks run there.
class BgapiGattClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Error &error)>;
    using ValueDone = std::function<void(const Result<QByteArray> &result)>;

    struct Step
    {
        bool endsOnResponse = false; // write_command: the response is the whole answer
        bool endsOnValue = false; // read_by_handle: a Read value for `handle` ends it
        bool cleanup = false; // runs even after cancelOperation()
        quint16 handle = 0;
        std::function<void(const bgapi::AttclientAttributeValueEvent &)> onValue;
        std::function<void(const bgapi::AttclientGroupFoundEvent &)> onGroup;
        std::function<void(const bgapi::AttclientFindInformationFoundEvent &)> onInformation;
        std::function<void(const bgapi::AttclientAttributeFoundEvent &)> onAttributeFound;
        Done done; // exactly once
    };

    BgapiGattClient(BgapiCommandQueue *queue, const BgapiOptions &options, QObject *parent = nullptr);
    ~BgapiGattClient() override;

    void setConnection(quint8 connection) { m_connection = connection; }
    quint8 connection() const { return m_connection; }
    bool isBusy() const { return m_step.has_value(); }

    // The steps that follow belong to a new operation; `callerGaveUp` (may be empty) tells
    // whether its caller has cancelled.
    void beginOperation(std::function<bool()> callerGaveUp);
    // Gives the operation up (see "Cancellation" above). May end the running step, and so
    // call its done, before it returns.
    void cancelOperation();
    bool isCanceled() const { return m_canceled || (m_callerGaveUp && m_callerGaveUp()); }

    // Runs one attclient command as a step. The command's connection field must be set.
    template<bgapi::Message C> void run(const C &command, Step step)
    {
        if (!step.cleanup && isCanceled()) {
            if (step.done)
                step.done(Error(Error::Kind::Cancelled));
            return;
        }
        const bool cleanup = step.cleanup;
        const quint64 id = begin(std::move(step));
        m_send = [this, id, command, cleanup] {
            BgapiCommandQueue::Command c = bgapi::makeCommand(
                command, m_options.commandTimeoutMs, this,
                [this, id](const typename C::Response &response) { onAnswered(id, response.result); },
                [this, id](const Error &error) { finish(id, error); });
            if (!cleanup)
                c.isCanceled = [this] {
                    return isCanceled();
                };
            m_ticket = m_queue->enqueue(std::move(c));
        };
        m_send();
    }
    // Ends the running step (and its queued command) with `error`: the link dropped.
    void abort(const Error &error);

    // Events of this connection; true when the running step took them.
    bool handleValue(const bgapi::AttributeValueView &event);
    bool handleEvent(const bgapi::AttclientProcedureCompletedEvent &event);
    bool handleEvent(const bgapi::AttclientGroupFoundEvent &event);
    bool handleEvent(const bgapi::AttclientFindInformationFoundEvent &event);
    bool handleEvent(const bgapi::AttclientAttributeFoundEvent &event);

    // GATT building blocks.
    void readShort(quint16 handle, ValueDone done);
    void readLong(quint16 handle, ValueDone done);
    void writeRequest(quint16 handle, const QByteArray &value, Done done);
    void writeCommand(quint16 handle, const QByteArray &value, Done done);
    // Prepare Write in chunks of 18 bytes, then Execute Write; cancels (execute 0) on error.
    void writeLong(quint16 handle, const QByteArray &value, Done done);
    void discover(std::function<void(const Result<GattDatabase> &)> done);

private:
    quint64 begin(Step step);
    void onAnswered(quint64 id, quint16 result);
    void finish(quint64 id, Error error);
    void onTimeout();
    template<typename Event>
    bool deliverRow(std::function<void(const Event &)> Step::*callback, const Event &event);
    void writeChunk(quint16 handle, QByteArray value, int offset, Done done);
    void cancelPrepared(quint16 handle, const Error &error, Done done);

    BgapiCommandQueue *m_queue;
    const BgapiOptions &m_options;
    QTimer *m_timer;
    quint8 m_connection = 0;
    quint64 m_serial = 0;
    quint64 m_id = 0;
    bool m_answered = false;
    std::optional<Step> m_step;
    std::function<void()> m_send; // (re)sends the running step's command
    quint64 m_ticket = 0; // of the running step's command in the queue
    bool m_retryPending = false; // the command is sent again shortly (after wrong_state)
    QElapsedTimer m_started; // when the running step began
    bool m_canceled = false; // the operation was given up
    std::function<bool()> m_callerGaveUp;
    // A step timed out: the dongle may still be running that procedure, and answers the
    // next one with wrong_state (0x0181) until it is done. Such a step is retried.
    bool m_unsettled = false;
};

} // namespace gattscope
