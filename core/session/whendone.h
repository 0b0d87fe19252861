// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/backend/pending.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace gattscope {

// Runs `fn(future)` on `context`'s thread once `future` is finished or cancelled — check
// future.isCanceled() before future.result() — and never once `context` is gone (nor while it
// is being destroyed).
//
// Prefer it to QFuture::then(context, …) in views and sessions, for two reasons:
// - A QFuture runs ONE continuation: then() on a future someone else also continues silently
//   replaces one of them. A watcher takes no continuation slot.
// - then(context, …).onCanceled(context, …): when `context` is destroyed while the first
//   continuation is queued, destroying it cancels the chain and runs the onCanceled handler on
//   the half-destroyed object. A watcher is a child of `context`: it goes with it, and so does
//   the handler.
template<typename T, typename Fn> void whenDone(QObject *context, const QFuture<T> &future, Fn fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    auto done = std::make_shared<bool>(false);
    const auto run = [watcher, done, fn = std::move(fn)]() mutable {
        if (*done)
            return;
        *done = true;
        watcher->deleteLater();
        fn(watcher->future());
    };
    // Cancelled: at once, not when the backend gets round to finishing the operation.
    QObject::connect(watcher, &QFutureWatcherBase::canceled, context, run);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, run);
    watcher->setFuture(future);
}

// whenDone() for a caller that hands a future on: returns a future of its own (no one else
// continues it) that completes with what `fn` returns — fn takes the Result the operation
// ended with, Error::Kind::Cancelled when it was cancelled — or with Cancelled when
// `context` went first. Cancelling the returned future cancels `future` (the status bar's
// Cancel on a caller's future reaches the backend the same way as on the operation's own).
template<typename U, typename T, typename Fn>
QFuture<Result<U>> continueWith(QObject *context, const QFuture<Result<T>> &future, Fn fn)
{
    Pending<U> next;
    next.onCanceled(context, [operation = QFuture<Result<T>>(future)]() mutable { operation.cancel(); });
    whenDone(context, future, [next, fn = std::move(fn)](const QFuture<Result<T>> &f) mutable {
        next.finish(fn(f.isCanceled() ? Result<T>(Error(Error::Kind::Cancelled)) : f.result()));
    });
    return next.future();
}

} // namespace gattscope
