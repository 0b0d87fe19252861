// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace gattscope::detail {

// The thread that runs the user's callbacks (scan results, notifications, disconnects,
// passkey requests) for one Adapter, one after the other in the order they were posted.
//
// Why a thread of its own: a callback may call back into the device (read, write,
// unsubscribe, disconnect). Those calls block until the session thread answers, so the
// callback must not run on the session thread — and not on the backend's — or it would wait
// for itself. pygatt deadlocks exactly there. Here the callback thread waits, the session
// thread works, and callbacks posted meanwhile wait their turn.
//
// An exception that escapes a callback is caught and printed on stderr; the queue goes on.
// stop() refuses new callbacks, runs those already queued (a disconnect callback posted while
// the adapter closed still runs), and ends the thread. Called on the callback thread itself
// (a callback that closes its Adapter) it lets the thread finish on its own.
class CallbackQueue
{
public:
    CallbackQueue();
    ~CallbackQueue();
    CallbackQueue(const CallbackQueue &) = delete;
    CallbackQueue &operator=(const CallbackQueue &) = delete;

    void post(std::function<void()> fn);
    bool isCurrentThread() const;
    void stop();

private:
    struct State
    {
        std::mutex mutex;
        std::condition_variable wake;
        std::deque<std::function<void()>> queue;
        bool stopping = false;
    };
    static void run(const std::shared_ptr<State> &state);

    std::shared_ptr<State> m_state;
    std::thread m_thread;
    std::thread::id m_id;
};

} // namespace gattscope::detail
