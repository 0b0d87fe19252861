// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>
#include <gattscope/core/session/whendone.h>

#include <QCoreApplication>
#include <QFuture>
#include <QObject>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace gattscope::detail {

// What every blocking call waits on, seen from the Adapter's side: the adapter can abort
// every call in flight when it closes.
class WaiterBase
{
public:
    virtual ~WaiterBase() = default;
    virtual void abort(const Error &error) = 0;
};

// One blocking call: the caller's thread waits on a condition variable (no event loop, no
// Qt object on the caller's thread), the session thread completes it exactly once. Later
// completions are ignored, so a timeout, an abort and a late answer cannot collide.
template<typename T> class Waiter : public WaiterBase
{
public:
    bool finish(Result<T> result)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_result)
                return false;
            m_result = std::move(result);
        }
        m_done.notify_all();
        return true;
    }
    void abort(const Error &error) override { finish(error); }

    // Session thread: how to give up the operation when the caller stops waiting.
    void setCancel(std::function<void()> cancel)
    {
        std::lock_guard lock(m_mutex);
        m_cancel = std::move(cancel);
    }
    std::function<void()> takeCancel()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_cancel, {});
    }

    // Session thread: completes with what `future` gives (Cancelled when it was cancelled),
    // and lets a timeout cancel it.
    template<typename U, typename Convert>
    void follow(QObject *context, QFuture<Result<U>> future, Convert convert)
    {
        setCancel([future]() mutable { future.cancel(); });
        auto self = m_self.lock();
        whenDone(context, future, [self, convert](const QFuture<Result<U>> &f) {
            if (!self)
                return;
            if (f.isCanceled()) {
                self->finish(Error(Error::Kind::Cancelled));
                return;
            }
            const Result<U> r = f.result();
            if (!r.ok())
                self->finish(r.error());
            else
                self->finish(convert(r.value()));
        });
    }
    void follow(QObject *context, QFuture<Result<T>> future)
    {
        follow(context, future, [](const T &value) { return value; });
    }

    // Caller's thread.
    std::optional<Result<T>> waitFor(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        m_done.wait_for(lock, timeout, [this] { return m_result.has_value(); });
        return m_result;
    }

    static std::shared_ptr<Waiter> create()
    {
        auto w = std::make_shared<Waiter>();
        w->m_self = w;
        return w;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    std::optional<Result<T>> m_result;
    std::function<void()> m_cancel;
    std::weak_ptr<Waiter> m_self;
};

} // namespace gattscope::detail
