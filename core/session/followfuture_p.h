// SPDX-License-Identifier: MIT
#pragma once

#include "whendone.h"

#include <gattscope/core/backend/pending.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace gattscope::detail {

// Cancels `inner` when `outer` is cancelled (QFuture::cancel() by whoever holds it: the
// status bar's Cancel). A QFuture runs only one continuation, so a session never hands out
// the connection's own future: it returns `outer` and watches it.
template<typename Outer, typename Inner>
void cancelWith(QObject *context, const QFuture<Outer> &outer, std::function<QFuture<Inner>()> current)
{
    auto *watcher = new QFutureWatcher<Outer>(context);
    QObject::connect(watcher, &QFutureWatcherBase::canceled, context, [current] {
        if (QFuture<Inner> f = current(); !f.isFinished())
            f.cancel();
    });
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(outer);
}

// Runs `onResult` on `context`'s thread when `inner` completes and returns a future that
// completes with what it returns. Cancelling the returned future cancels `inner`; then
// `onCanceled` runs instead and the returned future ends cancelled. If `context` goes
// first, nothing runs and the returned future completes with Error::Kind::Cancelled.
template<typename U, typename T, typename OnResult, typename OnCanceled>
QFuture<Result<U>> follow(QObject *context, QFuture<Result<T>> inner, OnResult onResult,
                          OnCanceled onCanceled)
{
    Pending<U> outer;
    cancelWith<Result<U>, Result<T>>(context, outer.future(), [inner] { return inner; });
    whenDone(context, inner, [outer, onResult, onCanceled](const QFuture<Result<T>> &f) mutable {
        if (f.isCanceled()) {
            onCanceled();
            outer.finish(Error(Error::Kind::Cancelled));
        } else {
            outer.finish(onResult(f.result()));
        }
    });
    return outer.future();
}

} // namespace gattscope::detail
