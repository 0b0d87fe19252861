// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>

namespace gattscope {

// A copyable handle to the promise behind a QFuture<Result<T>>. Backends keep it in their
// command queues and finish it exactly once; later finish() calls are ignored, so a timeout
// and a late answer cannot both complete an operation. Thread-safe.
//
// If the last copy is destroyed before finish(), the future completes with
// Error::Kind::Cancelled, so a caller's continuation always runs.
//
// Cancellation
// - The caller cancels with QFuture::cancel() (the status bar's Cancel, a CLI's Ctrl+C).
//   From then on isCanceled() is true; the future completes when the Pending is finished
//   (Qt runs onCanceled() continuations then). A cancelled QFuture carries no result: Qt
//   drops whatever is reported after cancel(). awaitResult() returns Cancelled for it.
// - Notes for implementers: a backend that can stop an operation calls onCanceled() when it
//   takes the operation on. If the caller cancels before the operation finished, the Pending
//   finishes with Cancelled at once and the backend's cleanup runs on its own thread: it
//   drops what has not been sent yet, and lets what already runs on the wire end unheard
//   (its result is discarded; the link or device stays consistent — the next operation
//   does not start before the abandoned one has ended). Where work waits in a queue, check
//   finishIfCanceled() when taking it off, so that nothing is started for a caller who
//   has gone. An operation that cannot be stopped simply finishes as usual.
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
    // How far a long operation has come (`value` of `maximum` steps), for whoever watches the
    // future (QFutureWatcher::progressValueChanged, the status bar). Ignored once finished.
    void setProgress(int value, int maximum) const
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->done)
            return;
        m_state->promise.setProgressRange(0, maximum);
        m_state->promise.setProgressValue(value);
    }
    // The caller cancelled the QFuture.
    bool isCanceled() const { return m_state->promise.isCanceled(); }
    // When the caller has cancelled, finishes with Cancelled (if not finished yet) and
    // returns true: the operation must not start. Any thread.
    bool finishIfCanceled() const
    {
        if (!isCanceled())
            return false;
        finish(Error(Error::Kind::Cancelled));
        return true;
    }
    // Tells the backend of a cancellation: when the caller cancels the future before this
    // Pending finished, it finishes with Error::Kind::Cancelled and then `cleanup` runs, on
    // `context`'s thread. Call it on context's thread. Nothing happens when the operation
    // finishes first or `context` is destroyed first. A cancellation that happened before
    // this call is reported too (asynchronously).
    void onCanceled(QObject *context, std::function<void()> cleanup) const
    {
        auto *watcher = new QFutureWatcher<Result<T>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::canceled, watcher,
                         [state = std::weak_ptr<State>(m_state), cleanup = std::move(cleanup)] {
                             const std::shared_ptr<State> s = state.lock();
                             if (!s || !Pending(s).finish(Error(Error::Kind::Cancelled)))
                                 return; // finished before the cancellation reached us
                             if (cleanup)
                                 cleanup();
                         });
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
        watcher->setFuture(future());
    }

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
    explicit Pending(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }
    std::shared_ptr<State> m_state;
};

} // namespace gattscope
