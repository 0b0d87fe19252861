// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>

#include <QFuture>
#include <QMutex>
#include <QPromise>

#include <memory>

namespace gattscope {

// A copyable handle to the promise behind a QFuture<Result<T>>. Backends keep it in their
// command queues and finish it exactly once; later finish() calls are ignored, so a timeout
// and a late answer cannot both complete an operation. Thread-safe.
//
// If the last copy is destroyed before finish(), the future completes with
// Error::Kind::Cancelled, so a caller's continuation always runs.
template<typename T> class Pending
{
public:
    Pending()
        : m_state(std::make_shared<State>())
    { }

    QFuture<Result<T>> future() const { return m_state->promise.future(); }

    // Completes the operation; returns false if it had already completed.
    bool finish(Result<T> result) const
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->done)
            return false;
        m_state->done = true;
        m_state->promise.addResult(std::move(result));
        m_state->promise.finish();
        return true;
    }

    bool isFinished() const
    {
        QMutexLocker lock(&m_state->mutex);
        return m_state->done;
    }
    // The caller cancelled the QFuture; backends should stop work and finish(Cancelled).
    bool isCanceled() const { return m_state->promise.isCanceled(); }

    // A future that has already completed with `result`.
    static QFuture<Result<T>> ready(Result<T> result)
    {
        Pending p;
        p.finish(std::move(result));
        return p.future();
    }

private:
    struct State
    {
        State() { promise.start(); }
        ~State()
        {
            if (!done) {
                promise.addResult(Result<T>(Error(Error::Kind::Cancelled)));
                promise.finish();
            }
        }
        QMutex mutex;
        QPromise<Result<T>> promise;
        bool done = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace gattscope
