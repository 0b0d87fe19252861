// SPDX-License-Identifier: MIT
#include "callbackqueue_p.h"

#include <cstdio>
#include <exception>

namespace gattscope::detail {

CallbackQueue::CallbackQueue()
    : m_state(std::make_shared<State>())
    , m_thread(&CallbackQueue::run, m_state)
    , m_id(m_thread.get_id())
{ }

CallbackQueue::~CallbackQueue()
{
    stop();
}

void CallbackQueue::post(std::function<void()> fn)
{
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->stopping)
            return;
        m_state->queue.push_back(std::move(fn));
    }
    m_state->wake.notify_one();
}

bool CallbackQueue::isCurrentThread() const
{
    return std::this_thread::get_id() == m_id;
}

void CallbackQueue::stop()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stopping = true;
    }
    m_state->wake.notify_one();
    if (!m_thread.joinable())
        return;
    if (isCurrentThread())
        m_thread.detach(); // a callback closed its adapter: the thread ends after it returns
    else
        m_thread.join();
}

void CallbackQueue::run(const std::shared_ptr<State> &state)
{
    for (;;) {
        std::function<void()> fn;
        {
            std::unique_lock lock(state->mutex);
            state->wake.wait(lock, [&] { return state->stopping || !state->queue.empty(); });
            if (state->queue.empty())
                return; // stopping, and nothing left to run
            fn = std::move(state->queue.front());
            state->queue.pop_front();
        }
        try {
            fn();
        } catch (const std::exception &e) {
            std::fprintf(stderr, "gattscope: a callback threw: %s\n", e.what());
        } catch (...) {
            std::fprintf(stderr, "gattscope: a callback threw an exception that is not a std::exception\n");
        }
    }
}

} // namespace gattscope::detail
