// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QMap>
#include <QObject>

#include <functional>

namespace gattscope {

// Counts the operations in flight (discovery, reads, writes, connects) for the status
// bar's busy indicator, and cancels them on request. GUI thread only.
//
// track() watches an operation's QFuture (with a QFutureWatcher, so the caller keeps the
// future's one continuation for itself) and forgets it when it finishes or is cancelled.
// cancelAll() — the status bar's Cancel, Ctrl+. — calls QFuture::cancel() on every tracked
// future: the operation ends cancelled at once for its caller, whose continuation does not
// run (an onCanceled() handler does; views treat that quietly, without error dialogs), and
// the backend sees Pending::isCanceled(): it drops the operation's queued commands, or
// discards the answer of the procedure already running. Operations that are not futures
// (a connection attempt) register a cancel function with start(). A future that reports
// progress (QPromise::setProgressValue(), Pending::setProgress()) has it shown: progress().
class OperationTracker : public QObject
{
    Q_OBJECT

public:
    explicit OperationTracker(QObject *parent = nullptr);

    // Registers an operation; returns its id for finish(). `cancel` may be empty.
    int start(const QString &label, std::function<void()> cancel = {});
    void finish(int id);
    // Registers `operation` and finishes it when it completes or is cancelled; cancelling
    // calls QFuture::cancel() on it.
    template<typename T> void track(const QString &label, QFuture<T> operation)
    {
        if (operation.isFinished())
            return;
        auto *watcher = new QFutureWatcher<T>(this);
        const int id = start(label, [operation]() mutable { operation.cancel(); });
        const auto done = [this, id, watcher] {
            finish(id);
            watcher->disconnect(this);
            watcher->deleteLater();
        };
        const auto progressed = [this, id, watcher] {
            setProgress(id, watcher->progressValue(), watcher->progressMaximum());
        };
        connect(watcher, &QFutureWatcherBase::progressValueChanged, this, progressed);
        connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, progressed);
        connect(watcher, &QFutureWatcherBase::finished, this, done);
        connect(watcher, &QFutureWatcherBase::canceled, this, done);
        watcher->setFuture(operation);
    }

    bool isBusy() const { return !m_operations.isEmpty(); }
    int count() const { return int(m_operations.size()); }
    // The most recently started operation still running; empty when idle.
    QString currentLabel() const;
    // How far it has come: `value` of `maximum` steps; maximum 0 when it does not say.
    struct Progress
    {
        int value = 0;
        int maximum = 0;
    };
    Progress currentProgress() const;
    // Sets an operation's progress (track() does it for futures that report it).
    void setProgress(int id, int value, int maximum);

public Q_SLOTS:
    void cancelAll();

Q_SIGNALS:
    void busyChanged(bool busy);
    void changed();

private:
    struct Operation
    {
        QString label;
        std::function<void()> cancel;
        Progress progress;
    };
    QMap<int, Operation> m_operations;
    int m_nextId = 1;
};

} // namespace gattscope
