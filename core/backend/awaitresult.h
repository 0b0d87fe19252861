// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

namespace gattscope {

// The blocking facade over the asynchronous API, for main() in command-line programs,
// library users and tests: waits for an operation's result while running the calling
// thread's event loop, so that objects living on this thread keep working meanwhile
// (it is woken by the future itself, not by polling). It does not deadlock when called
// from main(): backends run on their own thread (BackendHost). After `timeoutMs` it gives
// up with Error::Kind::Timeout; the operation itself keeps its own timeout. A future the
// caller cancelled (QFuture::cancel()) carries no result: that is Error::Kind::Cancelled.
template<typename T> Result<T> awaitResult(const QFuture<Result<T>> &future, int timeoutMs = 30000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished())
        return Error(Error::Kind::Timeout, QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    if (future.resultCount() == 0) // cancelled: Qt drops results reported after cancel()
        return Error(Error::Kind::Cancelled);
    return future.result();
}

} // namespace gattscope
